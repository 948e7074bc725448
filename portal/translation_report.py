"""Which translated pages are missing, incomplete, out of date or current (SPEC N11).

Read-only. A translation is *out of date* when its source page was published after the
snapshot the translation is based on (wagtail-localize's TranslationSource.last_updated_at), or
when that snapshot was refreshed and the translation has not been saved since. *Incomplete*
means some source strings have no translation yet, so readers see source-language text.
A page that exists in a language only as a synchronised copy (an alias) is *missing*.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Case, Count, Exists, IntegerField, Max, OuterRef, Sum, Value, When
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

MISSING = "missing"
OUT_OF_DATE = "out_of_date"
INCOMPLETE = "incomplete"
CURRENT = "current"

STATUS_LABELS = {
    MISSING: _("Missing"),
    OUT_OF_DATE: _("Out of date"),
    INCOMPLETE: _("Incomplete"),
    CURRENT: _("Current"),
}


@dataclass
class Cell:
    locale: Locale
    status: str
    page: Page | None = None
    done: int = 0
    total: int = 0

    @property
    def label(self) -> str:
        return str(STATUS_LABELS[self.status])


@dataclass
class Row:
    page: Page
    cells: list[Cell] = field(default_factory=list)

    @property
    def statuses(self) -> set[str]:
        return {cell.status for cell in self.cells}


def target_locales() -> list[Locale]:
    order = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}
    locales = Locale.objects.exclude(language_code=settings.LANGUAGE_CODE)
    return sorted(locales, key=lambda loc: order.get(loc.language_code, 99))


def build_report(source_locale: Locale | None = None) -> tuple[list[Locale], list[Row]]:
    """One row per page of the source tree, one cell per other language.

    A fixed number of queries: pages, their counterparts, sources, translations, logs, and one
    progress query per language.
    """
    source_locale = source_locale or Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    locales = target_locales()
    pages = list(
        Page.objects.filter(locale=source_locale, depth__gt=1)
        .order_by("path")
        .select_related("content_type")
    )
    keys = [p.translation_key for p in pages]
    counterparts = {
        (p.translation_key, p.locale_id): p
        for p in Page.objects.filter(translation_key__in=keys).exclude(locale=source_locale)
    }
    sources = {
        s.object_id: s
        for s in TranslationSource.objects.filter(object_id__in=keys, locale=source_locale)
    }
    source_ids = [s.pk for s in sources.values()]
    translations = {
        (t.source_id, t.target_locale_id): t
        for t in Translation.objects.filter(source_id__in=source_ids, enabled=True)
    }
    last_saved = {
        (row["source_id"], row["locale_id"]): row["last"]
        for row in TranslationLog.objects.filter(source_id__in=source_ids)
        .values("source_id", "locale_id")
        .annotate(last=Max("created_at"))
    }
    progress = {locale.pk: _progress(source_ids, locale) for locale in locales}

    rows = []
    for page in pages:
        row = Row(page=page)
        source = sources.get(page.translation_key)
        for locale in locales:
            target = counterparts.get((page.translation_key, locale.pk))
            row.cells.append(
                _cell(page, locale, target, source, translations, last_saved, progress)
            )
        rows.append(row)
    return locales, rows


def _cell(page, locale, target, source, translations, last_saved, progress) -> Cell:
    if target is None or target.alias_of_id is not None or not target.live:
        return Cell(locale, MISSING, target)
    translation = translations.get((source.pk, locale.pk)) if source else None
    if translation is None:
        # Translated by hand outside wagtail-localize: compare publication times only.
        source_time, target_time = page.last_published_at, target.last_published_at
        stale = bool(source_time and target_time and source_time > target_time)
        return Cell(locale, OUT_OF_DATE if stale else CURRENT, target)
    total, done = progress[locale.pk].get(source.pk, (0, 0))
    saved = last_saved.get((source.pk, locale.pk))
    source_changed = bool(
        page.last_published_at and page.last_published_at > source.last_updated_at
    )
    snapshot_unsaved = bool(saved is None or source.last_updated_at > saved)
    if source_changed or snapshot_unsaved:
        status = OUT_OF_DATE
    elif done < total:
        status = INCOMPLETE
    else:
        status = CURRENT
    return Cell(locale, status, target, done=done, total=total)


def _progress(source_ids: list[int], locale: Locale) -> dict[int, tuple[int, int]]:
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=locale.pk,
        has_error=False,
    )
    rows = (
        StringSegment.objects.filter(source_id__in=source_ids)
        .annotate(is_translated=Exists(translated))
        .values("source_id")
        .annotate(
            total=Count("id"),
            done=Sum(
                Case(
                    When(is_translated=True, then=Value(1)),
                    default=Value(0),
                    output_field=IntegerField(),
                )
            ),
        )
    )
    return {row["source_id"]: (row["total"], row["done"] or 0) for row in rows}
