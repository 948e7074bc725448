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
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from filings import fields, rules
from filings.errors import RuleError
from filings.models.filing import OPEN_STATES, FilerType, Filing, FilingDraft, FilingState
from filings.services import completion, dispatch, filing_mail
from filings.services.drafts import ALL, Checked, check_draft
from filings.services.mail import queue_mail
from filings.services.registration import (
    IMMEDIATE,
    SKIPPED,
    apply_registration,
    build_filing,
    check_registration,
    claim,
    registered_event,
    registration_mode,
    registration_outcome,
    supersede_same_day,
)
from portal import audit

logger = logging.getLogger("filings.pipeline")

# The task that registers one filing (filings.tasks.filing.register_filing).
REGISTER_TASK = "filings.tasks.register_filing"
# A filing queued longer ago than this and still open is queued again by the sweeper.
SWEEP_AFTER = timedelta(minutes=10)
# Registration attempts before a filing is left for officers (retry in the back office).
MAX_REGISTRATION_ATTEMPTS = 5
# Reminder for an unfinished draft this many days before its due date (N7).
REMINDER_DAYS_BEFORE = 3


# --- submission -------------------------------------------------------------------------------


@dataclass
class Submitted:
    filing: Filing | None = None
    created: bool = False
    checked: Checked | None = None


def _mail(filing: Filing, which: tuple[str, str], *, new_filing: bool = False) -> int:
    """Queue the mail of a filing event to each recipient; returns how many were queued.

    A row of a bulk file mails nothing from here: its file's one result mail reports it (K4)
    and completes it when sent (`filings.services.completion`, S2), and the bulk services
    mail its proxy residents. `new_filing`: the filing was created in this transaction by the
    wizard, so it is in no bulk file and none of its mails can exist yet (one INSERT per mail,
    no look-ups)."""
    if not new_filing and completion.in_bulk_file(filing):
        return 0
    return filing_mail.queue(filing, which, new_filing=new_filing)


def submit_draft(
    *,
    user,
    token,
    submission_token,
    today: datetime.date | None = None,
    request=None,
    language_code: str | None = None,
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
        # The language the person submits in (`language_code`, the request's) is the one
        # they read the mails in, whatever language the draft was started in.
        draft.language_code = language_code or draft.language_code
        filing = build_filing(
            fields.kind_spec(draft.kind),
            checked.cleaned,
            filer_type=draft.filer_type,
            user=user,
            organization=draft.organization,
            resident=match.resident,
            language_code=draft.language_code,
            today=today,
            queue=registration_mode() == IMMEDIATE,
            submission_token=draft.submission_token,
            source_filing=draft.source_filing,
        )
        filing.save(force_insert=True)
        superseded = supersede_same_day([filing], today)
        draft.filing = filing
        draft.save(update_fields=["filing", "language_code", "updated_at"])
        _mail(filing, filing_mail.RECEIVED, new_filing=True)
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


def _enqueue_after_commit(filing: Filing, *, mark: bool = True) -> None:
    """Mark the filing queued and hand it to the `filings` queue once the transaction commits
    (QUALITY H2); the sweeper queues it later if the broker is down (I2)."""
    if mark:
        Filing.objects.filter(pk=filing.pk).update(queued_at=timezone.now())
    dispatch.enqueue_on_commit(REGISTER_TASK, [filing.pk], what="filing")


# --- registration -----------------------------------------------------------------------------


def register_filing(filing_id: int, *, today: datetime.date | None = None) -> str:
    """Register one filing against the registry as it is now (S2).

    Two transactions: the first marks the filing *processing* (the status page shows it), the
    second locks the filing and the registry rows, re-checks identity, card and kind, and ends
    in *registration error* with its mail, or sets `registered_at` and queues the completion
    mail; when the filing becomes *completed* is `filings.services.completion`'s (S2).
    Idempotent: a filing not in an open state, or already registered, is left alone, so a
    duplicate message, a retry and the sweeper racing each other finish it once. A worker
    killed between the two leaves it *processing* for the sweeper.
    """
    today = today or rules.today_in_japan()
    with transaction.atomic():
        if not claim([filing_id]):
            return SKIPPED
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
        problems = check_registration(filing, today)
        now = timezone.now()
        apply_registration(filing, problems, now)
        if problems:
            _mail(filing, filing_mail.ERROR)
        else:
            mailed = _mail(filing, filing_mail.COMPLETED)
            completion.after_registration(filing, mailed=mailed, now=now)
        filing.save(
            update_fields=["state", "errors", "registered_at", "completed_at", "updated_at"]
        )
        audit.record(**registered_event(filing, problems))
        return registration_outcome(filing)


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
    dispatch.enqueue_on_commit(REGISTER_TASK, ids, what="filing")


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
                recipient=draft.user,  # a later mail: in the account's preferred language
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
