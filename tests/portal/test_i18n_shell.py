"""The eight-language site shell: URLs, `lang`, the switcher and the seeded page trees."""

import re

import pytest

from django.conf import settings

from wagtail.models import Locale, Page

from portal.models import HomePage, StandardPage

LANGS = [code for code, _ in settings.LANGUAGES]


@pytest.mark.django_db
def test_root_redirects_to_japanese(client, demo_site):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/ja/"


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGS)
def test_every_language_home_answers_with_its_lang(client, demo_site, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}"' in html
    home = HomePage.objects.get(locale__language_code=code)
    assert f"<h1>{home.title}</h1>" in html


@pytest.mark.django_db
def test_translated_titles_are_really_translated(demo_site):
    titles = {p.locale.language_code: p.title for p in HomePage.objects.select_related("locale")}
    assert set(titles) == set(LANGS)
    # Every language has its own text: no tree is left in the source language.
    assert len(set(titles.values())) == len(LANGS)


@pytest.mark.django_db
def test_switcher_links_to_the_translation_of_the_same_page(client, demo_site):
    html = client.get("/ja/about/").content.decode()
    links = dict(re.findall(r'<a href="([^"]+)" lang="([^"]+)" hreflang', html))
    by_lang = {lang: href for href, lang in links.items()}
    assert by_lang["en"] == "/en/about/"
    assert by_lang["tl"] == "/tl/about/"
    english = client.get(by_lang["en"])
    assert english.status_code == 200
    assert "<h1>About this system</h1>" in english.content.decode()


@pytest.mark.django_db
def test_every_locale_tree_has_the_same_pages(demo_site):
    source = Locale.objects.get(language_code="ja")
    keys = set(
        Page.objects.filter(locale=source, depth__gt=1).values_list("translation_key", flat=True)
    )
    for code in LANGS:
        tree = set(
            Page.objects.filter(locale__language_code=code, depth__gt=1).values_list(
                "translation_key", flat=True
            )
        )
        assert tree == keys, code


@pytest.mark.django_db
def test_seed_demo_is_idempotent(demo_site):
    from django.core.management import call_command

    home = HomePage.objects.get(locale__language_code="ja")
    children = list(home.get_children().values_list("slug", flat=True))
    before = (Page.objects.count(), StandardPage.objects.count(), Locale.objects.count())
    call_command("seed_demo", quiet=True)
    after = (Page.objects.count(), StandardPage.objects.count(), Locale.objects.count())
    assert before == after
    assert list(home.get_children().values_list("slug", flat=True)) == children
    assert len(children) == len(set(children))


@pytest.mark.django_db
def test_unknown_page_gives_a_translated_404(client, demo_site):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    response = client.get("/ja/no-such-page/")
    assert response.status_code == 404
    assert "ページが見つかりません" in response.content.decode()


@pytest.mark.django_db
def test_skip_link_and_print_stylesheet(client, demo_site):
    html = client.get("/ko/").content.decode()
    assert 'href="#main"' in html and 'id="main"' in html
    assert 'media="print"' in html
