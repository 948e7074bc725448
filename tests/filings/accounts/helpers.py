"""Building blocks of the account tests: the account pages, demo identities, sign-in."""

from __future__ import annotations

import datetime
import re

import pytest

from django.core import mail as django_mail

from filings.demo import accounts as account_demo
from filings.models import AccountPage, OrganizationRegistrationPage
from portal.seeding import translate_all, upsert_child
from tests.content_helpers import make_site

STUDENT = {
    "card_number": "AB12345678CD",
    "name_latin": "NGUYEN THI LAN",
    "birth_date": "2003-04-15",
    "sex": "F",
    "nationality": "VNM",
}
ENGINEER = {
    "card_number": "EF23456789GH",
    "name_latin": "SHARMA RAHUL",
    "birth_date": "1991-08-20",
    "sex": "M",
    "nationality": "IND",
}
PERMANENT = {
    "card_number": "MN45678901OP",
    "name_latin": "KIM MINJUN",
    "birth_date": "1980-03-01",
    "sex": "M",
    "nationality": "KOR",
}
ISSUED_TODAY = {
    "card_number": "QR56789012ST",
    "name_latin": "WANG XIAOMING",
    "birth_date": "1999-06-30",
    "sex": "M",
    "nationality": "CHN",
}
PASSWORD = "Lan#Tokyo2026"


def build_account_site(languages=("ja", "en")) -> dict:
    """Home pages, the account page and the organization pre-registration page."""
    from django.apps import apps

    from filings.management.reference_data import ensure_loaded

    ensure_loaded(apps)  # a transactional test before this one may have emptied the tables
    site = make_site(languages=languages)
    home = site["home"]
    account = upsert_child(
        home,
        AccountPage,
        "account",
        title=account_demo.ACCOUNT["ja"]["title"],
        intro=account_demo.ACCOUNT["ja"]["intro"],
    )
    others = [code for code in languages if code != "ja"]
    if others:
        translate_all(account, account_demo.ACCOUNT, languages=others)
    organization = upsert_child(
        account,
        OrganizationRegistrationPage,
        "organization-registration",
        title=account_demo.ORGANIZATION["ja"]["title"],
        intro=account_demo.ORGANIZATION["ja"]["intro"],
    )
    if others:
        translate_all(organization, account_demo.ORGANIZATION, languages=others)
    return {**site, "account": account, "organization_page": organization}


def demo_identities(today: datetime.date | None = None) -> None:
    from filings.demo import registry as demo

    demo._identities(today or datetime.date.today())


def registration_data(identity=STUDENT, **overrides) -> dict:
    data = {
        **identity,
        "auth_id": "lan.nguyen",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "email": "lan@example.com",
    }
    data.update(overrides)
    return data


def code_from(message) -> str:
    found = re.search(r"^.*: ([2-9A-HJ-NP-Z]{8})$", message.body, re.MULTILINE)
    assert found, message.body
    return found.group(1)


def link_from(message, route: str) -> str:
    found = re.search(rf"https?://\S+/{route}/\S+/", message.body)
    assert found, message.body
    return found.group(0)


def last_mail():
    return django_mail.outbox[-1]


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Rate limits live in the cache (Redis when REDIS_URL is set), which outlives a test."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="module")
def _account_site_once(django_db_setup, django_db_blocker):
    """The account pages and demo identities, built once per module inside a transaction held
    open for the module; each test runs in a savepoint of it."""
    from django.db import transaction

    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            built = build_account_site(languages=("ja", "en", "tl"))
            demo_identities()
        except BaseException:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            raise
    yield built
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


@pytest.fixture
def account_site(_account_site_once, db):
    return _account_site_once


def register_student(client, capture, **overrides):
    """Register the demo student through the form; returns the new user."""
    from django.contrib.auth import get_user_model

    with capture(execute=True):
        response = client.post("/ja/account/register/", registration_data(**overrides))
    assert response.status_code == 302, response.content.decode()[:2000]
    return get_user_model().objects.get(username=overrides.get("auth_id", "lan.nguyen"))


def sign_in(client, auth_id="lan.nguyen", password=PASSWORD, language="ja"):
    return client.post(f"/{language}/account/login/", {"auth_id": auth_id, "password": password})
