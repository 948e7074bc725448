"""A resident registers (SPEC A1): the card data are checked against the registry before an
account exists."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone

from filings import rules
from filings.models.accounts import ResidentAccount
from filings.models.registry import ResidenceCard, mask_card_number
from filings.rules.accounts import registration_refusal, resident_account_valid_until
from filings.rules.identity import CARD_CODES, identity_matches
from filings.services.accounts.common import FAILURE, AccountError, auth_id_taken, today_in_japan
from filings.services.mail import queue_mail
from filings.services.registration import registry_cards, registry_identity
from portal.audit import record

User = get_user_model()


def find_card(identity: Mapping[str, object]) -> ResidenceCard | None:
    """The current card whose data equal what was typed (the `rules.CARD_CODES` fields), or
    None (never says why)."""
    number = rules.normalize_card_number(str(identity.get("card_number") or ""))
    card = registry_cards().filter(number=number, is_valid=True).first()
    on_record = registry_identity(card.resident, card) if card is not None else None
    return card if identity_matches(identity, on_record, CARD_CODES) else None


def _mismatch() -> AccountError:
    return AccountError("E-IDENTITY-MISMATCH", CARD_CODES)


@transaction.atomic
def register_resident(
    *,
    identity: Mapping[str, object],
    auth_id: str,
    password: str,
    email: str,
    language_code: str,
    request: HttpRequest | None = None,
    today: date | None = None,
):
    """Create a resident's account after checking the card data against the registry (A1).

    Refusals, in this order: data that does not match (every identity field marked, Q63), a
    person who already has an account (Q43, also with a new card, Q37), a card issued today
    (Q36), a status that files nothing (Q35), an auth ID in use (A3). The person row is locked
    so two registrations of the same person at once cannot both pass.
    """
    today = today or today_in_japan()
    card = find_card(identity)
    if card is None:
        record(
            "account.register",
            request=request,
            outcome=FAILURE,
            target_type="filings.resident",
            details={"reason": "E-IDENTITY-MISMATCH"},
        )
        raise _mismatch()
    resident = type(card.resident).objects.select_for_update().get(pk=card.resident_id)
    obligation = rules.filing_obligation(
        resident.status.as_rule(),
        resident.status_granted_on,
        resident.period_of_stay_days,
        today,
    )
    if ResidentAccount.objects.filter(resident=resident).exists():
        # Q37, Q43: the person keeps their one account, whichever card they hold now.
        raise _refuse(request, resident, "E-ACCOUNT-EXISTS", ())
    refusal = registration_refusal(
        card_issued_on=card.issued_on,
        card_expires_on=card.expires_on,
        today=today,
        obligation=obligation,
    )
    if refusal is not None:
        fields = CARD_CODES if refusal.code == "E-IDENTITY-MISMATCH" else ()
        raise _refuse(request, resident, refusal.code, fields)
    if auth_id_taken(auth_id):
        raise AccountError("E-AUTHID-TAKEN", ("auth_id",))
    now = timezone.now()
    try:
        with transaction.atomic():
            user = User.objects.create_user(
                username=auth_id,
                email=email,
                password=password,
                kind=User.Kind.RESIDENT,
                language_code=language_code,
                password_changed_at=now,
                is_staff=False,
            )
    except IntegrityError:  # the same ID registered by someone else at this moment (J4)
        raise AccountError("E-AUTHID-TAKEN", ("auth_id",)) from None
    account = ResidentAccount.objects.create(
        user=user,
        resident=resident,
        valid_until=resident_account_valid_until(resident.period_of_stay_until, card.expires_on),
    )
    record(
        "account.register",
        request=request,
        actor=user,
        target=account,
        details={"card": mask_card_number(card.number)},
    )
    queue_mail(
        template="registration",
        recipient=user,
        dedupe_key=f"registration:{user.pk}",
        context={"auth_id": user.username, "valid_until": _iso(account.valid_until)},
    )
    return user


def _refuse(request, resident, code: str, fields: Iterable[str]) -> AccountError:
    record(
        "account.register",
        request=request,
        outcome=FAILURE,
        target_type="filings.resident",
        target_id=resident.public_id,
        details={"reason": code},
    )
    return AccountError(code, tuple(fields))


def _iso(value: date | datetime | None) -> str:
    return value.isoformat() if value else ""
