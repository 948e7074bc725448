"""The translation status report (SPEC N11): missing, incomplete, out of date, current."""

import time

import pytest

from django.contrib.auth import get_user_model

from wagtail.models import Locale

from portal.localization import translate_page
from portal.translation_report import CURRENT, INCOMPLETE, MISSING, OUT_OF_DATE, build_report
from tests.content_helpers import make_site

User = get_user_model()


def statuses(page_title: str) -> dict[str, str]:
    _locales, rows = build_report()
    row = next(r for r in rows if r.page.title == page_title)
    return {cell.locale.language_code: cell.status for cell in row.cells}


@pytest.fixture
def site(db):
    site = make_site(("ja", "en", "ko"))
    Locale.objects.get_or_create(language_code="es")
    return site


@pytest.mark.django_db
def test_fresh_translations_are_current_and_absent_ones_missing(site):
    about = statuses("このシステムについて")
    assert about["en"] == CURRENT and about["ko"] == CURRENT
    assert about["es"] == MISSING


@pytest.mark.django_db
def test_a_changed_source_flags_its_translations_out_of_date(site):
    about = site["about"]
    time.sleep(0.01)  # publication timestamps must differ from the translation's
    about.introduction = "新しい紹介"
    about.save_revision().publish()
    assert statuses("このシステムについて")["en"] == OUT_OF_DATE
    assert statuses("このシステムについて")["ko"] == OUT_OF_DATE
    # The home page did not change, so its translations are still current.
    assert statuses("ホーム")["en"] == CURRENT

    # Re-syncing and translating the new text makes English current again; Korean, synced
    # but not translated, now shows the untranslated segment as incomplete.
    translate_page(about, "en", {"新しい紹介": "New introduction"})
    translate_page(about, "ko", {})
    result = statuses("このシステムについて")
    assert result["en"] == CURRENT
    assert result["ko"] == INCOMPLETE


@pytest.mark.django_db
def test_the_report_is_an_admin_page(client, site, settings):
    settings.PORTAL_STAFF_OTP_REQUIRED = False
    about = site["about"]
    time.sleep(0.01)
    about.introduction = "変更"
    about.save_revision().publish()
    admin = User.objects.create_superuser("chief", password="Chief#Pass1")
    client.force_login(admin)
    response = client.get("/admin/reports/translation-status/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-locale="en" data-status="out_of_date"' in html
    assert 'data-locale="es" data-status="missing"' in html
    filtered = client.get("/admin/reports/translation-status/", {"status": "out_of_date"})
    assert "このシステムについて" in filtered.content.decode()
    # The report is listed in the admin menu under Reports.
    assert "/admin/reports/translation-status/" in client.get("/admin/").content.decode()
