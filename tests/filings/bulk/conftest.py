"""Helpers for the bulk workbook tests (no fixtures): valid rows per family, filling a
downloaded template with openpyxl as a user's spreadsheet program would, and rewriting parts
of an xlsx package to build hostile files."""

from __future__ import annotations

import csv
import datetime
import io
import zipfile
from xml.sax.saxutils import escape

from openpyxl import load_workbook

from filings.xlsx import FAMILIES

TODAY = datetime.date(2026, 6, 1)

_VALUES = {
    "sex": "F",
    "nationality": "VNM",
    "prefecture": "13",
    "municipality": "13104",
    "address_rest": "西新宿２丁目８番１号",
    "activity": "日本語学科の学生",
    "leaving_reason": "graduated",
    "snapshot_date": "2026-05-01",
    "org_old_name": "株式会社デモテック",
    "org_new_name": "株式会社ニューテック",
    "org_name": "株式会社デモテック",
    "org_address": "東京都千代田区霞が関１丁目１番１号",
    "org_old_address": "東京都千代田区霞が関１丁目１番１号",
    "org_new_address": "東京都港区芝公園４丁目２番８号",
    "activity_place": "",
}


def _letters(number: int) -> str:
    return "".join(chr(ord("A") + int(d)) for d in f"{number:04d}")


def make_rows(family: str, n: int, *, start: int = 0) -> list[dict[str, object]]:
    """`n` valid people for `family`, each with its own card number and name; dates are
    `datetime.date`, everything else text as a user types it."""
    spec = FAMILIES[family]
    rows = []
    for index in range(start, start + n):
        values: dict[str, object] = {}
        for code in spec.columns:
            if code == "kind":
                values[code] = spec.kinds[index % len(spec.kinds)]
            elif code == "name_latin":
                values[code] = f"TEST PERSON {_letters(index)}"
            elif code == "card_number":
                values[code] = f"AB{index:08d}CD"
            elif code == "birth_date":
                values[code] = datetime.date(1990 + index % 15, 1 + index % 12, 1 + index % 28)
            elif code == "event_date":
                values[code] = TODAY - datetime.timedelta(days=1 + index % 10)
            else:
                values[code] = _VALUES[code] or None
        rows.append(values)
    return rows


def code_columns(sheet, code_row: int = 2) -> dict[str, int]:
    """Field code -> column index, from a template's code row."""
    found = {}
    for cell in sheet[code_row]:
        if isinstance(cell.value, str) and not cell.value.startswith("portal-template="):
            found[cell.value] = cell.column
    return found


def fill(template: bytes, rows: list[dict[str, object]], *, first_row: int = 3) -> bytes:
    """The template with `rows` typed into the data sheet from `first_row` on."""
    workbook = load_workbook(io.BytesIO(template))
    sheet = workbook.worksheets[0]
    columns = code_columns(sheet)
    for offset, values in enumerate(rows):
        for code, value in values.items():
            if value is not None:
                cell = sheet.cell(row=first_row + offset, column=columns[code], value=value)
                if isinstance(value, datetime.date):
                    cell.number_format = "yyyy-mm-dd"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def rewrite(content: bytes, replace: dict[str, bytes] | None = None, **kwargs) -> bytes:
    """The xlsx package with parts replaced or added (`replace`) and removed (`remove`)."""
    replace = dict(replace or {})
    remove = set(kwargs.get("remove", ()))
    source = zipfile.ZipFile(io.BytesIO(content))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename in remove:
                continue
            data = replace.pop(item.filename, None)
            target.writestr(item.filename, data if data is not None else source.read(item))
        for name, data in replace.items():
            target.writestr(name, data)
    return buffer.getvalue()


def sheet_xml(rows: list[tuple[int, list[str]]], *, dimension: str = "A1:C3") -> bytes:
    """A worksheet part with inline strings: (row number, cell texts from column A)."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
        f'<dimension ref="{dimension}"/><sheetData>',
    ]
    for number, texts in rows:
        cells = "".join(
            f'<c r="{chr(ord("A") + i)}{number}" t="inlineStr"><is><t>{escape(t)}</t></is></c>'
            for i, t in enumerate(texts)
            if t
        )
        parts.append(f'<row r="{number}">{cells}</row>')
    parts.append("</sheetData></worksheet>")
    return "".join(parts).encode()


def saved_as_csv(
    content: bytes,
    *,
    headings: bool = True,
    delimiter: str = ",",
    encoding: str = "utf-8-sig",
    quoting: int = csv.QUOTE_MINIMAL,
    line_end: str = "\r\n",
) -> bytes:
    """The data sheet of a workbook saved as CSV the way Excel does it: every row as shown (the
    headings row unless the user deleted it, the code row with its stamp cell), dates as their
    yyyy-mm-dd format shows them, fields quoted where needed, CRLF; "CSV UTF-8" is UTF-8 with
    a byte order mark. Characters the encoding cannot hold become "?", as Windows writes them."""
    sheet = load_workbook(io.BytesIO(content)).worksheets[0]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, quoting=quoting, lineterminator=line_end)
    for row in sheet.iter_rows(min_row=1 if headings else 2, values_only=True):
        writer.writerow([_shown(value) for value in row])
    return buffer.getvalue().encode(encoding, errors="replace")


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    return value.isoformat() if isinstance(value, datetime.date) else str(value)
