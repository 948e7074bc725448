"""The account pages in the tree, the maintenance guard, and optional two-step verification
for residents (SPEC A8, C2, L1; QUALITY A17, B2)."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from filings.models import AccountPage, OrganizationRegistrationPage
from portal.hooks import MAINTENANCE_GUARDED_PAGES, SEED_DEMO
from tests.content_helpers import make_site
from tests.filings.accounts.helpers import (
    PASSWORD,
    register_student,
    sign_in,
)

pytestmark = pytest.mark.django_db
User = get_user_model()
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def test_the_seed_places_the_account_pages_in_every_language(db):
    from wagtail import hooks

    from filings import wagtail_hooks
    from filings.demo import accounts as account_demo

    # The demo seed of `make run` builds the account pages (after the registry they need).
    assert wagtail_hooks.seed in hooks.get_hooks(SEED_DEMO)
    make_site(languages=tuple(LANGUAGES))
    account_demo._build()
    for code in LANGUAGES:
        page = AccountPage.objects.live().get(locale__language_code=code)
        assert page.url == f"/{code}/account/"
        assert page.title == account_demo.ACCOUNT[code]["title"]
        child = OrganizationRegistrationPage.objects.live().get(locale__language_code=code)
        assert child.url == f"/{code}/account/organization-registration/"
    assert account_demo._exists()


def test_account_pages_close_during_maintenance():
    from wagtail import hooks

    guarded = [t for fn in hooks.get_hooks(MAINTENANCE_GUARDED_PAGES) for t in fn()]
    assert AccountPage in guarded and OrganizationRegistrationPage in guarded
    assert "account/" in settings.PORTAL_MAINTENANCE_GUARDED_PATHS


@pytest.mark.parametrize("language", ["ja", "en", "tl"])
def test_the_pages_answer_in_the_readers_language(client, account_site, language):
    for route in (
        "",
        "login/",
        "register/",
        "renotify/",
        "renotify/password/",
        "organization-registration/",
    ):
        response = client.get(f"/{language}/account/{route}")
        assert response.status_code == 200, route
        assert f'<html lang="{language}"' in response.content.decode()
        assert "no-store" in response["Cache-Control"]


def _code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_a_resident_can_turn_on_two_step_verification(
    client, account_site, django_capture_on_commit_callbacks
):
    user = register_student(client, django_capture_on_commit_callbacks)
    page = client.get("/ja/account/two-factor/")
    assert b"<svg" in page.content
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    client.post("/ja/account/two-factor/", {"otp_token": _code(device)})
    device.refresh_from_db()
    assert device.confirmed
    client.post("/ja/account/logout/")
    # The password alone no longer signs in; the code does, once.
    response = sign_in(client)
    assert response["Location"] == "/ja/account/login/verify/"
    assert client.get("/ja/account/profile/").status_code == 302
    later = timezone.now() + datetime.timedelta(seconds=60)  # the next 30-second step
    with time_machine.travel(later, tick=False):
        code = _code(device)
        key_before = client.session.session_key
        assert client.post("/ja/account/login/verify/", {"otp_token": code}).status_code == 302
        assert client.get("/ja/account/profile/").status_code == 200
        assert client.session.session_key != key_before
        client.post("/ja/account/logout/")
        sign_in(client, password=PASSWORD)
        reused = client.post("/ja/account/login/verify/", {"otp_token": code})
        assert reused.status_code == 200  # the same code cannot be used twice
        assert client.get("/ja/account/profile/").status_code == 302


@pytest.mark.parametrize(
    ("language", "days", "expected"),
    [
        ("pt", 0, "hoje"),
        ("pt", 1, "há 1 dia"),
        ("pt", 2, "há 2 dias"),
        ("en", 0, "today"),
        ("en", 1, "1 day ago"),
        ("tl", 0, "ngayong araw"),
    ],
)
def test_the_password_age_reads_naturally_on_the_day_it_was_set(language, days, expected):
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override(language):
        text = render_to_string("filings/account/_days_ago.html", {"days": days}).strip()
    assert text == expected


@pytest.mark.parametrize(
    ("language", "word"), [("ja", "エラー："), ("en", "Error:"), ("tl", "May mali:")]
)
def test_a_form_with_errors_says_so_first_in_the_title_and_focuses_its_summary(
    client, account_site, language, word
):
    fresh = client.get(f"/{language}/account/register/").content.decode()
    assert f"<title>{word}" not in fresh and "portal/js/forms.js" not in fresh
    response = client.post(f"/{language}/account/register/", {"email": "not-an-address"})
    assert response.status_code in (200, 400)
    html = response.content.decode()
    assert f"<title>{word} " in html
    assert 'class="error-summary"' in html and 'tabindex="-1"' in html
    assert "portal/js/forms.js" in html  # moves the focus to the summary
