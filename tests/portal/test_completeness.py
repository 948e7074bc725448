"""Everything exists in all eight languages (SPEC L1, N5).

- every gettext catalogue has every message translated (no empty or fuzzy entry), and every
  message the code and templates use is in every catalogue (a string added since the last
  `make messages` fails here, by name, instead of showing up in English);
- every mail template renders in every language, and each message it uses is translated;
- every entry of the error catalogue has its message (and remedy) in every language;
- every published page of the demo site exists in all eight locale trees (translated or
  synchronised by wagtail-localize).
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import polib
import pytest
from babel.messages.extract import extract

from django.conf import settings
from django.utils.translation import to_locale
from django.utils.translation.template import templatize

from wagtail.models import Locale, Page

from filings import errors
from filings.models import Mail
from filings.services.mail import render

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Where `make messages` looks (it ignores .venv, var and tests), and what Django's
# makemessages reads by default: .py, .html and .txt.
SOURCE_DIRS = ("portal", "filings", "faq", "manuals", "templates")
EXTENSIONS = (".py", ".html", ".txt")
# Django's gettext keywords, as makemessages passes them to xgettext.
KEYWORDS = {
    "_": None,
    "gettext": None,
    "gettext_lazy": None,
    "gettext_noop": None,
    "ngettext": (1, 2),
    "ngettext_lazy": (1, 2),
    "pgettext": ((1, "c"), 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "npgettext_lazy": ((1, "c"), 2, 3),
}
MAIL_DIR = ROOT / "templates" / "filings" / "mail"


def catalogue_path(language: str) -> Path:
    return ROOT / "locale" / to_locale(language) / "LC_MESSAGES" / "django.po"


@cache
def catalogue(language: str) -> polib.POFile:
    return polib.pofile(str(catalogue_path(language)))


def _key(context: str | None, msgid: str) -> tuple[str, str]:
    return (context or "", msgid)


@cache
def translated(language: str) -> frozenset[tuple[str, str]]:
    """(context, msgid) of the entries that are translated and not fuzzy."""
    return frozenset(
        _key(entry.msgctxt, entry.msgid)
        for entry in catalogue(language)
        if not entry.obsolete and not entry.fuzzy and entry.translated()
    )


def messages_in(path: Path) -> list[tuple[str, str, int]]:
    """(context, msgid, line) of every translatable message in a .py file or a template, read
    the way makemessages reads it (templates through Django's own templatize)."""
    source = path.read_text(encoding="utf-8")
    if path.suffix != ".py":
        if "i18n" not in source:
            return []
        # templatize keeps the template's indentation on the lines it blanks out, which the
        # Python tokenizer would take for blocks; gettext calls never span a line start.
        source = "\n".join(
            line.lstrip() for line in templatize(source, origin=str(path)).splitlines()
        )
    found = []
    for lineno, message, _comments, context in extract(
        "python", io.BytesIO(source.encode()), keywords=KEYWORDS, options={"encoding": "utf-8"}
    ):
        for msgid in message if isinstance(message, tuple) else (message,):
            if msgid:
                found.append((context or "", msgid, lineno))
                break  # a plural is one entry, keyed by its singular
    return found


def source_files() -> list[Path]:
    files = []
    for directory in SOURCE_DIRS:
        for path in sorted((ROOT / directory).rglob("*")):
            if path.suffix in EXTENSIONS and "migrations" not in path.parts:
                files.append(path)
    return files


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_catalogue_entry_is_translated(language):
    po = catalogue(language)
    problems = [
        f"{'fuzzy' if entry.fuzzy else 'empty'}: {entry.msgid[:80]!r} "
        f"({', '.join(f'{f}:{n}' for f, n in entry.occurrences[:2])})"
        for entry in po
        if not entry.obsolete and (entry.fuzzy or not entry.translated())
    ]
    assert len(po) > 100
    assert problems == [], f"{catalogue_path(language)}: {len(problems)} entries\n" + "\n".join(
        problems
    )


def test_every_message_of_the_code_is_translated_in_every_catalogue():
    used: dict[tuple[str, str], str] = {}
    for path in source_files():
        for context, msgid, line in messages_in(path):
            used.setdefault((context, msgid), f"{path.relative_to(ROOT)}:{line}")
    assert len(used) > 500  # the extraction found the project's messages
    missing = {
        language: sorted(key for key in used if key not in translated(language))
        for language in LANGUAGES
    }
    report = [
        f"{language}: {len(keys)} untranslated, e.g.\n"
        + "\n".join(f"    {used[key]}  {key[1][:90]!r}" for key in keys[:15])
        for language, keys in missing.items()
        if keys
    ]
    assert report == [], "Messages not (yet) in the catalogues:\n" + "\n".join(report)


def mail_templates() -> list[str]:
    return sorted(p.name.removesuffix(".subject.txt") for p in MAIL_DIR.glob("*.subject.txt"))


# Values for every variable the mail templates use; missing ones would render empty, which
# is still a render, but the kinds and dates go through filters that must work.
MAIL_CONTEXT = {
    "kind": "activity_org_left",
    "second_kind": "activity_org_transferred",
    "receipt_number": "20261126-ABCDEFGH",
    "auth_id": "lan.nguyen",
    "name": "NGUYEN THI LAN",
    "organization": "デモ国際大学",
    "organization_name": "デモ国際大学",
    "reference_number": "ORG-ABCDEFGH",
    "due_date": "2026-12-07",
    "event_date": "2026-11-23",
    "expires_on": "2026-12-31",
    "stay_ends_on": "2027-03-31",
    "snapshot_date": "2026-11-01",
    "status_url": "https://portal.example.jp/ja/status/",
    "url": "https://portal.example.jp/ja/",
    "code": "ABCDEFGH",
    "confirm_url": "https://portal.example.jp/confirm/",
    "activation_url": "https://portal.example.jp/activate/",
    "errors": ["E-FIELD-REQUIRED"],
    "filename": "bulk.xlsx",
    "rows": 300,
    "done": 298,
    "count": 2,
    "days": 3,
    "hours": 1,
    "minutes": 30,
    "due": "2026-12-07",
    "valid_until": "2027-03-31",
    "received_at": "2026-11-26T10:00:00+09:00",
    "filing_id": "0b0e9c3e-2f6b-4a43-9d0c-5b8c1a7d2e11",
    "upload_id": "0b0e9c3e-2f6b-4a43-9d0c-5b8c1a7d2e12",
    "reset_url": "https://portal.example.jp/reset/",
}
# Where one name means something else in another template.
MAIL_CONTEXT_FOR = {"bulk_completed": {"errors": 2}, "bulk_reception_error": {"problems": 3}}


def test_mail_templates_exist_in_subject_and_body_pairs():
    names = mail_templates()
    assert len(names) >= 10
    for name in names:
        assert (MAIL_DIR / f"{name}.body.txt").exists(), name


@pytest.mark.parametrize("template", mail_templates())
def test_every_mail_renders_in_every_language_with_translated_messages(template):
    used = messages_in(MAIL_DIR / f"{template}.subject.txt")
    used += messages_in(MAIL_DIR / f"{template}.body.txt")
    used += messages_in(MAIL_DIR / "_footer.txt")
    assert used, f"{template} has no translatable text"
    rendered = {}
    for language in LANGUAGES:
        context = {**MAIL_CONTEXT, **MAIL_CONTEXT_FOR.get(template, {})}
        mail = Mail(template=template, language_code=language, context=context)
        rendered[language] = render(mail)
        assert rendered[language].subject.strip() and rendered[language].body.strip()
        missing = [msgid for ctx, msgid, _line in used if (ctx, msgid) not in translated(language)]
        assert missing == [], f"{template} in {language}: untranslated {missing}"
    # Each language reads differently from English (the catalogue was really used).
    for language in LANGUAGES:
        if language != "en":
            assert rendered[language].body != rendered["en"].body, (template, language)


def test_every_error_catalogue_entry_is_in_every_language():
    problems = []
    for entry in errors.CATALOGUE.values():
        has_remedy = any(entry.remedy.get(language, "").strip() for language in LANGUAGES)
        for language in LANGUAGES:
            if not entry.message.get(language, "").strip():
                problems.append(f"{entry.code}: no message in {language}")
            if has_remedy and not entry.remedy.get(language, "").strip():
                problems.append(f"{entry.code}: no remedy in {language}")
        for language in LANGUAGES:
            # What a reader is shown is their language's entry, not the English fallback.
            assert errors.remedy(entry.code, language) == entry.remedy.get(language, "")
    assert len(errors.CATALOGUE) > 20
    assert problems == [], "\n".join(problems)


@pytest.mark.django_db
def test_every_published_page_exists_in_every_locale_tree(demo_site):
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    assert set(locales) == set(LANGUAGES)
    source = Page.objects.live().filter(locale=locales[settings.LANGUAGE_CODE], depth__gt=1)
    keys = dict(source.values_list("translation_key", "url_path"))
    assert len(keys) > 20  # the demo builds about 25 pages per language
    missing = []
    for language in LANGUAGES:
        present = set(
            Page.objects.live()
            .filter(locale=locales[language], translation_key__in=keys)
            .values_list("translation_key", flat=True)
        )
        missing += [f"{language}: {keys[key]}" for key in keys if key not in present]
    assert missing == [], f"{len(missing)} pages missing:\n" + "\n".join(sorted(missing)[:40])


# --- pages shown in another language say so (portal/translation_fallback.py) -----------------

NOTICE = 'class="translation-notice'
TEXT_FIELDS = ("intro", "introduction", "sections", "body", "items")


def _strings(value) -> list[str]:
    """Every text in a stored field value, without the blocks' ids and types."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [
            s for key, item in value.items() if key not in ("id", "type") for s in _strings(item)
        ]
    if isinstance(value, (list, tuple)):
        return [s for item in value for s in _strings(item)]
    return []


def main_text(page: Page) -> str:
    """The page's own text (introduction and body), as stored: "" when it has none."""
    page = page.specific
    parts = []
    for name in TEXT_FIELDS:
        if hasattr(page, name):
            field = page._meta.get_field(name)
            parts += _strings(field.get_prep_value(getattr(page, name)))
    return "\n".join(part for part in parts if part.strip())


def reading_pages(language: str) -> list[Page]:
    """Every live Q&A and manual page of one language tree."""
    return list(
        Page.objects.live()
        .filter(locale__language_code=language, content_type__app_label__in=("faq", "manuals"))
        .order_by("path")
    )


def unmarked_fallbacks(client, pages: list[Page]) -> tuple[list[str], int]:
    """Pages shown in the source language without the notice and the `lang` wrapper, and pages
    with their own text that are marked as another language's; and how many were shown in
    the source language."""
    problems, fallbacks = [], 0
    source_language = settings.LANGUAGE_CODE
    for page in pages:
        url = page.get_url()
        html = client.get(url).content.decode()
        source = Page.objects.get(
            translation_key=page.translation_key, locale__language_code=source_language
        )
        text = main_text(page)
        marked = f'<div class="translation-fallback" lang="{source_language}"' in html
        if page.alias_of_id is not None or (text and text == main_text(source)):
            fallbacks += 1
            if NOTICE not in html:
                problems.append(f"{url}: shown in {source_language} without the notice")
            if not marked:
                problems.append(f"{url}: its {source_language} text has no lang attribute")
        elif text and marked:
            problems.append(f"{url}: translated, yet marked as {source_language}")
    return problems, fallbacks


@pytest.mark.django_db
def test_qa_and_manual_pages_shown_in_another_language_say_so(client, demo_site):
    from wagtail_localize.models import StringTranslation

    from portal.localization import translate_page

    others = [code for code in LANGUAGES if code != settings.LANGUAGE_CODE]
    pages = [page for code in others for page in reading_pages(code)]
    assert len(pages) >= 7 * 5
    problems, _fallbacks = unmarked_fallbacks(client, pages)
    assert problems == [], "\n".join(problems)

    # The check finds such pages: a Q&A section whose Korean translation has none of its
    # text translated any more, and a manual that exists in Tagalog only as a synchronised
    # copy of the Japanese one.
    korean = Locale.objects.get(language_code="ko")
    tagalog = Locale.objects.get(language_code="tl")
    source_pages = reading_pages(settings.LANGUAGE_CODE)
    section = next(p for p in source_pages if p.specific_class.__name__ == "FAQSectionPage")
    StringTranslation.objects.filter(
        locale=korean, context__object_id=section.translation_key
    ).delete()
    translate_page(section.specific, "ko", {})
    manual = next(p for p in source_pages if p.specific_class.__name__ == "ManualPage")
    manual.get_translation(tagalog).delete()
    parent = manual.get_parent().get_translation(tagalog)
    manual.create_alias(parent=parent, update_locale=tagalog, reset_translation_key=False)

    broken = [section.get_translation(korean), manual.get_translation(tagalog)]
    problems, fallbacks = unmarked_fallbacks(client, broken)
    assert fallbacks == 2
    assert problems == [], "\n".join(problems)
    html = client.get(broken[0].get_url()).content.decode()
    assert "이 페이지는 아직 한국어로 번역되지 않았습니다. 일본어로 표시됩니다." in html
