"""Registration of an accepted file's rows in batches, its completion and result mail, and the
sweeper that re-queues what a lost message or a killed worker left open (SPEC K3; QUALITY I1)."""

from __future__ import annotations

import datetime
from datetime import timedelta

from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone

from filings import rules
from filings.models.bulk import (
    OPEN_UPLOAD_STATES,
    BulkRow,
    BulkRowOutcome,
    BulkUpload,
    BulkUploadState,
)
from filings.models.filing import FilerType, Filing, FilingState
from filings.services import completion, dispatch, filing_mail, registration
from filings.services.mail import queue_mail
from portal import audit

from .common import REGISTER_TASK, SWEEP_AFTER, batch_size, mail_context
from .report import queue_error_workbook

DONE = "done"
MORE = "more"
SKIPPED = "skipped"


def _outcome_of(filing: Filing) -> str:
    """The row's outcome from its filing's state, or PENDING while registration has to run."""
    if filing.state == FilingState.REGISTRATION_ERROR:
        return BulkRowOutcome.ERROR
    if filing.state in (FilingState.SUPERSEDED, FilingState.WITHDRAWN):
        return BulkRowOutcome.REPLACED
    if filing.state == FilingState.COMPLETED or filing.registered_at is not None:
        return BulkRowOutcome.REGISTERED
    return BulkRowOutcome.PENDING


def register_batch(upload_id: int, *, today: datetime.date | None = None) -> str:
    """Register the next batch of an upload's rows (I1, K3) in two transactions.

    The first claims the batch: the upload (skip_locked, open only) and the batch's open
    filings, marked *processing* with one UPDATE (the progress and status pages show it). The
    second locks those filings and their registry rows (cards and persons, in a fixed order),
    reads consents once, runs the rules of a single registration on every row in memory
    (`registration.registration_problems`: a row fails alone with its own codes), and writes
    the filings, their audit events, the rows' outcomes and the upload's counters in a few
    statements whatever the batch size. Idempotent: an upload not open is skipped, rows with an
    outcome are not touched again, and only filings still *processing* and not registered are
    registered (under their row lock), so a redelivered message, the sweeper, a single filing's
    task and a second batch racing each other register every row once. A worker killed in the
    second transaction leaves the batch *processing* and its rows pending for the sweeper.
    Returns MORE when rows remain (the caller queues the next batch), DONE when the upload is
    completed, SKIPPED when there was nothing to do.
    """
    today = today or rules.today_in_japan()
    with transaction.atomic():
        upload = (
            BulkUpload.objects.select_for_update(skip_locked=True)
            .filter(pk=upload_id, state__in=OPEN_UPLOAD_STATES)
            .first()
        )
        if upload is None:
            return SKIPPED
        if upload.state == BulkUploadState.ACCEPTED:
            upload.state = BulkUploadState.REGISTERING
        upload.queued_at = timezone.now()
        upload.save(update_fields=["state", "queued_at", "updated_at"])
        pending = list(
            BulkRow.objects.filter(upload_id=upload_id, outcome=BulkRowOutcome.PENDING)
            .order_by("number")
            .values_list("pk", "filing_id")[: batch_size()]
        )
        registration.claim([filing_id for _row_id, filing_id in pending])
    with transaction.atomic():
        _register_rows(dict(pending), today)
        return _finish(upload_id)


def _register_rows(filing_of_row: dict[int, int], today: datetime.date) -> None:
    """Register the batch's processing filings and record every row's outcome (see
    `register_batch`); a row whose filing is still open elsewhere stays pending."""
    if not filing_of_row:
        return
    filings = list(
        Filing.objects.select_for_update().filter(pk__in=filing_of_row.values()).order_by("pk")
    )
    due = [f for f in filings if f.state == FilingState.PROCESSING and f.registered_at is None]
    cards, consents = registration.batch_registry(due)
    now = timezone.now()
    registered: list[Filing] = []
    failed: list[Filing] = []
    events = []
    for filing in due:
        expected_id = filing.resident_id if filing.filer_type != FilerType.ORGANIZATION else None
        card = registration.card_for(cards, filing.data.get("card_number", ""), expected_id)
        problems = registration.registration_problems(
            filing,
            registration.match_card(filing.data, card, expected_id=expected_id, today=today),
            today=today,
            has_consent=lambda resident, f=filing: (f.organization_id, resident.pk) in consents,
        )
        # Rows of a bulk file mail nothing of their own and complete with the file's result
        # mail (S2), so a registered row stays *processing* with `registered_at` set.
        registration.apply_registration(filing, problems, now)
        filing.updated_at = now
        (failed if problems else registered).append(filing)
        events.append(registration.registered_event(filing, problems))
    if registered:
        Filing.objects.filter(pk__in=[f.pk for f in registered]).update(
            registered_at=now, errors=[], updated_at=now
        )
    if failed:
        Filing.objects.bulk_update(failed, ["state", "completed_at", "errors", "updated_at"])
    audit.record_many(events)
    # A proxy file's residents hear of their own row as of a single proxy filing (N4).
    filing_mail.queue_to_residents(
        [(registered, filing_mail.COMPLETED), (failed, filing_mail.ERROR)]
    )
    outcome_of_filing = {filing.pk: _outcome_of(filing) for filing in filings}
    rows_by_outcome: dict[str, list[int]] = {}
    for row_id, filing_id in filing_of_row.items():
        outcome = outcome_of_filing.get(filing_id, BulkRowOutcome.PENDING)
        if outcome != BulkRowOutcome.PENDING:  # still open elsewhere: the next batch
            rows_by_outcome.setdefault(outcome, []).append(row_id)
    for outcome, row_ids in rows_by_outcome.items():
        BulkRow.objects.filter(pk__in=row_ids, outcome=BulkRowOutcome.PENDING).update(
            outcome=outcome, finished_at=now
        )


def _counts(upload_id: int) -> dict[str, int]:
    return BulkRow.objects.filter(upload_id=upload_id).aggregate(
        pending=Count("pk", filter=Q(outcome=BulkRowOutcome.PENDING)),
        failed=Count("pk", filter=Q(outcome=BulkRowOutcome.ERROR)),
        done=Count("pk", filter=~Q(outcome__in=[BulkRowOutcome.PENDING, BulkRowOutcome.ERROR])),
    )


def _finish(upload_id: int) -> str:
    """Update the counts; when no row is pending, complete the upload and queue its one result
    mail in the caller's transaction (the mail's event key makes a second call mail nothing)."""
    upload = (
        BulkUpload.objects.select_for_update(of=("self",))
        .select_related("uploaded_by")
        .filter(pk=upload_id)
        .first()
    )
    if upload is None:
        return SKIPPED
    counts = _counts(upload_id)
    upload.rows_done = counts["done"]
    upload.rows_failed = counts["failed"]
    fields_changed = ["rows_done", "rows_failed", "updated_at"]
    if counts["pending"] or upload.state not in OPEN_UPLOAD_STATES:
        upload.save(update_fields=fields_changed)
        return MORE if counts["pending"] and upload.is_open else SKIPPED
    upload.state = BulkUploadState.COMPLETED
    upload.completed_at = timezone.now()
    upload.save(update_fields=[*fields_changed, "state", "completed_at"])
    queue_error_workbook(upload)  # when rows failed: built once, by a worker (N3)
    mailed = _result_mail(upload)
    audit.record(
        "bulk.registered",
        actor=None,
        target=upload,
        outcome="success" if not upload.rows_failed else "failure",
        details={"done": upload.rows_done, "errors": upload.rows_failed},
    )
    completion.after_bulk_result(upload, mailed=mailed)
    return DONE


def _result_mail(upload: BulkUpload) -> bool:
    user = upload.uploaded_by
    if user is None or not user.email:
        return False
    queue_mail(
        template=completion.BULK_MAIL,
        dedupe_key=f"bulk:{upload.public_id}:completed",
        recipient=user,
        language_code=upload.language_code,
        context=mail_context(upload),
    )
    return True


def sweep(now: datetime.datetime | None = None) -> int:
    """Queue again the uploads a lost message or a killed worker left open (I1): accepted or
    registering, last queued longer ago than SWEEP_AFTER (or never, in the immediate mode).
    Rows another sweeper holds are skipped and `queued_at` is moved on, so two sweepers queue
    each upload once; the batch's guards make a second task harmless anyway."""
    now = now or timezone.now()
    condition = Q(queued_at__lt=now - SWEEP_AFTER)
    if registration.registration_mode() == registration.IMMEDIATE:
        condition |= Q(queued_at__isnull=True, received_at__lt=now - timedelta(minutes=1))
    else:
        # Nightly: once the batch has queued the rows' filings, the upload follows them.
        waiting = BulkRow.objects.filter(
            upload=OuterRef("pk"),
            filing__state=FilingState.RECEIVED,
            filing__queued_at__isnull=True,
        )
        condition |= Q(queued_at__isnull=True) & ~Exists(waiting)
    with transaction.atomic():
        ids = list(
            BulkUpload.objects.select_for_update(skip_locked=True)
            .filter(state__in=OPEN_UPLOAD_STATES)
            .filter(condition)
            .order_by("received_at")
            .values_list("pk", flat=True)[:100]
        )
        if ids:
            BulkUpload.objects.filter(pk__in=ids).update(queued_at=now)
            dispatch.enqueue_on_commit(REGISTER_TASK, ids, what="bulk upload")
    return len(ids)
