"""Pure rules of resident registration and account validity (SPEC A1, A6, A7; Q35–Q44, Q63).

No ORM: the services hand in what the registry says and what the person typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from filings.errors import RuleError

from .eligibility import Obligation
from .identifiers import normalize_card_number
from .text import normalize_latin_name

# The identity fields a person types to prove who they are, in form order. On a mismatch all
# of them are marked, never only the wrong one (Q63).
IDENTITY_FIELDS: tuple[str, ...] = (
    "card_number",
    "name_latin",
    "birth_date",
    "sex",
    "nationality",
)

ORGANIZATION_USER_VALIDITY = timedelta(days=365)


@dataclass(frozen=True)
class Identity:
    """Residence card data as typed or as the registry holds it (nationality by its code)."""

    card_number: str
    name_latin: str
    birth_date: date | None
    sex: str
    nationality: str

    def normalized(self) -> Identity:
        return Identity(
            card_number=normalize_card_number(self.card_number or ""),
            name_latin=normalize_latin_name(self.name_latin or ""),
            birth_date=self.birth_date,
            sex=(self.sex or "").strip().upper(),
            nationality=(self.nationality or "").strip().upper(),
        )


def identity_matches(typed: Identity, on_record: Identity | None) -> bool:
    """Whether typed card data equals the registry's, field by field after normalisation
    (upper case, single spaces, half-width card number), as on the card (Q63, Q65–Q67).

    Every field is compared even after a difference, so the time taken does not tell how far
    the match went.
    """
    if on_record is None:
        return False
    a, b = typed.normalized(), on_record.normalized()
    same = [getattr(a, name) == getattr(b, name) for name in IDENTITY_FIELDS]
    return all(same)


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
