"""The way in (C1): from the top page and the two entry pages to every service by links, the
header's sign-in or "My page" on every page, and My page's way on, in every language."""

from __future__ import annotations

import re

import pytest

from django.conf import settings

from filings import service_pages
from portal import page_cache
from portal.page_cache import HIT_HEADER
from tests.factories import ResidentUserFactory

LANGS = [code for code, _ in settings.LANGUAGES]

RESIDENT_SERVICES = [
    service_pages.CHECK,
    service_pages.ACCOUNT,
    service_pages.FILING,
    service_pages.STATUS,
]
ORGANIZATION_SERVICES = [
    service_pages.ORGANIZATION_REGISTRATION,
    service_pages.ACCOUNT,
    service_pages.FILING,
    service_pages.BULK,
]


def hrefs(html: str) -> set[str]:
    return set(re.findall(r'href="([^"]+)"', html))


def service_url(key: str, code: str) -> str:
    page = service_pages.live_page_for_language(key, code)
    assert page is not None, (key, code)
    return page.url


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGS)
def test_the_top_page_leads_to_every_service(client, demo_site, code):
    html = client.get(f"/{code}/").content.decode()
    links = hrefs(html)
    for key in {*RESIDENT_SERVICES, *ORGANIZATION_SERVICES}:
        assert service_url(key, code) in links, (code, key)
    assert 'class="service-links service-links--residents"' in html
    assert 'class="service-links service-links--organizations"' in html


@pytest.mark.django_db
def test_the_entry_pages_lead_to_their_services(client, demo_site):
    residents = hrefs(client.get("/tl/residents/").content.decode())
    for key in RESIDENT_SERVICES:
        assert service_url(key, "tl") in residents, key
    organizations = client.get("/pt/organizations/").content.decode()
    for key in ORGANIZATION_SERVICES:
        assert service_url(key, "pt") in hrefs(organizations), key
    # The templates for bulk filing are one click away too.
    assert "/pt/manuals/downloads/" in hrefs(organizations)


@pytest.mark.django_db
def test_a_moved_service_page_keeps_its_button(client, demo_site):
    """The buttons hold pages, not addresses: a renamed slug changes every link with it."""
    page = service_pages.live_page_for_language(service_pages.STATUS, "en")
    page.slug = "my-filings"
    page.save_revision().publish()
    html = client.get("/en/").content.decode()
    assert "/en/my-filings/" in hrefs(html)
    assert "/en/status/" not in hrefs(html)


@pytest.mark.django_db
def test_the_header_offers_sign_in_and_public_pages_stay_cached(client, demo_site, settings):
    settings.PORTAL_PAGE_CACHE = True
    settings.PORTAL_PAGE_CACHE_SECONDS = 60
    page_cache.purge("test start")
    first = client.get("/ko/about/")
    html = first.content.decode()
    sign_in = service_url(service_pages.ACCOUNT, "ko") + "login/"
    assert f'href="{sign_in}"' in html
    assert "마이페이지" not in html
    again = client.get("/ko/about/")
    assert again[HIT_HEADER] == "hit"  # the header did not make the page personal


@pytest.mark.django_db
def test_a_signed_in_resident_sees_their_name_my_page_and_sign_out_everywhere(client, demo_site):
    user = ResidentUserFactory(first_name="Lan", last_name="Nguyen")
    client.force_login(user)
    account = service_url(service_pages.ACCOUNT, "es")
    for path in ("/es/", "/es/about/", "/es/qa/", service_url(service_pages.STATUS, "es")):
        response = client.get(path)
        html = response.content.decode()
        assert "Sesión iniciada como Lan Nguyen" in html, path
        assert f'href="{account}profile/"' in html, path
        assert f'action="{account}logout/"' in html, path
        assert f'href="{account}login/"' not in html, path
        assert HIT_HEADER not in response or response[HIT_HEADER] != "hit", path


@pytest.mark.django_db
def test_staff_get_no_filer_menu(admin_client, demo_site):
    html = admin_client.get("/en/about/").content.decode()
    assert "account-menu" not in html


@pytest.mark.django_db
def test_my_page_leads_to_filing_filings_and_inbox(client, demo_site):
    user = ResidentUserFactory()
    client.force_login(user)
    account = service_url(service_pages.ACCOUNT, "en")
    html = client.get(f"{account}profile/").content.decode()
    links = hrefs(html)
    assert service_url(service_pages.FILING, "en") in links
    assert service_url(service_pages.STATUS, "en") in links
    assert f"{account}inbox/" in links
    assert service_url(service_pages.BULK, "en") not in links  # residents file one by one
    assert "<h1>My page</h1>" in html
