"""The filing journey in a real browser (SPEC N1, F6, X3, S1, L1, L3).

A demo resident uses the guided check, starts the filing it suggests, signs in, goes back
twice and forward again, submits with a double click, sees one receipt and finds the filing
completed on the status page with its full content: in Japanese, then in Korean on a 360 px
screen.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from filings.models import Filing, FilingState
from filings.rules import today_in_japan
from tests.e2e.filing_site import PASSWORD, build, demo_resident_user

ARTIFACTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _no_overflow(page: Page) -> None:
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{page.url} is {overflow}px wider than the screen"


def journey(
    page: Page, base: str, lang: str, *, status: str, event: str, kind: str, user, narrow=False
):
    check = lambda: _no_overflow(page) if narrow else None  # noqa: E731
    event_day = (today_in_japan() - datetime.timedelta(days=3)).isoformat()

    # 1. The guided check (public).
    page.goto(f"{base}/{lang}/check/")
    expect(page.locator("html")).to_have_attribute("lang", lang)
    page.select_option("#id_status", status)
    page.fill("#id_granted_on", "2025-04-01")
    page.select_option("#id_event", event)
    page.fill("#id_event_date", event_day)
    page.locator("form.form button[type=submit]").click()
    answer = page.locator("#answer")
    expect(answer).to_have_attribute("data-outcome", "file")
    due = (datetime.date.fromisoformat(event_day) + datetime.timedelta(days=14)).isoformat()
    expect(answer.locator("[data-due]")).to_have_attribute("data-due", due)
    check()

    # 2. Start the suggested filing; signing in brings the resident back to it.
    answer.locator(f'[data-kind="{kind}"] a.button').click()
    page.fill("#id_auth_id", user.username)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(f"{base}/{lang}/filing/new/{kind}/")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r".*/draft/.*/identity/$"))
    check()

    # 3. Identity (filled in from the registry), then what happened.
    expect(page.locator("#id_name_latin")).to_have_value(user.resident_account.resident.name_latin)
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r".*/details/$"))
    date_field = "#id_left_on"
    page.fill(date_field, event_day)
    page.fill("#id_org_name", "株式会社デモテック")
    page.fill("#id_org_address", "東京都千代田区1-1-1")
    check()
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r".*/confirm/$"))
    expect(page.locator('[data-field="org_address"] td')).to_have_text("東京都千代田区１−１−１")

    # 4. Back twice and forward again: nothing typed is lost, nobody is signed out.
    page.go_back()
    expect(page).to_have_url(re.compile(r".*/details/$"))
    page.go_back()
    expect(page).to_have_url(re.compile(r".*/identity/$"))
    expect(page.locator("#id_card_number")).not_to_have_value("")
    page.go_forward()
    expect(page).to_have_url(re.compile(r".*/details/$"))
    expect(page.locator("#id_org_name")).to_have_value("株式会社デモテック")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r".*/confirm/$"))
    check()

    # 5. A double click on "send" makes one filing and shows one receipt.
    page.locator("#submit-button").dblclick()
    expect(page).to_have_url(re.compile(rf".*/{lang}/status/[0-9a-f-]+/\?sent=(new|again)$"))
    receipt = page.locator(".receipt__number").inner_text()
    filings = Filing.objects.filter(filed_by=user)
    assert filings.count() == 1
    filing = filings.get()
    assert filing.receipt_number == receipt
    check()

    # 6. The status page shows it completed, and its detail the full content.
    page.goto(f"{base}/{lang}/status/")
    item = page.locator(f'[data-receipt="{receipt}"]')
    expect(item).to_have_attribute("data-state", "completed")
    item.locator("a").click()
    expect(page.locator("[data-state]").first).to_have_attribute("data-state", "completed")
    for code in ("name_latin", "card_number", "left_on", "org_name", "org_address"):
        expect(page.locator(f'[data-field="{code}"] td')).not_to_have_text("")
    expect(page.locator('[data-field="org_name"] td')).to_have_text("株式会社デモテック")
    check()
    assert Filing.objects.get(pk=filing.pk).state == FilingState.COMPLETED
    return page


def test_filing_journey_in_japanese_then_korean_on_a_phone(live_server, browser):
    build(("ja", "ko"))
    student = demo_resident_user("AB12345678CD", "demo-student", "ja")
    engineer = demo_resident_user("EF23456789GH", "demo-engineer", "ko")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    context = browser.new_context(locale="ja-JP")
    page = context.new_page()
    journey(
        page,
        live_server.url,
        "ja",
        status="student",
        event="left_org",
        kind="activity_org_left",
        user=student,
    )
    page.screenshot(path=str(ARTIFACTS / "filing-status-ja.png"), full_page=True)
    assert Filing.objects.filter(state=FilingState.COMPLETED).count() == 1
    context.close()

    context = browser.new_context(
        locale="ko-KR", viewport={"width": 360, "height": 740}, device_scale_factor=2
    )
    page = context.new_page()
    journey(
        page,
        live_server.url,
        "ko",
        status="engineer-humanities-international",
        event="contract_ended",
        kind="contract_ended",
        user=engineer,
        narrow=True,
    )
    page.screenshot(path=str(ARTIFACTS / "filing-status-ko-360.png"), full_page=True)
    context.close()
