"""A resident's account from registration to a changed e-mail address, in a real browser, in
Japanese and in Tagalog (SPEC A1, A5, A6, A8, A9, N8)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail as django_mail

from tests.filings.accounts.helpers import (
    STUDENT,
    _fresh_rate_limits,  # noqa: F401 (autouse fixture)
    build_account_site,
    code_from,
    demo_identities,
    link_from,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "Lan#Tokyo2026"
NEW_PASSWORD = "Lan#Osaka2027"


def _fill_identity(page: Page) -> None:
    page.fill("#id_card_number", STUDENT["card_number"].lower())
    page.fill("#id_name_latin", STUDENT["name_latin"])
    page.fill("#id_birth_date", STUDENT["birth_date"])
    page.check("input[name=sex][value=F]")
    page.select_option("#id_nationality", STUDENT["nationality"])


def _sign_in(page: Page, base: str, password: str) -> None:
    page.goto(f"{base}/account/login/")
    page.fill("#id_auth_id", "lan.nguyen")
    page.fill("#id_password", password)
    page.click("main form.form button[type=submit]")


@pytest.mark.parametrize("language", ["ja", "tl"])
def test_register_lock_out_unlock_and_change_the_e_mail(
    live_server, reference_data, page: Page, language
):
    build_account_site(languages=("ja", language) if language != "ja" else ("ja",))
    demo_identities()
    base = f"{live_server.url}/{language}"
    django_mail.outbox.clear()

    # Register with the demo student's card data.
    page.goto(f"{base}/account/register/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    _fill_identity(page)
    page.fill("#id_auth_id", "lan.nguyen")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.fill("#id_email", "lan@example.com")
    page.click("main form.form button[type=submit]")
    expect(page).to_have_url(f"{base}/account/register/done/")
    user = get_user_model().objects.get(username="lan.nguyen")
    assert user.language_code == language

    # The registration mail is in the inbox on the site.
    page.goto(f"{base}/account/inbox/")
    page.locator("table a").first.click()
    expect(page.locator(".mail-body")).to_contain_text("lan.nguyen")
    assert len(django_mail.outbox) == 1

    # Sign out, then fail the password until the account locks.
    page.goto(f"{base}/account/profile/")
    page.locator(".account-menu form button").click()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _sign_in(page, base, "Wrong#Pass1")
    expect(page.locator(".error-summary")).to_be_visible()
    _sign_in(page, base, PASSWORD)  # the right password is refused while locked
    expect(page).to_have_url(re.compile(r"/account/login/$"))
    expect(page.locator(".error-summary")).to_be_visible()

    # Re-notification: card data in, auth ID and code by mail, new password.
    page.goto(f"{base}/account/renotify/")
    _fill_identity(page)
    page.click("main form.form button[type=submit]")
    expect(page).to_have_url(re.compile(r"/account/renotify/password/\?sent=1$"))
    message = django_mail.outbox[-1]
    assert message.to == ["lan@example.com"] and "lan.nguyen" in message.body
    page.fill("#id_auth_id", "lan.nguyen")
    page.fill("#id_code", code_from(message))
    page.fill("#id_password1", NEW_PASSWORD)
    page.fill("#id_password2", NEW_PASSWORD)
    page.click("main form.form button[type=submit]")
    expect(page.locator("main h1")).to_be_visible()

    # Signed in at once with the new password.
    _sign_in(page, base, NEW_PASSWORD)
    expect(page).to_have_url(f"{base}/account/profile/")

    # Change the e-mail address: confirmed through the link sent to the new address.
    page.goto(f"{base}/account/email/")
    page.fill("#id_email", "lan.new@example.com")
    page.fill("#id_current_password", NEW_PASSWORD)
    page.click("main form.form button[type=submit]")
    confirm = next(m for m in django_mail.outbox if m.to == ["lan.new@example.com"])
    path = re.sub(r"^https?://[^/]+", "", link_from(confirm, "email/confirm"))
    page.goto(f"{live_server.url}{path}")
    page.click("main form button[type=submit]")
    expect(page.locator("main h1")).to_be_visible()
    user.refresh_from_db()
    assert user.email == "lan.new@example.com"
    page.goto(f"{base}/account/profile/")
    expect(page.locator(".summary-list")).to_contain_text("lan.new@example.com")
