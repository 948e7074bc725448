"""The organization registration template (Q33, SPEC A2, C5): an .xlsx an organization fills
in and brings to the counter, where uploading it pre-fills the officer's form.

The same field list drives the workbook, the reader and the online pre-registration form, so the
three can never disagree. No ORM here: the reader only returns values and problems.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation

from filings.constants import OrganizationType

TEMPLATE_VERSION = "ORG-REG-1"
SHEET_TITLE = "登録申請書 Registration"


@dataclass(frozen=True)
class TemplateField:
    key: str
    label_ja: str
    label_en: str
    note_ja: str = ""
    note_en: str = ""
    required: bool = True


FIELDS: tuple[TemplateField, ...] = (
    TemplateField("name", "所属機関の名称", "Organization name"),
    TemplateField("corporate_number", "法人番号", "Corporate number", "13桁の数字", "13 digits"),
    TemplateField("address", "所在地", "Address"),
    TemplateField(
        "organization_type",
        "所属機関の種別",
        "Organization type",
        "一覧から選択",
        "Choose from the list",
    ),
    TemplateField("contact_name", "担当者氏名", "Contact person"),
    TemplateField(
        "email", "メールアドレス", "E-mail address", "60文字以内", "At most 60 characters"
    ),
    TemplateField(
        "auth_id_first",
        "希望する認証ID（第1希望）",
        "Desired auth ID (first choice)",
        "半角英数字・記号6〜20文字",
        "6-20 half-width letters, digits, symbols",
    ),
    TemplateField(
        "auth_id_second",
        "希望する認証ID（第2希望）",
        "Desired auth ID (second choice)",
        "任意",
        "Optional",
        required=False,
    ),
)

FIRST_ROW = 4  # rows 1-3: title, version, column headings
TYPE_LABELS_JA = {
    OrganizationType.SCHOOL: "学校・教育機関",
    OrganizationType.COMPANY: "企業・その他の雇用主",
    OrganizationType.OTHER: "その他の受入れ機関",
}


def build() -> bytes:
    """The empty template: labels in Japanese and English, the value column unlocked, a
    drop-down for the organization type."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    sheet["A1"] = "所属機関 登録申請書 / Organization registration form"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = TEMPLATE_VERSION
    sheet["A2"].font = Font(color="888888", size=8)
    headings = ("項目", "Item", "記入欄 / Your entry", "注意 / Note", "key")
    for column, heading in enumerate(headings, start=1):
        cell = sheet.cell(row=3, column=column, value=heading)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDDDDD")
    entry_fill = PatternFill("solid", fgColor="FFF8DC")
    for offset, spec in enumerate(FIELDS):
        row = FIRST_ROW + offset
        sheet.cell(row=row, column=1, value=spec.label_ja + (" *" if spec.required else ""))
        sheet.cell(row=row, column=2, value=spec.label_en)
        entry = sheet.cell(row=row, column=3)
        entry.fill = entry_fill
        entry.protection = Protection(locked=False)
        entry.number_format = "@"  # text: corporate numbers keep their digits
        note = " / ".join(n for n in (spec.note_ja, spec.note_en) if n)
        sheet.cell(row=row, column=4, value=note).alignment = Alignment(wrap_text=True)
        sheet.cell(row=row, column=5, value=spec.key).font = Font(color="AAAAAA", size=8)
    type_row = FIRST_ROW + [f.key for f in FIELDS].index("organization_type")
    choices = ",".join(TYPE_LABELS_JA[t] for t in OrganizationType)
    validation = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
    validation.add(f"C{type_row}")
    sheet.add_data_validation(validation)
    for column, width in (("A", 30), ("B", 32), ("C", 40), ("D", 34), ("E", 16)):
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


def read(content: bytes) -> ReadResult:
    """The values of a filled template, by key; problems are short English descriptions for
    the officer (the form then checks each value with the usual rules)."""
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
        keys = {spec.key for spec in FIELDS}
        labels = {label: code for code, label in TYPE_LABELS_JA.items()}
        for row in sheet.iter_rows(min_row=FIRST_ROW, max_row=FIRST_ROW + 20, values_only=True):
            if len(row) < 5 or row[4] not in keys:
                continue
            value = "" if row[2] is None else str(row[2]).strip()
            if isinstance(row[2], float) and row[2].is_integer():
                value = str(int(row[2]))
            if row[4] == "organization_type":
                value = str(labels.get(value, value))
            result.values[row[4]] = value
    finally:
        workbook.close()
    if not result.values:
        result.problems.append("this is not the organization registration template")
    return result
