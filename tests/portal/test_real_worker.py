"""A real Celery worker on Redis and PostgreSQL sees what the web side committed."""

import pytest

from portal.models import Ping
from portal.services import send_ping
from tests.worker import celery_worker, wait_for


@pytest.mark.postgres
@pytest.mark.redis
@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_worker_answers_a_committed_ping(real_broker, settings):
    with celery_worker(settings.CELERY_BROKER_URL):
        ping = send_ping("real worker")
        answered = wait_for(
            lambda: Ping.objects.filter(pk=ping.pk, answered_at__isnull=False).first(),
            timeout=60,
        )
    assert answered is not None, "the worker never wrote to the database"
    assert answered.answered_by.startswith("celery@")
