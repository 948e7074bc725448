"""The error workbook (SPEC N3): the uploaded file handed back with every failing cell marked.

Each failing cell is filled light red and carries a comment with the catalogue message in the
uploader's language; a problem with a whole row marks the row's first cell; an "errors" sheet
lists every problem by row, column (heading and letter), code and message. Nothing else in the
workbook changes, so fixing the marked cells and uploading the same file again is the whole
correction loop. Marks left by an earlier round (the user uploads a corrected error workbook
that still has problems) are cleared first, so only the current problems show.

The upload is opened with the same safety checks as for reading (it was accepted once, but is
never trusted) and only what the correction needs is copied: the header rows, the template's
columns of the rows a file may hold, and a bounded part of the other sheets (`bounded`), so the
cost does not grow with whatever else the file carries. Any formula it holds is turned into
inert text, and every text written from user input is escaped (QUALITY E1). A CSV upload
comes back as a workbook built from it, bounded the same way.
"""

from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from django.utils import translation
from django.utils.translation import gettext as _

from filings.constants import BULK_MAX_ROWS
from filings.errors import RuleError

from .bounded import open_bounded
from .csvfile import csv_records, decode_csv
from .reader import (
    HEADER_SEARCH_ROWS,
    MAX_COLUMNS,
    MAX_SHEETS,
    STAMP_PREFIX,
    code_row_in,
    stamp_in,
)
from .safety import check_upload, needs_escape, set_text

ERRORS_SHEET = "errors"
MARK_FILL = PatternFill("solid", fgColor="FFC7CE")
MARK_AUTHOR = "portal-check"
_NO_FILL = PatternFill(fill_type=None)


@dataclass(frozen=True)
class CellProblem:
    """One problem for the error workbook: `row` as `SheetRow.number` (0: the whole file),
    `column` a field code ("" for the whole row), `code` and `params` from the catalogue."""

    row: int
    column: str
    code: str
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def message(self, language: str) -> str:
        return RuleError(self.code, self.params).message(language)


def build_error_workbook(
    content: bytes, filename: str, problems: list[CellProblem], *, language: str
) -> bytes:
    """The upload with `problems` marked, as xlsx bytes (a CSV upload becomes a workbook)."""
    source_format = check_upload(content, filename)
    workbook = _workbook_from_csv(content) if source_format == "csv" else open_bounded(content)
    sheet = _data_sheet(workbook)
    _neutralise_formulas(workbook)
    _clear_old_marks(sheet)
    letters, headings = _columns(sheet)
    with translation.override(language):
        by_cell: dict[tuple[int, str], list[str]] = defaultdict(list)
        lines = []
        for problem in sorted(problems, key=lambda p: (p.row, letters.get(p.column, ""))):
            text = problem.message(language)
            letter = letters.get(problem.column, "A") if problem.column else _letter(problem)
            if problem.row > 0:
                by_cell[(problem.row, letter)].append(text)
            heading = headings.get(problem.column, problem.column)
            where = f"{heading} ({letter})" if problem.column and problem.row > 0 else heading
            lines.append((problem.row or "", where, problem.code, text))
        for (row, letter), texts in by_cell.items():
            cell = sheet[f"{letter}{row}"]
            cell.fill = MARK_FILL
            comment = Comment("\n".join(texts), MARK_AUTHOR)
            comment.width, comment.height = 320, 120
            cell.comment = comment
        _write_errors_sheet(workbook, lines)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _workbook_from_csv(content: bytes) -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "data"
    # The headings, the codes, the people and one more row, as the reader reads.
    rows_left = BULK_MAX_ROWS + 3
    for number, cells in enumerate(csv_records(decode_csv(content)), start=1):
        values = [(index, value) for index, value in enumerate(cells[:MAX_COLUMNS], 1) if value]
        for index, value in values:
            set_text(sheet.cell(row=number, column=index), value)
        rows_left -= bool(values)
        if rows_left <= 0:
            break
    return workbook


def _neutralise_formulas(workbook: Workbook) -> None:
    """A formula in a workbook we hand out would run on the reader's machine: keep its text
    as plain text (the uploader sees what they typed, and the reader refused it anyway)."""
    for sheet in workbook.worksheets:
        for cell in list(sheet._cells.values()):
            if cell.data_type == "f":
                text = cell.value if isinstance(cell.value, str) else str(cell.value)
                set_text(cell, text if needs_escape(text) else "=" + text)


def _clear_old_marks(sheet) -> None:
    for cell in list(sheet._cells.values()):
        if cell.comment is not None and cell.comment.author == MARK_AUTHOR:
            cell.comment = None
            if cell.fill == MARK_FILL:
                cell.fill = _NO_FILL


def _value(sheet, row: int, column: int) -> Any:
    """A cell's value without creating the cell (openpyxl creates any cell it is asked for)."""
    cell = sheet._cells.get((row, column))
    return None if cell is None else cell.value


def _columns(sheet) -> tuple[dict[str, str], dict[str, str]]:
    """Field code -> column letter, and field code -> heading text, from the code row (the
    template's row 2, or a CSV's first row) and the headings row above it."""
    found = code_row_in(_head_rows(sheet).items())
    if found is None:
        return {}, {}
    number, values = found
    letters: dict[str, str] = {}
    headings: dict[str, str] = {}
    for column, value in values.items():
        if not isinstance(value, str) or not value.strip() or value.startswith(STAMP_PREFIX):
            continue
        code = value.strip()
        letters[code] = get_column_letter(column)
        heading = _value(sheet, number - 1, column) if number > 1 else None
        headings[code] = str(heading).rstrip(" *") if heading else code
    return letters, headings


def _head_rows(sheet) -> dict[int, dict[int, Any]]:
    width = min(sheet.max_column, MAX_COLUMNS + 1)
    return {
        number: {
            column: value
            for column in range(1, width + 1)
            if (value := _value(sheet, number, column)) is not None
        }
        for number in range(1, HEADER_SEARCH_ROWS + 1)
    }


def _data_sheet(workbook: Workbook):
    """The sheet the reader read (`reader._data_sheet`): the one whose first rows hold the stamp,
    else the first visible one with a code row, else the first."""
    fallback = None
    for index, sheet in enumerate(workbook.worksheets[:MAX_SHEETS]):
        found = code_row_in(_head_rows(sheet).items())
        if found is not None and stamp_in(found[1]):
            return sheet
        shown = index == 0 or sheet.sheet_state == "visible"
        if fallback is None and found is not None and shown:
            fallback = sheet
    return fallback or workbook.worksheets[0]


def _letter(problem: CellProblem) -> str:
    """The column of a problem without a field code: that of the cell it names on its own row
    (a formula outside the template's columns), else A, the row's first cell."""
    name = str(problem.params.get("cell") or "")
    letters = name.rstrip("0123456789")
    if problem.row > 0 and letters.isalpha() and name[len(letters) :] == str(problem.row):
        return letters
    return "A"


def _write_errors_sheet(workbook: Workbook, lines: list[tuple[Any, str, str, str]]) -> None:
    if ERRORS_SHEET in workbook.sheetnames:
        del workbook[ERRORS_SHEET]
    sheet = workbook.create_sheet(ERRORS_SHEET)
    for index, (text, width) in enumerate(
        ((_("Row"), 8), (_("Column"), 34), (_("Code"), 26), (_("Message"), 90)), start=1
    ):
        cell = sheet.cell(row=1, column=index, value=text)
        cell.font = Font(bold=True)
        sheet.column_dimensions[get_column_letter(index)].width = width
    for number, values in enumerate(lines, start=2):
        for index, value in enumerate(values, start=1):
            set_text(sheet.cell(row=number, column=index), value)
    sheet.freeze_panes = "A2"
