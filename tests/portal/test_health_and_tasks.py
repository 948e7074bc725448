"""Health check, enqueue-after-commit (QUALITY H2) and the idempotent ping task (H4)."""

import pytest

from django.db import transaction

from portal import services, tasks
from portal.models import Ping


@pytest.mark.django_db
def test_healthz_reports_each_component(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "broker"}
    assert all(check["ok"] for check in body["checks"].values())


@pytest.mark.django_db
def test_healthz_answers_503_when_the_cache_is_down(client, settings):
    # Changing CACHES through the settings fixture rebuilds Django's cache handler.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["checks"]["cache"] == {"ok": False, "error": "ConnectionError"}
    assert "127.0.0.1" not in response.content.decode()


@pytest.mark.django_db
def test_nothing_is_queued_when_the_transaction_rolls_back(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        try:
            with transaction.atomic():
                services.send_ping("rolled back")
                raise RuntimeError("boom")
        except RuntimeError:
            pass
    assert callbacks == []
    assert Ping.objects.count() == 0


@pytest.mark.django_db
def test_exactly_one_task_is_queued_on_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        ping = services.send_ping("committed")
    assert len(callbacks) == 1
    ping.refresh_from_db()
    assert ping.answered_at is not None


@pytest.mark.django_db
def test_answering_twice_changes_nothing():
    ping = Ping.objects.create(label="twice")
    assert tasks.answer_ping(ping.pk) is True
    ping.refresh_from_db()
    first = ping.answered_at
    assert tasks.answer_ping(ping.pk) is False
    ping.refresh_from_db()
    assert ping.answered_at == first
    assert tasks.answer_ping(999_999) is False


def test_each_queue_has_its_own_binding():
    """A message routed to one queue must not be copied into the others."""
    from portal.celery import app

    bindings = {(q.exchange.name, q.routing_key) for q in app.conf.task_queues}
    assert len(bindings) == len(app.conf.task_queues) == 4
    route = app.amqp.router.route({}, "filings.tasks.send_mail_now")
    assert route["queue"].name == "mail"
    assert app.amqp.router.route({}, "filings.tasks.register")["queue"].name == "filings"
    assert app.amqp.router.route({}, "filings.tasks.bulk_register")["queue"].name == "bulk"
    assert app.amqp.router.route({}, "portal.tasks.heartbeat")["queue"].name == "default"
