"""Routing from the cached table (portal/routing.py) and the in-process copies of fragments
(portal/page_cache/fragments.py): the same page as Wagtail's own routing for every demo page in
every language, one query instead of a walk down the tree, and never a wrong answer from a
stale table or a stale copy."""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Locale, Page, PageViewRestriction

from faq.models import FAQSectionPage
from filings.pages.filing import FilingPage
from portal import page_cache, routing
from portal.models import StandardPage
from portal.page_cache.generation import request_generation_var


@pytest.fixture
def cached(settings):
    settings.PORTAL_PAGE_CACHE = True
    page_cache.purge("test start")
    yield settings
    page_cache.purge("test end")


def _request(url):
    return RequestFactory().get(url, secure=True)


def both_routes(language, path):
    """(the table's route, Wagtail's own route) for `path` below the root in `language`."""
    with translation.override(language):
        fast = _request(f"/{language}/{path}")
        assert routing.route(fast, path), f"the table did not route /{language}/{path}"
        slow = _request(f"/{language}/{path}")
        return fast._wagtail_route_for_request, Page.route_for_request(slow, path)


def _plain(value):
    """A routable page's view is a method bound to its page instance: compare the function."""
    if isinstance(value, tuple | list):
        return tuple(_plain(item) for item in value)
    return getattr(value, "__func__", value)


def same(fast, slow) -> bool:
    if fast is None or slow is None:
        return fast is slow
    page, args, kwargs = fast
    other, other_args, other_kwargs = slow
    return (page.pk, type(page), _plain(args), kwargs) == (
        other.pk,
        type(other),
        _plain(other_args),
        other_kwargs,
    )


@pytest.mark.django_db
def test_every_demo_page_in_every_language_routes_as_wagtail_routes_it(demo_site, cached):
    checked = 0
    for locale in Locale.objects.all():
        language = locale.language_code
        with translation.override(language):
            pages = Page.objects.live().filter(locale=locale, depth__gt=1).specific()
            for page in pages:
                url = page.get_url(_request("/"))
                prefix = f"/{language}/"
                assert url.startswith(prefix), url
                path = url[len(prefix) :]
                for candidate in (path, path + "no-such-page/"):
                    fast, slow = both_routes(language, candidate)
                    assert same(fast, slow), (language, candidate, fast, slow)
                    checked += 1
    assert checked > 8 * 20  # the whole demo tree in eight languages, and a miss below each


@pytest.mark.django_db
def test_a_routable_page_resolves_its_own_sub_routes(demo_site, cached):
    filing = FilingPage.objects.live().get(locale__language_code="ja")
    path = filing.url_path.split("/", 2)[2]  # below the root page
    for sub in ("", "new/activity_org_left/", "municipalities/", "no/such/route/"):
        fast, slow = both_routes("ja", path + sub)
        assert same(fast, slow), (sub, fast, slow)
    fast, _slow = both_routes("ja", path + "new/activity_org_left/")
    assert fast[0].pk == filing.pk
    view, _args, kwargs = fast[1]  # RoutablePageMixin: (view, args, kwargs)
    assert view.__func__ is FilingPage.new and kwargs == {"kind": "activity_org_left"}


@pytest.mark.django_db
def test_a_page_three_levels_down_costs_one_routing_query(client, demo_site, cached):
    section = FAQSectionPage.objects.live().filter(locale__language_code="ja").first()
    path = section.url_path.split("/", 2)[2]
    both_routes("ja", path)  # warms the site and the table
    with translation.override("ja"), CaptureQueriesContext(connection) as queries:
        request = _request(f"/ja/{path}")
        assert routing.route(request, path)
    assert request._wagtail_route_for_request[0].pk == section.pk
    assert len(queries.captured_queries) == 1, [q["sql"] for q in queries.captured_queries]
    # The section's questions are only read to build its cached context: not fetched here.
    assert '"faq_faqsectionpage"."body"' not in queries.captured_queries[0]["sql"]
    for _ in range(2):  # rendered, then from the fragments (the questions' HTML included)
        response = client.get(f"/ja/{path}?fresh=1")
        html = response.content.decode()
        assert response.status_code == 200
        assert section.title in html
        assert html.count('class="qa-item__answer rich-text"><p>') > 1  # markup, not escaped
        assert "&lt;p&gt;" not in html


@pytest.mark.django_db
def test_a_stale_table_never_serves_a_wrong_page(client, demo_site, cached):
    about = StandardPage.objects.live().get(locale__language_code="ja", slug="about")
    parent = about.get_parent()
    url = about.url
    assert client.get(url).status_code == 200  # the table now knows the page

    # Unpublished behind the signals' back: the page itself refuses to be served.
    Page.objects.filter(pk=about.pk).update(live=False)
    assert client.get(f"{url}?fresh=1").status_code == 404
    Page.objects.filter(pk=about.pk).update(live=True)

    # Renamed behind the signals' back: the old address is not served from the table, the new
    # one is found by Wagtail's own routing.
    new_path = about.url_path.replace("/about/", "/about-us/")
    Page.objects.filter(pk=about.pk).update(slug="about-us", url_path=new_path)
    assert client.get(f"{url}?fresh=1").status_code == 404
    assert client.get(url.replace("/about/", "/about-us/") + "?fresh=1").status_code == 200

    # A child the table has never seen is found below its known parent.
    child = StandardPage(title="新しいページ", slug="brand-new", locale=about.locale)
    parent.add_child(instance=child)
    Page.objects.filter(pk=child.pk).update(live=True)
    response = client.get(f"{parent.url}brand-new/?fresh=1")
    assert response.status_code == 200
    assert "新しいページ" in response.content.decode()


@pytest.mark.django_db
def test_a_purge_by_another_process_reaches_this_processes_copies(demo_site, cached, monkeypatch):
    builds = []

    def build():
        builds.append(1)
        return {"value": len(builds)}

    token = page_cache.request_generation(page_cache.current_generation())
    try:
        first = page_cache.cached_fragment("test-copy", build)
        calls = []
        original = cache.get_many
        monkeypatch.setattr(cache, "get_many", lambda *a, **k: calls.append(a) or original(*a, **k))
        again = page_cache.cached_fragment("test-copy", build)
        monkeypatch.undo()
        assert again == first and len(builds) == 1
        assert calls == []  # this process's copy: no round trip
        again["value"] = 99  # a caller changing what it got changes nobody else's copy
        assert page_cache.cached_fragment("test-copy", build) == {"value": 1}
    finally:
        request_generation_var.reset(token)

    cache.set(page_cache.GENERATION_KEY, "purged-elsewhere", timeout=None)
    token = page_cache.request_generation(page_cache.current_generation())
    try:
        assert page_cache.cached_fragment("test-copy", build) == {"value": 2}
        assert len(builds) == 2
    finally:
        request_generation_var.reset(token)


@pytest.mark.django_db
def test_a_purge_inside_a_request_drops_the_requests_generation(demo_site, cached):
    token = page_cache.request_generation(page_cache.current_generation())
    try:
        page_cache.cached_fragment("test-purge", lambda: "before")
        page_cache.purge("published in this request")
        assert request_generation_var.get() is None
        assert page_cache.cached_fragment("test-purge", lambda: "after") == "after"
    finally:
        request_generation_var.reset(token)


@pytest.mark.django_db
def test_view_restrictions_cost_nothing_until_one_exists(demo_site, cached):
    about = StandardPage.objects.live().get(locale__language_code="ja", slug="about")
    list(about.get_view_restrictions())  # warms the fragment
    with CaptureQueriesContext(connection) as queries:
        assert list(about.get_view_restrictions()) == []
    assert queries.captured_queries == []
    restriction = PageViewRestriction.objects.create(
        page=about.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )
    assert list(about.get_view_restrictions()) == [restriction]
