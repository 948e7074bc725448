"""Hostile text in any GET parameter of any public route never answers 500 (security issue
point 9).

A NUL byte in `/ja/search/?q=`, `/ja/qa/?q=` or `/ja/filing/municipalities/?prefecture=` was a
500 (PostgreSQL refuses NUL in a query). `portal.middleware.ControlCharacterMiddleware` answers
400 for a control character in any parameter; the property-based test below sends generated
strings (control characters, NUL, very long text, markup, SQL and path fragments, any Unicode)
to every parameter the code reads, plus an unknown one, on every public route: each Django URL
pattern without path parameters outside the admin, one live page of each page type and each
parameter-free sub-route of the routable pages. The set of parameters is read from the source,
so a view that starts reading a new one is covered without editing this file.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.test import Client

from wagtail.models import Page

from tests.portal.test_url_walk import django_patterns, page_routes

ROOT = Path(__file__).resolve().parents[2]
# The public code: the back office (filings/admin, the Wagtail hooks) is staff-only.
PUBLIC_SOURCES = [
    *sorted((ROOT / "portal").glob("*.py")),
    *sorted((ROOT / "portal" / "models").glob("*.py")),
    *sorted((ROOT / "filings" / "views").glob("*.py")),
    *sorted((ROOT / "filings" / "pages").glob("*.py")),
    *sorted((ROOT / "faq").glob("*.py")),
    *sorted((ROOT / "manuals").glob("*.py")),
]
STAFF_ONLY = {"wagtail_hooks.py"}
READS = re.compile(r"request\.GET\.get\(\s*[\"'](\w+)[\"']|request\.GET\[\s*[\"'](\w+)[\"']")


def parameters_read_by_public_code() -> set[str]:
    names: set[str] = set()
    for path in PUBLIC_SOURCES:
        if path.name in STAFF_ONLY:
            continue
        for match in READS.finditer(path.read_text()):
            names.add(match.group(1) or match.group(2))
    # The guided check binds its whole form to the query string.
    from filings.views.check import CheckForm

    names.update(CheckForm.base_fields)
    return names


def public_urls() -> list[str]:
    urls = []
    for route, _namespace, _name in django_patterns():
        if "<" in route.replace("<lang>/", "") or "^" in route or "(?" in route:
            continue
        if route.startswith(("admin/", "admin-2fa/", "django-admin/")):
            continue
        urls.append("/" + route.replace("<lang>/", "ja/"))
    pages: dict[str, str] = {}
    for page in Page.objects.live().filter(locale__language_code="ja").specific().order_by("depth"):
        label = type(page)._meta.label
        if label not in pages and page.url:
            pages[label] = page.url
    urls.extend(pages.values())
    for label, route in page_routes():
        if label in pages and "<" not in route and "(?" not in route:
            urls.append(pages[label] + route.lstrip("^").rstrip("$"))
    return sorted(set(urls))


HOSTILE = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40),
    st.text(
        alphabet=st.sampled_from("\x00\x01\x07\x08\t\n\r\x1b\x7f\x85\u2028%'\";<>&/\\"),
        max_size=20,
    ),
    st.sampled_from(
        [
            "\x00",
            "13\x00",
            "a\r\nSet-Cookie: x=1",
            "' OR 1=1 --",
            "<script>alert(1)</script>",
            "../../etc/passwd",
            "%00",
            "9" * 5000,
            "-1",
            "1e309",
            "\ud7ff\ufffe\uffff",
            "",
        ]
    ),
)


@pytest.fixture
def public_site(demo_site):
    urls = public_urls()
    names = parameters_read_by_public_code()
    # What the issue named must be among them, or the scan above has gone blind.
    assert {"q", "prefecture", "page", "category", "next"} <= names
    assert "/ja/search/" in urls
    assert any(url.endswith("/municipalities/") for url in urls), urls
    assert any("/qa/" in url for url in urls), urls
    return urls, sorted(names | {"unknown_parameter"})


@pytest.mark.parametrize(
    "url",
    [
        "/ja/search/?q=%00",
        "/ja/qa/?q=%00",
        "/ja/filing/municipalities/?prefecture=%00",
        "/ja/search/?q=a%0Db",
        "/ja/%00/",
    ],
)
def test_a_control_character_answers_400_with_an_explanation(client, demo_site, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "制御文字" in response.content.decode()


def test_ordinary_parameters_still_work(client, demo_site):
    assert client.get("/ja/search/?q=在留カード").status_code == 200
    response = client.get("/ja/filing/municipalities/?prefecture=13")
    assert response.status_code == 200
    assert response.json()["municipalities"]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(value=HOSTILE)
def test_no_hostile_parameter_value_answers_500(public_site, value):
    urls, names = public_site
    client = Client(raise_request_exception=False)
    query = urlencode(dict.fromkeys(names, value))
    failures = []
    for url in urls:
        response = client.get(f"{url}?{query}")
        if response.status_code >= 500:
            failures.append((url, response.status_code))
    assert failures == [], (value, failures)


@pytest.mark.parametrize(
    "query", ['"', '"在留', "NOT", "AND OR", "*", "a:b", "(", "^x", "在留 カード", "'"]
)
def test_search_syntax_in_a_query_is_read_as_text(client, demo_site, query):
    """Signs that are full-text syntax for the search backend (SQLite's MATCH in the zero-setup
    portal) are never a 500: the index gets the words, the page answers."""
    response = client.get("/ja/search/", {"q": query})
    assert response.status_code == 200
