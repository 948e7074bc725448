"""Registration of an accepted bulk file (SPEC K3, K4, S2; QUALITY I1): rows registered in
batches on the bulk queue, a failing row fails alone, one result mail, and the rows' filings
complete when that mail has gone out."""

from __future__ import annotations

import datetime
import io
import re

import pytest
from openpyxl import load_workbook

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from filings.models import (
    BulkRow,
    BulkRowOutcome,
    BulkUpload,
    BulkUploadState,
    Filing,
    FilingState,
    Mail,
    ResidenceCard,
)
from filings.services import bulk as bulk_services
from filings.tasks import bulk as bulk_tasks
from filings.xlsx.report import MARK_FILL
from portal.models import AuditEvent
from tests.filings.bulk.bulk_files import grant_consents, make_people, valid_file
from tests.filings.conftest import make_org_user

pytestmark = pytest.mark.django_db


def _upload_through_the_page(client, content, name="people.xlsx", family=""):
    return client.post(
        "/ja/bulk/",
        {"family": family, "file": _named(content, name)},
    )


def _named(content: bytes, name: str):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


@pytest.mark.parametrize("family", ["acceptance", "snapshot", "proxy"])
def test_round_trip_300_people_registered_and_completed_once_the_result_mail_is_sent(
    ja_filing_site, family, django_capture_on_commit_callbacks, mailoutbox
):
    user = make_org_user()
    organization = user.organization_membership.organization
    people = make_people(300)
    if family == "proxy":
        grant_consents(people, organization)
    client = Client()
    client.force_login(user)
    assert client.get("/ja/bulk/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = _upload_through_the_page(client, valid_file(family, people))
    assert response.status_code == 303, response.content.decode()[:2000]
    upload = BulkUpload.objects.get()
    assert response["Location"] == f"/ja/bulk/{upload.public_id}/"
    assert upload.state == BulkUploadState.COMPLETED
    assert (upload.rows_done, upload.rows_failed) == (300, 0)
    filings = Filing.objects.filter(bulk_row__upload=upload)
    assert filings.count() == 300
    assert filings.filter(state=FilingState.COMPLETED, registered_at__isnull=False).count() == 300
    assert BulkRow.objects.filter(outcome=BulkRowOutcome.REGISTERED).count() == 300
    # One reception mail and one result mail to the uploader; nothing per row to them.
    templates = sorted(Mail.objects.filter(recipient=user).values_list("template", flat=True))
    assert templates == ["bulk_completed", "bulk_received"]
    # The residents of a proxy file hear of their own filing as of a single proxy filing:
    # received, then registered; the residents of other files are not mailed by the portal.
    to_residents = Mail.objects.exclude(recipient=user)
    if family == "proxy":
        assert to_residents.count() == 600
        assert sorted(set(to_residents.values_list("template", flat=True))) == [
            "filing_completed",
            "filing_received",
        ]
        assert to_residents.values("recipient").distinct().count() == 300
    else:
        assert not to_residents.exists()
    assert Mail.objects.filter(state=Mail.State.SENT).count() == Mail.objects.count()
    uploader_outbox = [m for m in mailoutbox if m.to[0] == user.email]
    assert len(uploader_outbox) == 2
    assert len(mailoutbox) == (602 if family == "proxy" else 2)
    result_mail = next(m for m in uploader_outbox if "300" in m.subject or "300" in m.body)
    assert f"/ja/bulk/{upload.public_id}/" in result_mail.body
    upload.refresh_from_db()
    assert upload.result_mailed_at is not None
    page = client.get(response["Location"])
    html = page.content.decode()
    assert 'data-state="completed"' in html
    assert html.count('data-state="completed"') >= 301  # the upload and its 300 rows
    assert page.context["progress"]["percent"] == 100


def test_a_row_that_fails_registration_fails_alone_and_the_error_workbook_marks_it(
    ja_filing_site, django_capture_on_commit_callbacks, monkeypatch, mailoutbox
):
    user = make_org_user()
    organization = user.organization_membership.organization
    people = make_people(60)
    monkeypatch.setattr(bulk_tasks.bulk_register, "delay", lambda upload_id: None)
    with django_capture_on_commit_callbacks(execute=True):
        upload = bulk_services.receive(
            user=user,
            organization=organization,
            content=valid_file("acceptance", people),
            filename="people.xlsx",
            language_code="en",
        ).upload
    # Between reception and registration the fifth person's card is replaced.
    ResidenceCard.objects.filter(resident=people[4]).update(is_valid=False)
    with django_capture_on_commit_callbacks(execute=True):
        assert bulk_services.register_batch(upload.pk) == bulk_services.MORE
    upload.refresh_from_db()
    assert upload.state == BulkUploadState.REGISTERING
    assert (upload.rows_done, upload.rows_failed) == (49, 1)
    with django_capture_on_commit_callbacks(execute=True):
        assert bulk_services.register_batch(upload.pk) == bulk_services.DONE
    upload.refresh_from_db()
    assert upload.state == BulkUploadState.COMPLETED
    assert (upload.rows_done, upload.rows_failed) == (59, 1)
    failed = BulkRow.objects.get(outcome=BulkRowOutcome.ERROR)
    assert failed.number == 7
    assert failed.filing.state == FilingState.REGISTRATION_ERROR
    assert [e["code"] for e in failed.filing.errors] == ["E-IDENTITY-MISMATCH"]
    assert Filing.objects.filter(state=FilingState.COMPLETED).count() == 59
    # No per-row mail: one reception mail and one result mail naming the error count.
    assert sorted(m.subject for m in mailoutbox) == sorted(
        [
            "[Immigration Electronic Notification System] Bulk file accepted: 60 people",
            "[Immigration Electronic Notification System] Bulk file registered, 1 "
            "registration error",
        ]
    )
    marked = load_workbook(
        io.BytesIO(bulk_services.error_workbook(upload, language="en"))
    ).worksheets[0]
    rows_marked = {
        cell.row
        for row in marked.iter_rows(min_row=3)
        for cell in row
        if cell.fill.fgColor.rgb == MARK_FILL.fgColor.rgb
    }
    assert rows_marked == {7}
    # Running again changes nothing and mails nothing more.
    with django_capture_on_commit_callbacks(execute=True):
        assert bulk_services.register_batch(upload.pk) == bulk_services.SKIPPED
    assert Mail.objects.filter(template="bulk_completed").count() == 1
    completions = AuditEvent.objects.filter(action="filing.registered", outcome="success")
    assert completions.count() == 59


def test_the_sweeper_requeues_uploads_left_open_and_only_those(
    ja_filing_site, monkeypatch, django_capture_on_commit_callbacks
):
    user = make_org_user()
    organization = user.organization_membership.organization
    queued: list[int] = []
    monkeypatch.setattr(
        bulk_tasks.bulk_register, "delay", lambda upload_id: queued.append(upload_id)
    )
    with django_capture_on_commit_callbacks(execute=True):
        upload = bulk_services.receive(
            user=user,
            organization=organization,
            content=valid_file("snapshot", make_people(5)),
            filename="a.xlsx",
        ).upload
    assert queued == [upload.pk]
    queued.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert bulk_services.sweep() == 0  # just queued
    later = timezone.now() + datetime.timedelta(minutes=11)
    with django_capture_on_commit_callbacks(execute=True):
        assert bulk_services.sweep(later) == 1
    assert queued == [upload.pk]
    with django_capture_on_commit_callbacks(execute=True):
        bulk_services.register_batch(upload.pk)
    queued.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert bulk_services.sweep(later + datetime.timedelta(hours=1)) == 0
    assert queued == []


def test_progress_counts_rows_as_they_finish(ja_filing_site, monkeypatch, settings):
    settings.PORTAL_BULK_BATCH_SIZE = 4
    user = make_org_user()
    monkeypatch.setattr(bulk_tasks.bulk_register, "delay", lambda upload_id: None)
    upload = bulk_services.receive(
        user=user,
        organization=user.organization_membership.organization,
        content=valid_file("snapshot", make_people(10)),
        filename="a.xlsx",
    ).upload
    seen = [bulk_services.progress(upload)["finished"]]
    while bulk_services.register_batch(upload.pk) == bulk_services.MORE:
        seen.append(bulk_services.progress(BulkUpload.objects.get(pk=upload.pk))["finished"])
    final = bulk_services.progress(BulkUpload.objects.get(pk=upload.pk))
    assert seen == [0, 4, 8] and final["finished"] == 10 and final["percent"] == 100
    assert final["complete"] is True and final["state"] == "completed"
    assert re.fullmatch(r"[0-9a-f-]{36}", str(upload.public_id))


@pytest.mark.parametrize("family", ["acceptance", "proxy"])
def test_the_queries_of_a_batch_do_not_grow_with_its_rows(
    ja_filing_site, family, monkeypatch, settings
):
    """A batch reads the registry once and writes its rows, filings and audit events in a few
    statements: 10 rows and 50 rows cost the same number of queries (QUALITY K3)."""
    user = make_org_user()
    organization = user.organization_membership.organization
    people = make_people(70)
    if family == "proxy":
        grant_consents(people, organization)
    monkeypatch.setattr(bulk_tasks.bulk_register, "delay", lambda upload_id: None)
    upload = bulk_services.receive(
        user=user,
        organization=organization,
        content=valid_file(family, people),
        filename="people.xlsx",
    ).upload
    # One row of each batch fails, so each batch writes both outcomes.
    ResidenceCard.objects.filter(resident__in=[people[2], people[30]]).update(is_valid=False)
    counted = {}
    for size in (10, 50):
        settings.PORTAL_BULK_BATCH_SIZE = size
        with CaptureQueriesContext(connection) as queries:
            assert bulk_services.register_batch(upload.pk) == bulk_services.MORE
        counted[size] = [query["sql"] for query in queries.captured_queries]
    assert len(counted[10]) == len(counted[50]), counted
    # 20 for the registration itself; a proxy file adds 3 for its residents' mails.
    assert len(counted[50]) <= (23 if family == "proxy" else 20), counted
    upload.refresh_from_db()
    assert (upload.rows_done, upload.rows_failed) == (58, 2)
    assert BulkRow.objects.filter(outcome=BulkRowOutcome.PENDING).count() == 10
    registered = Filing.objects.filter(
        bulk_row__upload=upload, registered_at__isnull=False, state=FilingState.PROCESSING
    )
    assert registered.count() == 58
    assert set(Filing.objects.values_list("attempts", flat=True)) == {0, 1}
    failed = Filing.objects.filter(state=FilingState.REGISTRATION_ERROR).order_by("pk")
    assert [f.resident_id for f in failed] == [people[2].pk, people[30].pk]
    assert {e["code"] for f in failed for e in f.errors} == {"E-IDENTITY-MISMATCH"}
    events = AuditEvent.objects.filter(action="filing.registered")
    assert events.filter(outcome="success").count() == 58
    assert set(events.filter(outcome="failure").values_list("target_id", flat=True)) == {
        str(f.public_id) for f in failed
    }


def test_a_half_registered_file_finishes_with_one_result_mail_that_completes_every_row(
    ja_filing_site, django_capture_on_commit_callbacks
):
    """From "half registered" (a worker stopped after the first batches): the next batch
    registers the rest, the file completes and mails its result once, and only that mail
    completes the rows' filings (S2) — the first half included."""
    from tests.factories import BulkUploadFactory

    uploader = make_org_user()
    upload = BulkUploadFactory(half_registered=True, rows=6, uploaded_by=uploader)
    assert upload.rows.filter(outcome=BulkRowOutcome.PENDING).count() == 3
    with django_capture_on_commit_callbacks(execute=False):
        assert bulk_services.register_batch(upload.pk) == bulk_services.DONE
        assert bulk_services.register_batch(upload.pk) == bulk_services.SKIPPED
    upload.refresh_from_db()
    assert upload.state == BulkUploadState.COMPLETED and upload.rows_done == 6
    filings = Filing.objects.filter(bulk_row__upload=upload)
    assert set(filings.values_list("state", flat=True)) == {FilingState.PROCESSING}
    result = Mail.objects.get(template="bulk_completed")
    assert result.recipient == uploader
    from filings.services import mail as outbox

    assert outbox.deliver(result.pk) == outbox.SENT
    assert set(filings.values_list("state", flat=True)) == {FilingState.COMPLETED}


def test_each_resident_of_a_proxy_file_is_mailed_as_for_a_single_proxy_filing(
    ja_filing_site, django_capture_on_commit_callbacks, monkeypatch
):
    """Same mails, same inbox entries, in the resident's own language; the row still completes
    with the file's result mail, not with the resident's."""
    user = make_org_user()
    organization = user.organization_membership.organization
    people = make_people(3)
    grant_consents(people, organization)
    english = people[0].account.user
    english.language_code = "en"
    english.save(update_fields=["language_code"])
    monkeypatch.setattr(bulk_tasks.bulk_register, "delay", lambda upload_id: None)
    with django_capture_on_commit_callbacks(execute=False):
        upload = bulk_services.receive(
            user=user,
            organization=organization,
            content=valid_file("proxy", people),
            filename="people.xlsx",
            language_code="ja",
        ).upload
    received = Mail.objects.filter(template="filing_received")
    assert received.count() == 3
    mail = received.get(recipient=english)
    assert mail.language_code == "en" and mail.context["proxy"] is True
    # The second person's card is replaced before registration: their row fails alone.
    ResidenceCard.objects.filter(resident=people[1]).update(is_valid=False)
    with django_capture_on_commit_callbacks(execute=False):
        assert bulk_services.register_batch(upload.pk) == bulk_services.DONE
    assert set(
        Mail.objects.filter(template="filing_completed").values_list("recipient", flat=True)
    ) == {people[0].account.user_id, people[2].account.user_id}
    failed = Mail.objects.get(template="filing_error")
    assert failed.recipient_id == people[1].account.user_id
    assert failed.context["errors"] == ["E-IDENTITY-MISMATCH"]
    # The resident's completion mail going out completes nothing; the result mail does.
    from filings.services import mail as outbox

    filing = Filing.objects.get(resident=people[0])
    outbox.deliver(Mail.objects.get(template="filing_completed", recipient=english).pk)
    filing.refresh_from_db()
    assert filing.state == FilingState.PROCESSING and filing.registered_at is not None
    outbox.deliver(Mail.objects.get(template="bulk_completed").pk)
    filing.refresh_from_db()
    assert filing.state == FilingState.COMPLETED
    # The English-speaking resident finds both in the inbox, in English, filed on their behalf.
    client = Client()
    client.force_login(english)
    inbox = client.get("/ja/account/inbox/")
    assert inbox.status_code == 200
    html = inbox.content.decode()
    for template in ("filing_received", "filing_completed"):
        listed = Mail.objects.get(template=template, recipient=english)
        assert f"/inbox/{listed.public_id}/" in html
    opened = client.get(f"/ja/account/inbox/{mail.public_id}/").content.decode()
    assert "filed on your behalf by an organization you gave permission to" in opened
    assert filing.receipt_number in opened
