"""The error catalogue: every code a rule, form, filing, account or bulk step can report.

One source for each fact (DESIGN.md): forms, mails, bulk error reports and the manual's error
list (SPEC C4, Q82) all read their wording from here, so the list users see in the manual can
never drift from what the code says. The catalogue is content written per language rather than
gettext strings, because the manual must show every entry in every language at once and the
wording must be reviewable side by side.

Codes are stable: "E-" for errors, "W-" for warnings that do not block (a late filing), "I-" for
answers of the eligibility rules (nothing to file, or file elsewhere).
"""

from __future__ import annotations

import string
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.functional import lazy

from . import account, eligibility, fields, filing
from .base import LANGUAGES, Category, Entry, RuleError

__all__ = [
    "CATALOGUE",
    "LANGUAGES",
    "Category",
    "Entry",
    "RuleError",
    "UnknownErrorCode",
    "as_validation_error",
    "category_label",
    "codes",
    "entries",
    "format_date",
    "message",
    "placeholders",
    "remedy",
    "resolve_language",
    "validation_error",
]


class UnknownErrorCode(KeyError):
    """A code that is not in the catalogue: a programming error, caught by the catalogue tests."""


def _build() -> dict[str, Entry]:
    catalogue: dict[str, Entry] = {}
    for module in (fields, account, filing, eligibility):
        for entry in module.ENTRIES:
            if entry.code in catalogue:
                raise ValueError(f"duplicate error code {entry.code}")
            catalogue[entry.code] = entry
    return catalogue


CATALOGUE: dict[str, Entry] = _build()

_ALIASES = {
    "zh-tw": "zh-hant",
    "zh-hk": "zh-hant",
    "zh-mo": "zh-hant",
    "zh": "zh-hans",
    "zh-cn": "zh-hans",
    "zh-sg": "zh-hans",
    "fil": "tl",
}

_CATEGORY_LABELS: dict[str, dict[str, str]] = {
    Category.INPUT: {
        "ja": "入力内容",
        "en": "Input",
        "zh-hant": "輸入內容",
        "zh-hans": "输入内容",
        "ko": "입력 내용",
        "es": "Datos introducidos",
        "pt": "Dados informados",
        "tl": "Inilagay na datos",
    },
    Category.DATE: {
        "ja": "日付と期限",
        "en": "Dates and deadlines",
        "zh-hant": "日期與期限",
        "zh-hans": "日期与期限",
        "ko": "날짜와 기한",
        "es": "Fechas y plazos",
        "pt": "Datas e prazos",
        "tl": "Petsa at takdang panahon",
    },
    Category.ACCOUNT: {
        "ja": "利用者登録・ログイン",
        "en": "Account and sign-in",
        "zh-hant": "帳號與登入",
        "zh-hans": "账户与登录",
        "ko": "계정 및 로그인",
        "es": "Cuenta e inicio de sesión",
        "pt": "Conta e acesso",
        "tl": "Account at pag-sign in",
    },
    Category.FILING: {
        "ja": "届出",
        "en": "Filing",
        "zh-hant": "申報",
        "zh-hans": "申报",
        "ko": "신고",
        "es": "Notificaciones",
        "pt": "Notificações",
        "tl": "Pagsusumite",
    },
    Category.BULK: {
        "ja": "一括届出",
        "en": "Bulk filing",
        "zh-hant": "批次申報",
        "zh-hans": "批量申报",
        "ko": "일괄 신고",
        "es": "Notificación por lotes",
        "pt": "Notificação em lote",
        "tl": "Maramihang pagsusumite",
    },
    Category.SYSTEM: {
        "ja": "システム",
        "en": "System",
        "zh-hant": "系統",
        "zh-hans": "系统",
        "ko": "시스템",
        "es": "Sistema",
        "pt": "Sistema",
        "tl": "Sistema",
    },
    Category.ELIGIBILITY: {
        "ja": "届出の要否",
        "en": "Whether to file",
        "zh-hant": "是否須申報",
        "zh-hans": "是否须申报",
        "ko": "신고 필요 여부",
        "es": "Si debe notificar",
        "pt": "Se é preciso notificar",
        "tl": "Kung kailangang magsumite",
    },
}

_MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "pt": (
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
    "tl": (
        "Enero",
        "Pebrero",
        "Marso",
        "Abril",
        "Mayo",
        "Hunyo",
        "Hulyo",
        "Agosto",
        "Setyembre",
        "Oktubre",
        "Nobyembre",
        "Disyembre",
    ),
}


def resolve_language(language: str | None = None) -> str:
    """Map a language code (default: the active one) onto one of the eight catalogue languages.

    Django may report regional variants ("en-us", "pt-br", "zh-tw"); anything unknown falls back
    to English, the project's neutral language for people outside the eight.
    """
    code = (language or translation.get_language() or "en").lower().replace("_", "-")
    if code in LANGUAGES:
        return code
    if code in _ALIASES:
        return _ALIASES[code]
    base = code.split("-")[0]
    if base in LANGUAGES:
        return base
    return _ALIASES.get(base, "en")


def _get(code: str) -> Entry:
    try:
        return CATALOGUE[code]
    except KeyError:
        raise UnknownErrorCode(code) from None


def format_date(value: date, language: str) -> str:
    """A date as the catalogue writes it in `language` (2026年4月1日, 1 April 2026)."""
    if language in ("ja", "zh-hant", "zh-hans"):
        return f"{value.year}年{value.month}月{value.day}日"
    if language == "ko":
        return f"{value.year}년 {value.month}월 {value.day}일"
    month = _MONTHS[language][value.month - 1]
    if language in ("es", "pt"):
        return f"{value.day} de {month} de {value.year}"
    if language == "tl":
        return f"{month} {value.day}, {value.year}"
    return f"{value.day} {month} {value.year}"


def _show_char(char: str, language: str) -> str:
    """One offending character, quoted so the reader sees exactly which one is meant.

    Spaces, controls and combining marks are invisible or would merge with the quote, so they
    are named by code point instead.
    """
    if len(char) != 1 or unicodedata.category(char)[0] in "ZCM":
        return " ".join(f"U+{ord(c):04X}" for c in char)
    if language in ("ja", "zh-hant"):
        return f"「{char}」"
    return f"“{char}”"


def _format_value(value: Any, language: str) -> str:
    if isinstance(value, date):
        return format_date(value, language)
    if isinstance(value, list | tuple | set | frozenset):
        items = [_show_char(str(v), language) for v in value]
        separator = "、" if language in ("ja", "zh-hant", "zh-hans") else ", "
        return separator.join(items)
    return str(value)


class _Params(dict):
    """Leaves an unknown placeholder as it is instead of raising: a missing parameter is a bug
    that must never turn a helpful message into a server error."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def placeholders(text: str) -> set[str]:
    """The named placeholders in a catalogue text."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _render(template: str, language: str, params: Mapping[str, Any]) -> str:
    values = _Params({key: _format_value(value, language) for key, value in params.items()})
    return template.format_map(values)


def message(code: str, language: str | None = None, **params: Any) -> str:
    """What is wrong, in `language` (default: the active language), with `params` filled in."""
    entry = _get(code)
    lang = resolve_language(language)
    template = entry.message.get(lang) or entry.message["en"]
    return _render(template, lang, params)


def remedy(code: str, language: str | None = None) -> str:
    """What to do about it, in `language` (default: the active language)."""
    entry = _get(code)
    lang = resolve_language(language)
    return entry.remedy.get(lang) or entry.remedy["en"]


def category_label(category: str, language: str | None = None) -> str:
    """The heading of a category in the manual's error list."""
    lang = resolve_language(language)
    return _CATEGORY_LABELS[category][lang]


def codes() -> frozenset[str]:
    return frozenset(CATALOGUE)


def entries(
    language: str | None = None, categories: Iterable[str] | None = None
) -> list[dict[str, str]]:
    """Every entry (or those of `categories`), sorted by code, for the manual's error list.

    Each dict has code, category, category_label, message and remedy. Placeholders are shown as
    an ellipsis because the list describes the message, not one occurrence of it.
    """
    lang = resolve_language(language)
    wanted = set(categories) if categories is not None else None
    rows = []
    for code in sorted(CATALOGUE):
        entry = CATALOGUE[code]
        if wanted is not None and entry.category not in wanted:
            continue
        template = entry.message.get(lang) or entry.message["en"]
        shown = template.format_map(dict.fromkeys(placeholders(template), "…"))
        rows.append(
            {
                "code": code,
                "category": str(entry.category),
                "category_label": _CATEGORY_LABELS[entry.category][lang],
                "message": shown,
                "remedy": entry.remedy.get(lang) or entry.remedy["en"],
            }
        )
    return rows


def _active_message(code: str, params: Mapping[str, Any]) -> str:
    return message(code, None, **params)


_lazy_message = lazy(_active_message, str)


def validation_error(code: str, **params: Any) -> ValidationError:
    """The `ValidationError` of one catalogue code (a form's own refusal)."""
    return as_validation_error(RuleError(code, params))


def as_validation_error(rule_errors: RuleError | Iterable[RuleError]) -> ValidationError:
    """Turn rule results into one Django `ValidationError` for a form or model field.

    Messages are lazy, so they render in the language active when the form is displayed; each
    error keeps its catalogue code as the ValidationError code, which templates and tests can
    match on. Call it only when there is at least one error.
    """
    items = [rule_errors] if isinstance(rule_errors, RuleError) else list(rule_errors)
    if not items:
        raise ValueError("as_validation_error() needs at least one RuleError")
    return ValidationError(
        [
            ValidationError(_lazy_message(item.code, dict(item.params)), code=item.code)
            for item in items
        ]
    )
