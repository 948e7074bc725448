"""The error workbook built by a real worker on the `bulk` queue (SPEC N3): a reception error
commits, the message goes through Redis, the worker builds and stores the workbook once, and
the download streams it while the web process builds nothing."""

from __future__ import annotations

import io

import pytest
import redis
from openpyxl import load_workbook

from django.test import Client

from filings import errors
from filings.models import BulkUpload
from filings.models.bulk import ErrorWorkbookState
from filings.services import bulk as bulk_services
from filings.xlsx.report import MARK_FILL
from tests.filings.bulk.bulk_files import make_people, row_values, with_cards, workbook
from tests.filings.conftest import make_org_user
from tests.worker import celery_worker, wait_for

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.redis,
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True),
]


def test_a_worker_builds_the_error_workbook_once_and_the_download_streams_it(
    ja_filing_site_tx, real_broker, settings, monkeypatch
):
    redis.Redis.from_url(settings.CELERY_BROKER_URL).flushdb()
    user = make_org_user()
    rows = [row_values("snapshot", p) for p in with_cards(make_people(4))]
    rows[2]["birth_date"] = "2099-01-01"
    upload = bulk_services.receive(
        user=user,
        organization=user.organization_membership.organization,
        content=workbook("snapshot", rows),
        filename="people.xlsx",
        language_code="en",
    ).upload
    assert upload.error_workbook_state == ErrorWorkbookState.BUILDING  # queued; no worker yet

    with celery_worker(settings.CELERY_BROKER_URL, queues="bulk", concurrency=1):
        ready = wait_for(
            lambda: BulkUpload.objects.filter(
                pk=upload.pk, error_workbook_state=ErrorWorkbookState.READY
            ).exists(),
            timeout=60,
        )
    assert ready, "the worker never built the error workbook"

    def no_build(*args, **kwargs):
        raise AssertionError("the web process builds no error workbook")

    monkeypatch.setattr("filings.xlsx.report.build_error_workbook", no_build)
    client = Client()
    client.force_login(user)
    response = client.get(f"/en/bulk/{upload.public_id}/errors/")
    assert response.status_code == 200 and response.streaming
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).worksheets[0]
    marked = {
        c.coordinate: c.comment.text for r in sheet.iter_rows() for c in r if c.fill == MARK_FILL
    }
    assert marked == {"B5": errors.message("E-DATE-FUTURE", "en")}
