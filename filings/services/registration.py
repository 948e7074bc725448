"""The core that single and bulk filing share (SPEC F1–F4, F7, K3, S2; QUALITY J1–J3).

A filing typed in the wizard and a row of a bulk file are checked, built and registered by the
same rules, so whichever way a notification arrives it is accepted, refused or registered
alike. This module holds that core; `filings.services.filing` (one at a time) and
`filings.services.bulk` (a workbook of up to 300) import it and never each other:

- identity against the registry: `match_identity` (one person, optionally locked) and
  `match_card` (the same rule on a card found in advance, for a bulk file's batch); only a
  current card matches, and a mismatch never says which field differs (Q63);
- whether this person's filing of a kind is allowed (`kind_problem`, F1, F2, Q16, Q20);
- the one `Filing` builder (`build_filing`: deadline, lateness, content digest), and same-day
  supersession (F7);
- registration: the claim that marks filings *processing* (`claim`), the registry check
  (`registration_problems`), its result on the filing (`apply_registration`) and its audit event;
  a registered filing stays *processing* until `filings.services.completion` completes it (S2).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import F
from django.utils import timezone

from filings import fields, rules
from filings.errors import RuleError
from filings.models.accounts import ProxyConsent
from filings.models.filing import (
    OPEN_STATES,
    REPLACEABLE_STATES,
    FilerType,
    Filing,
    FilingState,
)
from filings.models.registry import Organization, ResidenceCard, Resident
from filings.rules.filing import check_organization_kind, content_digest, proxy_kinds
from filings.rules.identity import identity_matches

IMMEDIATE = "immediate"
NIGHTLY = "nightly"


def registration_mode() -> str:
    """ "immediate" (default): registration runs as soon as a filing is received; "nightly":
    filings wait for the nightly batch, as the original system did (S2, Q75)."""
    return getattr(settings, "PORTAL_FILING_REGISTRATION", IMMEDIATE)


def obligation_of(resident: Resident, today: datetime.date) -> rules.Obligation:
    """The registry's answer for a person, from the same rules as the guided check (N1)."""
    return rules.filing_obligation(
        resident.status.as_rule(),
        resident.status_granted_on,
        resident.period_of_stay_days,
        today,
    )


def active_consent(organization: Organization, resident: Resident) -> ProxyConsent | None:
    return (
        ProxyConsent.objects.active().filter(organization=organization, resident=resident).first()
    )


def registry_identity(resident: Resident, card: ResidenceCard | None) -> dict[str, str]:
    """The identity as the registry holds it, in the stored form of the filing fields: what
    typed data are compared with (`rules.identity_matches`), here and at registration of an
    account, and what a new draft starts from."""
    return {
        "name_latin": resident.name_latin,
        "birth_date": resident.birth_date.isoformat(),
        "sex": resident.sex,
        "nationality": resident.nationality.code,
        "prefecture": resident.prefecture.code,
        "municipality": resident.municipality.code,
        "address_rest": resident.address_rest,
        "card_number": card.number if card else "",
    }


def current_card(resident: Resident) -> ResidenceCard | None:
    return resident.cards.filter(is_valid=True).order_by("-issued_on").first()


@dataclass
class Match:
    resident: Resident | None = None
    card: ResidenceCard | None = None
    error: RuleError | None = None


def match_identity(
    identity: dict[str, str],
    *,
    expected: Resident | None,
    today: datetime.date,
    lock: bool = False,
) -> Match:
    """Find the registry person the typed identity belongs to, card included.

    With `expected` (a resident filing for themselves, or an organization for a consenting
    resident) the data must be that person's; otherwise (19-17) the card number finds them.
    Only a current, unexpired card matches. Any difference is one E-IDENTITY-MISMATCH (Q63).
    """
    cards = registry_cards().filter(number=identity.get("card_number", ""), is_valid=True)
    if expected is not None:
        cards = cards.filter(resident=expected)
    if lock:
        cards = cards.select_for_update(of=("self", "resident"))
    return match_card(
        identity, cards.first(), expected_id=expected.pk if expected else None, today=today
    )


def registry_cards():
    """Cards with the person and the reference rows identity matching and the kind rules read,
    so matching runs without further queries (one filing or a bulk file's batch)."""
    return ResidenceCard.objects.select_related(
        "resident__nationality",
        "resident__prefecture",
        "resident__municipality",
        "resident__status",
    )


def match_card(
    identity: dict[str, str],
    card: ResidenceCard | None,
    *,
    expected_id: int | None,
    today: datetime.date,
) -> Match:
    """The identity against the current card its number found (None: no such card), in memory:
    the one rule of `match_identity`, shared with bulk registration's prefetched batches."""
    if card is None or card.expires_on < today:
        return Match(error=RuleError("E-IDENTITY-MISMATCH"))
    if expected_id is not None and card.resident_id != expected_id:
        return Match(error=RuleError("E-IDENTITY-MISMATCH"))
    if not identity_matches(identity, registry_identity(card.resident, card)):
        return Match(error=RuleError("E-IDENTITY-MISMATCH"))
    return Match(resident=card.resident, card=card)


def is_student(resident: Resident | None) -> bool | None:
    return None if resident is None else resident.status.is_student


def kind_problem(
    kind: str, filer_type: str, resident: Resident, today: datetime.date, *, consent_ok: bool
) -> RuleError | None:
    """Whether this person's filing of `kind` is allowed now (F1, F2, Q16, Q20)."""
    if filer_type == FilerType.RESIDENT:
        return rules.check_resident_kind(kind, obligation_of(resident, today))
    if filer_type == FilerType.PROXY:
        problems = rules.check_proxy_filing(kind, consent_ok)
        if not problems and kind not in proxy_kinds(obligation_of(resident, today)):
            problems = [RuleError("E-KIND-NOT-ALLOWED")]
        return problems[0] if problems else None
    return check_organization_kind(kind, resident.status.as_rule(), resident.status.is_student)


def required_overrides(spec: fields.KindSpec, student: bool | None) -> dict[str, bool]:
    """A field for students only is required exactly where it applies."""
    return {
        f.code: f.required and f.applies_to(student)
        for f in spec.fields
        if f.audience != fields.Audience.EVERYONE
    }


def filer_key(filing_type: str, organization: Organization | None, card_number: str) -> str:
    owner = f"org:{organization.pk}" if organization is not None else "resident"
    return f"{filing_type}:{owner}:{card_number}"


def supersede_same_day(filings: list[Filing], today: datetime.date) -> list[int]:
    """The same content filed again on the same day leaves the last one in force (F7, Q73):
    earlier filings with the digest of one of `filings` become superseded by it. Used for one
    filing (submit_draft) and for a bulk file's rows (one query to find them all, QUALITY J3).
    Returns the ids superseded."""
    by_digest = {filing.content_digest: filing for filing in filings}
    found = list(
        Filing.objects.select_for_update()
        .filter(content_digest__in=list(by_digest), filed_on=today, state__in=REPLACEABLE_STATES)
        .exclude(pk__in=[filing.pk for filing in filings])
        .values_list("pk", "content_digest")
    )
    now = timezone.now()
    replaced: dict[str, list[int]] = {}
    for pk, digest in found:
        replaced.setdefault(digest, []).append(pk)
    for digest, ids in replaced.items():
        Filing.objects.filter(pk__in=ids).update(
            state=FilingState.SUPERSEDED, superseded_by=by_digest[digest], updated_at=now
        )
    return [pk for pk, _digest in found]


PROCESSING = "processing"
# Registration succeeded; the filing completes when its completion mail is sent (S2).
REGISTERED = "registered"
COMPLETED = FilingState.COMPLETED
REGISTRATION_ERROR = FilingState.REGISTRATION_ERROR
SKIPPED = "skipped"


def json_params(params) -> dict[str, Any]:
    return {
        key: value.isoformat() if isinstance(value, datetime.date) else value
        for key, value in dict(params).items()
    }


def registration_problems(
    filing: Filing,
    match: Match,
    *,
    today: datetime.date,
    has_consent: Callable[[Resident], bool],
) -> list[RuleError]:
    """The registry check of registration: the same identity and kind rules as the form, run
    against the registry as it is now (a card may have been replaced, a status changed or a
    consent revoked since the filing was received). In memory: the caller found the card
    (`match_identity`, or `match_card` over a bulk batch's prefetched cards) and says whether
    the filer holds the person's consent, so one filing and a batch share every rule."""
    if match.error:
        return [match.error]
    consent_ok = True
    if filing.filer_type == FilerType.PROXY:
        consent_ok = has_consent(match.resident)
    for kind in filing.kinds:
        problem = kind_problem(
            kind, filing.filer_type, match.resident, today, consent_ok=consent_ok
        )
        if problem:
            return [problem]
    return []


def apply_registration(filing: Filing, problems: list[RuleError], now: datetime.datetime) -> None:
    """Registration's result on the filing (not saved): *registration error* with its codes, or
    `registered_at`; it completes when its completion mail is sent (S2)."""
    if problems:
        filing.state = FilingState.REGISTRATION_ERROR
        filing.completed_at = now
        filing.errors = [{"code": p.code, "params": json_params(p.params)} for p in problems]
    else:
        filing.registered_at = now
        filing.errors = []


def registration_outcome(filing: Filing) -> str:
    return REGISTERED if filing.state == FilingState.PROCESSING else str(filing.state)


def registered_event(filing: Filing, problems: list[RuleError]) -> dict[str, Any]:
    """The audit event of a registration, as `audit.record`'s (or `record_many`'s) arguments."""
    return {
        "action": "filing.registered",
        "actor": None,
        "target": filing,
        "outcome": "success" if not problems else "failure",
        "details": {"state": registration_outcome(filing), "errors": [p.code for p in problems]},
    }


def check_registration(filing: Filing, today: datetime.date) -> list[RuleError]:
    """The registry check of one filing's registration: its card and person locked and read as
    they are now, its consent read only when the identity matched."""
    expected = filing.resident if filing.filer_type != FilerType.ORGANIZATION else None
    match = match_identity(filing.data, expected=expected, today=today, lock=True)
    return registration_problems(
        filing,
        match,
        today=today,
        has_consent=lambda resident: active_consent(filing.organization, resident) is not None,
    )


def claim(filing_ids: Iterable[int]) -> list[int]:
    """Mark the open, unregistered filings among `filing_ids` *processing*, one attempt more
    each, with one UPDATE; filings another worker holds are skipped. Returns the claimed ids
    (the status pages show them as processing from here on)."""
    claimed = list(
        Filing.objects.select_for_update(skip_locked=True)
        .filter(pk__in=list(filing_ids), state__in=OPEN_STATES, registered_at__isnull=True)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    if claimed:
        now = timezone.now()
        Filing.objects.filter(pk__in=claimed).update(
            state=FilingState.PROCESSING,
            attempts=F("attempts") + 1,
            processing_started_at=now,
            updated_at=now,
        )
    return claimed


def build_filing(
    spec: fields.KindSpec,
    cleaned: dict[str, str],
    *,
    filer_type: str,
    user,
    organization: Organization | None,
    resident: Resident,
    language_code: str,
    today: datetime.date,
    queue: bool,
    **extra: Any,
) -> Filing:
    """The one way a filing is made from checked values (not saved): its kinds, deadline and
    lateness (F4), and the content digest that same-day supersession compares (F7). `queue`
    marks it queued for registration now (the immediate mode); `extra` sets the fields only
    one path has (the wizard's submission token, the filing a copy came from)."""
    found = fields.deadline_of(spec, cleaned, today)
    return Filing(
        kind=spec.events[0],
        second_kind=spec.events[1] if spec.is_combined else "",
        filer_type=filer_type,
        filed_by=user,
        organization=organization,
        resident=resident,
        card_number=cleaned["card_number"],
        name_latin=cleaned["name_latin"],
        data=cleaned,
        language_code=language_code,
        event_date=min(fields.event_dates(spec, cleaned)),
        due_date=found.due,
        is_late=found.late,
        content_digest=content_digest(
            spec.events, filer_key(filer_type, organization, cleaned["card_number"]), cleaned
        ),
        filed_on=today,
        received_at=timezone.now(),
        queued_at=timezone.now() if queue else None,
        **extra,
    )


def batch_registry(filings: list[Filing]) -> tuple[dict[str, list[ResidenceCard]], set]:
    """The registry rows of a batch of filings in two queries: the current cards of its card
    numbers with their persons, locked in a fixed order (as one filing's registration locks its
    card and person), and the active consents of its proxy filings as (organization, resident)
    pairs."""
    numbers = {filing.data.get("card_number", "") for filing in filings}
    cards: dict[str, list[ResidenceCard]] = {}
    if numbers:
        found = (
            registry_cards()
            .select_for_update(of=("self", "resident"))
            .filter(number__in=numbers, is_valid=True)
            .order_by("resident_id", "-issued_on", "pk")
        )
        for card in found:
            cards.setdefault(card.number, []).append(card)
    proxies = [filing for filing in filings if filing.filer_type == FilerType.PROXY]
    consents: set[tuple[int, int]] = set()
    if proxies:
        consents = set(
            ProxyConsent.objects.active()
            .filter(
                organization_id__in={filing.organization_id for filing in proxies},
                resident_id__in={filing.resident_id for filing in proxies},
            )
            .values_list("organization_id", "resident_id")
        )
    return cards, consents


def card_for(
    cards: dict[str, list[ResidenceCard]], number: str, expected_id: int | None
) -> ResidenceCard | None:
    """Among a batch's cards, the one `match_identity` would find for this number (and
    expected person)."""
    candidates = [
        card
        for card in cards.get(number, [])
        if expected_id is None or card.resident_id == expected_id
    ]
    return max(candidates, key=lambda card: card.issued_on) if candidates else None
