"""The bulk templates as the download views serve them: reference lists read from the database,
the workbook built by `filings.xlsx` and cached.

A template depends on its family, its language and the reference lists (and, through the
snapshot dates, on the half-year). The cache key is a digest of exactly those, so a changed
municipality or nationality list yields a new workbook at once and nothing needs invalidating.
"""

from __future__ import annotations

import datetime
import hashlib
import json

from django.core.cache import cache
from django.utils import timezone, translation

from filings.fields import ChoiceSource
from filings.services.reference import choice_values
from filings.xlsx import FAMILIES, build_template

CACHE_SECONDS = 24 * 60 * 60
_DATABASE_SOURCES = (ChoiceSource.NATIONALITY, ChoiceSource.PREFECTURE, ChoiceSource.MUNICIPALITY)


def template_choices(language: str, today: datetime.date) -> dict[str, list[tuple[str, str]]]:
    """Every list a template offers, with labels in `language`."""
    with translation.override(language):
        return {
            str(source): choice_values(source, today=today)
            for source in (
                *_DATABASE_SOURCES,
                ChoiceSource.SEX,
                ChoiceSource.LEAVING_REASON,
                ChoiceSource.SNAPSHOT_DATE,
            )
        }


def template_bytes(family: str, language: str, *, today: datetime.date | None = None) -> bytes:
    """The xlsx template of `family` in `language` (KeyError for an unknown family)."""
    spec = FAMILIES[family]
    today = today or timezone.localdate()
    choices = template_choices(language, today)
    digest = hashlib.sha256(
        json.dumps([spec.stamp, language, choices], ensure_ascii=False).encode()
    ).hexdigest()[:32]
    key = f"bulk-template:{digest}"
    content = cache.get(key)
    if content is None:
        content = build_template(family, language, choices=choices, today=today)
        cache.set(key, content, CACHE_SECONDS)
    return content


def template_filename(family: str, language: str) -> str:
    return f"bulk-{family}-{language}.xlsx"
