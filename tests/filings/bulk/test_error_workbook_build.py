"""The error workbook built once by a worker, stored, streamed and removed (SPEC N3); the
result page's states, summaries and refusals (K4, QUALITY D2–D5)."""

from __future__ import annotations

import datetime
import io

import pytest
from openpyxl import load_workbook

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone, translation

from filings import errors
from filings.models import BulkRow, BulkRowOutcome, BulkUpload, BulkUploadState, FilingState
from filings.models.bulk import ErrorWorkbookState
from filings.services import bulk as bulk_services
from filings.tasks import bulk as bulk_tasks
from filings.views import bulk_summaries
from filings.xlsx.report import MARK_FILL
from tests.filings.bulk.bulk_files import make_people, row_values, valid_file, with_cards, workbook
from tests.filings.conftest import make_org_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def org(ja_filing_site, monkeypatch):
    monkeypatch.setattr(bulk_tasks.bulk_register, "delay", lambda upload_id: None)
    user = make_org_user()
    client = Client()
    client.force_login(user)
    return client, user


def _reception_error(user, *, bad_rows=(1,), people=3) -> BulkUpload:
    rows = [row_values("snapshot", p) for p in with_cards(make_people(people))]
    for index in bad_rows:
        rows[index]["birth_date"] = "2099-01-01"
    return bulk_services.receive(
        user=user,
        organization=user.organization_membership.organization,
        content=workbook("snapshot", rows),
        filename="people.xlsx",
        language_code="en",
    ).upload


def _marked(content: bytes) -> dict[str, str]:
    sheet = load_workbook(io.BytesIO(content)).worksheets[0]
    return {
        cell.coordinate: cell.comment.text if cell.comment else ""
        for row in sheet.iter_rows()
        for cell in row
        if cell.fill == MARK_FILL
    }


def test_a_reception_error_queues_one_build_after_commit_and_the_task_builds_once(
    org, django_capture_on_commit_callbacks
):
    _client, user = org
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        upload = _reception_error(user)
    upload.refresh_from_db()
    assert upload.error_workbook_state == ErrorWorkbookState.BUILDING
    assert upload.error_workbook_queued_at is not None and not upload.error_workbook
    built = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bulk_tasks.bulk_error_workbook, "delay", built.append)
        for callback in callbacks:
            callback()
    assert built == [upload.pk]  # queued once, after the commit, by id

    assert bulk_tasks.bulk_error_workbook(upload.pk) == "built"
    upload.refresh_from_db()
    assert upload.error_workbook_state == ErrorWorkbookState.READY
    name = upload.error_workbook.name
    storage = upload.error_workbook.storage
    assert storage.exists(name)
    with storage.open(name) as handle:
        content = handle.read()
    letter = "B"  # the snapshot template's birth_date column
    assert _marked(content) == {f"{letter}4": errors.message("E-DATE-FUTURE", "en")}

    # A second message, the sweeper's copy or a redelivery: nothing is built again.
    assert bulk_tasks.bulk_error_workbook(upload.pk) == "skipped"
    upload.refresh_from_db()
    assert upload.error_workbook.name == name
    assert bulk_services.sweep_error_workbooks(timezone.now() + datetime.timedelta(hours=1)) == 0


def test_the_download_streams_the_stored_file_and_never_builds_in_the_request(org, monkeypatch):
    client, user = org
    upload = _reception_error(user, bad_rows=(0, 2))
    bulk_tasks.bulk_error_workbook(upload.pk)

    def no_build(*args, **kwargs):
        raise AssertionError("the error workbook is built by the worker only")

    monkeypatch.setattr("filings.xlsx.report.build_error_workbook", no_build)
    monkeypatch.setattr(bulk_services, "error_workbook", no_build)
    response = client.get(f"/ja/bulk/{upload.public_id}/errors/")
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert 'filename="people-errors.xlsx"' in response["Content-Disposition"]
    marked = _marked(b"".join(response.streaming_content))
    assert set(marked) == {"B3", "B5"}
    assert all(text == errors.message("E-DATE-FUTURE", "en") for text in marked.values())
    other = Client()
    other.force_login(make_org_user())
    assert other.get(f"/ja/bulk/{upload.public_id}/errors/").status_code == 404


def test_the_result_page_before_and_after_the_build(org):
    client, user = org
    upload = _reception_error(user)
    before = client.get(f"/en/bulk/{upload.public_id}/").content.decode()
    assert 'data-workbook-state="building"' in before
    assert "is being prepared" in before and "data-error-workbook" not in before
    assert client.get(f"/en/bulk/{upload.public_id}/progress/").json()["workbook"] == "building"
    waiting = client.get(f"/en/bulk/{upload.public_id}/errors/")
    assert waiting.status_code == 202
    assert "Please try again in a few moments" in waiting.content.decode()
    bulk_tasks.bulk_error_workbook(upload.pk)
    after = client.get(f"/en/bulk/{upload.public_id}/").content.decode()
    assert 'data-workbook-state="ready"' in after and "data-error-workbook" in after
    assert "is being prepared" not in after


def test_a_lost_build_is_queued_again_by_the_sweeper(org, django_capture_on_commit_callbacks):
    _client, user = org
    upload = _reception_error(user)  # its message is lost: nothing ran the task
    now = timezone.now()
    assert bulk_services.sweep_error_workbooks(now) == 0  # queued just now: not yet
    BulkUpload.objects.filter(pk=upload.pk).update(
        error_workbook_queued_at=now - bulk_services.SWEEP_AFTER - datetime.timedelta(seconds=1)
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert bulk_tasks.bulk_sweep() == 1  # the beat's bulk sweeper
    upload.refresh_from_db()
    assert upload.error_workbook_state == ErrorWorkbookState.READY  # the eager task built it


def test_the_stored_file_goes_with_the_uploads_workbook(org, settings):
    client, user = org
    upload = _reception_error(user)
    bulk_tasks.bulk_error_workbook(upload.pk)
    upload.refresh_from_db()
    storage, name = upload.error_workbook.storage, upload.error_workbook.name
    later = timezone.now() + datetime.timedelta(days=settings.PORTAL_BULK_KEEP_DAYS + 1)
    assert bulk_services.remove_kept_workbooks(later) == 1
    assert not storage.exists(name)
    upload.refresh_from_db()
    assert not upload.error_workbook and not upload.stored_name
    assert upload.error_workbook_state == ErrorWorkbookState.UNAVAILABLE
    gone = client.get(f"/en/bulk/{upload.public_id}/errors/")
    assert gone.status_code == 410 and "no longer available" in gone.content.decode()
    page = client.get(f"/en/bulk/{upload.public_id}/").content.decode()
    assert 'data-workbook-state="unavailable"' in page


def test_an_unreadable_stored_file_makes_it_unavailable_not_an_error(org):
    _client, user = org
    upload = _reception_error(user)
    bulk_services.stored_path(upload).unlink()
    assert bulk_tasks.bulk_error_workbook(upload.pk) == "unavailable"
    upload.refresh_from_db()
    assert upload.error_workbook_state == ErrorWorkbookState.UNAVAILABLE


def test_a_file_completed_with_failed_rows_queues_its_build(org):
    client, user = org
    upload = bulk_services.receive(
        user=user,
        organization=user.organization_membership.organization,
        content=valid_file("snapshot", make_people(2)),
        filename="people.xlsx",
        language_code="en",
    ).upload
    assert upload.error_workbook_state == ErrorWorkbookState.NONE
    rows = list(BulkRow.objects.filter(upload=upload).select_related("filing").order_by("number"))
    failed = rows[0].filing
    failed.state = FilingState.REGISTRATION_ERROR
    failed.errors = [{"code": "E-IDENTITY-MISMATCH", "params": {}}]
    failed.save(update_fields=["state", "errors"])
    BulkRow.objects.filter(pk=rows[0].pk).update(outcome=BulkRowOutcome.ERROR)
    registered = rows[1].filing
    registered.registered_at = timezone.now()
    registered.state = FilingState.PROCESSING
    registered.save(update_fields=["registered_at", "state"])
    BulkRow.objects.filter(pk=rows[1].pk).update(outcome=BulkRowOutcome.REGISTERED)
    BulkUpload.objects.filter(pk=upload.pk).update(state=BulkUploadState.REGISTERING)
    assert bulk_services.register_batch(upload.pk) == bulk_services.DONE
    upload.refresh_from_db()
    assert upload.state == BulkUploadState.COMPLETED and upload.rows_failed == 1
    assert upload.error_workbook_state == ErrorWorkbookState.BUILDING
    assert bulk_tasks.bulk_error_workbook(upload.pk) == "built"
    response = client.get(f"/en/bulk/{upload.public_id}/errors/")
    marked = _marked(b"".join(response.streaming_content))
    assert set(marked) >= {"A3"}  # the identity columns of the failing row (Q63)
    assert all(cell.endswith("3") for cell in marked)


def test_the_page_never_says_everyone_is_registered_while_a_row_shows_processing(org):
    client, user = org
    upload = bulk_services.receive(
        user=user,
        organization=user.organization_membership.organization,
        content=valid_file("snapshot", make_people(2)),
        filename="people.xlsx",
        language_code="en",
    ).upload
    # Registration is over: the rows' filings are registered but stay *processing* until the
    # result mail has gone out (S2).
    for row in BulkRow.objects.filter(upload=upload).select_related("filing"):
        row.filing.registered_at = timezone.now()
        row.filing.state = FilingState.PROCESSING
        row.filing.save(update_fields=["registered_at", "state"])
    BulkRow.objects.filter(upload=upload).update(outcome=BulkRowOutcome.REGISTERED)
    BulkUpload.objects.filter(pk=upload.pk).update(
        state=BulkUploadState.COMPLETED, rows_done=2, completed_at=timezone.now()
    )
    page = client.get(f"/en/bulk/{upload.public_id}/")
    html = page.content.decode()
    assert "Every person in this file has been registered." in html
    assert [row["state"] for row in page.context["rows"]] == ["registered", "registered"]
    assert 'data-state="processing"' not in html and ">Processing<" not in html

    # One row still pending: the summary is not shown, and that row says processing.
    BulkRow.objects.filter(upload=upload, number=3).update(outcome=BulkRowOutcome.PENDING)
    page = client.get(f"/en/bulk/{upload.public_id}/")
    html = page.content.decode()
    assert "Every person in this file has been registered." not in html
    assert [row["state"] for row in page.context["rows"]] == ["processing", "registered"]


@pytest.mark.parametrize(
    ("content", "name", "code"),
    [
        (b"x" * (2 * 1024 * 1024 + 10), "big.xlsx", "E-BULK-FILE-TOO-LARGE"),
        (b"not a workbook at all", "people.xlsx", "E-BULK-NOT-XLSX"),
    ],
)
def test_a_refused_file_shows_the_catalogues_remedy(org, content, name, code):
    client, _user = org
    response = client.post("/ja/bulk/", {"file": SimpleUploadedFile(name, content)})
    assert response.status_code == 400
    html = response.content.decode()
    assert errors.remedy(code, "ja") in html
    assert errors.message(code, "ja", max_mb=2) in html


def test_a_quota_refusal_shows_its_remedy(org, settings):
    client, user = org
    settings.PORTAL_BULK_UPLOADS_PER_DAY = 1
    _reception_error(user)
    content = valid_file("snapshot", make_people(1))
    response = client.post("/en/bulk/", {"file": SimpleUploadedFile("p.xlsx", content)})
    assert response.status_code == 400
    assert errors.remedy("E-BULK-QUOTA-UPLOADS", "en") in response.content.decode()


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "1 problem was found", "2 problems were found"),
        ("es", "se encontró 1 problema", "se encontraron 2 problemas"),
        ("ja", "問題が1件", "問題が2件"),
    ],
)
def test_counts_read_right_in_the_singular_and_the_plural(language, one, two):
    with translation.override(language):
        assert one in bulk_summaries.reception(1)
        assert two in bulk_summaries.reception(2)
    with translation.override("en"):
        assert "for 1 person could" in bulk_summaries.registration(1)
        assert "for 3 people could" in bulk_summaries.registration(3)


def test_the_reception_error_page_counts_its_problems_in_english(org):
    client, user = org
    upload = _reception_error(user)
    html = client.get(f"/en/bulk/{upload.public_id}/").content.decode()
    assert "1 problem was found" in html and "1 problems" not in html
