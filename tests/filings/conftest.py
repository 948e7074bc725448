"""Fixtures of the filing tests: the filing pages in every language, filers of each kind."""

from __future__ import annotations

import datetime

import pytest

from django.conf import settings

from tests.content_helpers import make_site
from tests.factories import OrganizationFactory, ResidenceCardFactory, ResidentFactory

ALL_LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)


def build_filing_site(languages=ALL_LANGUAGES) -> dict:
    """A home page per language and the check, filing and status pages below each."""
    from filings.demo import filings as filing_demo

    site = make_site(languages=languages)
    filing_demo._build()
    return site


@pytest.fixture
def filing_site(db):
    return build_filing_site()


@pytest.fixture
def ja_filing_site(db):
    """Japanese and English only: enough for most tests and much faster to build."""
    return _ja_site()


def _ja_site() -> dict:
    from django.apps import apps

    from filings.demo import filings as filing_demo
    from filings.management.reference_data import ensure_loaded

    # A transactional test earlier in the session may have flushed the reference tables.
    ensure_loaded(apps)
    from filings.models import FilingCheckPage, FilingPage, StatusPage

    site = make_site(languages=("ja", "en"))
    home = site["home"]
    for model, spec in filing_demo.PAGES:
        from portal.seeding import translate_all, upsert_child

        page = upsert_child(
            home, model, spec["slug"], title=spec["ja"]["title"], intro=spec["ja"]["intro"]
        )
        translate_all(page, spec, languages=["en"])
    from filings.models import AccountPage

    site["account"] = upsert_child(home, AccountPage, "account", title="利用者情報")
    site["check"] = FilingCheckPage.objects.get(locale__language_code="ja")
    site["filing"] = FilingPage.objects.get(locale__language_code="ja")
    site["status"] = StatusPage.objects.get(locale__language_code="ja")
    return site


TODAY = datetime.date(2026, 6, 1)


def make_resident(status_code="student", card_number=None, **kwargs):
    """A registry resident with a current card valid for years to come."""
    resident = ResidentFactory(status_code=status_code, **kwargs)
    card_kwargs = {"resident": resident, "expires_on": datetime.date(2030, 1, 1)}
    if card_number:
        card_kwargs["number"] = card_number
    ResidenceCardFactory(**card_kwargs)
    return resident


def make_resident_user(resident=None, username=None, status_code="student", language="ja"):
    from django.contrib.auth import get_user_model

    from filings.models import ResidentAccount

    resident = resident or make_resident(status_code)
    user = get_user_model().objects.create_user(
        username=username or f"res{resident.pk:06d}",
        email=f"res{resident.pk}@example.jp",
        password="Unused#Pass123",
        kind="resident",
        language_code=language,
    )
    ResidentAccount.objects.create(user=user, resident=resident)
    return user


def make_org_user(organization=None, username=None, role="admin"):
    from django.contrib.auth import get_user_model

    from filings.models import OrganizationMembership

    organization = organization or OrganizationFactory()
    user = get_user_model().objects.create_user(
        username=username or f"org{organization.pk:06d}x{OrganizationMembership.objects.count()}",
        email=f"org{organization.pk}-{OrganizationMembership.objects.count()}@example.jp",
        password="Unused#Pass123",
        kind="organization",
        language_code="ja",
    )
    OrganizationMembership.objects.create(user=user, organization=organization, role=role)
    return user


@pytest.fixture
def resident_user(ja_filing_site):
    return make_resident_user()


@pytest.fixture
def org_user(ja_filing_site):
    return make_org_user()


@pytest.fixture
def ja_filing_site_tx(transactional_db):
    """`ja_filing_site` for tests that commit (threads, live server, real workers). Flushing
    empties the reference tables too, so they are loaded again first."""
    from django.apps import apps

    from filings.management.reference_data import ensure_loaded

    ensure_loaded(apps)
    return _ja_site()
