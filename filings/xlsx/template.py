"""The bulk templates: one workbook per family and language (SPEC K1, N5; issue 7 §1).

Layout, which `reader` relies on:

- the data sheet comes first (the reader finds it by its code row, so it may be moved): row 1
  the headings in the chosen language, row 2 the field codes (grey; the reader maps columns by
  them, so a template downloaded in Korean reads exactly like the Japanese one) and, after the
  last code, the version stamp `portal-template=<family>:<version>`; people from row 3 on. Saved
  as "CSV UTF-8" just as it is (the instructions say so), the same two rows and the stamp cell
  come first in the CSV, and the reader takes them the same way;
- an instructions sheet: how to fill in, the limits, where to get help and, per column, what it
  means, whether it is required, for which kinds, and an example value (the example lives here,
  never on the data sheet, so it can never be filed as a person);
- a hidden "lists" sheet holding the drop-down lists ("code: label" entries; the reader keeps
  the code), with one defined name per prefecture so the municipality list follows the chosen
  prefecture.

The same stamp is also stored as the workbook property `portal-template`. No ORM: the caller
passes the reference lists (`filings.services.templates` reads them).
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from django.utils import translation
from django.utils.translation import gettext as _

from filings.constants import BULK_MAX_ROWS
from filings.fields import ChoiceSource, FieldType, kind_label, static_choices

from .families import FAMILIES, KIND_COLUMN, Family
from .reader import CODE_ROW, STAMP_PREFIX, STAMP_PROPERTY
from .safety import set_text

FIRST_DATA_ROW = CODE_ROW + 1
LISTS_SHEET = "lists"
DATE_FORMAT = "yyyy-mm-dd"
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
CODE_FILL = PatternFill("solid", fgColor="F2F2F2")
CODE_FONT = Font(color="808080", size=8)
THIN = Side(style="thin", color="BFBFBF")
# Lists a template can build without the database (the caller may still pass its own).
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\\/?*\[\]:]")


def build_template(
    family: str,
    language: str,
    *,
    choices: dict[str, list[tuple[str, str]]],
    today: datetime.date,
) -> bytes:
    """The empty template of `family` in `language` as xlsx bytes.

    `choices` maps a `ChoiceSource` value to its (code, label) pairs with labels already in
    `language`; sex, leaving reasons and snapshot dates are filled in when absent.
    """
    spec = FAMILIES[family]
    with translation.override(language):
        lists = _lists(spec, choices, today)
        workbook = Workbook()
        data = workbook.active
        data.title = _sheet_title(_("People"), "People")
        instructions = workbook.create_sheet(_sheet_title(_("Instructions"), "Instructions"))
        hidden = workbook.create_sheet(LISTS_SHEET)
        hidden.sheet_state = "hidden"
        ranges = _write_lists(workbook, hidden, lists)
        _write_data_sheet(spec, data, ranges)
        _write_instructions(spec, instructions, data.title, lists)
        workbook.custom_doc_props.append(StringProperty(name=STAMP_PROPERTY, value=spec.stamp))
        workbook.properties.title = str(spec.label)
        workbook.properties.creator = "portal"
        buffer = io.BytesIO()
        workbook.save(buffer)
    return buffer.getvalue()


def _sheet_title(text: str, fallback: str) -> str:
    title = _SHEET_TITLE_FORBIDDEN.sub(" ", str(text)).strip()[:31]
    return title or fallback


def _lists(
    family: Family, choices: dict[str, list[tuple[str, str]]], today: datetime.date
) -> dict[str, list[tuple[str, str]]]:
    """Every list the family's columns need, keyed by choice source ("kind" included)."""
    lists: dict[str, list[tuple[str, str]]] = {}
    for code in family.columns:
        source = family.choice_source(code)
        if source is None or source in lists:
            continue
        if source == KIND_COLUMN:
            lists[source] = [(kind, str(kind_label(kind))) for kind in family.kinds]
        elif source in choices:
            lists[source] = [(str(c), str(label)) for c, label in choices[source]]
        elif (static := static_choices(ChoiceSource(source), today=today)) is not None:
            lists[source] = static
    return lists


def _entry(code: str, label: str) -> str:
    return code if not label or label == code else f"{code}: {label}"


def _write_lists(
    workbook: Workbook, sheet, lists: dict[str, list[tuple[str, str]]]
) -> dict[str, str]:
    """One column per list on the hidden sheet; returns source -> absolute range. The
    municipalities are sorted by code, so each prefecture's are one block with a name."""
    ranges: dict[str, str] = {}
    title = quote_sheetname(sheet.title)
    for index, (source, items) in enumerate(lists.items(), start=1):
        letter = get_column_letter(index)
        sheet.cell(row=1, column=index, value=source)
        if source == ChoiceSource.MUNICIPALITY:
            items = sorted(items)
        for row, (code, label) in enumerate(items, start=2):
            cell = sheet.cell(row=row, column=index)
            if source == ChoiceSource.SNAPSHOT_DATE:
                cell.value = datetime.date.fromisoformat(code)
                cell.number_format = DATE_FORMAT
            else:
                set_text(cell, _entry(code, label))
        last = max(2, len(items) + 1)
        ranges[source] = f"{title}!${letter}$2:${letter}${last}"
        if source == ChoiceSource.MUNICIPALITY:
            blocks: dict[str, list[int]] = {}
            for row, (code, _label) in enumerate(items, start=2):
                blocks.setdefault(code[:2], []).append(row)
            for prefecture, rows in blocks.items():
                name = f"municipalities_{prefecture}"
                workbook.defined_names[name] = DefinedName(
                    name, attr_text=f"{title}!${letter}${rows[0]}:${letter}${rows[-1]}"
                )
    return ranges


def _column_width(family: Family, code: str) -> int:
    if code == KIND_COLUMN:
        return 30
    spec = family.field(code)
    if spec.type in (FieldType.PAST_DATE, FieldType.EVENT_DATE):
        return 14
    if spec.type == FieldType.CHOICE:
        return 26 if spec.choices != ChoiceSource.SEX else 12
    if spec.type == FieldType.CARD_NUMBER:
        return 16
    return 28 if spec.type == FieldType.LATIN_NAME else 32


def _write_data_sheet(family: Family, sheet, ranges: dict[str, str]) -> None:
    last_row = FIRST_DATA_ROW + BULK_MAX_ROWS - 1
    letters = {code: get_column_letter(i) for i, code in enumerate(family.columns, start=1)}
    for index, code in enumerate(family.columns, start=1):
        letter = letters[code]
        heading = str(family.header(code)) + (" *" if family.is_required(code) else "")
        cell = sheet.cell(row=1, column=index)
        set_text(cell, heading)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.border = Border(bottom=THIN)
        code_cell = sheet.cell(row=CODE_ROW, column=index, value=code)
        code_cell.font = CODE_FONT
        code_cell.fill = CODE_FILL
        dimension = sheet.column_dimensions[letter]
        dimension.width = _column_width(family, code)
        dimension.number_format = DATE_FORMAT if family.is_date(code) else "@"
        _add_validation(
            family, sheet, code, f"{letter}{FIRST_DATA_ROW}:{letter}{last_row}", ranges, letters
        )
    stamp = sheet.cell(row=CODE_ROW, column=len(family.columns) + 1)
    stamp.value = STAMP_PREFIX + family.stamp
    stamp.font = CODE_FONT
    sheet.row_dimensions[1].height = 48
    sheet.freeze_panes = f"A{FIRST_DATA_ROW}"


def _add_validation(
    family: Family, sheet, code: str, area: str, ranges: dict[str, str], letters: dict[str, str]
) -> None:
    """A drop-down for choice columns (a warning, not a stop, so a typed code still goes in),
    a date check for date columns, and for every column the help text as an input prompt."""
    source = family.choice_source(code)
    spec = None if code == KIND_COLUMN else family.field(code)
    prompt = str(spec.help_text) if spec is not None and spec.help_text else ""
    if source == ChoiceSource.MUNICIPALITY and ChoiceSource.PREFECTURE in ranges:
        first_prefecture = f"${letters['prefecture']}{area.split(':')[0][len(letters[code]) :]}"
        validation = DataValidation(
            type="list", formula1=f'INDIRECT("municipalities_"&LEFT({first_prefecture},2))'
        )
    elif source is not None and source in ranges:
        validation = DataValidation(type="list", formula1=ranges[source])
    elif family.is_date(code):
        validation = DataValidation(type="date", operator="greaterThan", formula1="1")
        prompt = prompt or _("A date: YYYY-MM-DD, for example 2026-04-01.")
    else:
        validation = DataValidation()
    validation.allow_blank = True
    validation.errorStyle = "warning"
    validation.showErrorMessage = validation.type is not None
    if prompt:
        validation.promptTitle = str(family.header(code))[:32]
        validation.prompt = prompt[:255]
        validation.showInputMessage = True
    elif validation.type is None:
        return
    validation.add(area)
    sheet.add_data_validation(validation)


def _describe(family: Family, code: str) -> str:
    """What to type into a column, for the instructions sheet."""
    if code == KIND_COLUMN:
        return _("Which notification this row is. Choose from the list.")
    spec = family.field(code)
    parts: list[str] = []
    if spec.help_text:
        parts.append(str(spec.help_text))
    if spec.type in (FieldType.PAST_DATE, FieldType.EVENT_DATE):
        parts.append(_("A date: YYYY-MM-DD, for example 2026-04-01."))
    if spec.choices is not None:
        parts.append(_("Choose from the list, or type the code shown before the colon."))
    if spec.type == FieldType.LATIN_NAME:
        parts.append(_("Capital letters A to Z and single spaces."))
    if spec.type == FieldType.FULLWIDTH:
        parts.append(_("Half-width characters are converted to full-width."))
    if spec.max_length and spec.type != FieldType.CARD_NUMBER:
        parts.append(_("At most %(max)d characters.") % {"max": spec.max_length})
    if spec.audience == "students":
        parts.append(_("Students only."))
    elif spec.audience == "not_students":
        parts.append(_("Not for students."))
    return " ".join(parts)


def _example(family: Family, code: str, lists: dict[str, list[tuple[str, str]]]) -> str:
    if code == KIND_COLUMN:
        kind = family.kinds[0]
        return _entry(kind, str(kind_label(kind)))
    spec = family.field(code)
    source = family.choice_source(code)
    if source and source != ChoiceSource.SNAPSHOT_DATE:
        labels = dict(lists.get(source, ()))
        return _entry(spec.example, labels.get(spec.example, ""))
    return spec.example


def _write_instructions(
    family: Family, sheet, data_title: str, lists: dict[str, list[tuple[str, str]]]
) -> None:
    sheet.column_dimensions["A"].width = 8
    for letter, width in zip("BCDEFG", (30, 18, 14, 30, 60, 30), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet["A1"] = str(family.label)
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = str(family.description)
    sheet["A2"].alignment = Alignment(wrap_text=False)
    steps: Sequence[str] = (
        _('Fill in one person per row on the sheet "%(sheet)s", starting at row %(row)d.')
        % {"sheet": data_title, "row": FIRST_DATA_ROW},
        _(
            "Do not change, move or delete the first two rows. Row 2 holds the column codes "
            "the portal reads, so the file is read the same whatever its language."
        ),
        _("At most %(max)d people per file. Split a longer list into several files.")
        % {"max": BULK_MAX_ROWS},
        _("Columns marked * are required. Other columns are required only where they apply."),
        _("Type dates as YYYY-MM-DD (for example 2026-04-01) or enter them as Excel dates."),
        _(
            "Where a column has a drop-down list, choose from it, or type the code shown "
            "before the colon."
        ),
        _(
            "Formulas, macros and embedded objects are not accepted. Save the file as an Excel "
            'workbook (.xlsx), or as "CSV UTF-8" with its first two rows as they are; other CSV '
            'types turn Japanese characters into "?".'
        ),
        _(
            "If a file has errors, nothing in it is filed. Download the error workbook, "
            "correct the marked cells and upload the same file again."
        ),
        _(
            "Help: see the Q&A and the manuals on this portal, or ask the help desk of the "
            "Immigration Services Agency."
        ),
    )
    row = 4
    sheet.cell(row=row, column=1, value=_("How to fill in")).font = Font(bold=True)
    for number, text in enumerate(steps, start=1):
        row += 1
        sheet.cell(row=row, column=1, value=f"{number}.")
        sheet.cell(row=row, column=2, value=text)
    row += 2
    sheet.cell(row=row, column=1, value=_("The columns")).font = Font(bold=True)
    row += 1
    headings = (
        _("Column"),
        _("Heading"),
        _("Code"),
        _("Required"),
        _("Applies to"),
        _("How to fill in"),
        _("Example"),
    )
    for index, text in enumerate(headings, start=1):
        cell = sheet.cell(row=row, column=index, value=text)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    every = _("All")
    for index, code in enumerate(family.columns, start=1):
        row += 1
        kinds = family.kinds_with(code)
        applies = (
            every if kinds == family.kinds else " / ".join(str(kind_label(kind)) for kind in kinds)
        )
        values = (
            get_column_letter(index),
            str(family.header(code)),
            code,
            _("Yes") if family.is_required(code) else _("Where it applies"),
            applies,
            _describe(family, code),
            _example(family, code, lists),
        )
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column)
            set_text(cell, value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
