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
