"""Reception of one uploaded file (SPEC K2–K4; QUALITY J3, §3.8): read, check, store, record
and mail in one transaction per organization, or refuse the file as a whole."""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q, Sum
from django.utils import timezone, translation

from filings import fields, rules
from filings.constants import BULK_MAX_ROWS
from filings.models.bulk import (
    BulkRow,
    BulkRowOutcome,
    BulkUpload,
    BulkUploadState,
)
from filings.models.filing import Filing
from filings.models.registry import Organization, Resident
from filings.services import dispatch, filing_mail, registration
from filings.services.mail import queue_mail
from portal import audit

from .checking import Checked, RowPlan, check_sheet
from .common import (
    FORM_ERRORS,
    REGISTER_TASK,
    UploadRefused,
    discard,
    filer_type_of,
    mail_context,
    max_bytes,
    problem,
    safe_filename,
    store,
)
from .report import queue_error_workbook, remove_error_workbook


@dataclass
class Received:
    upload: BulkUpload
    # False when the same file had been accepted before: the earlier upload is returned (J3).
    created: bool = True
    # The earlier upload was accepted on an earlier day: filing the same content again is the
    # uploader's decision to confirm (`receive(again=True)`), never a silent repeat.
    earlier_day: bool = False


def _earlier(organization: Organization, digest: str, today: datetime.date, again: bool):
    """The earlier accepted upload of the same bytes that stands instead of a new one: one
    from today always (a double click, two tabs), one from an earlier day unless the uploader
    confirmed filing it again."""
    earlier = _accepted_before(organization, digest)
    if earlier is None or (again and earlier.received_on != today):
        return None
    return Received(earlier, created=False, earlier_day=earlier.received_on != today)


def _language(language_code: str | None) -> str:
    return language_code or translation.get_language() or settings.LANGUAGE_CODE


def receive(
    *,
    user,
    organization: Organization,
    content: bytes,
    filename: str,
    family: str | None = None,
    language_code: str | None = None,
    today: datetime.date | None = None,
    request=None,
    again: bool = False,
) -> Received:
    """Take one uploaded workbook (K2–K4). Raises `UploadRefused` for a file that cannot be
    read at all; returns the upload, in *reception error* or *accepted*, otherwise. The same
    bytes accepted before return that upload instead (`Received.created` False), unless it was
    on an earlier day and `again` says the uploader confirmed filing them again."""
    from filings import xlsx

    if not content:
        raise UploadRefused("E-BULK-NO-ROWS")
    if len(content) > max_bytes():
        raise UploadRefused("E-BULK-FILE-TOO-LARGE", {"max_mb": max_bytes() // (1024 * 1024)})
    today = today or rules.today_in_japan()
    language_code = _language(language_code)
    digest = hashlib.sha256(content).hexdigest()
    earlier = _earlier(organization, digest, today, again)
    if earlier is not None:
        return earlier
    check_quota(organization, len(content), today)  # before any work; again under the lock
    problems: list[dict] = []
    sheet = None
    try:
        sheet = xlsx.read_upload(content, filename, family=family or None, max_rows=BULK_MAX_ROWS)
    except xlsx.BulkFileError as refused:
        if refused.code in FORM_ERRORS:
            raise UploadRefused(refused.code, dict(refused.params or {})) from None
        problems = _file_problems(refused)
        family = family or refused.family
    checked = Checked(problems=problems)
    if sheet is not None:
        checked = check_sheet(sheet, organization, today=today)
    stored_name = store(content)
    try:
        return _record(
            user=user,
            organization=organization,
            family=sheet.family.code if sheet is not None else (family or ""),
            language_code=language_code,
            filename=safe_filename(filename),
            stored_name=stored_name,
            digest=digest,
            size=len(content),
            row_count=len(sheet.rows) if sheet is not None else 0,
            checked=checked,
            today=today,
            request=request,
            again=again,
        )
    except BaseException:
        discard(stored_name)
        raise


def check_quota(organization: Organization, size: int, today: datetime.date) -> None:
    """Refuse an upload over the organization's limits (QUALITY §3.8): uploads received on
    this Japanese day, and bytes of workbooks still kept (the new one included)."""
    per_day = settings.PORTAL_BULK_UPLOADS_PER_DAY
    start = timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))
    uploads = BulkUpload.objects.filter(organization=organization)
    if per_day and uploads.filter(received_at__gte=start).count() >= per_day:
        raise UploadRefused("E-BULK-QUOTA-UPLOADS", {"limit": per_day})
    limit_mb = settings.PORTAL_BULK_STORED_MB_PER_ORGANIZATION
    if limit_mb:
        kept = uploads.exclude(stored_name="").aggregate(total=Sum("size"))["total"] or 0
        if kept + size > limit_mb * 1024 * 1024:
            raise UploadRefused("E-BULK-QUOTA-BYTES", {"limit_mb": limit_mb})


def remove_kept_workbooks(now: datetime.datetime | None = None) -> int:
    """Delete the stored workbooks no one needs any more (nightly, with retention): those of
    files refused at reception, or whose every row is done, PORTAL_BULK_KEEP_DAYS ago. The
    upload stays as a record; its built error workbook goes with it. Returns how many files
    were removed."""
    now = now or timezone.now()
    before = now - timedelta(days=settings.PORTAL_BULK_KEEP_DAYS)
    stale = BulkUpload.objects.exclude(stored_name="").filter(
        Q(state=BulkUploadState.RECEPTION_ERROR, received_at__lt=before)
        | Q(completed_at__lt=before)
    )
    removed = 0
    kept = ("pk", "stored_name", "error_workbook", "error_workbook_state")
    for upload in stale.only(*kept).iterator():
        discard(upload.stored_name)
        remove_error_workbook(upload)
        removed += BulkUpload.objects.filter(pk=upload.pk, stored_name=upload.stored_name).update(
            stored_name=""
        )
    return removed


def _file_problems(refused) -> list[dict]:
    """A refusal of the whole file as problems: one per cell the reader names (every formula,
    each under its own column), else one at the cell it names, else one for the file."""
    if refused.cells:
        return [
            problem(row, column, refused.code, {"cell": cell})
            for row, column, cell in refused.cells
        ]
    return [_file_problem(refused)]


def _file_problem(refused) -> dict:
    """A refusal of the whole file as one problem: at its cell when the reader names one."""
    params = dict(refused.params or {})
    cell = getattr(refused, "cell", None) or ""
    row = 0
    if cell:
        params.setdefault("cell", cell)
        digits = "".join(ch for ch in str(cell) if ch.isdigit())
        row = int(digits) if digits else 0
    return problem(row, "", refused.code, params)


def _accepted_before(organization: Organization, digest: str) -> BulkUpload | None:
    """The latest accepted upload of the same bytes."""
    return (
        BulkUpload.objects.filter(
            organization=organization, sha256=digest, state__in=_accepted_states()
        )
        .order_by("-received_at", "-pk")
        .first()
    )


def _accepted_states() -> list[str]:
    from filings.models.bulk import ACCEPTED_STATES

    return [str(state) for state in ACCEPTED_STATES]


def _record(
    *,
    user,
    organization: Organization,
    family: str,
    language_code: str,
    filename: str,
    stored_name: str,
    digest: str,
    size: int,
    row_count: int,
    checked: Checked,
    today: datetime.date,
    request,
    again: bool,
) -> Received:
    accepted = not checked.problems and bool(checked.plans)
    try:
        with transaction.atomic():
            # One reception at a time per organization: the duplicate check below and the
            # supersession see every upload committed before (J3).
            Organization.objects.select_for_update().filter(pk=organization.pk).first()
            check_quota(organization, size, today)
            repeated = _accepted_before(organization, digest) if accepted else None
            if accepted:
                earlier = _earlier(organization, digest, today, again)
                if earlier is not None:
                    discard(stored_name)
                    return earlier
            upload = BulkUpload.objects.create(
                organization=organization,
                uploaded_by=user,
                family=family,
                language_code=language_code,
                filename=filename,
                stored_name=stored_name,
                sha256=digest,
                size=size,
                row_count=row_count,
                state=BulkUploadState.ACCEPTED if accepted else BulkUploadState.RECEPTION_ERROR,
                problems=checked.problems,
                accepted_at=timezone.now() if accepted else None,
                received_on=today,
            )
            superseded: list[int] = []
            if accepted:
                superseded = _create_filings(upload, checked.plans, user, today)
            else:
                queue_error_workbook(upload)
            _reception_mail(upload)
            audit.record(
                "bulk.received",
                request=request,
                actor=user,
                target=upload,
                outcome="success" if accepted else "failure",
                details={
                    "organization": str(organization.public_id),
                    "family": family,
                    "state": upload.state,
                    "rows": row_count,
                    "problems": len(checked.problems),
                    "superseded": len(superseded),
                    "filed_again_after": str(repeated.public_id) if repeated else "",
                },
            )
            if accepted and registration.registration_mode() == registration.IMMEDIATE:
                _queue_after_commit(upload.pk)
    except UploadRefused:
        discard(stored_name)
        raise
    except IntegrityError:
        # A concurrent reception of the same bytes won the unique constraint (J3).
        discard(stored_name)
        earlier = _accepted_before(organization, digest)
        if earlier is None:
            raise
        return Received(earlier, created=False)
    return Received(upload, created=True)


def _create_filings(
    upload: BulkUpload, plans: list[RowPlan], user, today: datetime.date
) -> list[int]:
    """One filing per row, as `submit_draft` makes one (F4, F7), written with two bulk inserts;
    returns the ids of earlier same-day filings the new ones superseded."""
    filer_type = filer_type_of(upload.family)
    organization = upload.organization
    immediate = registration.registration_mode() == registration.IMMEDIATE
    # The people's registry rows, in a stable order (no deadlock between two receptions that
    # share people), as a single filing locks its person (submit_draft).
    resident_ids = sorted({plan.card.resident_id for plan in plans})
    list(Resident.objects.select_for_update().filter(pk__in=resident_ids).order_by("pk"))
    filings = [
        registration.build_filing(
            fields.kind_spec(plan.kind),
            plan.cleaned,
            filer_type=filer_type,
            user=user,
            organization=organization,
            resident=plan.card.resident,
            language_code=upload.language_code,
            today=today,
            queue=immediate,
        )
        for plan in plans
    ]
    Filing.objects.bulk_create(filings)
    BulkRow.objects.bulk_create(
        BulkRow(upload=upload, number=plan.number, filing=filing)
        for plan, filing in zip(plans, filings, strict=True)
    )
    # The residents of a proxy file hear of it as of a single proxy filing (N4).
    filing_mail.queue_to_residents([(filings, filing_mail.RECEIVED)], new_filings=True)
    superseded = registration.supersede_same_day(filings, today)
    if superseded:
        # Rows of earlier files whose filing was just replaced are done: the new row counts.
        BulkRow.objects.filter(filing_id__in=superseded, outcome=BulkRowOutcome.PENDING).update(
            outcome=BulkRowOutcome.REPLACED, finished_at=timezone.now()
        )
    return superseded


def _reception_mail(upload: BulkUpload) -> None:
    """The reception result, to the uploader in the language of the upload (K4): one mail per
    file, never one per row."""
    user = upload.uploaded_by
    if user is None or not user.email:
        return
    accepted = upload.state != BulkUploadState.RECEPTION_ERROR
    queue_mail(
        template="bulk_received" if accepted else "bulk_reception_error",
        dedupe_key=f"bulk:{upload.public_id}:received",
        recipient=user,
        language_code=upload.language_code,
        context=mail_context(upload),
    )


def _queue_after_commit(upload_id: int) -> None:
    """Mark the upload queued and hand it to the `bulk` queue once the transaction commits;
    the sweeper queues it later if the broker is down (QUALITY I2)."""
    BulkUpload.objects.filter(pk=upload_id).update(queued_at=timezone.now())
    dispatch.enqueue_on_commit(REGISTER_TASK, [upload_id], what="bulk upload")
