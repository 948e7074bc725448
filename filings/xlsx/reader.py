"""Reading an uploaded bulk workbook into rows of raw values, and what the CSV reader (`csvfile`)
shares with it: the code row, the stamp, the column mapping and the values (SPEC K2; QUALITY
D2–D7). `upload.read_upload` is the entry point for both.

Safe by construction: `safety.check_upload` refuses the file on its size and its zip directory
before openpyxl opens anything; openpyxl then parses with defusedxml, in read-only mode, row
element by row element: a dimension claiming a million rows costs nothing, gaps between rows are
skipped rather than filled, reading stops at the first person too many, and a sheet of endless
blank but formatted rows is refused after a fixed number of them. The data sheet is the one
whose first rows hold the code row (normally the first sheet; a user may have moved it): of the
other sheets, at most MAX_SHEETS are looked at, and only their first HEADER_SEARCH_ROWS rows.
Formulas are refused, never evaluated; every formula cell of the data sheet is named, each
under its own column, so the error workbook marks them all at once.

Columns are found by their field codes in the template's code row (row 2), never by the
translated headings above them, so a template downloaded in any language reads the same. The
version stamp (a cell at the end of the code row, and the workbook property `portal-template`)
tells which family the file belongs to and whether its columns are current.

Values come back raw but normalised the way spreadsheets need: text stripped, date cells and
Excel date serials as `datetime.date`, whole numbers without ".0", choice cells reduced to their
code ("13: 東京都" -> "13"). Checking them is the reception's job (`filings.fields.check_all`).
"""

from __future__ import annotations

import datetime
import io
import itertools
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel

from filings.fields import ChoiceSource
from filings.rules import check_bulk_rows

from .families import FAMILIES, KIND_COLUMN, Family, family_of_stamp
from .safety import BulkFileError

STAMP_PROPERTY = "portal-template"
STAMP_PREFIX = "portal-template="
CODE_ROW = 2  # where the template puts the field codes; the reader looks in the first rows
HEADER_SEARCH_ROWS = 5
MAX_COLUMNS = 64
# Row elements read in all (blank but formatted rows included) before the sheet is refused.
MAX_ROW_ELEMENTS = 10_000
# Sheets looked at for the code row when the first one is not the data sheet.
MAX_SHEETS = 10
# Formula cells named one by one; a file with more is still refused, naming these.
MAX_FORMULA_CELLS = 500
# Spreadsheets turn "01" into the number 1; the codes of these lists have a fixed width.
_CODE_WIDTHS = {str(ChoiceSource.PREFECTURE): 2, str(ChoiceSource.MUNICIPALITY): 5}
_EXCEL_MAX_SERIAL = 2_958_465  # 9999-12-31


@dataclass
class SheetRow:
    """One person: `number` is the row as the spreadsheet shows it (1-based), `values` maps
    each column's field code ("kind" included) to its raw value (str, date or None)."""

    number: int
    values: dict[str, object]


@dataclass
class Sheet:
    family: Family
    version: str
    rows: list[SheetRow]
    column_letters: dict[str, str]
    source_format: str


# --- xlsx -----------------------------------------------------------------------------------


def open_workbook(content: bytes, *, read_only: bool = True) -> Any:
    """openpyxl's workbook for content that passed `check_upload`; any parser failure
    (defusedxml refusing entities included) is E-BULK-UNREADABLE."""
    from openpyxl import load_workbook

    try:
        return load_workbook(
            io.BytesIO(content), read_only=read_only, data_only=False, keep_links=False
        )
    except Exception as exc:  # openpyxl raises many types for damaged files
        raise BulkFileError("E-BULK-UNREADABLE") from exc


def iter_sheet_rows(
    workbook: Any, *, max_row_elements: int = MAX_ROW_ELEMENTS, sheet: Any = None
) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """(row number, cells) of `sheet` (the first one by default) for every row element present
    in the file.

    openpyxl's public `iter_rows` trusts the sheet's dimension and fills every gap with empty
    rows; its parser, used here as `iter_rows` itself uses it, yields only the rows that exist.
    Each cell is a dict with "column", "value" and "data_type".
    """
    from openpyxl.worksheet._reader import WorkSheetParser

    if sheet is None:
        sheets = workbook.worksheets
        if not sheets:
            raise BulkFileError("E-BULK-UNREADABLE")
        sheet = sheets[0]
    seen = 0
    try:
        with sheet._get_source() as source:
            parser = WorkSheetParser(
                source,
                sheet._shared_strings,
                data_only=False,
                epoch=workbook.epoch,
                date_formats=workbook._date_formats,
                timedelta_formats=workbook._timedelta_formats,
            )
            for number, cells in parser.parse():
                seen += 1
                if seen > max_row_elements:
                    raise BulkFileError("E-BULK-TOO-COMPLEX", {"reason": "rows"})
                yield number, cells
    except BulkFileError:
        raise
    except Exception as exc:
        raise BulkFileError("E-BULK-UNREADABLE") from exc


def _stamp_property(workbook: Any) -> str:
    for prop in getattr(workbook, "custom_doc_props", None) or ():
        if prop.name == STAMP_PROPERTY:
            return str(prop.value or "")
    return ""


def is_code_row(values: dict[int, Any]) -> bool:
    """Whether a row holds field codes: the stamp, or mostly known codes (a CSV header)."""
    known = {KIND_COLUMN, *(c for f in FAMILIES.values() for c in f.columns)}
    texts = [v.strip() for v in values.values() if isinstance(v, str) and v.strip()]
    if any(t.startswith(STAMP_PREFIX) for t in texts):
        return True
    return bool(texts) and sum(t in known for t in texts) * 2 > len(texts)


def code_row_in(rows: Iterable[tuple[int, dict[int, Any]]]) -> tuple[int, dict[int, Any]] | None:
    """(number, values) of the code row among a sheet's first rows: the row with the stamp;
    failing that, the first row of codes."""
    candidates = [(n, v) for n, v in rows if v]
    return next(((n, v) for n, v in candidates if stamp_in(v)), None) or next(
        ((n, v) for n, v in candidates if is_code_row(v)), None
    )


def stamp_of(values: dict[int, Any]) -> str:
    """The `<family>:<version>` of the stamp cell in a code row ("" without one)."""
    return next(
        (
            v.strip()[len(STAMP_PREFIX) :]
            for v in values.values()
            if isinstance(v, str) and v.strip().startswith(STAMP_PREFIX)
        ),
        "",
    )


def codes_of(values: dict[int, Any]) -> dict[int, str]:
    """Column index -> field code as typed in a code row, the stamp cell left out."""
    return {
        index: value.strip()
        for index, value in values.items()
        if isinstance(value, str) and value.strip() and not value.strip().startswith(STAMP_PREFIX)
    }


_Head = list[tuple[int, list[dict[str, Any]]]]


def _head(rows: Iterator[tuple[int, list[dict[str, Any]]]]) -> _Head:
    """A sheet's first rows, up to the stamp or HEADER_SEARCH_ROWS."""
    head: _Head = []
    for number, cells in rows:
        head.append((number, cells))
        if stamp_in(_row_values(cells)) or number >= HEADER_SEARCH_ROWS:
            break
    return head


def _data_sheet(workbook: Any) -> tuple[Iterator[Any], _Head, tuple[int, dict[int, Any]] | None]:
    """The data sheet's row stream, its first rows, and its code row (None: no sheet has one).

    The sheet whose first rows hold the stamp wins; failing that, the first visible sheet with
    a row of codes; failing that, the first sheet. The first sheet is the data sheet of every
    template as downloaded, so normally no other sheet is opened."""
    sheets = workbook.worksheets[:MAX_SHEETS]
    if not sheets:
        raise BulkFileError("E-BULK-UNREADABLE")
    chosen = None
    for index, sheet in enumerate(sheets):
        rows = iter_sheet_rows(workbook, sheet=sheet)
        head = _head(rows)
        found = code_row_in((n, _row_values(c)) for n, c in head)
        visible = getattr(sheet, "sheet_state", "visible") == "visible"
        if found is not None and stamp_in(found[1]):
            better = True
        elif chosen is None:
            better = index == 0 or (found is not None and visible)
        else:
            better = chosen[2] is None and found is not None and visible
        if better:
            if chosen is not None:
                chosen[0].close()
            chosen = (rows, head, found)
            if stamp_in(found[1] if found else {}):
                break
        else:
            rows.close()
    assert chosen is not None
    return chosen


def read_xlsx(content: bytes, expected: Family | None, max_rows: int) -> Sheet:
    """The people in an xlsx upload that passed `check_upload` (see `upload.read_upload`)."""
    workbook = open_workbook(content)
    try:
        rows, head, found = _data_sheet(workbook)
        formulas: list[tuple[int, int]] = []
        if found is None:
            _note_formulas(formulas, head)
            _refuse_formulas(formulas, {}, "")
            raise BulkFileError("E-BULK-TEMPLATE-VERSION")
        code_number, code_row = found
        _note_formulas(formulas, [(n, c) for n, c in head if n <= code_number])
        _refuse_formulas(formulas, {}, "")
        pending = [(n, c) for n, c in head if n > code_number]
        stamp = stamp_of(code_row) or _stamp_property(workbook)
        family = check_stamp(stamp, expected)
        columns = map_columns(family, codes_of(code_row))
        people: list[SheetRow] = []
        for number, cells in itertools.chain(pending, rows):
            values: dict[str, object] = dict.fromkeys(family.columns)
            for cell in cells:
                if cell["data_type"] == "f" and len(formulas) < MAX_FORMULA_CELLS:
                    formulas.append((number, cell["column"]))
                code = columns.get(cell["column"])
                if code is not None:
                    values[code] = normalise(family, code, cell["value"], workbook.epoch)
            if all(value is None for value in values.values()):
                continue
            check_row_count(len(people) + 1, max_rows)  # stops at the first person too many
            people.append(SheetRow(number, values))
        _refuse_formulas(formulas, columns, family.code)
    finally:
        workbook.close()
    check_row_count(len(people), max_rows)
    return Sheet(
        family=family,
        version=family.version,
        rows=people,
        column_letters={code: get_column_letter(index) for index, code in columns.items()},
        source_format="xlsx",
    )


def _row_values(cells: list[dict[str, Any]]) -> dict[int, Any]:
    return {c["column"]: c["value"] for c in cells if c["column"] <= MAX_COLUMNS}


def stamp_in(values: dict[int, Any]) -> bool:
    return any(isinstance(v, str) and v.strip().startswith(STAMP_PREFIX) for v in values.values())


def _note_formulas(found: list[tuple[int, int]], rows: _Head) -> None:
    """Add the (row, column) of every formula cell in `rows` to `found`, up to a limit."""
    for number, cells in rows:
        for cell in cells:
            if cell.get("data_type") == "f" and len(found) < MAX_FORMULA_CELLS:
                found.append((number, cell["column"]))


def _refuse_formulas(found: list[tuple[int, int]], columns: dict[int, str], family: str) -> None:
    """Refuse the file if it holds formulas, naming each cell and the column it is in."""
    if not found:
        return
    cells = [
        (number, columns.get(column, ""), f"{get_column_letter(column)}{number}")
        for number, column in found
    ]
    first = cells[0][2]
    raise BulkFileError("E-BULK-FORMULA", {"cell": first}, cell=first, cells=cells, family=family)


def check_stamp(stamp: str, expected: Family | None) -> Family:
    family, version = family_of_stamp(stamp)
    if family is None or version != family.version:
        raise BulkFileError("E-BULK-TEMPLATE-VERSION")
    if expected is not None and family.code != expected.code:
        raise BulkFileError("E-BULK-TEMPLATE-VERSION")
    return family


def map_columns(family: Family, codes: dict[int, str]) -> dict[int, str]:
    """Column index -> field code; unknown, repeated and missing columns refuse the file."""
    found: dict[str, int] = {}
    for index, raw in sorted(codes.items()):
        code = unicodedata.normalize("NFKC", raw).strip().lower()
        if code not in family.columns or code in found:
            raise BulkFileError("E-BULK-UNKNOWN-COLUMN", {"column": raw[:40]})
        found[code] = index
    for code in family.columns:
        if code not in found and family.must_have_column(code):
            raise BulkFileError("E-BULK-MISSING-COLUMN", {"column": code})
    return {index: code for code, index in found.items()}


# --- values ---------------------------------------------------------------------------------


def choice_code(text: str) -> str:
    """The code of a drop-down entry ("13: 東京都" -> "13"); typed codes pass unchanged."""
    text = unicodedata.normalize("NFKC", text).strip()
    code, separator, _label = text.partition(":")
    return code.strip() if separator else text


def normalise(family: Family, code: str, value: Any, epoch: Any) -> object:
    """A cell value as the reception wants it: str, `datetime.date` or None.

    `epoch` is the workbook's date system (1900 or 1904); a serial number in a date column is
    a date whatever the cell's format says.
    """
    if value is None:
        return None
    is_date = family.is_date(code)
    source = family.choice_source(code)
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        if is_date and epoch and 1 <= value <= _EXCEL_MAX_SERIAL:
            converted = from_excel(value, epoch)
            return converted.date() if isinstance(converted, datetime.datetime) else converted
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = str(value)
        width = _CODE_WIDTHS.get(source or "")
        if width and isinstance(value, int) and value > 0:
            text = text.zfill(width)
        return text
    if isinstance(value, datetime.time | datetime.timedelta):
        return str(value)
    text = str(value).strip()
    if not text:
        return None
    if source is not None and source != str(ChoiceSource.SNAPSHOT_DATE):
        return choice_code(text) or None
    return text


def check_row_count(count: int, max_rows: int) -> None:
    """The rule of how many people a file lists (`rules.check_bulk_rows`), as the reader's
    refusal; called for each person read, so reading stops at the first one too many."""
    found = check_bulk_rows(count, max_rows=max_rows)
    if found is not None:
        raise BulkFileError(found.code, dict(found.params))
