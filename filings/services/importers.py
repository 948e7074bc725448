"""Reading registry files (residents and their cards, organizations) from CSV or xlsx (SPEC O1).

Pure: bytes in, typed records and per-row errors out. Nothing here touches the database; the
caller passes in the codes the database knows (`ReferenceCodes`) and
`filings.services.registry` writes the records in one transaction. A problem with the whole file
(unreadable, too big, missing columns) raises `FileError`; a problem with one cell becomes a
`RowError` with the row number as the officer sees it in a spreadsheet (the header is row 1)
and the column's header.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from filings import rules
from filings.services.import_cells import (
    CellError,
    checked_value,
    lookup_code,
    parse_address_rest,
    parse_card_number,
    parse_corporate_number,
    parse_date,
    parse_int,
    parse_name_latin,
    parse_organization_type,
    parse_sex,
)
from filings.xlsx.tables import FileError, Formula, Table, cell_text, interpolate


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    reason: str | Promise


@dataclass(frozen=True)
class Column:
    key: str
    label_ja: str
    required: bool = True

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.key, self.label_ja)


RESIDENT_COLUMNS: tuple[Column, ...] = (
    Column("card_number", "在留カード番号"),
    Column("name_latin", "氏名（英字）"),
    Column("name_kanji", "氏名（漢字）", required=False),
    Column("birth_date", "生年月日"),
    Column("sex", "性別"),
    Column("nationality", "国籍・地域"),
    Column("municipality_code", "市区町村コード"),
    Column("address_rest", "町名丁目番地号等"),
    Column("status", "在留資格"),
    Column("period_of_stay_days", "在留期間（日数）", required=False),
    Column("period_of_stay_until", "在留期間の満了日", required=False),
    Column("status_granted_on", "許可年月日"),
    Column("card_issued_on", "交付年月日"),
    Column("card_expires_on", "有効期間の満了日"),
    Column("previous_card_number", "旧在留カード番号", required=False),
)

ORGANIZATION_COLUMNS: tuple[Column, ...] = (
    Column("corporate_number", "法人番号"),
    Column("name", "名称"),
    Column("address", "所在地"),
    Column("organization_type", "機関の種類"),
    Column("accepted_statuses", "受入れ在留資格", required=False),
    Column("contact_name", "担当者", required=False),
    Column("email", "メールアドレス", required=False),
)


@dataclass(frozen=True)
class ReferenceCodes:
    """What the database knows, as plain mappings: every accepted spelling -> canonical code."""

    nationalities: Mapping[str, str]
    statuses: Mapping[str, str]
    # five-digit municipality code -> two-digit prefecture code (active municipalities only)
    municipalities: Mapping[str, str]
    # status code -> (first day, last day) the status could be granted; None = open
    status_periods: Mapping[str, tuple[datetime.date | None, datetime.date | None]] = field(
        default_factory=dict
    )


@dataclass(frozen=True)
class ResidentRecord:
    row: int
    card_number: str
    name_latin: str
    name_kanji: str
    birth_date: datetime.date
    sex: str
    nationality: str
    municipality_code: str
    prefecture_code: str
    address_rest: str
    status: str
    period_of_stay_days: int | None
    period_of_stay_until: datetime.date | None
    status_granted_on: datetime.date
    card_issued_on: datetime.date
    card_expires_on: datetime.date
    previous_card_number: str


@dataclass(frozen=True)
class OrganizationRecord:
    row: int
    corporate_number: str
    name: str
    address: str
    organization_type: str
    accepted_statuses: tuple[str, ...]
    contact_name: str
    email: str


@dataclass
class ParseResult:
    records: list = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    total_rows: int = 0


def column_map(header: Sequence[str], columns: Iterable[Column]) -> dict[str, int]:
    """Index of each known column in the header; `FileError` naming any missing column."""
    normalized = [unicodedata.normalize("NFKC", h).strip().lower() for h in header]
    found: dict[str, int] = {}
    missing = []
    for column in columns:
        for spelling in column.headers:
            key = unicodedata.normalize("NFKC", spelling).lower()
            if key in normalized:
                found[column.key] = normalized.index(key)
                break
        else:
            if column.required:
                missing.append(column.key)
    if missing:
        raise FileError(
            interpolate(
                _("Required columns are missing from the first row: %(columns)s"),
                {"columns": ", ".join(missing)},
            )
        )
    return found


# --- rows to records -----------------------------------------------------------------------


class _Row:
    """Reads the cells of one row by column key, collecting every error instead of stopping."""

    def __init__(self, number: int, cells: list[Any], columns: dict[str, int], headers: list[str]):
        self.number = number
        self.cells = cells
        self.columns = columns
        self.headers = headers
        self.errors: list[RowError] = []

    def header(self, key: str) -> str:
        index = self.columns.get(key)
        return self.headers[index] if index is not None else key

    def raw(self, key: str) -> Any:
        index = self.columns.get(key)
        if index is None or index >= len(self.cells):
            return None
        return self.cells[index]

    def error(self, key: str, reason: str | Promise) -> None:
        self.errors.append(RowError(self.number, self.header(key), reason))

    def get(self, key: str, parser: Callable[[Any], Any], *, required: bool = True) -> Any:
        value = self.raw(key)
        if isinstance(value, Formula):
            self.error(key, _("Formulas are not accepted; type the value itself."))
            return None
        if not cell_text(value) and not isinstance(value, datetime.date):
            if required:
                self.error(key, _("Required."))
            return None
        try:
            return parser(value)
        except CellError as exc:
            self.error(key, exc.reason)
            return None


def parse_residents(table: Table, reference: ReferenceCodes, today: datetime.date) -> ParseResult:
    """Typed resident records for the good rows, and every problem of the bad ones."""
    columns = column_map(table.header, RESIDENT_COLUMNS)
    result = ParseResult(total_rows=len(table.rows))
    seen_cards: dict[str, int] = {}
    for number, cells in table.rows:
        row = _Row(number, cells, columns, table.header)
        card_number = row.get("card_number", parse_card_number)
        name_latin = row.get("name_latin", parse_name_latin)
        name_kanji = row.get("name_kanji", cell_text, required=False) or ""
        birth_date = row.get("birth_date", parse_date)
        sex = row.get("sex", parse_sex)
        nationality = row.get(
            "nationality",
            lambda v: lookup_code(
                reference.nationalities, v, _("Unknown nationality or region code.")
            ),
        )
        municipality = row.get(
            "municipality_code",
            lambda v: _municipality(reference, v),
        )
        address_rest = row.get("address_rest", parse_address_rest)
        status = row.get(
            "status",
            lambda v: lookup_code(reference.statuses, v, _("Unknown status of residence.")),
        )
        days = row.get("period_of_stay_days", parse_int, required=False)
        until = row.get("period_of_stay_until", parse_date, required=False)
        granted = row.get("status_granted_on", parse_date)
        issued = row.get("card_issued_on", parse_date)
        expires = row.get("card_expires_on", parse_date)
        previous = row.get("previous_card_number", parse_card_number, required=False) or ""

        if len(name_kanji) > 60:
            row.error("name_kanji", interpolate(_("At most %(max)d characters."), {"max": 60}))
        if birth_date and birth_date > today:
            row.error("birth_date", _("The date of birth cannot be in the future."))
        if issued and issued > today:
            row.error("card_issued_on", _("The card cannot be issued in the future."))
        if issued and expires and expires < issued:
            row.error("card_expires_on", _("The card cannot expire before it was issued."))
        if birth_date and granted and granted < birth_date:
            row.error("status_granted_on", _("The permission cannot predate the birth."))
        if status and granted:
            first, last = reference.status_periods.get(status, (None, None))
            if (first and granted < first) or (last and granted > last):
                row.error(
                    "status_granted_on",
                    _("This status of residence could not be granted on that date."),
                )
        if days is not None and days <= 0:
            row.error("period_of_stay_days", _("The period of stay must be at least one day."))
        if card_number and previous and card_number == previous:
            row.error("previous_card_number", _("The previous card cannot be the same card."))
        if card_number:
            if card_number in seen_cards:
                row.error(
                    "card_number",
                    interpolate(
                        _("The same card number is already on row %(row)d."),
                        {"row": seen_cards[card_number]},
                    ),
                )
            else:
                seen_cards[card_number] = number

        if row.errors:
            result.errors.extend(row.errors)
            continue
        result.records.append(
            ResidentRecord(
                row=number,
                card_number=card_number,
                name_latin=name_latin,
                name_kanji=name_kanji,
                birth_date=birth_date,
                sex=sex,
                nationality=nationality,
                municipality_code=municipality,
                prefecture_code=reference.municipalities[municipality],
                address_rest=address_rest,
                status=status,
                period_of_stay_days=days,
                period_of_stay_until=until,
                status_granted_on=granted,
                card_issued_on=issued,
                card_expires_on=expires,
                previous_card_number=previous,
            )
        )
    return result


def _municipality(reference: ReferenceCodes, value: Any) -> str:
    code = unicodedata.normalize("NFKC", cell_text(value))
    if code.isdigit() and len(code) in (4, 6):
        # Spreadsheets drop the leading zero of Hokkaido to Fukushima codes (01-07); a
        # six-digit code carries the check digit, which the five-digit key leaves out.
        code = code.zfill(5) if len(code) == 4 else code[:5]
    if code not in reference.municipalities:
        raise CellError(_("Unknown municipality code (5-digit local government code)."))
    return code


_email_validator = EmailValidator()


def parse_email(value: Any) -> str:
    email = checked_value(rules.check_email_length, unicodedata.normalize("NFKC", cell_text(value)))
    try:
        _email_validator(email)
    except ValidationError as exc:
        raise CellError(_("Not a valid e-mail address.")) from exc
    return email


def parse_organizations(table: Table, reference: ReferenceCodes) -> ParseResult:
    columns = column_map(table.header, ORGANIZATION_COLUMNS)
    result = ParseResult(total_rows=len(table.rows))
    seen: dict[str, int] = {}
    for number, cells in table.rows:
        row = _Row(number, cells, columns, table.header)
        corporate_number = row.get("corporate_number", parse_corporate_number)
        name = row.get("name", cell_text)
        address = row.get("address", cell_text)
        organization_type = row.get("organization_type", parse_organization_type)
        statuses_text = row.get("accepted_statuses", cell_text, required=False) or ""
        contact_name = row.get("contact_name", cell_text, required=False) or ""
        email = row.get("email", parse_email, required=False) or ""

        statuses: list[str] = []
        for part in re.split(r"[;,、\n]+", statuses_text):
            if not part.strip():
                continue
            try:
                code = lookup_code(reference.statuses, part, _("Unknown status of residence."))
            except CellError:
                row.error(
                    "accepted_statuses",
                    interpolate(
                        _("Unknown status of residence: %(value)s"), {"value": part.strip()[:40]}
                    ),
                )
                continue
            if code not in statuses:
                statuses.append(code)
        if name and len(name) > 200:
            row.error("name", interpolate(_("At most %(max)d characters."), {"max": 200}))
        if address and len(address) > 300:
            row.error("address", interpolate(_("At most %(max)d characters."), {"max": 300}))
        if len(contact_name) > 100:
            row.error("contact_name", interpolate(_("At most %(max)d characters."), {"max": 100}))
        if corporate_number:
            if corporate_number in seen:
                row.error(
                    "corporate_number",
                    interpolate(
                        _("The same corporate number is already on row %(row)d."),
                        {"row": seen[corporate_number]},
                    ),
                )
            else:
                seen[corporate_number] = number
        if row.errors:
            result.errors.extend(row.errors)
            continue
        result.records.append(
            OrganizationRecord(
                row=number,
                corporate_number=corporate_number,
                name=name,
                address=address,
                organization_type=organization_type,
                accepted_statuses=tuple(sorted(statuses)),
                contact_name=contact_name,
                email=email,
            )
        )
    return result
