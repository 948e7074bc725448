"""Whether a reading page shows another language's text, so that it can say so.

Until an editor translates a page, wagtail-localize keeps a synchronised copy of the source page
(an alias) in every other language tree: /ko/qa/basics/ then shows the Japanese text. A page
translated through wagtail-localize whose text segments are not all translated shows the
source text for the missing ones. Readers are told, in their own language, and the source text
is marked with its language (`lang`) so that a screen reader reads it with the right voice.

The state is read when the page is rendered and kept as a page fragment (portal.page_cache),
so a page rendered afresh after the first time costs no query for it, and the cached page
carries the notice; a publish (of the source, the alias or the translation) purges both.
At most three queries when it is built: the translation, its progress and the source page.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Q, Sum, Value, When
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

UNTRANSLATED = "untranslated"
PARTIAL = "partial"

# Page fields that every page has and that say nothing of its text: a translation whose only
# translated segments are these still shows its whole text in the source language.
PAGE_FIELDS = ("title", "slug", "seo_title", "search_description")

# The languages' names in the reader's language, for "shown in Japanese".
LANGUAGE_NAMES = {
    "ja": _("Japanese"),
    "en": _("English"),
    "zh-hant": _("Traditional Chinese"),
    "zh-hans": _("Simplified Chinese"),
    "ko": _("Korean"),
    "es": _("Spanish"),
    "pt": _("Portuguese"),
    "tl": _("Tagalog"),
}


def language_name(code: str) -> str:
    return str(LANGUAGE_NAMES.get(code) or dict(settings.LANGUAGES).get(code, code))


@dataclass(frozen=True)
class Fallback:
    """A page showing text of `source_language` (wholly when UNTRANSLATED, in parts when
    PARTIAL), whose original is at `source_url`."""

    kind: str
    source_language: str
    source_url: str

    @property
    def untranslated(self) -> bool:
        return self.kind == UNTRANSLATED

    @property
    def reader_name(self) -> str:
        return language_name(get_language())

    @property
    def source_name(self) -> str:
        return language_name(self.source_language)

    @property
    def source_dir(self) -> str:
        try:
            bidi = get_language_info(self.source_language)["bidi"]
        except KeyError:
            bidi = False
        return "rtl" if bidi else "ltr"


def fallback_for(page: Page, request) -> Fallback | None:
    """The page's fallback state, built once per publish (see the module docstring)."""
    from portal.page_cache import page_fragment

    return page_fragment(page, request, "translation-fallback", lambda: read(page, request))


def read(page: Page, request=None) -> Fallback | None:
    if page.alias_of_id is not None:
        return _alias(page, request)
    return _translation(page, request)


def _alias(page: Page, request) -> Fallback | None:
    source = Page.objects.select_related("locale").filter(pk=page.alias_of_id).first()
    if source is None or source.locale_id == page.locale_id:
        return None  # an alias in its own language tree shows its own language
    return Fallback(UNTRANSLATED, source.locale.language_code, source.get_url(request) or "")


def _translation(page: Page, request) -> Fallback | None:
    from wagtail_localize.models import StringSegment, StringTranslation, Translation

    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .exclude(source__locale_id=page.locale_id)
        .select_related("source__locale")
        .first()
    )
    if translation is None:  # the source page itself, or a page translated by hand
        return None
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=page.locale_id,
        has_error=False,
    )
    one_if_done = Case(When(is_translated=True, then=Value(1)), default=Value(0))
    text = ~Q(context__path__in=PAGE_FIELDS)
    counts = (
        StringSegment.objects.filter(source_id=translation.source_id)
        .annotate(is_translated=Exists(translated))
        .aggregate(
            total=Count("pk"),
            done=Sum(one_if_done, output_field=IntegerField()),
            text_total=Count("pk", filter=text),
            text_done=Sum(one_if_done, filter=text, output_field=IntegerField()),
        )
    )
    total, done = counts["total"], counts["done"] or 0
    text_total, text_done = counts["text_total"], counts["text_done"] or 0
    if done >= total:
        return None
    source_language = translation.source.locale.language_code
    source = Page.objects.filter(
        translation_key=page.translation_key, locale_id=translation.source.locale_id
    ).first()
    kind = UNTRANSLATED if text_total and not text_done else PARTIAL
    url = (source.get_url(request) or "") if source is not None else ""
    return Fallback(kind, source_language, url)
