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

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from filings.constants import OrganizationType
from filings.fields import ChoiceSource
from filings.models.accounts import OrganizationRegistration
from filings.services.accounts import REGISTRATION_FIELDS
from filings.services.reference import choice_values
from filings.xlsx import FAMILIES, build_template
from filings.xlsx import organization as organization_xlsx

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


# --- the organization registration template (Q33, SPEC A2, N5) --------------------------------


def _registration_rows(language: str) -> list[organization_xlsx.TemplateRow]:
    """The registration form's fields with the words the form shows (the model's names and
    help texts), in Japanese and in `language`."""

    def words(code: str) -> dict[str, tuple[str, str]]:
        with translation.override(code):
            return {
                name: (
                    str(capfirst(field.verbose_name)),
                    str(field.help_text or (_("Optional") if field.blank else "")),
                )
                for name in REGISTRATION_FIELDS
                for field in [OrganizationRegistration._meta.get_field(name)]
            }

    japanese, chosen = words("ja"), words(language)
    return [
        organization_xlsx.TemplateRow(
            key=name,
            label_ja=japanese[name][0],
            label=chosen[name][0],
            note_ja=japanese[name][1],
            note=chosen[name][1],
            required=not OrganizationRegistration._meta.get_field(name).blank,
        )
        for name in REGISTRATION_FIELDS
    ]


def _type_labels(language: str) -> list[tuple[str, str]]:
    with translation.override(language):
        # A comma would split the drop-down's list: Excel separates its items by commas.
        return [(code, str(label).replace(",", "、")) for code, label in OrganizationType.choices]


def organization_template_bytes(language: str) -> bytes:
    """The registration template in `language` (each label also in Japanese for the counter)."""
    bilingual = language != "ja"

    def both(text) -> str:
        with translation.override("ja"):
            japanese = str(text)
        with translation.override(language):
            chosen = str(text)
        return f"{japanese} / {chosen}" if bilingual and chosen != japanese else japanese

    with translation.override("ja"):
        item_ja = str(_("Item"))
    with translation.override(language):
        headings = (
            item_ja,
            str(_("Item")) if bilingual else "",
            both(_("Your entry")),
            both(_("Note")),
        )
    text = organization_xlsx.TemplateText(
        sheet_title=both(_("Registration")),
        title=both(_("Organization registration form")),
        headings=headings,
    )
    choices = [label for _code, label in _type_labels(language)]
    return organization_xlsx.build(_registration_rows(language), text, choices, bilingual=bilingual)


def organization_template_filename(language: str) -> str:
    return f"organization-registration-{language}.xlsx"


def read_organization_template(content: bytes) -> organization_xlsx.ReadResult:
    """A filled template in any language: the organization type is read from the drop-down
    label of whichever language's workbook it is."""
    codes = {
        label: code
        for language, _name in settings.LANGUAGES
        for code, label in _type_labels(language)
    }
    return organization_xlsx.read(content, REGISTRATION_FIELDS, codes)
