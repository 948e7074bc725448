"""An organization pre-registers online, an officer approves it at the counter in the admin
(after a second factor), and its administrator adds a colleague (SPEC A2,
N12, O2, X2)."""

from __future__ import annotations

import re

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Page, expect

from django.contrib.auth import get_user_model
from django.core import mail as django_mail

from filings.demo.registry import corporate_number
from filings.models import OrganizationMembership, OrganizationRegistration
from tests.filings.accounts.helpers import (
    _fresh_rate_limits,  # noqa: F401 (autouse fixture)
    build_account_site,
    link_from,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
User = get_user_model()
ADMIN_PASSWORD = "Gakuin#Admin2026"
CORPORATE_NUMBER = corporate_number(8_123_456_789)


def _path(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def _set_password(page: Page, base: str, url: str, password: str) -> None:
    page.goto(f"{base}{_path(url)}")
    page.fill("#id_password1", password)
    page.fill("#id_password2", password)
    page.click("main form.form button[type=submit]")
    expect(page.locator("main h1")).to_be_visible()


def test_pre_registration_counter_approval_and_a_second_user(
    live_server, reference_data, page: Page, browser
):
    build_account_site(languages=("ja",))
    base = live_server.url
    django_mail.outbox.clear()

    # 1. The organization fills the registration form online.
    page.goto(f"{base}/ja/account/organization-registration/")
    page.fill("#id_name", "デモ国際大学")
    page.fill("#id_corporate_number", CORPORATE_NUMBER)
    page.fill("#id_address", "東京都千代田区霞が関１丁目１番１号")
    page.select_option("#id_organization_type", "school")
    page.fill("#id_contact_name", "山田 花子")
    page.fill("#id_email", "kokusai@example.ac.jp")
    page.fill("#id_auth_id_first", "demo.univ")
    page.fill("#id_auth_id_second", "demo.univ2")
    page.click("main form.form button[type=submit]")
    reference = page.locator(".reference-number").inner_text()
    assert re.fullmatch(r"ORG-[2-9A-HJ-NP-Z]{8}", reference)
    assert reference in django_mail.outbox[-1].body

    # 2. At the counter an officer signs in to the admin with a second factor and approves.
    officer = User.objects.create_user(
        "officer.kanda", password="Officer#Pass1", is_staff=True, is_superuser=True
    )
    device = TOTPDevice.objects.create(user=officer, name="phone", confirmed=True)
    counter = browser.new_page()
    counter.goto(f"{base}/admin/login/")
    counter.fill("#id_username", "officer.kanda")
    counter.fill("#id_password", "Officer#Pass1")
    counter.click("button[type=submit]")
    expect(counter).to_have_url(re.compile(r"/admin-2fa/verify/"))
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    counter.fill("#id_otp_token", f"{code:06d}")
    counter.click("main button[type=submit]")
    expect(counter).to_have_url(re.compile(r"/admin/$"))
    counter.goto(f"{base}/admin/organization_registrations/?q={reference}")
    counter.get_by_role("link", name=reference).click()
    expect(counter.locator("[data-reference]")).to_have_text(reference)
    expect(counter.locator("#id_auth_id")).to_have_value("demo.univ")
    counter.check("#id_identity_checked")
    counter.click("button[name=approve]")
    expect(counter.locator(".messages")).to_contain_text("demo.univ")
    registration = OrganizationRegistration.objects.get(reference_number=reference)
    assert registration.state == OrganizationRegistration.State.APPROVED
    assert registration.decided_by == officer

    # 3. The administrator sets a password through the mailed link and signs in.
    activation = next(
        m for m in django_mail.outbox if m.to == ["kokusai@example.ac.jp"] and "activate" in m.body
    )
    _set_password(page, base, link_from(activation, "activate"), ADMIN_PASSWORD)
    page.goto(f"{base}/ja/account/login/")
    page.fill("#id_auth_id", "demo.univ")
    page.fill("#id_password", ADMIN_PASSWORD)
    page.click("main form.form button[type=submit]")
    expect(page).to_have_url(f"{base}/ja/account/profile/")

    # 4. ... and adds a colleague, who receives a link to set their own password.
    page.goto(f"{base}/ja/account/organization/add/")
    page.fill("#id_auth_id", "demo.univ.tanaka")
    page.fill("#id_email", "tanaka@example.ac.jp")
    page.select_option("#id_role", "staff")
    page.click("main form.form button[type=submit]")
    expect(page).to_have_url(f"{base}/ja/account/organization/")
    expect(page.locator("main table")).to_contain_text("demo.univ.tanaka")
    colleague = OrganizationMembership.objects.get(user__username="demo.univ.tanaka")
    assert colleague.organization == registration.organization
    assert colleague.role == OrganizationMembership.Role.STAFF
    invitation = next(m for m in django_mail.outbox if m.to == ["tanaka@example.ac.jp"])
    second = browser.new_page()
    _set_password(second, base, link_from(invitation, "activate"), "Tanaka#Staff2026")
    second.goto(f"{base}/ja/account/login/")
    second.fill("#id_auth_id", "demo.univ.tanaka")
    second.fill("#id_password", "Tanaka#Staff2026")
    second.click("main form.form button[type=submit]")
    expect(second).to_have_url(f"{base}/ja/account/profile/")
