"""Reading a bulk CSV (SPEC K2) as spreadsheet programs save one, not only as a program writes it.

What offices actually upload, all read the same:

- "CSV UTF-8" from Excel (a byte order mark, CRLF line ends, quoted fields), LibreOffice's
  UTF-8 CSV, and Excel's "Unicode text" (UTF-16 with its byte order mark, tab-separated);
- comma-, tab- or semicolon-separated: the separator is the one that makes a row of the file's
  first rows a code row (counting in the first line when none does);
- the template saved as it is: the translated headings row first, the code row second with the
  version stamp after the last code (the stamp then names the template, as in a workbook); or
  the codes row alone first, as a program writes it.

A CSV saved in a character set that cannot hold Japanese (Excel's plain "CSV" on a computer set
to a Western language) arrives as valid text with every such character turned into "?"; the file
is refused with one message saying so, rather than a mismatch reported on every row.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import unicodedata
from collections.abc import Iterator

from openpyxl.utils import get_column_letter

from .families import FAMILIES, KIND_COLUMN, Family, family_of_kind
from .reader import (
    HEADER_SEARCH_ROWS,
    MAX_COLUMNS,
    MAX_ROW_ELEMENTS,
    STAMP_PREFIX,
    Sheet,
    SheetRow,
    check_row_count,
    check_stamp,
    choice_code,
    code_row_in,
    codes_of,
    map_columns,
    normalise,
    stamp_of,
)
from .safety import BulkFileError

DELIMITERS = (",", "\t", ";")
_KNOWN_CODES = frozenset({KIND_COLUMN, *(c for f in FAMILIES.values() for c in f.columns)})
# What a character the file's charset could not hold becomes: "?" (Windows code pages) or the
# replacement character (a lossy conversion on the way).
_LOST_MARKS = ("?", "\ufffd")


def decode_csv(content: bytes) -> str:
    """The file's text: UTF-16 with a byte order mark, else UTF-8 (with or without one)."""
    encoding = "utf-16" if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else None
    try:
        text = content.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BulkFileError("E-BULK-CSV-ENCODING") from exc
    return text


def delimiter_of(text: str) -> str:
    """The separator under which one of the first rows reads as the code row (the stamp counts
    most, then the number of known codes); failing that, the commonest in the first line."""
    best, best_score = ",", 0
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            head = list(itertools.islice(reader, HEADER_SEARCH_ROWS))
        except csv.Error:
            continue
        score = max((_code_score(row) for row in head), default=0)
        if score > best_score:
            best, best_score = delimiter, score
    if best_score:
        return best
    line = text.split("\n", 1)[0]
    counts = {delimiter: line.count(delimiter) for delimiter in DELIMITERS}
    return max(DELIMITERS, key=lambda d: counts[d]) if any(counts.values()) else ","


def _code_score(row: list[str]) -> int:
    texts = [cell.strip() for cell in row[: MAX_COLUMNS + 1]]
    stamp = any(text.startswith(STAMP_PREFIX) for text in texts)
    return 1000 * stamp + sum(text.lower() in _KNOWN_CODES for text in texts)


def csv_records(text: str) -> Iterator[list[str]]:
    """The records of a decoded CSV, with its own separator."""
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter_of(text))


def lost_characters(text: str) -> bool:
    """Whether a cell reads like text whose characters were replaced by "?": at least two
    marks, and at least half of what is not blank (a "?" typed in a sentence is not)."""
    if "?" not in text and "\ufffd" not in text:
        return False
    marks = sum(text.count(mark) for mark in _LOST_MARKS)
    shown = sum(not ch.isspace() for ch in text)
    return marks >= 2 and marks * 2 >= shown


def _cells(record: list[str]) -> dict[int, str]:
    return dict(enumerate(record[:MAX_COLUMNS], start=1))


def read_csv(content: bytes, expected: Family | None, max_rows: int) -> Sheet:
    """The people in a CSV upload (see `upload.read_upload`). Rows are numbered as records
    from 1, the way the error workbook built from the CSV numbers them."""
    text = decode_csv(content)
    if "\x00" in text:
        raise BulkFileError("E-BULK-UNREADABLE")
    records = csv_records(text)
    raw_rows: list[tuple[int, list[str]]] = []
    # Nothing can have been lost from a text without a single mark: no cell-by-cell look then.
    look = "?" in text or "\ufffd" in text
    lost = ""
    try:
        head = list(itertools.islice(records, HEADER_SEARCH_ROWS))
        if not head:
            raise BulkFileError("E-BULK-NO-ROWS")
        found = code_row_in((n, _cells(r)) for n, r in enumerate(head, start=1))
        code_number, code_row = found or (1, _cells(head[0]))
        numbered = itertools.chain(enumerate(head, start=1), enumerate(records, len(head) + 1))
        for number, cells in numbered:
            if number > MAX_ROW_ELEMENTS:
                raise BulkFileError("E-BULK-TOO-COMPLEX")
            if look and not lost and number != code_number:
                lost = next(
                    (
                        f"{get_column_letter(index)}{number}"
                        for index, cell in enumerate(cells[:MAX_COLUMNS], start=1)
                        if lost_characters(cell)
                    ),
                    "",
                )
            if number <= code_number or not any(cell.strip() for cell in cells[:MAX_COLUMNS]):
                continue
            check_row_count(len(raw_rows) + 1, max_rows)  # stops at the first one too many
            raw_rows.append((number, cells))
    except csv.Error as exc:
        raise BulkFileError("E-BULK-UNREADABLE") from exc
    if lost:
        raise BulkFileError("E-BULK-CSV-LOST-CHARACTERS", {"cell": lost})
    codes = codes_of(code_row)
    stamp = stamp_of(code_row)
    family = check_stamp(stamp, expected) if stamp else expected or _csv_family(codes, raw_rows)
    columns = map_columns(family, codes)
    people = []
    for number, cells in raw_rows:
        values: dict[str, object] = dict.fromkeys(family.columns)
        for index, code in columns.items():
            if index <= len(cells):
                values[code] = normalise(family, code, cells[index - 1], 0)
        people.append(SheetRow(number, values))
    check_row_count(len(people), max_rows)
    return Sheet(
        family=family,
        version=family.version,
        rows=people,
        column_letters={code: get_column_letter(index) for index, code in columns.items()},
        source_format="csv",
    )


def _csv_family(codes: dict[int, str], rows: list[tuple[int, list[str]]]) -> Family:
    """A CSV without the stamp: the kinds in its kind column name the family; without one it
    is the family that needs no kind column and whose columns are all there."""
    normalised = {unicodedata.normalize("NFKC", c).strip().lower(): i for i, c in codes.items()}
    if KIND_COLUMN in normalised:
        index = normalised[KIND_COLUMN]
        for _number, cells in rows:
            if index <= len(cells):
                family = family_of_kind(choice_code(cells[index - 1]))
                if family is not None:
                    return family
        # No row names a known kind: the reception reports each row's kind.
        return next(f for f in FAMILIES.values() if f.has_kind_column)
    for family in FAMILIES.values():
        if not family.has_kind_column and all(
            code in normalised for code in family.columns if family.must_have_column(code)
        ):
            return family
    raise BulkFileError("E-BULK-MISSING-COLUMN", {"column": KIND_COLUMN})
