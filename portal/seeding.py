"""Building blocks for the demo seed, shared by every app's part of `manage.py seed_demo`.

Pages are described once per language with the same shape (see portal/demo_content.py). The
Japanese description is saved and published as the page; every other language is lined up with
it segment by segment and handed to wagtail-localize through `portal.localization.translate_page`,
exactly as a translator's work would be stored.
"""

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.db.models import Model

from wagtail.documents import get_document_model
from wagtail.models import Collection, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.strings import StringValue, extract_strings

from .localization import translate_page
from .models import SeedRecord

SOURCE_LANGUAGE = "ja"


class SeedContentError(ValueError):
    """The demo content of two languages does not have the same shape."""


def digest(*parts: Any) -> str:
    """A stable fingerprint of demo content (and of the seed code version passed with it)."""
    payload = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


def run_once(name: str, fingerprint: str, build: Callable[[], None], *, exists: bool) -> bool:
    """Run `build` unless the same content was already built and its pages still exist.

    Returns whether it ran. The record is written after `build`, inside the caller's
    transaction, so a failed build is retried next time.
    """
    record = SeedRecord.objects.filter(name=name).first()
    if exists and record is not None and record.digest == fingerprint:
        return False
    build()
    SeedRecord.objects.update_or_create(name=name, defaults={"digest": fingerprint})
    return True


def _units(value: Any, path: str = "") -> list[tuple[str, str, str]]:
    """Flatten a page description into (path, kind, text) units in a fixed order."""
    if value is None:
        return []
    if isinstance(value, str):
        return [(path, "html" if value.lstrip().startswith("<") else "text", value)]
    if isinstance(value, Mapping):
        units = []
        for key in value:
            units += _units(value[key], f"{path}.{key}")
        return units
    if isinstance(value, (list, tuple)):
        units = []
        for position, item in enumerate(value):
            units += _units(item, f"{path}[{position}]")
        return units
    return []


def segment_map(source: Mapping, target: Mapping) -> dict[str, str]:
    """Pair every source segment with its translation, as wagtail-localize extracts them.

    Plain text is one segment; rich text is split into its paragraphs and list items, each with
    its inline tags written as wagtail-localize does (``<a id="a1">``). Both descriptions must
    have the same shape; a mismatch is an error in the demo content, reported with its path.
    """
    pairs: dict[str, str] = {}
    target_units = {path: (kind, text) for path, kind, text in _units(target)}
    for path, kind, text in _units(source):
        if path not in target_units:
            continue  # not translated (yet): wagtail-localize keeps the source text
        _target_kind, translated = target_units[path]
        if kind == "text":
            # Plain fields are stored HTML-escaped in wagtail-localize ("Q&A" -> "Q&amp;A").
            pairs[StringValue.from_plaintext(text).data] = StringValue.from_plaintext(
                translated
            ).data
            continue
        _template, source_strings = extract_strings(text)
        _template, target_strings = extract_strings(translated)
        if len(source_strings) != len(target_strings):
            raise SeedContentError(
                f"{path}: {len(source_strings)} segments in the source, "
                f"{len(target_strings)} in the translation"
            )
        for (source_string, _attrs), (target_string, _tattrs) in zip(
            source_strings, target_strings, strict=True
        ):
            pairs[source_string.data] = target_string.data
    return pairs


def upsert_child(parent: Page, model: type[Page], slug: str, **fields) -> Page:
    """Create the child `slug` of `parent` or update it, then publish it."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, locale=parent.locale, **fields)
        parent.add_child(instance=page)
    else:
        for key, value in fields.items():
            setattr(page, key, value)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate_all(page: Page, spec: Mapping, languages: Iterable[str] | None = None) -> int:
    """Translate `page` into every language `spec` describes (other than the source)."""
    count = 0
    codes = [code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE]
    for code in languages or codes:
        if not isinstance(spec.get(code), Mapping):
            continue
        strings = segment_map(spec[SOURCE_LANGUAGE], spec[code])
        strings.setdefault(
            page.slug, page.slug
        )  # one slug in every language: /ja/about/, /en/about/
        translate_page(page, code, strings)
        count += 1
    return count


def translate_object(instance: Model, language_code: str, strings: Mapping[str, str]) -> Model:
    """`translate_page` for snippets: translations of snippets are saved at once."""
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    for entry in po:
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
    translation.import_po(po, translation_type="manual", tool_name="seed")
    translation.save_target(publish=True)
    return instance.get_translation(locale)


def ensure_text_document(title: str, filename: str, text: str):
    """A small UTF-8 text document in Wagtail's document library, created once."""
    if Collection.get_first_root_node() is None:  # a flushed database (transactional tests)
        Collection.add_root(name="Root")
    document_model = get_document_model()
    document = document_model.objects.filter(title=title).first()
    content = text.encode("utf-8")
    if document is not None:
        try:
            with document.file.open("rb") as handle:
                if handle.read() == content:
                    return document
        except (FileNotFoundError, ValueError):
            pass
        document.file.save(filename, ContentFile(content), save=False)
        document.file_size = len(content)
        document.file_hash = ""
        document.save()
        return document
    document = document_model(title=title)
    document.file.save(filename, ContentFile(content), save=False)
    document.file_size = len(content)
    document.save()
    return document


def service_group(home: Page, audience: str, slugs: Iterable[str]) -> dict:
    """The stored value of a service links block: the pages of `slugs` below `home`, in the
    top page's language and in the order given, labelled with their own titles."""
    slugs = list(slugs)
    pages = {
        page.slug: page.pk
        for page in Page.objects.descendant_of(home).filter(
            locale_id=home.locale_id, slug__in=slugs
        )
    }
    return {
        "audience": audience,
        "links": [
            {"page": pages[slug], "label": "", "description": ""} for slug in slugs if slug in pages
        ],
    }
