"""A page shown in another language says so, in the reader's language, and marks the text with
its language (portal/translation_fallback.py): a synchronised copy (alias) of an untranslated
page, a translation with none of its text translated, and one with parts missing."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal import page_cache
from portal.localization import translate_page
from portal.models import StandardPage
from tests.content_helpers import make_site

NOTICE = 'class="translation-notice'


@pytest.fixture
def site(db):
    site = make_site(("ja", "en", "ko"))
    guide = StandardPage(
        title="手続きの案内",
        slug="guide",
        locale=site["locales"]["ja"],
        introduction="案内の紹介",
        body=[("paragraph", "<p>第一段落です。</p>"), ("paragraph", "<p>第二段落です。</p>")],
    )
    site["home"].add_child(instance=guide)
    guide.save_revision().publish()
    return {**site, "guide": guide}


def alias_in(page, language, site):
    """The synchronised copy wagtail-localize keeps in `language` until the page is
    translated."""
    locale = site["locales"][language]
    parent = page.get_parent().get_translation(locale)
    return page.create_alias(parent=parent, update_locale=locale, reset_translation_key=False)


def fallback_wrapper(html: str) -> str | None:
    """The `lang` of the element wrapping the page's content in another language, if any."""
    match = re.search(r'<div class="translation-fallback" lang="([\w-]+)"', html)
    return match.group(1) if match else None


@pytest.mark.django_db
def test_an_untranslated_alias_says_so_in_the_readers_language_and_marks_the_text(client, site):
    alias_in(site["guide"], "ko", site)
    html = client.get("/ko/guide/").content.decode()
    assert NOTICE in html
    assert "이 페이지는 아직 한국어로 번역되지 않았습니다. 일본어로 표시됩니다." in html
    assert '<a href="/ja/guide/" hreflang="ja">' in html
    assert fallback_wrapper(html) == "ja"
    # The Japanese text is inside the wrapper; the notice, header and footer are not.
    wrapped = html.split('<div class="translation-fallback" lang="ja">', 1)[1]
    assert "第一段落です。" in wrapped
    assert NOTICE not in wrapped
    assert html.startswith('<!DOCTYPE html>\n\n<html lang="ko"')
    assert "출입국" in html.split("<main", 1)[0]  # the header stays Korean


@pytest.mark.django_db
def test_the_notice_names_the_readers_language_in_english_too(client, site):
    alias_in(site["guide"], "en", site)
    html = client.get("/en/guide/").content.decode()
    assert "This page has not been translated into English yet. It is shown in Japanese." in html
    assert fallback_wrapper(html) == "ja"


@pytest.mark.django_db
def test_a_translated_page_and_the_source_page_show_no_notice(client, site):
    for url in ("/ja/about/", "/en/about/", "/ko/about/", "/ja/guide/"):
        html = client.get(url).content.decode()
        assert NOTICE not in html, url
        assert fallback_wrapper(html) is None, url


@pytest.mark.django_db
def test_a_translation_with_only_its_title_translated_is_untranslated(client, site):
    translate_page(site["guide"], "en", {"手続きの案内": "Guide", "guide": "guide"})
    html = client.get("/en/guide/").content.decode()
    assert "<h1>Guide</h1>" in html
    assert "This page has not been translated into English yet." in html
    assert fallback_wrapper(html) == "ja"


@pytest.mark.django_db
def test_a_translation_with_parts_missing_says_so_without_marking_the_whole_text(client, site):
    strings = {
        "手続きの案内": "Guide",
        "guide": "guide",
        "案内の紹介": "About this guide",
        "第一段落です。": "The first paragraph.",
    }
    translate_page(site["guide"], "en", strings)
    html = client.get("/en/guide/").content.decode()
    assert "Parts of this page are not translated into English yet." in html
    assert "第二段落です。" in html and "The first paragraph." in html
    assert fallback_wrapper(html) is None  # mixed text: no single language to mark

    translate_page(site["guide"], "en", {**strings, "第二段落です。": "The second paragraph."})
    html = client.get("/en/guide/").content.decode()
    assert NOTICE not in html


@pytest.fixture
def cached(settings):
    settings.PORTAL_PAGE_CACHE = True
    page_cache.purge("test start")
    yield settings
    page_cache.purge("test end")


@pytest.mark.django_db
def test_the_notice_is_cached_with_the_page_and_goes_when_the_translation_is_published(
    client, site, cached
):
    alias_in(site["guide"], "en", site)
    first = client.get("/en/guide/")
    assert first[page_cache.HIT_HEADER] == "miss" and NOTICE in first.content.decode()
    again = client.get("/en/guide/")
    assert again[page_cache.HIT_HEADER] == "hit" and NOTICE in again.content.decode()
    # Rendered afresh with warm fragments, the state costs no query.
    client.get("/en/guide/?fresh=1")
    with CaptureQueriesContext(connection) as captured:
        client.get("/en/guide/?fresh=1")
    assert not [q for q in captured.captured_queries if "wagtail_localize" in q["sql"]]

    strings = {
        "手続きの案内": "Guide",
        "guide": "guide",
        "案内の紹介": "About this guide",
        "第一段落です。": "The first paragraph.",
        "第二段落です。": "The second paragraph.",
    }
    translate_page(site["guide"], "en", strings)  # publishing purges
    html = client.get("/en/guide/").content.decode()
    assert "The first paragraph." in html
    assert NOTICE not in html
