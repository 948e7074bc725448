"""Writes of the filing pipeline (SPEC F1–F7, S2, N2, N4, N7, X3; QUALITY H2–H6, J1–J2).

The only module that creates or changes `Filing` and `FilingDraft` rows:

- drafts: `start_draft`, `save_step` keep the wizard's input on the server;
- submission: `submit_draft` validates the whole draft again, writes the filing in state
  *received* with its reception mail and audit event in one transaction, supersedes an
  identical filing of the same day (F7), and queues registration after commit. A second call
  for the same draft (double click, replay) returns the first filing: the draft row is locked
  and remembers it, and the filing's `submission_token` is unique as a last guard;
- registration: `register_filing` re-validates against the registry as it is now and ends in
  *completed* or *registration error*, with its mail; idempotent (state guard, row locks);
- the sweeper, the nightly batch, reminders, and the officers' retry and withdrawal.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation

from filings import fields, rules
from filings.constants import ORGANIZATION_KINDS
from filings.errors import RuleError
from filings.models import (
    FilerType,
    Filing,
    FilingDraft,
    FilingState,
    Organization,
    ProxyConsent,
    ResidenceCard,
    Resident,
)
from filings.models.filing import OPEN_STATES, REPLACEABLE_STATES
from filings.rules.filing import (
    check_organization_kind,
    content_digest,
    identity_matches,
    proxy_kinds,
    resident_kinds,
)
from filings.services.mail import queue_mail
from portal import audit

logger = logging.getLogger("filings.pipeline")

IMMEDIATE = "immediate"
NIGHTLY = "nightly"
# A filing queued longer ago than this and still open is queued again by the sweeper.
SWEEP_AFTER = timedelta(minutes=10)
# Registration attempts before a filing is left for officers (retry in the back office).
MAX_REGISTRATION_ATTEMPTS = 5
# Reminder for an unfinished draft this many days before its due date (N7).
REMINDER_DAYS_BEFORE = 3
ALL = "__all__"


def registration_mode() -> str:
    """ "immediate" (default): registration runs as soon as a filing is received; "nightly":
    filings wait for the nightly batch, as the original system did (S2, Q75)."""
    return getattr(settings, "PORTAL_FILING_REGISTRATION", IMMEDIATE)


# --- who files ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filer:
    """The signed-in user as a filer: a resident (own filings) or an organization user."""

    user: Any
    filer_type: str
    resident: Resident | None = None
    organization: Organization | None = None


def filer_for(user) -> Filer | None:
    """None for anonymous users, officers and deactivated accounts: they file nothing."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    membership = getattr(user, "organization_membership", None)
    if membership is not None and membership.deactivated_at is None:
        return Filer(user, FilerType.ORGANIZATION, organization=membership.organization)
    account = getattr(user, "resident_account", None)
    if account is not None and account.deactivated_at is None:
        return Filer(user, FilerType.RESIDENT, resident=account.resident)
    return None


def obligation_of(resident: Resident, today: datetime.date) -> rules.Obligation:
    """The registry's answer for a person, from the same rules as the guided check (N1)."""
    return rules.filing_obligation(
        resident.status.as_rule(),
        resident.status_granted_on,
        resident.period_of_stay_days,
        today,
    )


def kinds_for(filer: Filer, today: datetime.date, resident: Resident | None = None) -> tuple:
    """The kinds (and combined keys) a filer may start: a resident's own, an organization's
    19-17 kinds, or, with `resident`, the proxy kinds for that resident."""
    if filer.filer_type == FilerType.RESIDENT:
        return resident_kinds(obligation_of(filer.resident, today))
    if resident is not None:
        return proxy_kinds(obligation_of(resident, today))
    return ORGANIZATION_KINDS


def active_consent(organization: Organization, resident: Resident) -> ProxyConsent | None:
    return (
        ProxyConsent.objects.active().filter(organization=organization, resident=resident).first()
    )


# --- drafts ---------------------------------------------------------------------------------


class NotAllowed(Exception):
    """The filer may not start this kind (or for this resident); the view answers 404."""


def registry_identity(resident: Resident, card: ResidenceCard | None) -> dict[str, str]:
    """The identity as the registry holds it, in the stored form of the filing fields."""
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


def _current_card(resident: Resident) -> ResidenceCard | None:
    return resident.cards.filter(is_valid=True).order_by("-issued_on").first()


@transaction.atomic
def start_draft(
    filer: Filer,
    kind: str,
    *,
    today: datetime.date,
    proxy_for: ProxyConsent | None = None,
    copy_of: Filing | None = None,
) -> FilingDraft:
    """A new draft of `kind`. A resident's identity is filled in from the registry (they check
    it); a copy starts from the content of an earlier filing (N2)."""
    resident = proxy_for.resident if proxy_for is not None else None
    if proxy_for is not None and (
        filer.filer_type != FilerType.ORGANIZATION
        or proxy_for.organization_id != filer.organization.pk
        or not proxy_for.is_active
    ):
        raise NotAllowed(kind)
    if kind not in kinds_for(filer, today, resident):
        raise NotAllowed(kind)
    data: dict[str, str] = {}
    if copy_of is not None:
        data = {key: str(value) for key, value in copy_of.data.items()}
    elif filer.filer_type == FilerType.RESIDENT:
        data = registry_identity(filer.resident, _current_card(filer.resident))
    draft = FilingDraft.objects.create(
        user=filer.user,
        filer_type=FilerType.PROXY if resident is not None else filer.filer_type,
        organization=filer.organization,
        resident=resident or filer.resident,
        kind=kind,
        data=data,
        source_filing=copy_of,
        language_code=translation.get_language() or settings.LANGUAGE_CODE,
    )
    return draft


def save_step(draft: FilingDraft, step: str, typed: dict[str, str], *, today: datetime.date):
    """Keep what was typed on a step, valid or not (nothing the user typed is lost), and the
    due date once an event date is known (for the reminder, N7)."""
    with transaction.atomic():
        locked = FilingDraft.objects.select_for_update().get(pk=draft.pk)
        if locked.filing_id:
            return locked
        locked.data = {**locked.data, **typed}
        locked.step = step
        spec = fields.kind_spec(locked.kind)
        try:
            locked.due_date = fields.deadline_of(spec, locked.data, today).due
        except ValueError:
            locked.due_date = None
        locked.save(update_fields=["data", "step", "due_date", "updated_at"])
    return locked


# --- identity against the registry -------------------------------------------------------------


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


# --- checking a whole draft -------------------------------------------------------------------


@dataclass
class Checked:
    cleaned: dict[str, str] = field(default_factory=dict)
    errors: dict[str, tuple[RuleError, ...]] = field(default_factory=dict)
    match: Match | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


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


def check_identity(
    draft: FilingDraft, data: dict[str, Any], *, today: datetime.date, lock: bool = False
) -> Checked:
    """The identity step: every field's own rule, then the registry, then whether this person's
    filing of the draft's kind is allowed at all. `lock` locks the matched card and person."""
    cleaned, problems = fields.check_all(fields.IDENTITY_FIELDS, data, today=today)
    result = Checked(cleaned, dict(problems))
    if problems:
        return result
    result.match = match_identity(cleaned, expected=draft.resident, today=today, lock=lock)
    if result.match.error:
        result.errors[ALL] = (result.match.error,)
        return result
    consent_ok = draft.filer_type != FilerType.PROXY or (
        active_consent(draft.organization, draft.resident) is not None
    )
    spec = fields.kind_spec(draft.kind)
    for event in spec.events:
        problem = kind_problem(
            event, draft.filer_type, result.match.resident, today, consent_ok=consent_ok
        )
        if problem:
            result.errors[ALL] = (problem,)
            break
    return result


def required_overrides(spec: fields.KindSpec, student: bool | None) -> dict[str, bool]:
    """A field for students only is required exactly where it applies."""
    return {
        f.code: f.required and f.applies_to(student)
        for f in spec.fields
        if f.audience != fields.Audience.EVERYONE
    }


def check_event(
    draft: FilingDraft, data: dict[str, Any], *, today: datetime.date, student: bool | None
) -> Checked:
    spec = fields.kind_spec(draft.kind)
    specs = spec.event_fields(student)
    cleaned, problems = fields.check_all(
        specs, data, today=today, required=required_overrides(spec, student)
    )
    return Checked(cleaned, dict(problems))


def check_draft(
    draft: FilingDraft,
    *,
    today: datetime.date,
    lock: bool = False,
    identity: Checked | None = None,
) -> Checked:
    """Everything the confirmation screen and the submit need: identity, registry, kind, event.
    The submit passes `lock`: the person's row is locked by the registry match itself. A caller
    that has just checked the identity of this draft's data passes it as `identity`."""
    if identity is None:
        identity = check_identity(draft, draft.data, today=today, lock=lock)
    if not identity.ok:
        return identity
    event = check_event(draft, draft.data, today=today, student=is_student(identity.match.resident))
    return Checked(
        {**identity.cleaned, **event.cleaned}, {**identity.errors, **event.errors}, identity.match
    )


# --- submission -------------------------------------------------------------------------------


@dataclass
class Submitted:
    filing: Filing | None = None
    created: bool = False
    checked: Checked | None = None


def _mail_recipients(filing: Filing) -> list[Any]:
    recipients = [filing.filed_by] if filing.filed_by and filing.filed_by.email else []
    if filing.filer_type == FilerType.PROXY and filing.resident_id:
        account = getattr(filing.resident, "account", None)
        if account is not None and account.user.email and account.deactivated_at is None:
            recipients.append(account.user)
    return recipients


def _in_bulk_file(filing: Filing) -> bool:
    """Whether the filing is a row of a bulk file. Residents never file in bulk, so their
    filings (most of them) cost no query here."""
    if filing.filer_type == FilerType.RESIDENT:
        return False
    from filings.models import BulkRow

    return BulkRow.objects.filter(filing_id=filing.pk).exists()


def _mail(filing: Filing, template: str, event: str, *, new_filing: bool = False) -> int:
    """Queue the mail of a filing event to each recipient; returns how many were queued.

    A row of a bulk file mails nothing of its own: its file's one result mail reports it (K4)
    and completes it when sent (`bulk_services.complete_rows_after_mail`, S2). `new_filing`: the
    filing was created in this transaction by the wizard, so it is in no bulk file and none of
    its mails can exist yet (one INSERT per mail, no look-ups)."""
    if not new_filing and _in_bulk_file(filing):
        return 0
    context = {
        "receipt_number": filing.receipt_number,
        "kind": filing.spec_key,
        "filing_id": str(filing.public_id),
        "filed_on": filing.filed_on.isoformat(),
        "due_date": filing.due_date.isoformat(),
        "is_late": filing.is_late,
        "errors": [e["code"] for e in filing.errors],
        "proxy": filing.filer_type == FilerType.PROXY,
    }
    recipients = _mail_recipients(filing)
    for user in recipients:
        queue_mail(
            template=template,
            dedupe_key=f"filing:{filing.public_id}:{event}:{user.pk}",
            recipient=user,
            language_code=filing.language_code if user == filing.filed_by else None,
            context=context,
            new_key=new_filing,
        )
    return len(recipients)


def on_mail_sent(mail) -> None:
    """Called by the mail sender, inside its transaction, once a mail has gone out.

    S2 (Q57): a filing is complete only when registration succeeded *and* the completion mail
    went out, so registration leaves it processing with `registered_at` set and the first
    completion mail sent finishes it. A completion mail that finally fails leaves the filing
    processing, where officers see it next to the failed mail.
    """
    if mail.template == "bulk_completed":
        from filings.services import bulk as bulk_services

        bulk_services.complete_rows_after_mail(mail)
        return
    if mail.template != "filing_completed":
        return
    filing_id = (mail.context or {}).get("filing_id")
    if not filing_id:
        return
    filing = (
        Filing.objects.select_for_update()
        .filter(public_id=filing_id, state=FilingState.PROCESSING, registered_at__isnull=False)
        .first()
    )
    if filing is None:
        return  # completed by an earlier mail, withdrawn, or sent again for another reason
    filing.state = FilingState.COMPLETED
    filing.completed_at = timezone.now()
    filing.save(update_fields=["state", "completed_at", "updated_at"])
    audit.record("filing.completed", actor=None, target=filing, details={"mail": mail.template})


def _filer_key(filing_type: str, organization: Organization | None, card_number: str) -> str:
    owner = f"org:{organization.pk}" if organization is not None else "resident"
    return f"{filing_type}:{owner}:{card_number}"


def submit_draft(
    *,
    user,
    token,
    submission_token,
    today: datetime.date | None = None,
    request=None,
) -> Submitted:
    """Turn a draft into a filing, exactly once (QUALITY J1, J2; SPEC X3).

    Raises `FilingDraft.DoesNotExist` for a draft that is not this user's (the view answers
    404). A submission token that is not the draft's own (a stale or forged form) gets the
    draft's filing if it has one, and otherwise a form error.
    """
    today = today or rules.today_in_japan()
    with transaction.atomic():
        draft = (
            FilingDraft.objects.select_for_update(of=("self",))
            .select_related("organization", "resident")
            .get(token=token, user=user)
        )
        if draft.filing_id:
            return Submitted(Filing.objects.get(pk=draft.filing_id), created=False)
        if str(submission_token) != str(draft.submission_token):
            return Submitted(checked=Checked(errors={ALL: (RuleError("E-FORM-RESUBMITTED"),)}))
        # One filing at a time per person: the registry match locks the person's row (and
        # card), so supersession below compares with what is committed.
        checked = check_draft(draft, today=today, lock=True)
        if not checked.ok:
            return Submitted(checked=checked)
        match = checked.match
        spec = fields.kind_spec(draft.kind)
        found = fields.deadline_of(spec, checked.cleaned, today)
        earliest = min(fields.event_dates(spec, checked.cleaned))
        digest = content_digest(
            spec.events,
            _filer_key(draft.filer_type, draft.organization, checked.cleaned["card_number"]),
            checked.cleaned,
        )
        filing = Filing.objects.create(
            kind=spec.events[0],
            second_kind=spec.events[1] if spec.is_combined else "",
            filer_type=draft.filer_type,
            filed_by=user,
            organization=draft.organization,
            resident=match.resident,
            card_number=checked.cleaned["card_number"],
            name_latin=checked.cleaned["name_latin"],
            data=checked.cleaned,
            language_code=draft.language_code,
            event_date=earliest,
            due_date=found.due,
            is_late=found.late,
            submission_token=draft.submission_token,
            content_digest=digest,
            filed_on=today,
            source_filing=draft.source_filing,
            queued_at=timezone.now() if registration_mode() == IMMEDIATE else None,
        )
        superseded = supersede_same_day([filing], today)
        draft.filing = filing
        draft.save(update_fields=["filing", "updated_at"])
        _mail(filing, "filing_received", "received", new_filing=True)
        audit.record(
            "filing.submitted",
            request=request,
            actor=user,
            target=filing,
            details={
                "kind": filing.spec_key,
                "filer_type": filing.filer_type,
                "organization": str(draft.organization.public_id) if draft.organization else "",
                "resident": str(match.resident.public_id),
                "late": filing.is_late,
                "superseded": len(superseded),
            },
        )
        if filing.queued_at is not None:
            _enqueue_after_commit(filing, mark=False)
    return Submitted(filing, created=True)


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


def _enqueue_after_commit(filing: Filing, *, mark: bool = True) -> None:
    """Mark the filing queued and hand it to the `filings` queue once the transaction commits
    (QUALITY H2). A broker outage is logged, never raised: the sweeper queues it later (I2)."""
    if mark:
        Filing.objects.filter(pk=filing.pk).update(queued_at=timezone.now())

    def send() -> None:
        from filings.tasks.filing import register_filing

        try:
            register_filing.delay(filing.pk)
        except Exception:
            logger.warning("filing %s not queued now; the sweeper will retry", filing.pk)

    transaction.on_commit(send)


# --- registration -----------------------------------------------------------------------------

PROCESSING = "processing"
# Registration succeeded; the filing completes when its completion mail is sent (S2).
REGISTERED = "registered"
COMPLETED = FilingState.COMPLETED
REGISTRATION_ERROR = FilingState.REGISTRATION_ERROR
SKIPPED = "skipped"


def register_filing(filing_id: int, *, today: datetime.date | None = None) -> str:
    """Register one filing against the registry as it is now (S2).

    Two transactions: the first marks the filing *processing* (the status page shows it), the
    second locks the filing and the registry rows, re-checks identity, card and kind, and ends
    in *registration error* with its mail, or sets `registered_at` and queues the completion
    mail; the filing becomes *completed* when that mail is sent (`on_mail_sent`, S2).
    Idempotent: a filing not in an open state, or already registered, is left alone, so a
    duplicate message, a retry and the sweeper racing each other finish it once. A worker
    killed between the two leaves it *processing* for the sweeper.
    """
    today = today or rules.today_in_japan()
    with transaction.atomic():
        filing = Filing.objects.select_for_update().filter(pk=filing_id).first()
        if filing is None or filing.state not in OPEN_STATES:
            return SKIPPED
        filing.state = FilingState.PROCESSING
        filing.attempts += 1
        filing.processing_started_at = timezone.now()
        filing.save(update_fields=["state", "attempts", "processing_started_at", "updated_at"])
    with transaction.atomic():
        filing = (
            Filing.objects.select_for_update(of=("self",))
            .select_related("organization", "resident", "filed_by")
            .filter(pk=filing_id)
            .first()
        )
        if filing is None or filing.state != FilingState.PROCESSING:
            return SKIPPED
        if filing.registered_at is not None:
            return SKIPPED  # registered; completes when its completion mail is sent (S2)
        problems = _registration_problems(filing, today)
        now = timezone.now()
        apply_registration(filing, problems, now)
        if problems:
            _mail(filing, "filing_error", "registration_error")
        elif not _mail(filing, "filing_completed", "completed") and not _in_bulk_file(filing):
            # Nobody to mail (no address on file): nothing to wait for.
            filing.state = FilingState.COMPLETED
            filing.completed_at = now
        filing.save(
            update_fields=["state", "errors", "registered_at", "completed_at", "updated_at"]
        )
        audit.record(**registered_event(filing, problems))
        return registration_outcome(filing)


def _json_params(params) -> dict[str, Any]:
    return {
        key: value.isoformat() if isinstance(value, datetime.date) else value
        for key, value in dict(params).items()
    }


def _registration_problems(filing: Filing, today: datetime.date) -> list[RuleError]:
    """The registry check of registration for one filing: its card and person locked and read
    as they are now, its consent read only when the identity matched."""
    expected = filing.resident if filing.filer_type != FilerType.ORGANIZATION else None
    match = match_identity(filing.data, expected=expected, today=today, lock=True)
    return registration_problems(
        filing,
        match,
        today=today,
        has_consent=lambda resident: active_consent(filing.organization, resident) is not None,
    )


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
        filing.errors = [{"code": p.code, "params": _json_params(p.params)} for p in problems]
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


# --- sweeper, batch, reminders ------------------------------------------------------------------


def _sweep_after() -> timedelta:
    """SWEEP_AFTER, or the setting's value (seconds; the fault suite shortens it)."""
    seconds = getattr(settings, "PORTAL_FILING_SWEEP_AFTER_SECONDS", None)
    return SWEEP_AFTER if seconds is None else timedelta(seconds=seconds)


def sweep(now: datetime.datetime | None = None) -> int:
    """Queue again what a lost message left open (QUALITY H3, I1, I2): received or processing
    filings whose last queueing is older than SWEEP_AFTER, or that were never queued in the
    immediate mode. Rows another sweeper holds are skipped (skip_locked) and `queued_at` is
    moved on, so two sweepers at once dispatch each row once."""
    now = now or timezone.now()
    stale = now - _sweep_after()
    condition = Q(queued_at__lt=stale)
    if registration_mode() == IMMEDIATE:
        condition |= Q(queued_at__isnull=True, received_at__lt=now - timedelta(minutes=1))
    else:
        condition &= Q(state=FilingState.PROCESSING) | Q(queued_at__isnull=False)
    with transaction.atomic():
        ids = list(
            Filing.objects.select_for_update(skip_locked=True)
            .filter(state__in=OPEN_STATES, attempts__lt=MAX_REGISTRATION_ATTEMPTS)
            .filter(registered_at__isnull=True)
            .filter(condition)
            .order_by("received_at")
            .values_list("pk", flat=True)[:500]
        )
        _dispatch(ids, now)
    return len(ids)


def _dispatch(ids: list[int], now: datetime.datetime) -> None:
    if not ids:
        return
    Filing.objects.filter(pk__in=ids).update(queued_at=now)

    def send() -> None:
        from filings.tasks.filing import register_filing

        for filing_id in ids:
            try:
                register_filing.delay(filing_id)
            except Exception:
                logger.warning("filing %s not queued; the sweeper will retry", filing_id)
                return

    transaction.on_commit(send)


def run_batch(now: datetime.datetime | None = None) -> int:
    """The nightly batch (S2, Q75): queue every filing received and not yet queued."""
    now = now or timezone.now()
    with transaction.atomic():
        ids = list(
            Filing.objects.select_for_update(skip_locked=True)
            .filter(state=FilingState.RECEIVED, queued_at__isnull=True)
            .order_by("received_at")
            .values_list("pk", flat=True)
        )
        _dispatch(ids, now)
    return len(ids)


def send_reminders(today: datetime.date | None = None) -> int:
    """One reminder per unfinished resident draft, in the days before its due date (N7)."""
    today = today or rules.today_in_japan()
    sent = 0
    with transaction.atomic():
        drafts = (
            FilingDraft.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("user")
            .filter(
                filing__isnull=True,
                reminder_sent_at__isnull=True,
                filer_type=FilerType.RESIDENT,
                due_date__gte=today,
                due_date__lte=today + timedelta(days=REMINDER_DAYS_BEFORE),
            )
        )
        for draft in drafts:
            if not draft.user.email or not draft.user.is_active:
                continue
            queue_mail(
                template="filing_reminder",
                dedupe_key=f"draft:{draft.token}:reminder",
                recipient=draft.user,
                language_code=draft.language_code,
                context={
                    "kind": draft.kind,
                    "due_date": draft.due_date.isoformat(),
                    "draft": str(draft.token),
                },
            )
            draft.reminder_sent_at = timezone.now()
            draft.save(update_fields=["reminder_sent_at"])
            sent += 1
    return sent


# --- the back office -------------------------------------------------------------------------


class CannotChange(Exception):
    """The filing is not in a state that allows this action."""


def retry_registration(filing_id: int, *, officer, request=None) -> Filing:
    """Officers send an errored (or stuck) filing through registration again (O3)."""
    with transaction.atomic():
        filing = Filing.objects.select_for_update().get(pk=filing_id)
        if filing.state not in (*OPEN_STATES, FilingState.REGISTRATION_ERROR):
            raise CannotChange(filing.state)
        filing.state = FilingState.RECEIVED
        filing.attempts = 0
        filing.errors = []
        filing.registered_at = None
        filing.save(update_fields=["state", "attempts", "errors", "registered_at", "updated_at"])
        audit.record("filing.retried", request=request, actor=officer, target=filing)
        _enqueue_after_commit(filing)
    return filing


def withdraw(filing_id: int, *, officer, reason: str, request=None) -> Filing:
    """A filing withdrawn at the filer's request, with the reason (O3, Q74). Not possible
    online for filers: they file again (F7)."""
    reason = reason.strip()
    if not reason:
        raise ValueError("a withdrawal needs a reason")
    with transaction.atomic():
        filing = Filing.objects.select_for_update().get(pk=filing_id)
        if filing.state == FilingState.WITHDRAWN:
            raise CannotChange(filing.state)
        filing.state = FilingState.WITHDRAWN
        filing.withdrawn_at = timezone.now()
        filing.withdrawn_by = officer
        filing.withdrawal_reason = reason
        filing.save(
            update_fields=[
                "state",
                "withdrawn_at",
                "withdrawn_by",
                "withdrawal_reason",
                "updated_at",
            ]
        )
        audit.record("filing.withdrawn", request=request, actor=officer, target=filing)
    return filing
