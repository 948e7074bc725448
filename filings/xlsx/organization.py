"""The organization registration template (Q33, SPEC A2, C5): an .xlsx an organization fills
in and brings to the counter, where uploading it pre-fills the officer's form.

The workbook is offered in every language of the site. Its rows are the registration form's
fields, with the form's labels and notes, handed in by `filings.services.templates`, so the
workbook, the reader and the online form can never disagree. No ORM here: the reader only
returns values and problems.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation

TEMPLATE_VERSION = "ORG-REG-1"
FIRST_ROW = 4  # rows 1-3: title, version, column headings
# Column E holds each row's key, so the reader finds values whatever the labels' language.
KEY_COLUMN = 5


@dataclass(frozen=True)
class TemplateRow:
    """One field of the form as the workbook shows it: in Japanese (the counter reads it) and
    in the reader's language. The words come from the model and the form, through the caller."""

    key: str
    label_ja: str
    label: str
    note_ja: str = ""
    note: str = ""
    required: bool = True


@dataclass(frozen=True)
class TemplateText:
    """The workbook's own words in Japanese and in the reader's language."""

    sheet_title: str
    title: str
    headings: tuple[str, str, str, str]  # label (Japanese), label, entry, note


def build(
    rows: Sequence[TemplateRow],
    text: TemplateText,
    type_choices: Sequence[str],
    *,
    bilingual: bool,
) -> bytes:
    """The empty template: each label in Japanese and in the reader's language (`bilingual`
    False for the Japanese one, which has a single label column), the entry column unlocked,
    a drop-down of `type_choices` for the organization type."""
    workbook = Workbook()
    sheet = workbook.active
    # Excel refuses / \ ? * [ ] : in a sheet's name and cuts it at 31 characters.
    sheet.title = re.sub(r"[/\\?*\[\]:]", "-", text.sheet_title)[:31]
    sheet["A1"] = text.title
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = TEMPLATE_VERSION
    sheet["A2"].font = Font(color="888888", size=8)
    for column, heading in enumerate((*text.headings, "key"), start=1):
        cell = sheet.cell(row=3, column=column, value=heading)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDDDDD")
    entry_fill = PatternFill("solid", fgColor="FFF8DC")
    for offset, spec in enumerate(rows):
        row = FIRST_ROW + offset
        mark = " *" if spec.required else ""
        sheet.cell(row=row, column=1, value=spec.label_ja + mark)
        if bilingual:
            sheet.cell(row=row, column=2, value=spec.label + mark)
        entry = sheet.cell(row=row, column=3)
        entry.fill = entry_fill
        entry.protection = Protection(locked=False)
        entry.number_format = "@"  # text: corporate numbers keep their digits
        notes = (spec.note_ja, spec.note) if bilingual else (spec.note_ja,)
        note = " / ".join(dict.fromkeys(n for n in notes if n))
        sheet.cell(row=row, column=4, value=note).alignment = Alignment(wrap_text=True)
        key = sheet.cell(row=row, column=KEY_COLUMN, value=spec.key)
        key.font = Font(color="AAAAAA", size=8)
    type_row = FIRST_ROW + [r.key for r in rows].index("organization_type")
    validation = DataValidation(
        type="list", formula1=f'"{",".join(type_choices)}"', allow_blank=True
    )
    validation.add(f"C{type_row}")
    sheet.add_data_validation(validation)
    widths = (("A", 30), ("B", 32 if bilingual else 4), ("C", 40), ("D", 34), ("E", 16))
    for column, width in widths:
        sheet.column_dimensions[column].width = width
    sheet.protection.sheet = True  # only the entry column can be typed in
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@dataclass
class ReadResult:
    values: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


MAX_BYTES = 1_000_000


def read(content: bytes, keys: Iterable[str], type_codes: Mapping[str, str]) -> ReadResult:
    """The values of a filled template, by key; problems are short English descriptions for
    the officer (the form then checks each value with the usual rules). `type_codes` maps
    every drop-down label of every language's template to its organization type."""
    result = ReadResult()
    if len(content) > MAX_BYTES:
        result.problems.append("file too large")
        return result
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception:
        result.problems.append("not a readable .xlsx workbook")
        return result
    try:
        sheet = workbook.worksheets[0]
        keys = set(keys)
        for row in sheet.iter_rows(min_row=FIRST_ROW, max_row=FIRST_ROW + 20, values_only=True):
            if len(row) < 5 or row[4] not in keys:
                continue
            value = "" if row[2] is None else str(row[2]).strip()
            if isinstance(row[2], float) and row[2].is_integer():
                value = str(int(row[2]))
            if row[4] == "organization_type":
                value = str(type_codes.get(value, value))
            result.values[row[4]] = value
    finally:
        workbook.close()
    if not result.values:
        result.problems.append("this is not the organization registration template")
    return result
