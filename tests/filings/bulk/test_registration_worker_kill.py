"""A real worker killed with SIGKILL half-way through registering a 300-row file (QUALITY I1;
SPEC K3, S2).

As in tests/filings/test_worker_kill.py, the worker is stopped inside a registration honestly:
the test holds the registry row of the person in row 160, which registration locks to re-read
the registry, so the worker waits there with 157 rows registered and that row's filing marked
*processing*. The worker is then killed with SIGKILL, the lock released and a new worker
started; the dead worker's message stays unacknowledged in Redis until the visibility timeout,
so it is the bulk sweeper (as beat would run it) that queues the upload again. Afterwards there
must be exactly 300 filings, one completion record each, and one result mail.
"""

from __future__ import annotations

import datetime

import pytest
import redis

from django.utils import timezone

from filings.models import BulkRow, BulkUpload, BulkUploadState, Filing, FilingState, Mail
from filings.services import bulk as bulk_services
from portal.models import AuditEvent
from tests.filings.bulk.bulk_files import make_people, valid_file
from tests.filings.conftest import make_org_user
from tests.filings.test_worker_kill import _kill_hard, _locked_resident, _unlocked
from tests.worker import celery_worker, wait_for

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.redis,
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True),
]

PEOPLE = 300
HELD_ROW = 160


def test_sigkill_half_way_through_300_rows_registers_everyone_once(
    ja_filing_site_tx, real_broker, settings
):
    redis.Redis.from_url(settings.CELERY_BROKER_URL).flushdb()
    user = make_org_user()
    people = make_people(PEOPLE)
    upload = bulk_services.receive(
        user=user,
        organization=user.organization_membership.organization,
        content=valid_file("acceptance", people),
        filename="people.xlsx",
        language_code="ja",
    ).upload
    assert upload.state == BulkUploadState.ACCEPTED  # queued in Redis; no worker yet
    held = BulkRow.objects.select_related("filing").get(upload=upload, number=HELD_ROW).filing

    holder = _locked_resident(held.resident_id)
    try:
        with celery_worker(settings.CELERY_BROKER_URL, concurrency=1) as worker:
            stuck = wait_for(
                lambda: Filing.objects.filter(pk=held.pk, state=FilingState.PROCESSING).exists(),
                timeout=120,
            )
            assert stuck, "the worker never reached the held row"
            _kill_hard(worker.pid)
            worker.wait(timeout=10)
    finally:
        try:
            holder.rollback()
        finally:
            holder.close()

    registered_before = Filing.objects.filter(registered_at__isnull=False).count()
    assert 0 < registered_before < PEOPLE
    assert BulkUpload.objects.get(pk=upload.pk).state == BulkUploadState.REGISTERING
    assert wait_for(lambda: _unlocked(held.pk), timeout=30)
    with celery_worker(settings.CELERY_BROKER_URL, concurrency=1):
        swept = bulk_services.sweep(timezone.now() + datetime.timedelta(minutes=11))
        assert swept == 1
        done = wait_for(
            lambda: BulkUpload.objects.get(pk=upload.pk).state == BulkUploadState.COMPLETED,
            timeout=180,
        )
        assert done, BulkUpload.objects.filter(pk=upload.pk).values()
        completed = wait_for(
            lambda: Filing.objects.filter(state=FilingState.COMPLETED).count() == PEOPLE,
            timeout=60,
        )
        assert completed, list(Filing.objects.values_list("state", flat=True).distinct())

    assert Filing.objects.count() == PEOPLE
    assert Filing.objects.values("card_number").distinct().count() == PEOPLE
    for filing in Filing.objects.all():
        records = AuditEvent.objects.filter(
            action="filing.registered", target_id=str(filing.public_id), outcome="success"
        )
        assert records.count() == 1, filing.receipt_number
        completions = AuditEvent.objects.filter(
            action="filing.completed", target_id=str(filing.public_id)
        )
        assert completions.count() == 1, filing.receipt_number
    results = Mail.objects.filter(template="bulk_completed")
    assert results.count() == 1 and results.get().state == Mail.State.SENT
    assert not Mail.objects.filter(template__startswith="filing_").exists()
    final = BulkUpload.objects.get(pk=upload.pk)
    assert (final.rows_done, final.rows_failed) == (PEOPLE, 0)
    assert Filing.objects.get(pk=held.pk).attempts == 2  # the killed try and the one that ran
