"""Pure rules of resident registration and account validity (SPEC A1, A6, A7; Q35–Q44).

No ORM: the services hand in what the registry says. Whether the card data a person typed
match the registry's is `filings.rules.identity`.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from filings.errors import RuleError

from .eligibility import Obligation

ORGANIZATION_USER_VALIDITY = timedelta(days=365)


def registration_refusal(
    *, card_issued_on: date, card_expires_on: date, today: date, obligation: Obligation
) -> RuleError | None:
    """Why a person whose data matched still cannot register, or None.

    Order matters to the reader: a card issued today can register tomorrow (Q36), which is
    more useful to hear than anything else; a status that files nothing never can (Q35).
    """
    if card_expires_on < today:
        return RuleError("E-IDENTITY-MISMATCH")
    if card_issued_on >= today:
        return RuleError("E-CARD-ISSUED-TODAY")
    if not obligation.must_file:
        return RuleError("E-STATUS-NOT-SUBJECT")
    return None


def resident_account_valid_until(
    period_of_stay_until: date | None, card_expires_on: date | None
) -> date | None:
    """A resident's account lasts as long as the period of stay and the current card, whichever
    ends first (A7, Q41, Q44); None means no end date (a permanent status without a card end,
    which the registry never has in practice)."""
    ends = [d for d in (period_of_stay_until, card_expires_on) if d is not None]
    return min(ends) if ends else None


def organization_user_valid_until(last_used: datetime | date) -> date:
    """An organization user's account ends one year after its last use (A7, Q44)."""
    day = last_used.date() if isinstance(last_used, datetime) else last_used
    return day + ORGANIZATION_USER_VALIDITY


def still_valid(valid_until: date | None, today: date) -> bool:
    return valid_until is None or today <= valid_until
