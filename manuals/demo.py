"""The demo manuals, downloads page and error list, through `portal.hooks.SEED_DEMO`.

Every page is written in all eight languages and translated through wagtail-localize, so the
translation report can show when a later change of the Japanese source leaves one behind.
"""

from django.conf import settings

from portal import demo_content as content
from portal.models import HomePage
from portal.seeding import digest, ensure_text_document, run_once, translate_all, upsert_child

from .models import DownloadsPage, ErrorListPage, ManualIndexPage, ManualPage

SEED_VERSION = 2


def _document(spec: dict):
    return ensure_text_document(spec["title"], spec["filename"], spec["text"])


def _manual_stream(fields: dict, document) -> list[dict]:
    stream = []
    last = len(fields["sections"]) - 1
    for position, section in enumerate(fields["sections"]):
        documents = [{"document": document.pk, "label": ""}] if position == last else []
        stream.append(
            {
                "type": "section",
                "value": {
                    "title": section["title"],
                    "body": section["body"],
                    "documents": documents,
                },
            }
        )
    return stream


def _download_stream(fields: dict, leaflet) -> list[dict]:
    stream = []
    for item in fields["items"]:
        if "download" in item:
            value = {k: item[k] for k in ("download", "title", "description")}
            stream.append({"type": "generated", "value": value})
        else:
            value = {
                "document": leaflet.pk,
                "title": item["title"],
                "description": item["description"],
            }
            stream.append({"type": "document", "value": value})
    return stream


def _spec_without_keys(spec: dict, drop: tuple[str, ...]) -> dict:
    """The translatable part of a spec: ids and choices are the same in every language."""
    cleaned = {}
    for code, _name in settings.LANGUAGES:
        if code not in spec:
            continue
        fields = dict(spec[code])
        if "items" in fields:
            fields["items"] = [
                {k: v for k, v in item.items() if k not in drop} for item in fields["items"]
            ]
        cleaned[code] = fields
    return cleaned


def build() -> None:
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    index_spec = content.MANUAL_INDEX
    index = upsert_child(
        home,
        ManualIndexPage,
        index_spec["slug"],
        title=index_spec["ja"]["title"],
        intro=index_spec["ja"]["intro"],
    )
    translate_all(index, index_spec)
    for spec in content.MANUALS:
        document = _document(spec["document"])
        fields = spec["ja"]
        page = upsert_child(
            index,
            ManualPage,
            spec["slug"],
            title=fields["title"],
            intro=fields["intro"],
            audience=spec["audience"],
            sections=_manual_stream(fields, document),
        )
        translate_all(page, spec)
    downloads = content.DOWNLOADS
    leaflet = _document(downloads["leaflet"])
    page = upsert_child(
        index,
        DownloadsPage,
        downloads["slug"],
        title=downloads["ja"]["title"],
        intro=downloads["ja"]["intro"],
        items=_download_stream(downloads["ja"], leaflet),
    )
    translate_all(page, _spec_without_keys(downloads, ("download", "document")))
    errors = content.ERROR_LIST
    page = upsert_child(
        index,
        ErrorListPage,
        errors["slug"],
        title=errors["ja"]["title"],
        intro=errors["ja"]["intro"],
    )
    translate_all(page, errors)


def exists() -> bool:
    languages = len(settings.LANGUAGES)
    return ManualIndexPage.objects.live().count() >= languages and (
        ManualPage.objects.live().count() >= languages * len(content.MANUALS)
    )


def seed(stdout) -> None:
    fingerprint = digest(
        SEED_VERSION,
        content.MANUAL_INDEX,
        content.MANUALS,
        content.DOWNLOADS,
        content.ERROR_LIST,
    )
    if run_once("manuals", fingerprint, build, exists=exists()):
        stdout.write("Manuals built.")
