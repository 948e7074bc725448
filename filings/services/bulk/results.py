"""What the pages show of an upload: progress, the rows' registration problems, and the error
workbook with the failing cells marked (SPEC N3)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from filings import fields
from filings.models.bulk import (
    BulkRow,
    BulkRowOutcome,
    BulkUpload,
    BulkUploadState,
)
from filings.models.filing import FilingState

from .common import KIND_COLUMN, family_columns, problem, read_stored


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
        # The error workbook: "" (nothing to mark), "building", "ready" or "unavailable".
        "workbook": upload.error_workbook_state,
    }


# What the result page shows of each row, from the row's outcome: the same record the counts,
# the progress bar and the summary are made of, so the page never says everyone is registered
# while a row still shows "processing" (the row's filing stays processing until the result
# mail has gone out, S2, but registration is over for it).
ROW_PROCESSING = "processing"
_ROW_STATES = {
    BulkRowOutcome.PENDING: ROW_PROCESSING,
    BulkRowOutcome.REGISTERED: "registered",
    BulkRowOutcome.ERROR: "registration_error",
    BulkRowOutcome.REPLACED: "superseded",
}


@dataclass
class ResultRows:
    rows: list[BulkRow]
    # Every row registered and none left: the only case the page says everyone is registered.
    all_registered: bool


def result_rows(upload: BulkUpload) -> ResultRows:
    """The rows of an accepted upload, each with `shown_state` (its outcome as the page names
    it: processing while pending, registered, completed once its filing is, registration error,
    superseded) and `shown_label`, and the summary made of the same rows."""
    rows = list(BulkRow.objects.filter(upload=upload).select_related("filing").order_by("number"))
    labels = dict(BulkRowOutcome.choices)
    for row in rows:
        row.shown_state = _ROW_STATES.get(row.outcome, ROW_PROCESSING)
        row.shown_label = (
            FilingState.PROCESSING.label
            if row.shown_state == ROW_PROCESSING
            else labels.get(row.outcome, row.outcome)
        )
        if row.outcome == BulkRowOutcome.REGISTERED and row.filing.state == FilingState.COMPLETED:
            # Registered, and the result mail has gone out: complete, as the status page says.
            row.shown_state, row.shown_label = FilingState.COMPLETED, FilingState.COMPLETED.label
    registered = all(row.outcome == BulkRowOutcome.REGISTERED for row in rows)
    return ResultRows(rows=rows, all_registered=bool(rows) and registered)


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
    columns = family_columns(family) if family is not None else tuple(fields.IDENTITY_CODES)
    return xlsx.build_error_workbook(
        read_stored(upload),
        upload.filename,
        cell_problems(found, columns),
        language=language,
    )
