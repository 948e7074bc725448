"""Reading a spreadsheet a person made: the first sheet of a CSV (UTF-8) or xlsx file, as a
header and data rows with their row numbers (SPEC O1; QUALITY D2–D7).

Pure: bytes in, cells out, nothing evaluated and nothing written. xlsx files pass the zip
pre-check shared with the bulk reader before they are opened, and formulas are marked, never
computed. A file that cannot be read at all raises `FileError` with a message for the officer.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.utils.functional import Promise, lazy
from django.utils.translation import gettext_lazy as _

from filings.xlsx.reader import iter_sheet_rows, open_workbook
from filings.xlsx.safety import BulkFileError, check_workbook_zip

# Limits for one uploaded file. A registry extract is large but never huge; anything beyond
# these is refused before it is parsed (QUALITY D2, D4, D6).
MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_ROWS = 20_000
MAX_ZIP_ENTRIES = 100
MAX_UNCOMPRESSED_BYTES = 80 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
MAX_COLUMNS = 64


class FileError(Exception):
    """The file as a whole cannot be read; nothing in it is imported."""

    def __init__(self, message: str | Promise):
        super().__init__(str(message))
        self.message = message


@dataclass
class Table:
    """The cells of the first sheet: the header and the data rows with their row numbers."""

    header: list[str]
    rows: list[tuple[int, list[Any]]]


def interpolate(message: Promise, params: Mapping[str, Any]) -> Promise:
    """`message % params`, rendered when shown (`%` on a lazy string renders it at once, in
    whatever language is active while the file is parsed)."""
    return _lazy_percent(message, dict(params))


_lazy_percent = lazy(lambda message, params: str(message) % params, str)


def read_table(filename: str, content: bytes) -> Table:
    """The header and rows of a CSV (UTF-8) or xlsx file; `FileError` if it cannot be read."""
    if len(content) > MAX_FILE_BYTES:
        raise FileError(
            interpolate(
                _("The file is larger than %(size)d MB."), {"size": MAX_FILE_BYTES // (1024 * 1024)}
            )
        )
    if not content:
        raise FileError(_("The file is empty."))
    name = filename.lower()
    if name.endswith(".csv"):
        table = _read_csv(content)
    elif name.endswith(".xlsx"):
        table = _read_xlsx(content)
    else:
        raise FileError(_("Upload a .csv (UTF-8) or .xlsx file."))
    # Rows with no value at all (trailing blank lines, formatting-only rows) are not data.
    table.rows = [(n, cells) for n, cells in table.rows if any(cell_text(c) for c in cells)]
    if len(table.rows) > MAX_ROWS:
        raise FileError(interpolate(_("The file has more than %(max)d rows."), {"max": MAX_ROWS}))
    return table


def _read_csv(content: bytes) -> Table:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileError(
            _('The CSV file is not UTF-8 text. Save it as "CSV UTF-8" and upload it again.')
        ) from exc
    try:
        lines = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise FileError(
            interpolate(_("The CSV file could not be read: %(error)s"), {"error": exc})
        ) from exc
    if not lines:
        raise FileError(_("The file is empty."))
    header = [cell.strip() for cell in lines[0]]
    return Table(header, [(number, cells) for number, cells in enumerate(lines[1:], start=2)])


# How the shared safety checks' refusals read to an officer importing a registry file.
_SAFETY_MESSAGES = {
    "E-BULK-MACRO": _("Workbooks with macros or embedded objects are not accepted."),
    "E-BULK-EMBEDDED": _("Workbooks with macros or embedded objects are not accepted."),
}
_SIZE_MESSAGES = {
    "entries": _("The workbook has too many parts."),
    "ratio": _("The workbook is compressed suspiciously well; not opened."),
    "size": _("The workbook is too large once uncompressed."),
}


def _file_error(error: BulkFileError) -> FileError:
    if error.code == "E-BULK-TOO-COMPLEX":
        reason = error.params.get("reason", "size")
        if reason == "rows":
            return FileError(
                interpolate(_("The file has more than %(max)d rows."), {"max": MAX_ROWS})
            )
        return FileError(_SIZE_MESSAGES.get(reason, _SIZE_MESSAGES["size"]))
    return FileError(_SAFETY_MESSAGES.get(error.code, _("The file is not a valid .xlsx workbook.")))


def _read_xlsx(content: bytes) -> Table:
    """The first sheet, after the zip pre-check shared with the bulk reader (QUALITY D3–D5);
    only the row elements present are read, so a spoofed dimension costs nothing."""
    try:
        check_workbook_zip(
            content,
            max_entries=MAX_ZIP_ENTRIES,
            max_part_bytes=MAX_UNCOMPRESSED_BYTES,
            max_total_bytes=MAX_UNCOMPRESSED_BYTES,
            max_ratio=MAX_COMPRESSION_RATIO,
        )
        workbook = open_workbook(content)
    except BulkFileError as exc:
        raise _file_error(exc) from exc
    try:
        rows: list[tuple[int, list[Any]]] = []
        header: list[str] | None = None
        for number, cells in iter_sheet_rows(workbook, max_row_elements=MAX_ROWS * 2 + 2):
            width = max((cell["column"] for cell in cells), default=0)
            values: list[Any] = [None] * min(width, MAX_COLUMNS)
            for cell in cells:
                if cell["column"] > MAX_COLUMNS:
                    continue
                formula = cell.get("data_type") == "f"
                values[cell["column"] - 1] = Formula() if formula else cell["value"]
            if header is None:
                header = [cell_text(v) for v in values]
            elif any(cell_text(v) or isinstance(v, Formula) for v in values):
                rows.append((number, values))
                if len(rows) > MAX_ROWS:
                    break
    except BulkFileError as exc:
        raise _file_error(exc) from exc
    finally:
        workbook.close()
    if header is None:
        raise FileError(_("The file is empty."))
    return Table(header, rows)


class Formula:
    """Marks a cell holding a formula: refused, never evaluated (QUALITY D7)."""


def cell_text(value: Any) -> str:
    """A cell as trimmed text (whole numbers without \".0\", formulas and blanks empty)."""
    if value is None or isinstance(value, Formula):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
