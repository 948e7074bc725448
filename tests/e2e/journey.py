"""Shared helpers of the journey suite (SPEC L1, L3): axe-core on every visited page,
full-page screenshots per step, and the two screen widths every journey runs at.

A journey run is one person, one language, one width:

    run = Run(browser, live_server.url, journey="resident", language="ja", width=360)
    run.goto("/ja/check/")            # lang checked, axe run, screenshot saved
    ...
    run.step("answer")                # after a form post: axe run, screenshot saved
    run.close()

`check_a11y` and `shot` can also be used alone on any Playwright page. axe-core comes from the
`axe-playwright-python` wheel (a dev dependency), never from a copy in this repository.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Page, expect

# WCAG 2.0, 2.1 and 2.2, levels A and AA (SPEC L3: WCAG 2.2 AA). axe has no wcag22a tag.
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")
# The public site is our own markup throughout, so it also keeps axe's best practices (named
# landmarks, one main, headings in order, scroll boxes reachable by keyboard); the Wagtail
# admin is checked against WCAG only.
PUBLIC_TAGS = (*WCAG_TAGS, "best-practice")

WIDTHS = (360, 1280)
VIEWPORTS = {
    360: {"width": 360, "height": 740},
    1280: {"width": 1280, "height": 800},
}
# Browser locales per site language: the Accept-Language a person in that language would send.
BROWSER_LOCALES = {
    "ja": "ja-JP",
    "en": "en-US",
    "zh-hant": "zh-TW",
    "zh-hans": "zh-CN",
    "ko": "ko-KR",
    "es": "es-ES",
    "pt": "pt-BR",
    "tl": "fil-PH",
}

# `@widths` on a test gives it a `width` argument, one run per screen width.
widths = pytest.mark.parametrize("width", WIDTHS, ids=[f"{w}px" for w in WIDTHS])

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "test-artifacts" / "screenshots"

_AXE = Axe()
_counters: dict[Path, int] = {}


def runs(languages: Iterable[str], widths: Iterable[int] = WIDTHS) -> Iterator[tuple[str, int]]:
    """Every (language, width) pair, for a test that builds its site once and runs the journey
    four times inside one test (a live-server test flushes the database after each test, which
    on this machine costs more than the journey itself)."""
    for language in languages:
        for width in widths:
            yield language, width


def new_context(browser: Browser, language: str, width: int) -> BrowserContext:
    """A fresh browser profile with the screen width and the language a person would have."""
    return browser.new_context(
        locale=BROWSER_LOCALES.get(language, language),
        viewport=VIEWPORTS[width],
        device_scale_factor=2 if width < 600 else 1,
    )


def _format(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation.get('impact')}): {violation['help']}"
            f" [{', '.join(t for t in violation['tags'] if t.startswith(('wcag', 'best')))}]"
        )
        for node in violation["nodes"][:5]:
            target = " ".join(str(t) for t in node.get("target", []))
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            lines.append(f"    {target}: {summary[:300]}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    ... and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)


def axe_violations(
    page: Page, context: Any = None, *, disable: Iterable[str] = (), admin: bool = False
) -> list[dict]:
    """axe-core's WCAG 2.x A/AA violations on the page as it is now (after scripts ran), and
    its best-practice ones on the public site (`admin=False`).

    Short animations and transitions (a message fading in) are let finish first: halfway
    through, colours are neither the start's nor the end's and contrast would be misjudged.
    Long decorative ones (Wagtail's 25 s "ping" on the sidebar badge) are not waited for.
    """
    page.evaluate(
        """() => Promise.all(document.getAnimations()
            .filter(a => a.effect && a.effect.getComputedTiming().endTime <= 2000)
            .map(a => a.finished.catch(() => null)))"""
    )
    page.evaluate(_AXE.axe_script)
    options: dict[str, Any] = {
        "runOnly": {"type": "tag", "values": list(WCAG_TAGS if admin else PUBLIC_TAGS)},
        "resultTypes": ["violations"],
    }
    disabled = list(disable)
    if disabled:
        options["rules"] = {rule: {"enabled": False} for rule in disabled}
    results = page.evaluate(
        "([context, options]) => axe.run(context || document, options)", [context, options]
    )
    return results["violations"]


def check_a11y(
    page: Page, context: Any = None, *, disable: Iterable[str] = (), admin: bool = False
) -> None:
    """Fail with a readable list if axe-core finds any WCAG 2.0/2.1/2.2 A or AA violation, or
    on the public site any of its best practices broken.

    `context` is axe's context (a selector, or {"include": [...], "exclude": [...]}); the
    public site is always checked whole. `admin=True` (the Wagtail admin) checks WCAG only;
    `disable` turns off named rules: only for the admin, where each use must say which rule
    and why.
    """
    violations = axe_violations(page, context, disable=disable, admin=admin)
    kind = "WCAG A/AA" if admin else "WCAG A/AA or best-practice"
    assert not violations, (
        f"axe-core: {len(violations)} {kind} rule(s) violated on {page.url}\n" + _format(violations)
    )


def shot(page: Page, journey: str, step: str, language: str, width: int) -> Path:
    """Save a full-page screenshot as
    var/test-artifacts/screenshots/<journey>/<language>-<width>/<nn>-<step>.png.

    Steps are numbered in the order they are taken; a directory's old screenshots are removed
    the first time this process writes to it, so a directory always holds one run.
    """
    directory = SCREENSHOTS / journey / f"{language}-{width}"
    if directory not in _counters:
        shutil.rmtree(directory, ignore_errors=True)
        directory.mkdir(parents=True, exist_ok=True)
        _counters[directory] = 0
    _counters[directory] += 1
    slug = re.sub(r"[^a-z0-9]+", "-", step.lower()).strip("-") or "step"
    path = directory / f"{_counters[directory]:02d}-{slug}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def assert_fits(page: Page) -> None:
    """Nothing scrolls sideways: the page fits the screen width (360 px phones, SPEC L3)."""
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{page.url} is {overflow}px wider than the screen"


def assert_lang(page: Page, language: str) -> None:
    """`<html lang>` is the URL's language (WCAG 3.1.1)."""
    lang = page.evaluate("document.documentElement.lang")
    assert lang == language, f"{page.url}: <html lang={lang!r}>, expected {language!r}"


# Only for the screen: never on paper.
SCREEN_ONLY = (
    ".skip-link",
    ".site-header",
    ".site-footer",
    ".language-switcher",
    ".site-search",
    ".breadcrumbs",
    ".maintenance-banner",
    "nav",
    "button",
    ".button",
)


def assert_prints_cleanly(page: Page, *content: str) -> None:
    """In print media, every screen-only element is hidden and every `content` selector is
    shown with text; then back to the screen."""
    page.emulate_media(media="print")
    try:
        shown = page.evaluate(
            """(selectors) => selectors.flatMap(s => [...document.querySelectorAll(s)]
                .filter(e => e.checkVisibility({visibilityProperty: true}))
                .map(e => s + ': ' + e.outerHTML.slice(0, 120)))""",
            list(SCREEN_ONLY),
        )
        assert shown == [], f"{page.url} prints screen-only elements:\n" + "\n".join(shown)
        # The header is gone by display: none, not just pushed off the page.
        display = page.locator(".site-header").evaluate("e => getComputedStyle(e).display")
        assert display == "none"
        for selector in content:
            target = page.locator(selector).first
            expect(target).to_be_visible()
            assert target.inner_text().strip(), f"{selector} prints empty on {page.url}"
    finally:
        page.emulate_media(media="screen")


@dataclass
class Run:
    """One run of a journey: a browser context at one width, in one language.

    Every `goto` and `step` checks the page with axe-core and saves a screenshot; on a 360 px
    screen it also checks that nothing scrolls sideways. `admin=True` steps use the admin
    scope given by the caller (see `check_admin`).
    """

    browser: Browser
    base_url: str
    journey: str
    language: str
    width: int
    pages: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.context = new_context(self.browser, self.language, self.width)
        self.page = self.context.new_page()

    @property
    def prefix(self) -> str:
        """The site's URL prefix for this run's language: {base}/{lang}."""
        return f"{self.base_url}/{self.language}"

    def goto(self, path: str, step: str | None = None) -> Page:
        """Open a public page (path relative to the server, e.g. "/ja/check/") and check it."""
        self.page.goto(f"{self.base_url}{path}")
        self.step(step or path.strip("/").replace("/", "-") or "home")
        return self.page

    def enter(self) -> Page:
        """Come in at the front door, `/`, as a person typing the address does, and choose
        this run's language in the header's language menu when the site opens in another."""
        self.page.goto(f"{self.base_url}/")
        self.page.wait_for_load_state("load")
        if self.page.locator("html").get_attribute("lang") != self.language:
            self.page.locator(".language-switcher summary").click()
            self.page.locator(f'.language-switcher a[hreflang="{self.language}"]').click()
        return self.step("home")

    def click(self, selector: str, step: str) -> Page:
        """Follow the link or press the button `selector` (exactly one on the page), then
        check the page it leads to."""
        self.page.locator(selector).click()
        return self.step(step)

    def step(self, name: str, *, lang: str | None = None) -> Page:
        """Check the page as it is now (public site): lang, axe with best practices, width;
        then a screenshot."""
        self.page.wait_for_load_state("load")
        assert_lang(self.page, lang or self.language)
        check_a11y(self.page)
        if self.width < 600:
            assert_fits(self.page)
        self.pages.append(self.page.url)
        shot(self.page, self.journey, name, self.language, self.width)
        return self.page

    def admin_step(self, name: str, context: Any = None, *, disable: Iterable[str] = ()) -> Page:
        """Check a Wagtail admin page within the given scope, then a screenshot.

        The check sees the page scrolled to the top, as it opens: after typing into a field
        far down a long form, Wagtail's sticky header covers half of a panel toggle at some
        scroll offsets, which axe's target-size rule reports as an obscured target.
        """
        self.page.wait_for_load_state("load")
        self.page.evaluate("window.scrollTo(0, 0)")
        check_a11y(self.page, context, disable=disable, admin=True)
        self.pages.append(self.page.url)
        shot(self.page, self.journey, name, self.language, self.width)
        return self.page

    def close(self) -> None:
        self.context.close()
