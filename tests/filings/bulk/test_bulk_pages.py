"""The bulk page, its result and progress views, the status page and the back office
(SPEC K1–K4, N3, S1, O3; QUALITY C1, D2, D10, G4)."""

from __future__ import annotations

import datetime
import io
from zoneinfo import ZoneInfo

import pytest
import time_machine
from openpyxl import load_workbook

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import translation

from filings import errors
from filings.models import BulkUpload, Filing
from filings.services import bulk as bulk_services
from filings.tasks import bulk as bulk_tasks
from filings.xlsx import FAMILIES
from filings.xlsx.report import MARK_FILL
from portal.models import AuditEvent
from tests.filings.bulk.bulk_files import make_people, row_values, valid_file, with_cards, workbook
from tests.filings.bulk.conftest import saved_as_csv
from tests.filings.conftest import make_org_user, make_resident_user
from tests.filings.test_admin_registry import _sign_in
from tests.filings.test_filing_admin import _officer

pytestmark = pytest.mark.django_db
JAPAN = ZoneInfo("Asia/Tokyo")


def _file(content: bytes, name: str = "people.xlsx"):
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


@pytest.fixture
def org_client(ja_filing_site, monkeypatch):
    monkeypatch.setattr(bulk_tasks.bulk_register, "delay", lambda upload_id: None)
    user = make_org_user()
    client = Client()
    client.force_login(user)
    return client, user


def test_only_organization_users_file_in_bulk(ja_filing_site):
    anonymous = Client().get("/ja/bulk/")
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    resident = Client()
    resident.force_login(make_resident_user())
    refused = resident.get("/ja/bulk/")
    assert refused.status_code == 403
    assert "organization" in refused.content.decode().lower() or refused.templates


def test_the_page_offers_every_template_and_lists_the_organizations_files(org_client):
    client, _user = org_client
    page = client.get("/ja/bulk/")
    assert page.status_code == 200 and "no-store" in page["Cache-Control"]
    html = page.content.decode()
    for family in ("acceptance", "snapshot", "proxy"):
        assert f"/downloads/bulk/{family}-ja.xlsx" in html
    assert 'enctype="multipart/form-data"' in html
    template = client.get("/downloads/bulk/acceptance-ja.xlsx")
    assert template.status_code == 200 and template.content[:2] == b"PK"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ({}, ""),
        ({"file": _file(b"", "empty.xlsx")}, ""),
        ({"file": _file(b"not a workbook at all", "people.xlsx")}, "E-BULK-NOT-XLSX"),
        ({"file": _file(b"x" * (2 * 1024 * 1024 + 10), "big.xlsx")}, "E-BULK-FILE-TOO-LARGE"),
        ({"file": _file(b"MZ\x90\x00", "virus.exe")}, "E-BULK-NOT-XLSX"),
    ],
)
def test_bad_uploads_reshow_the_form_with_a_message_and_store_nothing(org_client, data, code):
    client, _user = org_client
    response = client.post("/ja/bulk/", data)
    assert response.status_code == 400
    shown = response.context["form"].errors["file"]
    assert shown
    if code:
        assert shown == [errors.message(code, "ja", max_mb=2)]
    assert 'role="alert"' in response.content.decode()
    assert BulkUpload.objects.count() == 0


def test_a_reception_error_lists_each_problem_by_row_and_column(org_client):
    client, _user = org_client
    people = with_cards(make_people(3))
    rows = [row_values("snapshot", p) for p in people]
    rows[1]["birth_date"] = "2099-01-01"
    response = client.post("/ja/bulk/", {"file": _file(workbook("snapshot", rows))})
    assert response.status_code == 303
    page = client.get(response["Location"])
    html = page.content.decode()
    assert 'data-state="reception_error"' in html
    problems = page.context["problems"]
    assert [(p["row"], p["code"]) for p in problems] == [(4, "E-DATE-FUTURE")]
    assert problems[0]["cell"].endswith("4")
    assert 'data-row="4"' in html
    # Before the worker has built it: the page says so, and the download link answers a page.
    assert 'data-workbook-state="building"' in html and "data-error-workbook" not in html
    early = client.get(page.context["workbook_url"])
    assert early.status_code == 202 and early["Retry-After"]
    assert 'data-workbook-page="building"' in early.content.decode()
    upload = BulkUpload.objects.get(public_id=page.context["upload"].public_id)
    assert bulk_tasks.bulk_error_workbook(upload.pk) == "built"
    page = client.get(response["Location"])
    assert "data-error-workbook" in page.content.decode()
    assert client.get(base_url(page) + "progress/").json()["workbook"] == "ready"
    workbook_response = client.get(page.context["workbook_url"])
    assert workbook_response.status_code == 200
    assert workbook_response["Content-Disposition"].startswith("attachment;")
    content = b"".join(workbook_response.streaming_content)
    sheet = load_workbook(io.BytesIO(content)).worksheets[0]
    marked = {c.coordinate for row in sheet.iter_rows() for c in row if c.fill == MARK_FILL}
    assert marked == {problems[0]["cell"]}
    assert sheet[problems[0]["cell"]].comment.text == errors.message("E-DATE-FUTURE", "ja")


def base_url(page) -> str:
    return page.context["self_url"]


def test_results_progress_and_workbook_are_visible_to_the_organization_only(org_client):
    client, user = org_client
    upload = bulk_services.receive(
        user=user,
        organization=user.organization_membership.organization,
        content=valid_file("snapshot", make_people(3)),
        filename="../../etc/passwd\r\nSet-Cookie: a=b.xlsx",
    ).upload
    assert "/" not in upload.filename and "\n" not in upload.filename
    base = f"/ja/bulk/{upload.public_id}/"
    result = client.get(base)
    assert result.status_code == 200
    html = result.content.decode()
    assert "<progress" in html and 'aria-live="polite"' in html
    assert "bulk-progress.js" in html and f'href="{base}"' in html  # the no-JS refresh link
    progress = client.get(base + "progress/")
    assert progress.status_code == 200 and "no-store" in progress["Cache-Control"]
    assert progress.json() == {
        "state": "accepted",
        "total": 3,
        "finished": 0,
        "done": 0,
        "errors": 0,
        "percent": 0,
        "complete": False,
        "workbook": "",
    }
    other = Client()
    other.force_login(make_org_user())
    for path in ("", "progress/", "errors/"):
        assert other.get(base + path).status_code == 404
    assert client.get(base + "errors/").status_code == 404  # nothing to mark


def test_the_status_page_lists_the_organizations_bulk_files(org_client):
    client, user = org_client
    upload = bulk_services.receive(
        user=user,
        organization=user.organization_membership.organization,
        content=valid_file("snapshot", make_people(2)),
        filename="may.xlsx",
    ).upload
    html = client.get("/ja/status/").content.decode()
    assert f'data-upload="{upload.public_id}"' in html
    assert f"/ja/bulk/{upload.public_id}/" in html
    # Each row's filing is in the ordinary filing list as well.
    assert html.count("filing-list__item") >= 3


def test_officers_see_uploads_in_the_back_office_and_each_opening_is_audited(org_client):
    _client, user = org_client
    upload = bulk_services.receive(
        user=user,
        organization=user.organization_membership.organization,
        content=valid_file("snapshot", make_people(2)),
        filename="may.xlsx",
    ).upload
    officer = _officer("bulkofficer", "view_bulkupload", "view_personal_data")
    staff = _sign_in(Client(), officer)
    listing = staff.get("/admin/bulk-files/?state=accepted")
    assert listing.status_code == 200
    assert "may.xlsx" in listing.content.decode()
    detail = staff.get(f"/admin/bulk-files/inspect/{upload.pk}/")
    assert detail.status_code == 200
    html = detail.content.decode()
    assert 'data-row="3"' in html and 'data-row="4"' in html
    assert AuditEvent.objects.filter(action="bulk.viewed", actor=officer).count() == 1
    # Without the personal-data permission the detail stays closed.
    plain = _sign_in(Client(), _officer("plainofficer", "view_bulkupload"))
    assert plain.get(f"/admin/bulk-files/inspect/{upload.pk}/").status_code in (302, 403)


def test_the_same_file_on_a_later_day_is_filed_again_only_when_the_uploader_confirms(org_client):
    """A double click files once; the same bytes on a later day are not silently answered with
    the old result either: the page says when they were filed, links to that result, and files
    them again only once the uploader ticks the box."""
    client, user = org_client
    content = valid_file("snapshot", with_cards(make_people(3)))
    first_day = datetime.datetime(2026, 11, 2, 10, 0, tzinfo=JAPAN)
    with time_machine.travel(first_day, tick=False):
        first = client.post("/ja/bulk/", {"file": _file(content)})
        assert first.status_code == 303
        twice = client.post("/ja/bulk/", {"file": _file(content), "again": "on"})
        assert twice.status_code == 303 and twice["Location"].endswith("?again=1")
    earlier = BulkUpload.objects.get()
    assert Filing.objects.count() == 3

    with time_machine.travel(first_day + datetime.timedelta(days=7), tick=False):
        client.force_login(user)  # a week later: a new session
        asked = client.post("/ja/bulk/", {"file": _file(content)})
        assert asked.status_code == 200
        html = asked.content.decode()
        assert "data-repeat" in html and "2026年11月2日" in html
        assert f"/ja/bulk/{earlier.public_id}/" in html
        assert 'type="checkbox" name="again"' in html
        assert BulkUpload.objects.count() == 1 and Filing.objects.count() == 3

        confirmed = client.post("/ja/bulk/", {"file": _file(content), "again": "on"})
        assert confirmed.status_code == 303
        again = BulkUpload.objects.exclude(pk=earlier.pk).get()
        assert confirmed["Location"].endswith(f"/ja/bulk/{again.public_id}/")
        assert again.received_on == datetime.date(2026, 11, 9) and again.sha256 == earlier.sha256
        assert Filing.objects.count() == 6
        event = AuditEvent.objects.filter(action="bulk.received").latest("pk")
        assert event.details["filed_again_after"] == str(earlier.public_id)

        # Confirmed twice on the same day (a double click on the confirmation): still once.
        double = client.post("/ja/bulk/", {"file": _file(content), "again": "on"})
        assert double.status_code == 303 and double["Location"].endswith("?again=1")
        assert BulkUpload.objects.count() == 2 and Filing.objects.count() == 6


def test_the_confirmation_is_in_the_readers_language(org_client):
    client, user = org_client
    content = valid_file("snapshot", with_cards(make_people(2)))
    first_day = datetime.datetime(2026, 11, 2, 10, 0, tzinfo=JAPAN)
    with time_machine.travel(first_day, tick=False):
        assert client.post("/en/bulk/", {"file": _file(content)}).status_code == 303
    with time_machine.travel(first_day + datetime.timedelta(days=1), tick=False):
        client.force_login(user)
        asked = client.post("/en/bulk/", {"file": _file(content)})
    html = asked.content.decode()
    assert "already uploaded and accepted on Nov. 2, 2026" in html
    assert "file this content again as new notifications" in html


def test_formulas_are_listed_and_marked_each_at_its_own_cell_and_column(org_client):
    """Five formulas: five problems, each under its column's own heading and at its own cell,
    and the error workbook marks those five cells (not the rows' first cells)."""
    client, _user = org_client
    people = with_cards(make_people(5))
    content = workbook("acceptance", [row_values("acceptance", p) for p in people])
    book = load_workbook(io.BytesIO(content))
    sheet = book.worksheets[0]
    cells = ("H3", "B4", "K5", "K6", "I7")
    for name in cells:
        sheet[name] = f"=LEN({name[0]}1)"
    buffer = io.BytesIO()
    book.save(buffer)
    response = client.post("/ja/bulk/", {"file": _file(buffer.getvalue())})  # no family chosen
    assert response.status_code == 303
    page = client.get(response["Location"])
    family = FAMILIES["acceptance"]
    codes = {c.column_letter: c.value for c in sheet[2]}
    with translation.override("ja"):
        headings = {name: str(family.header(codes[name[0]])) for name in cells}
    problems = page.context["problems"]
    assert [(p["row"], p["column"], p["cell"], p["code"]) for p in problems] == [
        (int(name[1:]), headings[name], name, "E-BULK-FORMULA") for name in cells
    ]
    upload = BulkUpload.objects.get(public_id=page.context["upload"].public_id)
    assert bulk_tasks.bulk_error_workbook(upload.pk) == "built"  # as the worker does
    download = client.get(page.context["workbook_url"])
    assert download.status_code == 200
    returned = load_workbook(io.BytesIO(b"".join(download.streaming_content)))
    marked = {
        c.coordinate
        for row in returned.worksheets[0].iter_rows()
        for c in row
        if c.fill == MARK_FILL
    }
    assert marked == set(cells)


def test_a_csv_that_lost_its_japanese_reshows_the_form_saying_so(org_client):
    client, _user = org_client
    people = with_cards(make_people(2))
    content = saved_as_csv(
        workbook("acceptance", [row_values("acceptance", p) for p in people]), encoding="cp1252"
    )
    response = client.post("/ja/bulk/", {"file": _file(content, "people.csv")})
    assert response.status_code == 400
    assert response.context["form"].errors["file"] == [
        errors.message("E-BULK-CSV-LOST-CHARACTERS", "ja", cell="A1")
    ]
    assert BulkUpload.objects.count() == 0
