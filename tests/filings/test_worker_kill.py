"""A real worker killed with SIGKILL in the middle of a registration (QUALITY I1, H3, H4; SPEC S2).

The worker is stopped inside a registration honestly: the test holds a row lock on the
resident's registry row, which registration takes to re-read the registry, so the worker's
task waits there with the filing already marked *processing*. The worker (main process and pool
child) is then killed with SIGKILL, the lock released and a new worker started. The message the
dead worker held stays unacknowledged in Redis until the visibility timeout (an hour), so it is
the sweeper that puts the filing back in the queue, as beat would. Every filing must end
completed exactly once, with exactly one completion mail.
"""

from __future__ import annotations

import datetime
import os
import signal
from pathlib import Path

import psycopg
import pytest
import redis

from django.db import OperationalError, connection, transaction
from django.test import Client
from django.utils import timezone

from filings.constants import FilingKind
from filings.models import Filing, FilingState, Mail
from filings.services import filing as filing_services
from filings.services import registration
from portal.models import AuditEvent
from tests.filings.conftest import make_resident_user
from tests.filings.wizard import event_values, fill, start, submit
from tests.worker import celery_worker, wait_for

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.redis,
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True),
]

FILINGS = 5


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = (task / "children").read_text().split()
        found.extend(int(child) for child in children)
    return found


def _kill_hard(pid: int) -> None:
    """SIGKILL the worker and its pool processes, as the kernel's OOM killer would."""
    for child in _children(pid):
        os.kill(child, signal.SIGKILL)
    os.kill(pid, signal.SIGKILL)


def _unlocked(filing_id: int) -> bool:
    try:
        with transaction.atomic():
            Filing.objects.select_for_update(nowait=True).filter(pk=filing_id).first()
    except OperationalError:
        return False
    return True


def _locked_resident(resident_id: int) -> psycopg.Connection:
    """Another session holding the resident's registry row, as a registry import would."""
    db = connection.settings_dict
    holder = psycopg.connect(
        host=db["HOST"] or "127.0.0.1",
        port=db["PORT"] or 5432,
        user=db["USER"],
        password=db.get("PASSWORD") or None,
        dbname=db["NAME"],
    )
    holder.execute("SELECT id FROM filings_resident WHERE id = %s FOR UPDATE", [resident_id])
    return holder


def test_sigkill_mid_registration_every_filing_completes_once(
    ja_filing_site_tx, real_broker, settings
):
    redis.Redis.from_url(settings.CELERY_BROKER_URL).flushdb()
    user = make_resident_user()
    resident = user.resident_account.resident
    client = Client()
    client.force_login(user)
    for days_ago in range(1, FILINGS + 1):
        token = start(client, FilingKind.ACTIVITY_ORG_LEFT)
        fill(client, token, None, event_values(FilingKind.ACTIVITY_ORG_LEFT, days_ago=days_ago))
        assert submit(client, token).status_code == 303
    # Queued in Redis after each commit; no worker yet.
    assert Filing.objects.filter(state=FilingState.RECEIVED).count() == FILINGS

    holder = _locked_resident(resident.pk)
    try:
        with celery_worker(settings.CELERY_BROKER_URL, concurrency=1) as worker:
            stuck = wait_for(
                lambda: Filing.objects.filter(state=FilingState.PROCESSING).first(),
                timeout=60,
            )
            assert stuck is not None, "the worker never started a registration"
            _kill_hard(worker.pid)
            worker.wait(timeout=10)
    finally:
        try:
            holder.rollback()
        finally:
            holder.close()

    assert Filing.objects.get(pk=stuck.pk).state == FilingState.PROCESSING
    # PostgreSQL ends the dead worker's session (and its row locks) once it notices the closed
    # socket; until then the sweeper skips the row it still holds, as it should.
    assert wait_for(lambda: _unlocked(stuck.pk), timeout=30)
    with celery_worker(settings.CELERY_BROKER_URL, concurrency=1):
        # Beat's sweeper, run when the stuck filing's queueing is older than its threshold.
        swept = filing_services.sweep(timezone.now() + datetime.timedelta(minutes=11))
        assert swept >= 1
        done = wait_for(
            lambda: Filing.objects.filter(state=FilingState.COMPLETED).count() == FILINGS,
            timeout=90,
        )
        assert done, list(Filing.objects.values_list("state", flat=True))
        sent = wait_for(
            lambda: (
                Mail.objects.filter(template="filing_completed", state=Mail.State.SENT).count()
                == FILINGS
            ),
            timeout=60,
        )
        assert sent, list(Mail.objects.values_list("template", "state"))

    for filing in Filing.objects.all():
        completions = AuditEvent.objects.filter(
            action="filing.registered",
            target_id=str(filing.public_id),
            details__state=registration.REGISTERED,
        )
        assert completions.count() == 1, filing.receipt_number
        assert (
            AuditEvent.objects.filter(
                action="filing.completed", target_id=str(filing.public_id)
            ).count()
            == 1
        )
        mails = Mail.objects.filter(
            template="filing_completed", dedupe_key__startswith=f"filing:{filing.public_id}:"
        )
        assert mails.count() == 1
    assert Filing.objects.get(pk=stuck.pk).attempts == 2  # the killed try and the one that ran
