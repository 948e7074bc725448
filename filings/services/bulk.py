"""Writes of bulk filing (SPEC K2–K4, N3; QUALITY D1–D10, J3, I1).

The only module that creates or changes `BulkUpload` and `BulkRow` rows:

- reception (`receive`): the workbook is read by `filings.xlsx.read_upload` (the safe reader)
  and every row is checked with the rules of single filings — field rules, the registry
  (identity, current card), whether the kind is allowed for the person, proxy consent (Q78) —
  plus duplicates within the file. Any problem makes a *reception error* listing every problem
  by row, column and code, and no filing; otherwise one filing per row, the rows and the
  reception mail are written in one transaction (K3, K4). The registry is read once for the
  whole file (cards, consents, accounts by the set of card numbers), not per row;
- concurrency (J3): reception of one organization's files is serialised by a lock on its
  registry row; the same bytes accepted before return that upload (a unique constraint is the
  last guard); an overlapping file supersedes the same content filed earlier that day (F7), so
  nobody is counted twice;
- registration (`register_batch`): rows are registered in batches, each batch claimed in one
  transaction and registered in a second one with the registry read once for the batch and
  the same rules as a single registration (`registration.registration_problems`), so a row
  fails alone with its registry error codes and the others go on (K3), in a number of queries
  that does not grow with the batch; when every row has an outcome the upload is *completed*
  and one result mail goes to the uploader. Rows' filings send no mails of their own; they
  become completed when the result mail has gone out (`filings.services.completion`, S2);
- the sweeper re-queues uploads a lost message or a killed worker left open (I1).
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import logging
import secrets
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, OuterRef, Q, Sum
from django.utils import timezone, translation

from filings import fields, rules
from filings.constants import BULK_MAX_ROWS
from filings.errors import RuleError
from filings.models.accounts import ProxyConsent, ResidentAccount
from filings.models.bulk import (
    OPEN_UPLOAD_STATES,
    BulkRow,
    BulkRowOutcome,
    BulkUpload,
    BulkUploadState,
)
from filings.models.filing import FilerType, Filing, FilingState
from filings.models.registry import Organization, ResidenceCard, Resident
from filings.services import completion, dispatch, reference, registration
from filings.services.mail import queue_mail
from portal import audit

logger = logging.getLogger("filings.bulk")

# Refusals of the file as a whole that re-show the form: nothing is stored and nothing mailed,
# because there is no content to report on (QUALITY D2–D5). Every other refusal of the reader
# (too many rows, an old template, formulas, unknown columns) is a reception error with a mail.
FORM_ERRORS = frozenset(
    {
        "E-BULK-FILE-TOO-LARGE",
        "E-BULK-NOT-XLSX",
        "E-BULK-UNREADABLE",
        "E-BULK-MACRO",
        "E-BULK-NO-ROWS",
        "E-BULK-CSV-ENCODING",
        "E-BULK-TOO-COMPLEX",
        "E-BULK-QUOTA-UPLOADS",
        "E-BULK-QUOTA-BYTES",
    }
)
# An upload queued longer ago than this and still open is queued again by the sweeper.
SWEEP_AFTER = timedelta(minutes=10)
PROXY_FAMILY = "proxy"
# The task that registers the next batch of an upload (filings.tasks.bulk.bulk_register).
REGISTER_TASK = "filings.tasks.bulk_register"
KIND_COLUMN = "kind"


class UploadRefused(Exception):
    """The file as a whole cannot be taken (wrong type, too big, empty): the form says why."""

    def __init__(self, code: str, params: dict[str, Any] | None = None):
        super().__init__(code)
        self.code = code
        self.params = params or {}

    def message(self) -> str:
        from filings import errors

        return errors.message(self.code, **self.params)


def max_bytes() -> int:
    return int(getattr(settings, "PORTAL_BULK_MAX_BYTES", 2 * 1024 * 1024))


def batch_size() -> int:
    return int(getattr(settings, "PORTAL_BULK_BATCH_SIZE", 50))


def upload_dir() -> Path:
    return Path(settings.PORTAL_BULK_UPLOAD_DIR)


def stored_path(upload: BulkUpload) -> Path:
    return upload_dir() / upload.stored_name


def read_stored(upload: BulkUpload) -> bytes:
    return stored_path(upload).read_bytes()


def safe_filename(name: str) -> str:
    """The uploaded name as shown back: the last path part only, printable, at most 200
    characters (QUALITY D10). It is never used to store or to look up anything."""
    base = str(name or "").replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(ch for ch in base if ch.isprintable() and ch not in '"<>|:*?')
    return cleaned.strip()[:200] or "upload.xlsx"


# --- problems --------------------------------------------------------------------------------


def problem(row: int, column: str, error: RuleError | str, params: dict | None = None) -> dict:
    """A reception problem as stored in `BulkUpload.problems` (JSON) and listed to the user."""
    if isinstance(error, RuleError):
        code, params = error.code, dict(error.params)
    else:
        code = error
    return {
        "row": row,
        "column": column,
        "code": code,
        "params": registration.json_params(params or {}),
    }


# --- reception -------------------------------------------------------------------------------


@dataclass
class Received:
    upload: BulkUpload
    # False when the same file had been accepted before: the earlier upload is returned (J3).
    created: bool = True


@dataclass
class _RowPlan:
    number: int
    kind: str
    cleaned: dict[str, str]
    card: ResidenceCard


@dataclass
class _Checked:
    plans: list[_RowPlan] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)


def _filer_type(family_code: str) -> str:
    return FilerType.PROXY if family_code == PROXY_FAMILY else FilerType.ORGANIZATION


def _row_kind(family, values: dict[str, Any]) -> tuple[str | None, RuleError | None]:
    """The kind a row files: its "kind" cell where the family has that column (a kind code),
    otherwise the family's only kind."""
    if KIND_COLUMN not in _columns(family):
        return str(family.default_kind()), None
    raw = values.get(KIND_COLUMN)
    value = str(raw).strip() if raw is not None else ""
    if not value:
        return None, RuleError("E-REQUIRED")
    kinds = [str(kind) for kind in family.kinds]
    if value in kinds:
        return value, None
    for kind in kinds:  # the label in any language the template offered
        if value == str(fields.kind_label(kind)):
            return kind, None
    return None, RuleError("E-CHOICE-INVALID")


def _columns(family) -> tuple[str, ...]:
    """The field codes of a family's columns (Family.columns holds codes or field specs)."""
    return tuple(getattr(column, "code", column) for column in family.columns)


def _prefetch(card_numbers: set[str], organization: Organization, proxy: bool):
    """The registry rows of every person in the file in three queries at most: their current
    cards (with the person and the reference rows identity matching needs), and for a proxy
    file their consents to this organization and their resident accounts."""
    cards = {
        card.number: card
        for card in registration.registry_cards().filter(number__in=card_numbers, is_valid=True)
    }
    consents: set[int] = set()
    accounts: set[int] = set()
    if proxy and cards:
        resident_ids = {card.resident_id for card in cards.values()}
        consents = set(
            ProxyConsent.objects.active()
            .filter(organization=organization, resident_id__in=resident_ids)
            .values_list("resident_id", flat=True)
        )
        accounts = set(
            ResidentAccount.objects.filter(
                resident_id__in=resident_ids,
                deactivated_at__isnull=True,
                user__is_active=True,
            ).values_list("resident_id", flat=True)
        )
    return cards, consents, accounts


def check_sheet(sheet, organization: Organization, *, today: datetime.date) -> _Checked:
    """Every row of a read sheet checked with the rules of single filings (K3); every problem
    of every row is collected, so one round of corrections is enough."""
    family = sheet.family
    proxy = family.code == PROXY_FAMILY
    filer_type = _filer_type(family.code)
    result = _Checked()
    allowed = reference.lookup(today)
    identities: list[tuple[Any, str | None, dict[str, str], bool]] = []
    for row in sheet.rows:
        values = dict(row.values)
        kind, kind_error = _row_kind(family, values)
        if kind_error:
            result.problems.append(problem(row.number, KIND_COLUMN, kind_error))
        cleaned, field_errors = fields.check_all(
            fields.IDENTITY_FIELDS, values, today=today, allowed=allowed
        )
        for code, found in field_errors.items():
            result.problems.extend(problem(row.number, code, error) for error in found)
        identities.append((row, kind, cleaned, not field_errors))
    numbers = {cleaned["card_number"] for _row, _kind, cleaned, ok in identities if ok}
    cards, consents, accounts = _prefetch(numbers, organization, proxy)
    seen: dict[tuple[str, str], int] = {}
    for row, kind, cleaned, identity_ok in identities:
        values = dict(row.values)
        card = None
        if identity_ok:
            # The single filing's rule, on the prefetched card: one answer for the whole
            # identity (Q63), which field differs is not said.
            match = registration.match_card(
                cleaned, cards.get(cleaned["card_number"]), expected_id=None, today=today
            )
            if match.error:
                result.problems.append(problem(row.number, "", match.error))
            card = match.card
        resident = card.resident if card else None
        if resident is not None and proxy and resident.pk not in accounts:
            result.problems.append(problem(row.number, "", "E-NOT-REGISTERED-RESIDENT"))
            resident = None
        spec = fields.kind_spec(kind) if kind else None
        if spec is not None and resident is not None:
            consent_ok = not proxy or resident.pk in consents
            for event in spec.events:
                found = registration.kind_problem(
                    event, filer_type, resident, today, consent_ok=consent_ok
                )
                if found:
                    column = KIND_COLUMN if KIND_COLUMN in _columns(family) else ""
                    result.problems.append(problem(row.number, column, found))
                    resident = None
                    break
        event_cleaned: dict[str, str] = {}
        if spec is not None:
            student = registration.is_student(card.resident if card else None)
            required = registration.required_overrides(spec, student)
            if student is None:
                # Unknown person: a field for one audience only is not required of them.
                required = dict.fromkeys(required, False)
            event_cleaned, event_errors = fields.check_all(
                spec.event_fields(student), values, today=today, allowed=allowed, required=required
            )
            for code, found in event_errors.items():
                result.problems.extend(problem(row.number, code, error) for error in found)
        if identity_ok and kind:
            key = (cleaned["card_number"], kind)
            if key in seen:
                result.problems.append(
                    problem(row.number, "card_number", "E-BULK-DUPLICATE", {"row": row.number})
                )
            else:
                seen[key] = row.number
        if resident is not None and spec is not None and not result.problems:
            result.plans.append(_RowPlan(row.number, kind, {**cleaned, **event_cleaned}, card))
    if result.problems:
        result.plans = []
    result.problems.sort(key=lambda p: (p["row"], p["column"]))
    return result


def _store(content: bytes) -> str:
    """Write the file under a random name (never the uploaded one, D10); returns that name."""
    directory = upload_dir()
    directory.mkdir(parents=True, exist_ok=True)
    name = f"{secrets.token_hex(16)}.xlsx"
    path = directory / name
    with open(path, "xb") as handle:
        handle.write(content)
    path.chmod(0o600)
    return name


def _discard(name: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        (upload_dir() / name).unlink()


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
) -> Received:
    """Take one uploaded workbook (K2–K4). Raises `UploadRefused` for a file that cannot be
    read at all; returns the upload, in *reception error* or *accepted*, otherwise."""
    from filings import xlsx

    if not content:
        raise UploadRefused("E-BULK-NO-ROWS")
    if len(content) > max_bytes():
        raise UploadRefused("E-BULK-FILE-TOO-LARGE", {"max_mb": max_bytes() // (1024 * 1024)})
    today = today or rules.today_in_japan()
    language_code = _language(language_code)
    digest = hashlib.sha256(content).hexdigest()
    earlier = _accepted_before(organization, digest)
    if earlier is not None:
        return Received(earlier, created=False)
    check_quota(organization, len(content), today)  # before any work; again under the lock
    problems: list[dict] = []
    sheet = None
    try:
        sheet = xlsx.read_upload(content, filename, family=family or None, max_rows=BULK_MAX_ROWS)
    except xlsx.BulkFileError as refused:
        if refused.code in FORM_ERRORS:
            raise UploadRefused(refused.code, dict(refused.params or {})) from None
        problems = [_file_problem(refused)]
    checked = _Checked(problems=problems)
    if sheet is not None:
        checked = check_sheet(sheet, organization, today=today)
    stored_name = _store(content)
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
        )
    except BaseException:
        _discard(stored_name)
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
    upload stays as a record; only its error workbook can no longer be built. Returns how
    many files were removed."""
    now = now or timezone.now()
    before = now - timedelta(days=settings.PORTAL_BULK_KEEP_DAYS)
    stale = BulkUpload.objects.exclude(stored_name="").filter(
        Q(state=BulkUploadState.RECEPTION_ERROR, received_at__lt=before)
        | Q(completed_at__lt=before)
    )
    removed = 0
    for upload in stale.only("pk", "stored_name").iterator():
        _discard(upload.stored_name)
        removed += BulkUpload.objects.filter(pk=upload.pk, stored_name=upload.stored_name).update(
            stored_name=""
        )
    return removed


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
    return BulkUpload.objects.filter(
        organization=organization, sha256=digest, state__in=_accepted_states()
    ).first()


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
    checked: _Checked,
    today: datetime.date,
    request,
) -> Received:
    accepted = not checked.problems and bool(checked.plans)
    try:
        with transaction.atomic():
            # One reception at a time per organization: the duplicate check below and the
            # supersession see every upload committed before (J3).
            Organization.objects.select_for_update().filter(pk=organization.pk).first()
            check_quota(organization, size, today)
            if accepted:
                earlier = _accepted_before(organization, digest)
                if earlier is not None:
                    _discard(stored_name)
                    return Received(earlier, created=False)
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
            )
            superseded: list[int] = []
            if accepted:
                superseded = _create_filings(upload, checked.plans, user, today)
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
                },
            )
            if accepted and registration.registration_mode() == registration.IMMEDIATE:
                _queue_after_commit(upload.pk)
    except UploadRefused:
        _discard(stored_name)
        raise
    except IntegrityError:
        # A concurrent reception of the same bytes won the unique constraint (J3).
        _discard(stored_name)
        earlier = _accepted_before(organization, digest)
        if earlier is None:
            raise
        return Received(earlier, created=False)
    return Received(upload, created=True)


def _create_filings(
    upload: BulkUpload, plans: list[_RowPlan], user, today: datetime.date
) -> list[int]:
    """One filing per row, as `submit_draft` makes one (F4, F7), written with two bulk inserts;
    returns the ids of earlier same-day filings the new ones superseded."""
    filer_type = _filer_type(upload.family)
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
    superseded = registration.supersede_same_day(filings, today)
    if superseded:
        # Rows of earlier files whose filing was just replaced are done: the new row counts.
        BulkRow.objects.filter(filing_id__in=superseded, outcome=BulkRowOutcome.PENDING).update(
            outcome=BulkRowOutcome.REPLACED, finished_at=timezone.now()
        )
    return superseded


def _mail_context(upload: BulkUpload) -> dict[str, Any]:
    return {
        "upload_id": str(upload.public_id),
        "filename": upload.filename,
        "family": upload.family,
        "rows": upload.row_count,
        "problems": len(upload.problems),
        "done": upload.rows_done,
        "errors": upload.rows_failed,
        "received_at": timezone.localtime(upload.received_at).strftime("%Y-%m-%d %H:%M"),
    }


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
        context=_mail_context(upload),
    )


def _queue_after_commit(upload_id: int) -> None:
    """Mark the upload queued and hand it to the `bulk` queue once the transaction commits;
    the sweeper queues it later if the broker is down (QUALITY I2)."""
    BulkUpload.objects.filter(pk=upload_id).update(queued_at=timezone.now())
    dispatch.enqueue_on_commit(REGISTER_TASK, [upload_id], what="bulk upload")


# --- registration ----------------------------------------------------------------------------

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
        context=_mail_context(upload),
    )
    return True


# --- sweeper ---------------------------------------------------------------------------------


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


# --- reading for pages -----------------------------------------------------------------------


def progress(upload: BulkUpload) -> dict[str, Any]:
    """What the progress bar shows (rows done / total, errors so far), as JSON."""
    finished = (
        upload.rows_finished if upload.state != BulkUploadState.COMPLETED else (upload.row_count)
    )
    return {
        "state": upload.state,
        "total": upload.row_count,
        "finished": finished,
        "done": upload.rows_done,
        "errors": upload.rows_failed,
        "percent": upload.percent,
        "complete": upload.state in (BulkUploadState.COMPLETED, BulkUploadState.RECEPTION_ERROR),
    }


def registration_problems(upload: BulkUpload) -> list[dict]:
    """The rows' registration errors as problems (row, column "", code), for the error
    workbook and the result page."""
    found = []
    rows = (
        BulkRow.objects.filter(upload=upload, outcome=BulkRowOutcome.ERROR)
        .select_related("filing")
        .order_by("number")
    )
    for row in rows:
        for error in row.filing.errors or [{"code": "E-REGISTRATION-FAILED"}]:
            found.append(problem(row.number, "", error.get("code", ""), error.get("params", {})))
    return found


# Which cells an error without a column of its own marks in the error workbook (N3).
_IDENTITY_ERRORS = frozenset({"E-IDENTITY-MISMATCH", "E-NOT-REGISTERED-RESIDENT"})
_KIND_ERRORS = frozenset(
    {
        "E-KIND-NOT-ALLOWED",
        "E-ORG-FILING-NOT-APPLICABLE",
        "E-NOT-STUDENT",
        "E-PROXY-KIND",
        "E-CONSENT-MISSING",
    }
)


def cell_problems(problems: list[dict], columns: tuple[str, ...]) -> list:
    """Stored problems as the workbook builder's `CellProblem`s: an identity error marks every
    identity column of its row (which one differs is not said, Q63), a kind error the kind
    column; anything else its own column (or the row when it has none)."""
    from filings.xlsx import CellProblem

    cells = []
    for found in problems:
        column = found.get("column", "")
        targets = [column]
        if not column and found["code"] in _IDENTITY_ERRORS:
            targets = [code for code in fields.IDENTITY_CODES if code in columns] or [""]
        elif not column and found["code"] in _KIND_ERRORS and KIND_COLUMN in columns:
            targets = [KIND_COLUMN]
        cells.extend(
            CellProblem(
                row=found["row"], column=target, code=found["code"], params=found.get("params", {})
            )
            for target in targets
        )
    return cells


def error_workbook(upload: BulkUpload, *, language: str) -> bytes | None:
    """The uploaded workbook back with the failing cells marked and explained (N3): reception
    problems, or the rows' registration errors. None when there is nothing to mark."""
    from filings import xlsx

    found = (
        upload.problems
        if upload.state == BulkUploadState.RECEPTION_ERROR
        else (registration_problems(upload))
    )
    if not found or not upload.stored_name:
        return None  # nothing to mark, or the workbook is past its keeping period
    family = xlsx.FAMILIES.get(upload.family) if upload.family else None
    columns = _columns(family) if family is not None else tuple(fields.IDENTITY_CODES)
    return xlsx.build_error_workbook(
        read_stored(upload),
        upload.filename,
        cell_problems(found, columns),
        language=language,
    )
