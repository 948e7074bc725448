"""Navigation and discovery: breadcrumbs, site search per language, sitemap with hreflang,
and the friendly error pages (404, and 500 with a reference to quote)."""

import re

import pytest

from portal.models import StandardPage
from tests.content_helpers import make_site


@pytest.fixture
def site(db):
    site = make_site(("ja", "en"))
    child = StandardPage(title="詳しい説明", slug="details", locale=site["locales"]["ja"])
    site["about"].add_child(instance=child)
    child.save_revision().publish()
    return {**site, "child": child}


@pytest.mark.django_db
def test_breadcrumbs_lead_back_to_the_top(client, site):
    html = client.get("/ja/about/details/").content.decode()
    crumbs = html[
        html.index('class="breadcrumbs"') : html.index("</nav>", html.index('class="breadcrumbs"'))
    ]
    assert re.findall(r'href="([^"]+)"', crumbs) == ["/ja/", "/ja/about/"]
    assert 'aria-current="page">詳しい説明' in crumbs


@pytest.mark.django_db
def test_site_search_stays_in_the_active_language(client, site):
    japanese = client.get("/ja/search/", {"q": "システム"}).content.decode()
    assert 'href="/ja/about/"' in japanese
    english = client.get("/en/search/", {"q": "About"}).content.decode()
    assert 'href="/en/about/"' in english
    assert 'href="/ja/about/"' not in english
    nothing = client.get("/en/search/", {"q": "zzqqxx"}).content.decode()
    assert "No page matches" in nothing


@pytest.mark.django_db
def test_sitemap_lists_every_language_with_hreflang_alternates(client, site, settings):
    settings.PORTAL_PUBLIC_BASE_URL = "https://portal.example.jp"
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert "<loc>https://portal.example.jp/ja/about/</loc>" in xml
    assert "<loc>https://portal.example.jp/en/about/</loc>" in xml
    assert 'hreflang="en" href="https://portal.example.jp/en/about/"' in xml
    assert 'hreflang="ja" href="https://portal.example.jp/ja/about/"' in xml
    assert "localhost" not in xml and "testserver" not in xml


@pytest.mark.django_db
@pytest.mark.urls("tests.portal.maintenance_urls")
def test_server_error_page_is_friendly_and_gives_a_reference(client, site, caplog):
    client.raise_request_exception = False
    response = client.get("/en/broken/")
    assert response.status_code == 500
    reference = response["X-Correlation-ID"]
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert reference in html and "A system error occurred" in html
    assert any(reference in record.getMessage() for record in caplog.records)
    japanese = client.get("/ja/broken/").content.decode()
    assert '<html lang="ja">' in japanese
