"""The filing pages in the site: seeded in every language, closed during maintenance (SPEC
C2, N10, L1), and the field definitions every channel shares."""

from __future__ import annotations

import datetime
import io

import pytest
import time_machine

from django.conf import settings

from filings import fields
from filings.constants import COMBINED_KINDS, FilingKind
from filings.demo import filings as filing_demo
from filings.models import FilingCheckPage, FilingPage, StatusPage
from portal.models import MaintenanceWindow
from tests.content_helpers import make_site

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def test_the_seed_places_the_three_pages_in_every_language_once():
    make_site(languages=tuple(LANGUAGES))
    out = io.StringIO()
    filing_demo.seed(out)
    filing_demo.seed(out)  # idempotent
    for model, slug in ((FilingCheckPage, "check"), (FilingPage, "filing"), (StatusPage, "status")):
        pages = model.objects.live()
        assert sorted(p.locale.language_code for p in pages) == sorted(LANGUAGES)
        assert {p.slug for p in pages} == {slug}
    assert (
        FilingCheckPage.objects.get(locale__language_code="ko").title
        == filing_demo.CHECK["ko"]["title"]
    )


def test_during_maintenance_filing_closes_and_the_check_stays_open(client, ja_filing_site):
    start = datetime.datetime(2030, 3, 10, 10, 0, tzinfo=datetime.UTC)
    MaintenanceWindow.objects.create(
        title="定期メンテナンス",
        start=start,
        end=start + datetime.timedelta(hours=4),
        announce_days=7,
        message="終了後は通常どおり利用できます。",
        locale=ja_filing_site["locales"]["ja"],
    )
    with time_machine.travel(start + datetime.timedelta(hours=1), tick=False):
        assert client.get("/ja/filing/").status_code == 503
        assert client.get("/ja/status/").status_code == 503
        assert client.get("/ja/check/").status_code == 200


def test_every_kind_has_its_event_date_and_the_identity_first():
    for key, spec in fields.KINDS.items():
        codes = [f.code for f in spec.all_fields()]
        assert codes[: len(fields.IDENTITY_CODES)] == list(fields.IDENTITY_CODES)
        assert len(spec.date_fields) == len(spec.events) >= 1, key
        assert len(set(codes)) == len(codes), key
    assert set(fields.KINDS) == {*FilingKind.values, *COMBINED_KINDS}


def test_check_value_is_the_same_rule_for_every_channel():
    today = datetime.date(2026, 6, 1)
    name = fields.IDENTITY_FIELDS[0]
    assert fields.check_value(name, "  nguyen   thi lan ", today=today).value == "NGUYEN THI LAN"
    card = fields.kind_spec("activity_org_left").field("card_number")
    assert fields.check_value(card, "ab 1234-5678 cd", today=today).value == "AB12345678CD"
    day = fields.kind_spec("activity_org_left").field("left_on")
    # A workbook hands over a date object or text with slashes; both become the same value.
    assert fields.check_value(day, datetime.date(2026, 5, 30), today=today).value == "2026-05-30"
    assert fields.check_value(day, "2026/5/30", today=today).value == "2026-05-30"
    assert (
        fields.check_value(day, "2026-06-02", today=today).errors[0].code == "E-EVENT-DATE-FUTURE"
    )
    assert fields.check_value(day, "31/31/2026", today=today).errors[0].code == "E-DATE-INVALID"
    address = fields.kind_spec("activity_org_left").field("org_address")
    assert fields.check_value(address, "東京都1-2", today=today).value == "東京都１−２"
    snapshot = fields.kind_spec("student_snapshot").field("snapshot_date")
    allowed = {v for v, _label in fields.snapshot_choices(today)}
    assert allowed == {"2026-05-01", "2025-11-01", "2025-05-01"}
    assert (
        fields.check_value(snapshot, "2026-04-01", today=today, allowed=allowed).errors[0].code
        == "E-SNAPSHOT-DATE"
    )


@pytest.mark.django_db
def test_the_sitemap_leaves_out_the_pages_for_signed_in_filers(client, ja_filing_site, settings):
    settings.PORTAL_PUBLIC_BASE_URL = "https://portal.example.jp"
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>https://portal.example.jp/ja/check/</loc>" in xml  # public: the guided check
    for page in ("account", "filing", "status"):
        path = ja_filing_site[page].url
        assert path and f"https://portal.example.jp{path}<" not in xml, path
