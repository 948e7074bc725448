"""Building blocks of the error catalogue: the value rules return and the shape of an entry.

Kept apart from the catalogue data so that `filings.rules` can import `RuleError` without
loading a thousand translated strings, and so the data modules can import `Entry` without an
import cycle through the package's `__init__`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from django.conf import settings

# The languages of the public site (SPEC L1), as settings.LANGUAGES lists them: every entry is
# written in each of them.
LANGUAGES: tuple[str, ...] = tuple(code for code, _name in settings.LANGUAGES)


class Category(StrEnum):
    """Groups of catalogue entries, used to order and filter the manual's error list."""

    INPUT = "input"
    DATE = "date"
    ACCOUNT = "account"
    FILING = "filing"
    BULK = "bulk"
    SYSTEM = "system"
    ELIGIBILITY = "eligibility"


@dataclass(frozen=True)
class RuleError:
    """What a rule returns instead of raising: a stable catalogue code plus its parameters.

    Rules stay free of wording and of the active language; the catalogue turns the code into a
    message and a remedy in the reader's language when (and where) it is shown, so the same
    error reads correctly on a form, in a mail rendered by a worker and in a bulk error report.
    Parameter values may be str, int, `datetime.date` or a tuple of str (offending characters).
    """

    code: str
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def message(self, language: str | None = None) -> str:
        from filings.errors import message

        return message(self.code, language, **self.params)

    def remedy(self, language: str | None = None) -> str:
        from filings.errors import remedy

        return remedy(self.code, language)


def texts(
    *, ja: str, en: str, zh_hant: str, zh_hans: str, ko: str, es: str, pt: str, tl: str
) -> dict[str, str]:
    """One text in every language; keyword-only so a missing language fails at import time."""
    return {
        "ja": ja,
        "en": en,
        "zh-hant": zh_hant,
        "zh-hans": zh_hans,
        "ko": ko,
        "es": es,
        "pt": pt,
        "tl": tl,
    }


@dataclass(frozen=True)
class Entry:
    """One catalogue entry.

    `message` says what is wrong and may carry named placeholders such as {max} or {chars};
    `remedy` says what to do and carries none, so the manual's error list can print it as is.
    """

    code: str
    category: Category
    message: Mapping[str, str]
    remedy: Mapping[str, str]
