"""The language links never leave the site (security issue point 10).

A 404 for a made-up address keeps the address in each language link (`translate_url` cannot
resolve it and returns it unchanged); for `//evil.example/login` a browser reads that as
another host, so the error page of the portal offered eight links to somebody else's site.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from tests.content_helpers import make_site

pytestmark = pytest.mark.django_db

SWITCHER = re.compile(r'<nav class="language-switcher".*?</nav>', re.DOTALL)
HREF = re.compile(r'href="([^"]*)"')


def _language_links(response) -> list[str]:
    nav = SWITCHER.search(response.content.decode())
    assert nav, response.content.decode()[:1000]
    return [link.replace("&amp;", "&") for link in HREF.findall(nav.group(0))]


def _same_site_path(url: str) -> bool:
    parts = urlsplit(url)
    return (
        url.startswith("/")
        and not url.startswith("//")
        and not parts.scheme
        and not parts.netloc
        and "\\" not in url
    )


@pytest.mark.parametrize(
    "path",
    [
        "//evil.example/login",
        "///evil.example/login",
        "/\\evil.example/login",
        "//evil.example/ja/",
        "/ja//evil.example/",
    ],
)
def test_a_404_for_a_crafted_path_has_only_same_site_language_links(client, path):
    make_site(languages=("ja", "en"))
    # The test client would read "//host/..." as a host itself: hand the path to Django as is.
    response = client.get("/", PATH_INFO=path)
    assert response.status_code == 404
    links = _language_links(response)
    assert len(links) == 8
    assert all(_same_site_path(link) for link in links), links


def test_a_404_for_an_ordinary_path_keeps_its_language_links(client):
    make_site(languages=("ja", "en"))
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    links = _language_links(response)
    assert len(links) == 8
    assert all(_same_site_path(link) for link in links), links
