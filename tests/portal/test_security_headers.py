"""Security headers on every public page in all eight languages, the admin's own policy,
no-store on personal pages, HSTS in production, generic error pages (QUALITY B4, F2, F3;
SPEC X2)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from django.conf import settings
from django.http import HttpResponse
from django.test import Client
from django.urls import path

from wagtail.models import Page

from portal.views import server_error
from tests.filings.conftest import _ja_site, make_resident_user
from tests.portal.test_settings import GOOD, _manage

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


class _Tags(HTMLParser):
    """The script and style elements of a page, and whether each is inline."""

    def __init__(self):
        super().__init__()
        self.elements: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style") or (tag == "link" and dict(attrs).get("rel") == "stylesheet"):
            self.elements.append((tag, dict(attrs)))


def _directives(header: str) -> dict[str, list[str]]:
    result = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            result[words[0]] = words[1:]
    return result


@pytest.fixture
def ja_filing_site(db):
    """The Japanese and English filing and account pages (as tests/filings/conftest.py)."""
    return _ja_site()


def _check_public(url: str, response) -> list[str]:
    problems = []

    def want(name, value):
        if response.get(name) != value:
            problems.append(f"{url}: {name}={response.get(name)!r}, expected {value!r}")

    want("X-Content-Type-Options", "nosniff")
    want("Referrer-Policy", "same-origin")
    want("Cross-Origin-Opener-Policy", "same-origin")
    want("X-Frame-Options", "SAMEORIGIN")
    if not response.get("X-Request-ID"):
        problems.append(f"{url}: no X-Request-ID")
    csp = _directives(response.get("Content-Security-Policy", ""))
    script_src = csp.get("script-src", [])
    # django-csp names the nonce only when the page used it; without one, the page may have
    # no inline script or style at all.
    nonces = {w[len("'nonce-") : -1] for w in script_src if w.startswith("'nonce-")}
    if len(nonces) > 1:
        problems.append(f"{url}: script-src has several nonces: {script_src}")
    nonce = nonces.pop() if nonces else None
    for directive in ("script-src", "style-src"):
        if {"'unsafe-inline'", "'unsafe-eval'", "*"} & set(csp.get(directive, [])):
            problems.append(f"{url}: {directive} allows unsafe sources: {csp[directive]}")
    for directive, value in (
        ("object-src", ["'none'"]),
        ("base-uri", ["'none'"]),
        ("default-src", ["'self'"]),
    ):
        if csp.get(directive) != value:
            problems.append(f"{url}: {directive} is {csp.get(directive)}")
    if csp.get("frame-ancestors") not in (["'self'"], ["'none'"]):
        problems.append(f"{url}: frame-ancestors is {csp.get('frame-ancestors')}")
    tags = _Tags()
    tags.feed(response.content.decode())
    for tag, attrs in tags.elements:
        inline = tag == "style" or (tag == "script" and "src" not in attrs)
        if inline and (nonce is None or attrs.get("nonce") != nonce):
            problems.append(f"{url}: inline <{tag}> without the page's nonce")
        if tag == "script" and "src" in attrs and "nonce" in attrs and attrs["nonce"] != nonce:
            problems.append(f"{url}: <script src> with a foreign nonce")
    # The nonce changes with every response.
    return problems


def test_every_public_page_in_every_language_has_the_headers(demo_site):
    client = Client()
    pages = list(Page.objects.live().filter(depth__gt=1).specific())
    urls = sorted({page.url for page in pages if page.url})
    by_language = {code: [u for u in urls if u.startswith(f"/{code}/")] for code in LANGUAGES}
    assert all(len(found) >= 10 for found in by_language.values()), {
        code: len(found) for code, found in by_language.items()
    }
    extra = [f"/{code}/search/?q=x" for code in LANGUAGES] + [
        f"/{code}/check/" for code in LANGUAGES
    ]
    problems, nonces, with_nonce = [], set(), 0
    for url in [*urls, *extra]:
        response = client.get(url)
        if response.status_code == 302 and "/login/" in response["Location"]:
            # A page for signed-in filers (filing, status, bulk): its redirect has the headers.
            for name in ("X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy"):
                if not response.get(name):
                    problems.append(f"{url}: redirect without {name}")
            continue
        if response.status_code != 200:
            problems.append(f"{url}: {response.status_code}")
            continue
        problems += _check_public(url, response)
        found = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"])
        if found:
            with_nonce += 1
            nonces.add(found.group(1))
    assert problems == [], "\n".join(problems[:40])
    # Today no public page has an inline script or style at all, so django-csp leaves the
    # nonce out and the policy is 'self' only; where a page uses one, it is never reused.
    assert len(nonces) == with_nonce, "a nonce was reused between responses"


def test_the_admin_has_its_own_documented_policy(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    csp = _directives(response["Content-Security-Policy"])
    # Wagtail needs inline scripts and styles (QUALITY §3.8); plugins and foreign framing stay
    # forbidden, and the other headers are the same as on public pages.
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert not any(w.startswith("'nonce-") for w in csp["script-src"])
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    documented = (settings.BASE_DIR / "docs" / "security.md").read_text(encoding="utf-8")
    assert "PORTAL_ADMIN_CSP" in documented


def test_signed_in_pages_are_never_stored(ja_filing_site):
    user = make_resident_user()
    client = Client()
    client.force_login(user)
    for url in ("/ja/", "/ja/account/profile/", "/ja/status/", "/ja/filing/", "/ja/check/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"], url
    # Signed out, the account and filing pages are still never stored.
    anonymous = Client()
    for url in ("/ja/account/login/", "/ja/account/register/"):
        response = anonymous.get(url)
        assert "no-store" in response["Cache-Control"], url


def test_hsts_under_the_production_flags(client, settings, ja_filing_site):
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_SSL_REDIRECT = True
    insecure = client.get("/ja/")
    assert insecure.status_code == 301 and insecure["Location"].startswith("https://")
    response = client.get("/ja/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_production_settings_turn_on_hsts_and_secure_cookies():
    code = (
        "from django.conf import settings as s; print(s.SECURE_HSTS_SECONDS, "
        "s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, "
        "s.CSRF_COOKIE_SECURE, s.SECURE_CONTENT_TYPE_NOSNIFF, s.SECURE_REFERRER_POLICY, "
        "s.SECURE_CROSS_ORIGIN_OPENER_POLICY)"
    )
    result = _manage(GOOD, "shell", "--no-imports", "-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "31536000",
        "True",
        "True",
        "True",
        "True",
        "True",
        "same-origin",
        "same-origin",
    ]


def _boom(request):
    raise RuntimeError("SELECT secret FROM portal_user -- must never be shown")


def _inline(request):
    from django.template import engines

    template = engines["django"].from_string(
        '<html><body><script nonce="{{ request.csp_nonce }}">var a = 1;</script></body></html>'
    )
    return HttpResponse(template.render({}, request))


urlpatterns = [path("boom/", _boom), path("inline/", _inline)]
handler500 = server_error


def test_a_server_error_is_generic_with_a_reference_and_the_headers(settings, caplog):
    settings.ROOT_URLCONF = __name__
    client = Client(raise_request_exception=False)
    response = client.get("/boom/")
    assert response.status_code == 500
    body = response.content.decode()
    reference = response["X-Correlation-ID"]
    assert reference in body
    assert "SELECT" not in body and "Traceback" not in body and "RuntimeError" not in body
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" in response
    # The same reference is in the log, with the trace for support.
    assert any(reference in record.getMessage() for record in caplog.records)


def test_an_inline_script_gets_the_nonce_of_its_response(settings):
    """The mechanism a template uses for an inline script: the header names the same nonce as
    the element, a new one per response, and nothing else inline is allowed."""
    settings.ROOT_URLCONF = __name__
    client = Client()
    seen = set()
    for _ in range(2):
        response = client.get("/inline/")
        assert response.status_code == 200
        assert _check_public("/inline/", response) == []
        seen.add(re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1))
    assert len(seen) == 2
