"""The error workbook's life (SPEC N3): queued when an upload ends with problems to mark,
built once by a worker, kept in its own storage, streamed on download, removed with the upload's
workbook.

Building it reads the whole upload and writes a workbook: seconds of CPU and tens of megabytes
for the worst file within the limits, which a web process must never spend on a request. So
the upload is marked *building* in the same transaction that ends it in reception error (or
completes it with failed rows), and a task on the `bulk` queue is queued after the commit; the
bulk sweeper queues again any build a lost message or a killed worker left behind. The result
page shows that it is being prepared and offers the download once it is ready.

The workbook is written in the upload's language (the uploader's language when they sent it),
the language of the reception and result mails.
"""

from __future__ import annotations

import datetime
import logging
import secrets

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from filings.models.bulk import BulkUpload, BulkUploadState, ErrorWorkbookState
from filings.services import dispatch

from .common import SWEEP_AFTER
from .results import error_workbook

logger = logging.getLogger("filings.bulk")

# The task that builds an upload's error workbook (filings.tasks.bulk.bulk_error_workbook).
ERROR_WORKBOOK_TASK = "filings.tasks.bulk_error_workbook"
BUILT = "built"
UNAVAILABLE = "unavailable"
SKIPPED = "skipped"


def needs_error_workbook(upload: BulkUpload) -> bool:
    """Whether the upload has something to mark: reception problems, or rows in error once
    registration is over; and its workbook is still kept."""
    if not upload.stored_name:
        return False
    if upload.state == BulkUploadState.RECEPTION_ERROR:
        return bool(upload.problems)
    return upload.state == BulkUploadState.COMPLETED and upload.rows_failed > 0


def queue_error_workbook(upload: BulkUpload) -> bool:
    """In the caller's transaction (the one that ends the upload): mark the error workbook
    *building* and queue its build after the commit. Returns False when there is nothing to
    mark or it is already built or being built."""
    if not needs_error_workbook(upload) or upload.error_workbook_state:
        return False
    now = timezone.now()
    upload.error_workbook_state = ErrorWorkbookState.BUILDING
    upload.error_workbook_queued_at = now
    BulkUpload.objects.filter(pk=upload.pk).update(
        error_workbook_state=ErrorWorkbookState.BUILDING, error_workbook_queued_at=now
    )
    dispatch.enqueue_on_commit(ERROR_WORKBOOK_TASK, [upload.pk], what="error workbook")
    return True


def build_error_workbook(upload_id: int) -> str:
    """Build and store the upload's error workbook once (N3).

    Guard: the upload's row is locked (skip_locked) and must be *building*; a second message,
    the sweeper's copy or a redelivery after a killed worker finds it ready (or locked by the
    build under way) and does nothing. A file that can no longer be read (removed, damaged)
    makes it *unavailable*, which the page says. The stored file is removed again if the
    transaction does not commit, so no file is left without its upload.
    """
    from filings import xlsx

    stored: list[tuple] = []
    try:
        with transaction.atomic():
            upload = (
                BulkUpload.objects.select_for_update(skip_locked=True)
                .filter(pk=upload_id, error_workbook_state=ErrorWorkbookState.BUILDING)
                .first()
            )
            if upload is None:
                return SKIPPED
            try:
                content = error_workbook(upload, language=upload.language_code)
            except (FileNotFoundError, xlsx.BulkFileError) as failed:
                logger.warning("error workbook of upload %s not built: %r", upload.pk, failed)
                content = None
            if content is None:
                upload.error_workbook_state = ErrorWorkbookState.UNAVAILABLE
                upload.save(update_fields=["error_workbook_state", "updated_at"])
                return UNAVAILABLE
            upload.error_workbook.save(
                f"{secrets.token_hex(16)}.xlsx", ContentFile(content), save=False
            )
            stored.append((upload.error_workbook.storage, upload.error_workbook.name))
            upload.error_workbook_state = ErrorWorkbookState.READY
            upload.save(update_fields=["error_workbook", "error_workbook_state", "updated_at"])
    except BaseException:
        for storage, name in stored:
            storage.delete(name)
        raise
    return BUILT


def sweep_error_workbooks(now: datetime.datetime | None = None) -> int:
    """Queue again the builds a lost message or a killed worker left *building* (I1): last
    queued longer ago than SWEEP_AFTER, or never (uploads from before builds were queued).
    Rows another sweeper holds are skipped and their queued time moved on."""
    now = now or timezone.now()
    with transaction.atomic():
        ids = list(
            BulkUpload.objects.select_for_update(skip_locked=True)
            .filter(error_workbook_state=ErrorWorkbookState.BUILDING)
            .exclude(error_workbook_queued_at__gte=now - SWEEP_AFTER)
            .order_by("received_at")
            .values_list("pk", flat=True)[:100]
        )
        if ids:
            BulkUpload.objects.filter(pk__in=ids).update(error_workbook_queued_at=now)
            dispatch.enqueue_on_commit(ERROR_WORKBOOK_TASK, ids, what="error workbook")
    return len(ids)


def remove_error_workbook(upload: BulkUpload) -> None:
    """Delete the stored error workbook (with the upload's workbook, when it is no longer
    kept); the upload stays as a record."""
    if upload.error_workbook:
        upload.error_workbook.delete(save=False)
    BulkUpload.objects.filter(pk=upload.pk).update(
        error_workbook="",
        error_workbook_state=(
            ErrorWorkbookState.UNAVAILABLE
            if upload.error_workbook_state
            else ErrorWorkbookState.NONE
        ),
    )
