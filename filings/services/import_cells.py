"""Cell parsers of the registry import: each turns one cell as an officer's spreadsheet holds
it (a card number with a hyphen, "F" or "女" for sex, a date as text or a date cell) into the
registry's value, or raises `CellError` with the reason to show next to the row (SPEC O1).
Pure, like the importer that calls them.
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from django.utils.functional import Promise, lazy
from django.utils.translation import gettext_lazy as _

from filings import rules
from filings.constants import OrganizationType, Sex
from filings.errors import RuleError
from filings.xlsx.tables import cell_text


class CellError(ValueError):
    def __init__(self, reason: str | Promise):
        super().__init__(str(reason))
        self.reason = reason


def parse_date(value: Any) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = unicodedata.normalize("NFKC", cell_text(value))
    for pattern in ("%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%Y.%m.%d"):
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise CellError(_("Not a date. Write it as YYYY-MM-DD."))


def parse_int(value: Any) -> int:
    if isinstance(value, bool):
        raise CellError(_("Not a whole number."))
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = unicodedata.normalize("NFKC", cell_text(value)).replace(",", "")
    if not text.isdigit():
        raise CellError(_("Not a whole number."))
    return int(text)


def _reasons(errors: Sequence[RuleError]) -> Promise:
    """The catalogue's messages for rule errors, rendered in the language active when shown."""
    return _lazy_join(tuple(errors))


_lazy_join = lazy(lambda errors: " ".join(error.message() for error in errors), str)


def checked_value(check: Callable[[str], rules.Checked], value: Any) -> str:
    result = check(cell_text(value))
    if result.errors:
        raise CellError(_reasons(result.errors))
    return result.value


def normalize_card_number(value: Any) -> str:
    """Full-width characters, lower case, spaces and hyphens are forgiven."""
    return rules.normalize_card_number(cell_text(value))


def parse_card_number(value: Any) -> str:
    return checked_value(rules.check_card_number, value)


def parse_name_latin(value: Any) -> str:
    """Upper-cased and spaces tidied; only A-Z and single spaces, as on the card (Q66)."""
    return checked_value(rules.check_latin_name, value)


SEX_SPELLINGS = {
    "M": Sex.MALE,
    "MALE": Sex.MALE,
    "男": Sex.MALE,
    "男性": Sex.MALE,
    "F": Sex.FEMALE,
    "FEMALE": Sex.FEMALE,
    "女": Sex.FEMALE,
    "女性": Sex.FEMALE,
}


def parse_sex(value: Any) -> str:
    key = unicodedata.normalize("NFKC", cell_text(value)).upper()
    if key not in SEX_SPELLINGS:
        raise CellError(_("Write M or F."))
    return str(SEX_SPELLINGS[key])


def to_full_width(value: str) -> str:
    """Half-width letters, digits, symbols and katakana become their full-width forms (L2)."""
    return rules.to_fullwidth(value)


def parse_address_rest(value: Any) -> str:
    """Converted to full width; JIS X 0208 characters only, so a filer can type it (Q62, Q64)."""
    return checked_value(rules.check_fullwidth_address, value)


def parse_corporate_number(value: Any) -> str:
    return checked_value(rules.check_corporate_number, value)


ORGANIZATION_TYPE_SPELLINGS = {
    "SCHOOL": OrganizationType.SCHOOL,
    "学校": OrganizationType.SCHOOL,
    "教育機関": OrganizationType.SCHOOL,
    "COMPANY": OrganizationType.COMPANY,
    "会社": OrganizationType.COMPANY,
    "企業": OrganizationType.COMPANY,
    "OTHER": OrganizationType.OTHER,
    "その他": OrganizationType.OTHER,
}


def parse_organization_type(value: Any) -> str:
    key = unicodedata.normalize("NFKC", cell_text(value)).upper()
    if key not in ORGANIZATION_TYPE_SPELLINGS:
        raise CellError(_("Write school, company or other."))
    return str(ORGANIZATION_TYPE_SPELLINGS[key])


def lookup_code(mapping: Mapping[str, str], value: Any, reason: str | Promise) -> str:
    key = unicodedata.normalize("NFKC", cell_text(value)).strip()
    found = mapping.get(key) or mapping.get(key.upper()) or mapping.get(key.lower())
    if not found:
        raise CellError(reason)
    return found
