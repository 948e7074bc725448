"""Receipts, status details and error pages print cleanly (SPEC L3, Q76).

With the print media emulated, everything that only helps on a screen (header, footer,
language switcher, navigation, buttons, the skip link, the maintenance banner) is not shown,
and what the paper is for (receipt number, state, the content filed, the error's explanation)
is. The receipt also prints to a non-empty PDF.
"""

from __future__ import annotations

import datetime

import pytest
from playwright.sync_api import Browser, expect

from django.utils import timezone

from filings.constants import FilingKind
from filings.models import Filing, FilingState
from filings.rules import today_in_japan
from filings.services.registration import registry_identity
from portal.models import MaintenanceWindow
from tests.e2e.filing_site import PASSWORD, build, demo_resident_user
from tests.e2e.journey import Run, assert_prints_cleanly, check_a11y

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LANGUAGES = ("ja", "ko")


def _filing(user, language: str) -> Filing:
    resident = user.resident_account.resident
    card = resident.cards.get(is_valid=True)
    event = today_in_japan() - datetime.timedelta(days=2)
    return Filing.objects.create(
        kind=FilingKind.ACTIVITY_ORG_LEFT,
        filer_type="resident",
        filed_by=user,
        resident=resident,
        card_number=card.number,
        name_latin=resident.name_latin,
        data={
            **registry_identity(resident, card),
            "left_on": event.isoformat(),
            "org_name": "デモ国際大学",
            "org_address": "東京都新宿区西新宿１丁目",
        },
        language_code=language,
        event_date=event,
        due_date=event + datetime.timedelta(days=14),
        content_digest=f"print-{language}",
        filed_on=today_in_japan(),
        state=FilingState.COMPLETED,
        completed_at=timezone.now(),
    )


def _sign_in(run: Run, username: str) -> None:
    run.page.goto(f"{run.prefix}/account/login/")
    run.page.fill("#id_auth_id", username)
    run.page.fill("#id_password", PASSWORD)
    run.page.locator("main form.form button[type=submit]").click()
    expect(run.page).to_have_url(f"{run.prefix}/account/profile/")


def test_receipt_status_and_error_pages_print_cleanly(live_server, browser: Browser):
    build(LANGUAGES)
    people = {"ja": "AB12345678CD", "ko": "EF23456789GH"}
    for language in LANGUAGES:
        user = demo_resident_user(people[language], f"print.{language}", language)
        filing = _filing(user, language)
        run = Run(browser, live_server.url, "print", language, 1280)
        try:
            _sign_in(run, user.username)
            page = run.page

            # The receipt, as shown right after sending.
            run.goto(f"/{language}/status/{filing.public_id}/?sent=new", "receipt")
            expect(page.locator(".receipt__number")).to_have_text(filing.receipt_number)
            assert_prints_cleanly(
                page, ".receipt__number", ".receipt [data-state]", '[data-field="org_name"] td'
            )
            page.emulate_media(media="print")
            run.step("receipt-print")
            pdf = page.pdf(format="A4")
            page.emulate_media(media="screen")
            assert pdf.startswith(b"%PDF") and len(pdf) > 5_000

            # The status detail reached from the list.
            run.goto(f"/{language}/status/", "status")
            page.locator(f'[data-receipt="{filing.receipt_number}"] a').click()
            expect(page.locator(".receipt [data-state]")).to_have_attribute(
                "data-state", "completed"
            )
            assert_prints_cleanly(
                page, "main h1", ".receipt__number", ".content-table", '[data-field="left_on"] td'
            )
            run.step("status-detail")

            # A page that does not exist.
            response = page.goto(f"{run.prefix}/no-such-page/")
            assert response.status == 404
            run.step("not-found")
            assert_prints_cleanly(page, "main h1", "main p")
        finally:
            run.close()

    # The maintenance page (503) that the filing side answers during a window.
    now = timezone.now()
    MaintenanceWindow.objects.create(
        title="印刷テスト",
        start=now - datetime.timedelta(minutes=5),
        end=now + datetime.timedelta(hours=1),
        message="システム更新のため停止しています。",
    )
    page = browser.new_page()
    try:
        response = page.goto(f"{live_server.url}/ja/filing/")
        assert response.status == 503
        expect(page.locator("main")).to_contain_text("システム更新のため停止しています。")
        check_a11y(page)
        assert_prints_cleanly(page, "main h1", "main .lead")
    finally:
        page.close()
