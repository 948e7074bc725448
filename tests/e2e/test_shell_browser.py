"""The site shell in a real Chromium: the language switcher and a phone-sized screen."""

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

ARTIFACTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_switching_language_keeps_the_same_page(live_server, demo_site, page: Page):
    page.goto(f"{live_server.url}/ja/about/")
    expect(page.locator("html")).to_have_attribute("lang", "ja")
    expect(page.locator("h1")).to_have_text("このシステムについて")

    page.locator(".language-switcher summary").click()
    page.get_by_role("link", name="English").click()

    expect(page).to_have_url(f"{live_server.url}/en/about/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text("About this system")
    assert page.url == f"{live_server.url}/en/about/"


def test_home_page_fits_a_360px_phone(live_server, demo_site, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2)
    page = context.new_page()
    page.goto(f"{live_server.url}/ja/")
    expect(page.locator("h1")).to_be_visible()
    expect(page.locator(".language-switcher summary")).to_be_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page is {overflow}px wider than the screen"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "home-ja-360.png"), full_page=True)
    # The skip link is the first thing a keyboard reaches.
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    context.close()


def test_the_top_page_fits_a_320px_screen_in_every_language(live_server, demo_site, browser):
    """The narrowest phones: nothing scrolls sideways in any language (the help-desk box with
    long Spanish and Tagalog labels included), and Korean breaks between words."""
    from django.conf import settings

    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    for language, _name in settings.LANGUAGES:
        page.goto(f"{live_server.url}/{language}/")
        expect(page.locator("h1")).to_be_visible()
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"/{language}/ is {overflow}px wider than a 320px screen"
        if language == "ko":
            rule = page.evaluate("getComputedStyle(document.querySelector('main')).wordBreak")
            assert rule == "keep-all"
    context.close()


def test_every_public_page_type_fits_a_320px_screen_in_every_language(
    live_server, demo_site, browser
):
    """One page of each type the tree holds (top, guides, notices, Q&A, manuals, downloads,
    error list, search, the guided check and the account pages), in every language: nothing
    wider than the narrowest phones."""
    from django.conf import settings

    from tests.content_helpers import one_page_per_type

    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    too_wide = []
    checked = 0
    for language, _name in settings.LANGUAGES:
        urls = one_page_per_type(language)
        urls["search"] = f"/{language}/search/?q=%E5%B1%8A%E5%87%BA"
        urls["register"] = f"/{language}/account/register/"
        urls["sign-in"] = f"/{language}/account/login/"
        assert len(urls) >= 15, urls
        for label, url in urls.items():
            page.goto(f"{live_server.url}{url}")
            checked += 1
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 0:
                too_wide.append(f"{language} {label} {url}: {overflow}px")
    assert checked >= 15 * len(settings.LANGUAGES)
    assert too_wide == [], "wider than a 320px screen:\n" + "\n".join(too_wide)
    context.close()
