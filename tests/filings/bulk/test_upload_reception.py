"""Reception of a bulk file (SPEC K2–K4, N3; QUALITY D1, D8, J3): every row checked with the
rules of single filings, all or nothing, one mail per file."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from django.db import connection
from django.test.utils import CaptureQueriesContext

from filings.models import BulkRow, BulkUpload, BulkUploadState, Filing, FilingState, Mail
from filings.services import bulk as bulk_services
from filings.xlsx import ERRORS_SHEET
from filings.xlsx.report import MARK_FILL
from tests.filings.bulk.bulk_files import (
    grant_consents,
    identity,
    make_people,
    row_values,
    valid_file,
    with_cards,
    workbook,
)
from tests.filings.conftest import make_org_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def org(ja_filing_site):
    user = make_org_user()
    return user, user.organization_membership.organization


def _receive(user, organization, content, name="students.xlsx", **kwargs):
    return bulk_services.receive(
        user=user,
        organization=organization,
        content=content,
        filename=name,
        language_code="ja",
        **kwargs,
    )


def test_a_valid_file_makes_one_filing_per_row_and_one_reception_mail(
    org, django_capture_on_commit_callbacks, monkeypatch
):
    user, organization = org
    people = make_people(40)
    queued = []
    monkeypatch.setattr(
        "filings.tasks.bulk.bulk_register.delay", lambda upload_id: queued.append(upload_id)
    )
    with django_capture_on_commit_callbacks(execute=True):
        received = _receive(user, organization, valid_file("acceptance", people))
    upload = received.upload
    assert received.created and upload.state == BulkUploadState.ACCEPTED
    assert upload.row_count == 40 and upload.problems == []
    assert queued == [upload.pk]
    filings = Filing.objects.filter(bulk_row__upload=upload)
    assert filings.count() == 40 == BulkRow.objects.filter(upload=upload).count()
    assert set(filings.values_list("state", flat=True)) == {FilingState.RECEIVED}
    assert set(filings.values_list("filer_type", flat=True)) == {"organization"}
    assert set(filings.values_list("organization", flat=True)) == {organization.pk}
    assert set(filings.values_list("filed_by", flat=True)) == {user.pk}
    assert {f.resident_id for f in filings} == {p.pk for p in people}
    numbers = sorted(BulkRow.objects.filter(upload=upload).values_list("number", flat=True))
    assert numbers == list(range(3, 43))
    mails = Mail.objects.all()
    assert [m.template for m in mails] == ["bulk_received"]
    assert mails[0].recipient == user and mails[0].language_code == "ja"
    stored = bulk_services.stored_path(upload)
    assert stored.read_bytes()[:2] == b"PK"
    assert "students" not in stored.name and stored.parent.name == "bulk-uploads"


def test_errors_in_rows_7_150_and_299_name_exactly_those_cells_and_create_nothing(
    org, django_capture_on_commit_callbacks
):
    user, organization = org
    people = with_cards(make_people(300))
    rows = [row_values("acceptance", person) for person in people]
    rows[7 - 3]["birth_date"] = "1995-02-30"  # no such day
    rows[150 - 3]["card_number"] = "AB1234"  # not a card number
    rows[299 - 3]["nationality"] = "ZZZ"  # not in the list
    content = workbook("acceptance", rows)
    with django_capture_on_commit_callbacks(execute=True):
        upload = _receive(user, organization, content).upload
    assert upload.state == BulkUploadState.RECEPTION_ERROR
    found = {(p["row"], p["column"], p["code"]) for p in upload.problems}
    assert found == {
        (7, "birth_date", "E-DATE-INVALID"),
        (150, "card_number", "E-CARD-NUMBER"),
        (299, "nationality", "E-CHOICE-INVALID"),
    }
    assert Filing.objects.count() == 0 and BulkRow.objects.count() == 0
    assert [m.template for m in Mail.objects.all()] == ["bulk_reception_error"]

    marked = load_workbook(
        io.BytesIO(bulk_services.error_workbook(upload, language="en"))
    ).worksheets[0]
    letters = {cell.value: cell.column_letter for cell in marked[2] if cell.value}
    filled = {
        cell.coordinate
        for row in marked.iter_rows(min_row=3)
        for cell in row
        if cell.fill.fgColor.rgb == MARK_FILL.fgColor.rgb
    }
    commented = {
        cell.coordinate for row in marked.iter_rows(min_row=3) for cell in row if cell.comment
    }
    expected = {
        f"{letters['birth_date']}7",
        f"{letters['card_number']}150",
        f"{letters['nationality']}299",
    }
    assert filled == expected and commented == expected
    comment = marked[f"{letters['nationality']}299"].comment.text
    assert "not one of the choices" in comment
    errors_sheet = load_workbook(io.BytesIO(bulk_services.error_workbook(upload, language="en")))[
        ERRORS_SHEET
    ]
    assert errors_sheet.max_row >= 4


def test_301_rows_is_a_clear_reception_error(org):
    user, organization = org
    people = make_people(301)
    upload = _receive(user, organization, valid_file("acceptance", people)).upload
    assert upload.state == BulkUploadState.RECEPTION_ERROR
    assert [p["code"] for p in upload.problems] == ["E-BULK-TOO-MANY-ROWS"]
    assert upload.problems[0]["params"] == {"max": 300}
    assert Filing.objects.count() == 0


def test_identity_kind_duplicate_and_missing_student_field_are_each_reported(org):
    user, organization = org
    people = with_cards(make_people(4))
    engineer = with_cards(make_people(1, status_code="engineer-humanities-international"))[0]
    rows = [row_values("acceptance", person) for person in people]
    rows[0]["name_latin"] = "SOMEONE ELSE"  # registry mismatch: no field named (Q63)
    rows[1]["kind"] = "spouse_divorce"  # not a kind of this file
    rows[2]["kind"] = "acceptance_ended"
    rows[2]["leaving_reason"] = None  # required of students
    rows.append(dict(rows[3]))  # the same person and kind again
    engineer_row = row_values("snapshot", engineer)
    engineer_row["kind"] = "acceptance_started"
    engineer_row.pop("snapshot_date")
    engineer_row["event_date"] = rows[3]["event_date"]
    engineer_row["activity"] = "システム開発"
    rows.append(engineer_row)
    upload = _receive(user, organization, workbook("acceptance", rows)).upload
    found = sorted((p["row"], p["column"], p["code"]) for p in upload.problems)
    assert found == [
        (3, "", "E-IDENTITY-MISMATCH"),
        (4, "kind", "E-CHOICE-INVALID"),
        (5, "leaving_reason", "E-REQUIRED"),
        (7, "card_number", "E-BULK-DUPLICATE"),
    ]
    assert Filing.objects.count() == 0

    marked = load_workbook(
        io.BytesIO(bulk_services.error_workbook(upload, language="ja"))
    ).worksheets[0]
    letters = {cell.value: cell.column_letter for cell in marked[2] if cell.value}
    row3 = {cell.column_letter for cell in marked[3] if cell.comment}
    # An identity mismatch marks every identity column of the row, never just the wrong one.
    assert row3 == {letters[code] for code in identity(people[0])}


def test_proxy_files_need_registered_residents_who_consented(org):
    user, organization = org
    consenting = make_people(2)
    grant_consents(consenting, organization)
    no_account = make_people(1)
    other_org_consent = make_people(1)
    from tests.factories import OrganizationFactory

    grant_consents(other_org_consent, OrganizationFactory())
    people = with_cards(consenting + no_account + other_org_consent)
    upload = _receive(
        user, organization, workbook("proxy", [row_values("proxy", p) for p in people])
    ).upload
    found = sorted((p["row"], p["column"], p["code"]) for p in upload.problems)
    assert found == [
        (5, "", "E-NOT-REGISTERED-RESIDENT"),
        (6, "kind", "E-CONSENT-MISSING"),
    ]

    accepted = _receive(
        user, organization, workbook("proxy", [row_values("proxy", p) for p in people[:2]])
    ).upload
    assert accepted.state == BulkUploadState.ACCEPTED
    assert set(Filing.objects.values_list("filer_type", flat=True)) == {"proxy"}


def test_the_same_file_twice_returns_the_first_result(org):
    user, organization = org
    content = valid_file("snapshot", make_people(20))
    first = _receive(user, organization, content)
    second = _receive(user, organization, content, name="again.xlsx")
    assert first.created and not second.created
    assert second.upload.pk == first.upload.pk
    assert Filing.objects.count() == 20 and BulkUpload.objects.count() == 1
    assert Mail.objects.filter(template="bulk_received").count() == 1


def test_an_overlapping_file_the_same_day_leaves_each_person_in_force_once(org):
    user, organization = org
    people = with_cards(make_people(30))
    first = _receive(user, organization, valid_file("snapshot", people[:20])).upload
    second = _receive(user, organization, valid_file("snapshot", people[10:])).upload
    assert first.state == second.state == BulkUploadState.ACCEPTED
    in_force = Filing.objects.exclude(state=FilingState.SUPERSEDED)
    assert in_force.count() == 30
    assert in_force.values("resident").distinct().count() == 30
    replaced = Filing.objects.filter(state=FilingState.SUPERSEDED)
    assert replaced.count() == 10
    assert set(replaced.values_list("bulk_row__upload", flat=True)) == {first.pk}
    assert {f.superseded_by.bulk_row.upload_id for f in replaced} == {second.pk}


def _statements(captured, *verbs):
    return [
        q["sql"] for q in captured.captured_queries if q["sql"].lstrip().upper().startswith(verbs)
    ]


def test_reception_reads_the_registry_once_whatever_the_number_of_rows(org):
    """Reads do not grow with the rows: cards, consents and lists are read once per file.

    The reads are what is counted, on PostgreSQL and SQLite alike: the rows are written with
    bulk inserts, which SQLite splits into batches (its limit on query parameters), so the
    number of INSERT statements legitimately differs between the databases. The writes are only
    held to being batched, far fewer statements than rows.
    """
    user, organization = org
    small = valid_file("acceptance", make_people(10))
    large = valid_file("acceptance", make_people(200))
    # The reference lists are kept per process (filings.fields): warm them so both files
    # are measured alike.
    _receive(user, organization, valid_file("acceptance", make_people(1)))
    with CaptureQueriesContext(connection) as few:
        _receive(user, organization, small)
    with CaptureQueriesContext(connection) as many:
        _receive(user, organization, large)
    reads_few, reads_many = _statements(few, "SELECT"), _statements(many, "SELECT")
    assert len(reads_many) == len(reads_few), [sql[:80] for sql in reads_many]
    writes_many = _statements(many, "INSERT", "UPDATE", "DELETE")
    assert len(writes_many) < 200 // 10, [sql[:80] for sql in writes_many]


@pytest.mark.parametrize(
    ("content", "name", "code"),
    [
        (b"", "empty.xlsx", "E-BULK-NO-ROWS"),
        (b"name_latin,card_number\n", "list.xlsx", "E-BULK-NOT-XLSX"),
        (b"x" * (2 * 1024 * 1024 + 1), "big.xlsx", "E-BULK-FILE-TOO-LARGE"),
    ],
)
def test_files_that_cannot_be_read_are_refused_and_nothing_is_kept(org, content, name, code):
    user, organization = org
    with pytest.raises(bulk_services.UploadRefused) as refused:
        _receive(user, organization, content, name=name)
    assert refused.value.code == code
    assert BulkUpload.objects.count() == 0 and Mail.objects.count() == 0
