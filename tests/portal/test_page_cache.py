"""The anonymous page cache: what is kept, what never is, the purge on publishing,
the maintenance banner on cached pages, the CSP nonce, and Redis being down."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail import hooks
from wagtail.models import PageViewRestriction

from portal import page_cache
from portal.localization import translate_page
from portal.models import HelpDeskSettings, MaintenanceWindow, NoticeIndexPage, NoticePage
from portal.page_cache import generation as cache_generation
from tests.content_helpers import make_site
from tests.filings.conftest import make_resident_user

HIT = page_cache.HIT_HEADER


@pytest.fixture
def cached(settings):
    """The page cache on, with a fresh generation so no earlier test's entries apply."""
    settings.PORTAL_PAGE_CACHE = True
    settings.PORTAL_PAGE_CACHE_SECONDS = 60
    page_cache.purge("test start")
    yield settings
    page_cache.purge("test end")


@pytest.fixture
def site(db):
    site = make_site(("ja", "en"))
    index = NoticeIndexPage(title="連絡事項", slug="notices", locale=site["locales"]["ja"])
    site["home"].add_child(instance=index)
    index.save_revision().publish()
    translate_page(index, "en", {"連絡事項": "Notices", "notices": "notices"})
    HelpDeskSettings.load()  # created on first use otherwise, which purges (a setting saved)
    page_cache.purge("site built")
    return {**site, "notices": index}


def add_notice(index, title):
    notice = NoticePage(title=title, locale=index.locale)
    index.add_child(instance=notice)
    notice.save_revision().publish()
    return notice


def fetch(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    return response


# --- what is kept ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_anonymous_page_is_served_from_the_cache_without_a_query(client, cached, site):
    first = fetch(client, "/ja/")
    assert first[HIT] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = fetch(client, "/ja/")
    assert second[HIT] == "hit"
    assert len(queries.captured_queries) == 0
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert second["X-Request-ID"] != first["X-Request-ID"]  # per response, never replayed


@pytest.mark.django_db
def test_cache_headers_let_a_proxy_keep_public_pages_briefly(client, cached, site):
    for response in (fetch(client, "/ja/"), fetch(client, "/ja/")):
        control = {part.strip() for part in response["Cache-Control"].split(",")}
        assert "public" in control
        shared = next(int(p.split("=")[1]) for p in control if p.startswith("s-maxage="))
        assert 0 < shared <= 60  # a proxy or CDN keeps it briefly
        assert "max-age=0" in control  # browsers ask again, so a purge reaches readers at once
        assert "Cookie" in response["Vary"]
        assert "Accept-Language" not in response.get("Vary", "")  # the URL names the language


@pytest.mark.django_db
def test_each_language_is_its_own_entry(client, cached, site):
    fetch(client, "/ja/")
    english = fetch(client, "/en/")
    assert english[HIT] == "miss"
    assert "Home en" in english.content.decode()
    again = fetch(client, "/en/")
    assert again[HIT] == "hit"
    assert "Home en" in again.content.decode()
    assert "ホーム" in fetch(client, "/ja/").content.decode()


# --- the purge -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_publishing_a_notice_purges_the_top_page_in_every_language(client, cached, site):
    for url in ("/ja/", "/en/"):
        fetch(client, url)
        assert fetch(client, url)[HIT] == "hit"

    notice = add_notice(site["notices"], "新しいお知らせ")

    japanese = fetch(client, "/ja/")
    assert japanese[HIT] == "miss"
    assert "新しいお知らせ" in japanese.content.decode()
    assert fetch(client, "/en/")[HIT] == "miss"

    translate_page(notice, "en", {"新しいお知らせ": "A new notice"})
    english = fetch(client, "/en/")
    assert english[HIT] == "miss"
    assert "A new notice" in english.content.decode()


@pytest.mark.django_db
def test_a_process_answers_from_memory_and_sees_another_process_purge_within_a_second(
    client, cached, site, monkeypatch
):
    fetch(client, "/ja/")
    assert fetch(client, "/ja/")[HIT] == "hit"  # read from the shared cache, kept in memory
    calls = []
    original = cache.get_many
    monkeypatch.setattr(cache, "get_many", lambda *a, **k: calls.append(a) or original(*a, **k))
    assert fetch(client, "/ja/")[HIT] == "hit"
    assert calls == []  # no round trip at all
    monkeypatch.undo()

    # Another process publishes: the shared generation changes behind this process's back.
    add_notice_elsewhere = NoticePage(title="よそで公開", locale=site["notices"].locale)
    site["notices"].add_child(instance=add_notice_elsewhere)
    NoticePage.objects.filter(pk=add_notice_elsewhere.pk).update(live=True)
    cache.set(page_cache.GENERATION_KEY, "published-by-another-process", timeout=None)
    assert fetch(client, "/ja/")[HIT] == "hit"  # within the second: the copy in memory
    seen_at, generation = cache_generation._generation_seen
    cache_generation._generation_seen = (
        seen_at - cached.PORTAL_PAGE_CACHE_LOCAL_SECONDS,
        generation,
    )
    response = fetch(client, "/ja/")  # the second is over: the generation is read again
    assert response[HIT] == "miss"
    assert "よそで公開" in response.content.decode()


@pytest.mark.django_db
def test_without_copies_in_memory_every_read_asks_the_shared_cache(
    client, cached, site, monkeypatch
):
    cached.PORTAL_PAGE_CACHE_LOCAL_SECONDS = 0
    fetch(client, "/ja/")
    calls = []
    original = cache.get_many
    monkeypatch.setattr(cache, "get_many", lambda *a, **k: calls.append(a) or original(*a, **k))
    assert fetch(client, "/ja/")[HIT] == "hit"
    assert len(calls) == 1


@pytest.mark.django_db
def test_unpublishing_purges(client, cached, site):
    notice = add_notice(site["notices"], "消えるお知らせ")
    assert "消えるお知らせ" in fetch(client, "/ja/").content.decode()
    assert fetch(client, "/ja/")[HIT] == "hit"
    notice.unpublish()
    response = fetch(client, "/ja/")
    assert response[HIT] == "miss"
    assert "消えるお知らせ" not in response.content.decode()


@pytest.mark.django_db
def test_a_new_view_restriction_purges_and_the_page_is_no_longer_public(client, cached, site):
    fetch(client, "/ja/about/")
    assert fetch(client, "/ja/about/")[HIT] == "hit"
    PageViewRestriction.objects.create(
        page=site["about"], restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get("/ja/about/")
    assert response.status_code == 302
    assert HIT not in response


# --- what is never kept ----------------------------------------------------------------------


@pytest.mark.django_db
def test_signed_in_readers_never_get_or_leave_a_cached_page(client, cached, site):
    fetch(client, "/ja/")
    assert fetch(client, "/ja/")[HIT] == "hit"
    client.force_login(make_resident_user())
    for _ in range(2):
        response = fetch(client, "/ja/")
        assert HIT not in response
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]
        assert "public" not in response["Cache-Control"]


@pytest.mark.django_db
def test_a_session_cookie_bypasses_the_cache(client, cached, site):
    fetch(client, "/ja/")
    client.cookies["sessionid"] = "expired-or-unknown"
    response = fetch(client, "/ja/")
    assert HIT not in response  # rendered, neither read from nor written to the cache
    assert "public" not in response.get("Cache-Control", "")
    assert "ホーム" in response.content.decode()


@pytest.mark.django_db
def test_query_strings_and_posts_are_not_cached(client, cached, site):
    for _ in range(2):
        response = fetch(client, "/ja/?utm_source=mail")
        assert HIT not in response
        assert "public" not in response.get("Cache-Control", "")
    fetch(client, "/ja/")
    posted = client.post("/ja/")
    assert HIT not in posted
    assert "public" not in posted.get("Cache-Control", "")


@pytest.mark.django_db
def test_only_listed_page_types_are_cached(client, cached, site):
    from django.apps import apps

    listed = [apps.get_model(label) for label in cached.PORTAL_PAGE_CACHE_PAGE_TYPES]
    assert all(model._meta.app_label in {"portal", "faq", "manuals"} for model in listed)
    cached.PORTAL_PAGE_CACHE_PAGE_TYPES = ["portal.HomePage"]
    for _ in range(2):
        response = fetch(client, "/ja/about/")
        assert HIT not in response
        assert "public" not in response.get("Cache-Control", "")
    fetch(client, "/ja/")
    assert fetch(client, "/ja/")[HIT] == "hit"


@pytest.mark.django_db
def test_a_page_that_sets_a_cookie_is_not_cached(client, cached, site):
    def set_cookie(page, request, args, kwargs):
        from django.middleware.csrf import get_token

        get_token(request)  # as a page with a POST form would

    with hooks.register_temporarily("before_serve_page", set_cookie):
        for _ in range(2):
            response = fetch(client, "/ja/about/")
            assert response.cookies
            assert HIT not in response


@pytest.mark.django_db
def test_a_page_that_uses_the_csp_nonce_is_never_replayed(client, cached, site):
    """A nonce must differ for every response; a cached copy would repeat it."""

    def use_nonce(page, request, args, kwargs):
        str(request.csp_nonce)

    with hooks.register_temporarily("before_serve_page", use_nonce):
        first = fetch(client, "/ja/about/")
        second = fetch(client, "/ja/about/")
    assert HIT not in first and HIT not in second
    nonces = [
        r["Content-Security-Policy"].split("'nonce-")[1].split("'")[0] for r in (first, second)
    ]
    assert nonces[0] != nonces[1]


@pytest.mark.django_db
def test_cached_pages_carry_no_nonce_at_all(client, cached, site):
    fetch(client, "/ja/")
    response = fetch(client, "/ja/")
    assert response[HIT] == "hit"
    assert "nonce" not in response["Content-Security-Policy"]
    assert "nonce=" not in response.content.decode()
    assert "script-src 'self'" in response["Content-Security-Policy"]


# --- maintenance windows ---------------------------------------------------------------------

NOW = datetime(2030, 5, 1, 0, 0, tzinfo=UTC)
START = NOW + timedelta(hours=2)


@pytest.mark.django_db
def test_a_window_that_starts_by_time_shows_on_a_cached_page_at_once(client, cached, site):
    with time_machine.travel(NOW, tick=False):
        MaintenanceWindow.objects.create(
            title="定期保守",
            start=START,
            end=START + timedelta(hours=3),
            announce_days=0,
            locale=site["locales"]["ja"],
        )
    with time_machine.travel(START - timedelta(seconds=30), tick=False):
        fetch(client, "/ja/")
        cached_copy = fetch(client, "/ja/")
        assert cached_copy[HIT] == "hit"
        assert "maintenance-banner" not in cached_copy.content.decode()
        shared = int(cached_copy["Cache-Control"].split("s-maxage=")[1].split(",")[0])
        assert shared <= 30  # a proxy must not keep it past the start either
    with time_machine.travel(START + timedelta(seconds=1), tick=False):
        during = fetch(client, "/ja/")
        assert during[HIT] == "miss"
        assert "maintenance-banner--active" in during.content.decode()
        assert fetch(client, "/ja/")[HIT] == "hit"
    with time_machine.travel(START + timedelta(hours=3, seconds=1), tick=False):
        after = fetch(client, "/ja/")
        assert "maintenance-banner" not in after.content.decode()


@pytest.mark.django_db
def test_saving_a_window_purges_at_once(client, cached, site):
    with time_machine.travel(NOW, tick=False):
        fetch(client, "/ja/")
        assert fetch(client, "/ja/")[HIT] == "hit"
        MaintenanceWindow.objects.create(
            title="臨時保守",
            start=NOW + timedelta(days=1),
            end=NOW + timedelta(days=1, hours=2),
            announce_days=3,
            locale=site["locales"]["ja"],
        )
        response = fetch(client, "/ja/")
        assert response[HIT] == "miss"
        assert "maintenance-banner" in response.content.decode()


# --- Redis down ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_pages_are_served_while_the_cache_is_unreachable(client, cached, site):
    cached.CACHES = {
        "default": {
            "BACKEND": "portal.cache.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    for _ in range(2):
        response = fetch(client, "/ja/")
        assert response[HIT] == "miss"
        assert "ホーム" in response.content.decode()
    assert cache.get(page_cache.GENERATION_KEY) is None
