"""The demo as `make run` builds it: every page type in eight languages, real translations,
an honest translation report, and a query budget on the biggest public pages."""

import pytest

from django.conf import settings

from wagtail.models import Page
from wagtail_localize.models import StringTranslation, TranslationSource

from faq.models import FAQIndexPage, FAQSectionPage
from manuals.models import DownloadsPage, ErrorListPage, ManualIndexPage, ManualPage
from portal.models import HomePage, NoticeIndexPage, NoticePage, StandardPage
from portal.translation_report import CURRENT, INCOMPLETE, build_report

LANGS = [code for code, _ in settings.LANGUAGES]
PAGE_TYPES = [
    HomePage,
    StandardPage,
    NoticeIndexPage,
    NoticePage,
    FAQIndexPage,
    FAQSectionPage,
    ManualIndexPage,
    ManualPage,
    DownloadsPage,
    ErrorListPage,
]


@pytest.mark.django_db
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_every_page_type_exists_live_in_every_language(demo_site, model):
    languages = set(model.objects.live().values_list("locale__language_code", flat=True))
    assert languages == set(LANGS)


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGS)
def test_every_public_page_answers_in_every_language(client, demo_site, code):
    # The reading pages of the content apps; filing pages ask for a login and have own tests.
    pages = Page.objects.live().filter(
        locale__language_code=code,
        depth__gte=2,
        content_type__app_label__in=["portal", "faq", "manuals"],
    )
    assert pages.count() >= 20
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert f'<html lang="{code}"' in response.content.decode()


@pytest.mark.django_db
def test_reading_pages_are_translated_into_every_language(demo_site):
    for model in (HomePage, StandardPage, NoticePage, FAQIndexPage, FAQSectionPage):
        source = model.objects.filter(locale__language_code="ja").first()
        titles = dict(
            model.objects.filter(translation_key=source.translation_key).values_list(
                "locale__language_code", "title"
            )
        )
        assert set(titles) == set(LANGS), model
        # Every language has its own text (Spanish and Portuguese may share a word or two).
        assert all(titles[code] != source.title for code in LANGS if code != "ja"), titles
        assert len(set(titles.values())) >= len(LANGS) - 1, titles


@pytest.mark.django_db
def test_the_report_shows_honestly_what_is_left(demo_site):
    def statuses():
        _locales, rows = build_report()
        return {
            row.page.slug: {cell.locale.language_code: cell.status for cell in row.cells}
            for row in rows
        }

    status = statuses()
    assert set(status["about"].values()) == {CURRENT}
    assert set(status["basics"].values()) == {CURRENT}
    assert set(status["operation"].values()) == {CURRENT}
    # One Korean string of the section taken away: that one cell, and only it, is incomplete.
    operation = FAQSectionPage.objects.get(slug="operation", locale__language_code="ja")
    source = TranslationSource.objects.get(object_id=operation.translation_key)
    dropped = StringTranslation.objects.filter(
        locale__language_code="ko",
        translation_of__segments__source=source,
    ).first()
    dropped.delete()
    status = statuses()
    assert status["operation"]["ko"] == INCOMPLETE
    assert status["operation"]["en"] == CURRENT
    assert status["basics"]["ko"] == CURRENT
    assert (
        status["residents"]["en"] == CURRENT
    )  # pages under manuals/ and the top level share slugs
    assert set(status["downloads"].values()) == {CURRENT}


@pytest.mark.django_db
def test_top_page_shows_the_help_desk_and_links(client, demo_site):
    html = client.get("/en/").content.decode()
    assert "0570-000-000" in html
    for slug in (
        "about",
        "filings-and-methods",
        "qa",
        "manuals",
        "terms",
        "environment",
        "contact",
    ):
        assert f'href="/en/{slug}/"' in html
    assert 'href="/en/residents/"' in html and 'href="/en/organizations/"' in html


QA_PAGE_QUERIES = 20
TOP_PAGE_QUERIES = 30
NOTICE_PAGE_QUERIES = 25


@pytest.mark.django_db
def test_public_pages_stay_within_a_fixed_query_budget(
    client, demo_site, django_assert_max_num_queries
):
    notice = NoticePage.objects.live().filter(locale__language_code="ja").first()
    for url, budget in (
        ("/ja/", TOP_PAGE_QUERIES),
        ("/ja/qa/", QA_PAGE_QUERIES),
        ("/ja/qa/operation/", QA_PAGE_QUERIES),
        ("/ja/qa/?q=パスワード", QA_PAGE_QUERIES),
        (notice.url, NOTICE_PAGE_QUERIES),
    ):
        client.get(url)  # warm per-process caches
        with django_assert_max_num_queries(budget):
            assert client.get(url).status_code == 200, url
