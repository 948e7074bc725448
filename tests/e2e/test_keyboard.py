"""The resident's filing journey with the keyboard only (SPEC L3, WCAG 2.1.1, 2.4.3,
2.4.7, 3.1.1, 3.3.1).

Tab, Shift+Tab, Enter, Space and the arrow keys; never a mouse click. On the way: every
control reached shows a visible focus indicator, a step sent with errors shows an error
summary whose links lead to (and focus) the fields, every page has `<html lang>` equal to the
language in its URL, and the language switcher's links say which language they lead to.
"""

from __future__ import annotations

import datetime
import re

import pytest
from playwright.sync_api import Browser, Page, expect

from filings.models import Filing, FilingState
from filings.rules import today_in_japan
from tests.e2e.filing_site import PASSWORD, build, demo_resident_user
from tests.e2e.journey import Run

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LANGUAGES = ("ja", "ko")
TAB_LIMIT = 60


def focused(page: Page) -> dict:
    """What has the focus, and how it looks."""
    return page.evaluate(
        """() => {
            const e = document.activeElement;
            const style = getComputedStyle(e);
            return {
                tag: e.tagName.toLowerCase(), id: e.id, name: e.getAttribute('name'),
                href: e.getAttribute('href'), text: (e.innerText || e.value || '').slice(0, 60),
                outline: style.outlineStyle === 'none' ? 'none' : style.outlineWidth,
                shadow: style.boxShadow,
            };
        }"""
    )


def assert_focus_visible(page: Page) -> None:
    """WCAG 2.4.7: the focused control shows an outline or a ring (not 'none', not 0px)."""
    state = focused(page)
    visible = state["outline"] not in ("none", "0px") or state["shadow"] != "none"
    assert visible, f"no visible focus on {state} at {page.url}"


def tab_to(page: Page, selector: str, *, backwards: bool = False) -> dict:
    """Press Tab (Shift+Tab) until `selector` has the focus; every control on the way must
    show its focus."""
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(TAB_LIMIT):
        page.keyboard.press(key)
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            assert_focus_visible(page)
            return focused(page)
        if page.evaluate("document.activeElement !== document.body"):
            assert_focus_visible(page)
    raise AssertionError(f"{selector} not reached with {key} on {page.url}")


def choose(page: Page, selector: str, value: str) -> None:
    """Pick an option of a focused-by-Tab select with the arrow keys."""
    tab_to(page, selector)
    for _ in range(80):
        if page.locator(selector).input_value() == value:
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"{value} not reached in {selector}")


def _type_parts(page: Page, day: datetime.date, order: str) -> None:
    """Month and day move on by themselves after two digits; the year part takes up to six
    digits, so the right arrow moves on from it."""
    parts = {"Y": f"{day.year:04d}", "M": f"{day.month:02d}", "D": f"{day.day:02d}"}
    for index, part in enumerate(order):
        page.keyboard.type(parts[part])
        if part == "Y" and index < len(order) - 1:
            page.keyboard.press("ArrowRight")


def date_order(page: Page) -> str:
    """The order of a date input's parts in this browser (Chromium follows the operating
    system's locale, not the page's: year-month-day in Japan, month-day-year in a US setup).
    Found once on a scratch page, by typing as a person would."""
    scratch = page.context.new_page()
    try:
        for order in ("YMD", "MDY", "DMY"):
            scratch.set_content("<input type=date id=d>")
            scratch.focus("#d")
            _type_parts(scratch, datetime.date(2025, 4, 1), order)
            if scratch.input_value("#d") == "2025-04-01":
                return order
    finally:
        scratch.close()
    raise AssertionError("unknown date input layout")


def type_date(page: Page, selector: str, day: datetime.date, order: str) -> None:
    """Type a date into a date input part by part, as a person does (tabbing to it first
    unless the focus is already there, e.g. after following an error summary link)."""
    if not page.evaluate("s => document.activeElement.matches(s)", selector):
        tab_to(page, selector)
    _type_parts(page, day, order)
    expect(page.locator(selector)).to_have_value(day.isoformat())


def assert_language_switcher(page: Page, language: str) -> None:
    """The switcher opens with the keyboard; each other language's link names its language."""
    tab_to(page, ".language-switcher summary")
    page.keyboard.press("Enter")
    links = page.locator(".language-switcher a")
    expect(links.first).to_be_visible()
    for link in links.all():
        code = link.get_attribute("lang")
        assert code and link.get_attribute("hreflang") == code
        assert link.get_attribute("href").startswith(f"/{code}/")
        if code == language:
            assert link.get_attribute("aria-current") == "true"
    page.keyboard.press("Escape")
    page.keyboard.press("Enter")  # closes the <details> again, focus still on its summary
    expect(links.first).to_be_hidden()


def journey(run: Run, user, status: str, event: str, kind: str) -> Filing:
    page, lang = run.page, run.language
    event_day = today_in_japan() - datetime.timedelta(days=3)
    order = date_order(page)

    # The registration form sent empty: every summary link (the radio group's too) leads to a
    # control that exists, and following one focuses its field.
    run.goto(f"/{lang}/account/register/", "register")
    tab_to(page, "main form.form button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator(".error-summary")).to_be_visible()
    run.step("register-errors")
    hrefs = [a.get_attribute("href") for a in page.locator(".error-summary a").all()]
    assert "#id_sex_0" in hrefs, hrefs
    for href in hrefs:
        assert page.locator(f"{href}:is(input, select, textarea)").count() == 1, href
    tab_to(page, ".error-summary a")
    page.keyboard.press("Enter")
    expect(page.locator(hrefs[0])).to_be_focused()

    # The guided check, by keyboard: selects with the arrow keys, dates typed.
    run.goto(f"/{lang}/check/", "check")
    page.keyboard.press("Tab")
    assert focused(page)["href"] == "#main", "the skip link comes first"
    assert_focus_visible(page)
    assert_language_switcher(page, lang)
    choose(page, "#id_status", status)
    type_date(page, "#id_granted_on", datetime.date(2025, 4, 1), order)
    choose(page, "#id_event", event)
    type_date(page, "#id_event_date", event_day, order)
    tab_to(page, "main form button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator("#answer")).to_have_attribute("data-outcome", "file")
    run.step("check-answer")

    # Start the filing from the answer: the sign-in page comes first.
    tab_to(page, f'#answer [data-kind="{kind}"] a.button')
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/{lang}/account/login/"))
    run.step("sign-in")
    tab_to(page, "#id_auth_id")
    page.keyboard.type(user.username)
    tab_to(page, "#id_password")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/{lang}/filing/new/{kind}/$"))
    run.step("filing-start")
    tab_to(page, "main form button[type=submit]")
    page.keyboard.press("Space")
    expect(page).to_have_url(re.compile(r"/identity/$"))
    run.step("filing-identity")
    tab_to(page, "main form button[type=submit]")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/details/$"))

    # Sent with nothing filled in: an error summary whose links lead to the fields.
    tab_to(page, "main form button[type=submit]")
    page.keyboard.press("Enter")
    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    run.step("details-errors")
    links = summary.locator("a")
    assert links.count() >= 3
    targets = [link.get_attribute("href") for link in links.all()]
    for href in targets:
        assert re.fullmatch(r"#id_\w+", href), href
        assert page.locator(f"{href}:is(input, select, textarea)").count() == 1, href
    tab_to(page, ".error-summary a")
    page.keyboard.press("Enter")
    expect(page.locator(targets[0])).to_be_focused()
    assert_focus_visible(page)
    assert page.locator(targets[0]).get_attribute("aria-invalid") == "true"

    # The fields typed in, reached from the summary and by Tab; then back with Shift+Tab.
    type_date(page, targets[0], event_day, order) if targets[0] == "#id_left_on" else None
    tab_to(page, "#id_org_name")
    page.keyboard.type("株式会社デモテック")
    tab_to(page, "#id_org_address")
    page.keyboard.type("東京都千代田区1-1-1")
    tab_to(page, "#id_org_name", backwards=True)
    expect(page.locator("#id_org_name")).to_have_value("株式会社デモテック")
    if targets[0] != "#id_left_on":
        type_date(page, "#id_left_on", event_day, order)
    tab_to(page, "main form button[type=submit]")
    page.keyboard.press("Enter")
    # (The browser keeps the fragment of the summary link across the redirect.)
    expect(page).to_have_url(re.compile(r"/confirm/(#id_\w+)?$"))
    run.step("confirm")

    tab_to(page, "#submit-button")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/{lang}/status/[0-9a-f-]+/\?sent=new$"))
    run.step("receipt")
    filing = Filing.objects.get(filed_by=user)
    expect(page.locator(".receipt__number")).to_have_text(filing.receipt_number)

    # The status list, reached by keyboard from the receipt.
    tab_to(page, f'main a[href="/{lang}/status/"]')
    page.keyboard.press("Enter")
    expect(page.locator(f'[data-receipt="{filing.receipt_number}"]')).to_have_attribute(
        "data-state", "completed"
    )
    run.step("status")
    return filing


def test_filing_with_the_keyboard_only(live_server, reference_data, browser: Browser):
    from django.core.cache import cache

    build(LANGUAGES)
    cache.clear()
    people = {
        "ja": (demo_resident_user("AB12345678CD", "keys.ja", "ja"), "student", "left_org"),
        "ko": (
            demo_resident_user("EF23456789GH", "keys.ko", "ko"),
            "engineer-humanities-international",
            "contract_ended",
        ),
    }
    kinds = {"left_org": "activity_org_left", "contract_ended": "contract_ended"}
    for language in LANGUAGES:
        user, status, event = people[language]
        run = Run(browser, live_server.url, "keyboard", language, 1280)
        try:
            filing = journey(run, user, status, event, kinds[event])
        finally:
            run.close()
        assert filing.kind == kinds[event]
        assert Filing.objects.get(pk=filing.pk).state == FilingState.COMPLETED
