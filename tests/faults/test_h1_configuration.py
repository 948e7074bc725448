"""Safe Celery and Redis configuration (QUALITY H1), and what the fault suite relies on.

The settings are read as production reads them (a Redis broker URL), and the broker Redis is
started with the flags of the deployment's compose.yaml and asked for its configuration.
"""

from __future__ import annotations

import re
import runpy
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults.harness import REDIS_SERVER, free_port, wait_for

pytestmark = [pytest.mark.faults(ci=True)]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def production_like(monkeypatch, tmp_path) -> dict:
    """portal/settings/base.py evaluated with a Redis broker and cache, as in production."""
    monkeypatch.setenv("CELERY_BROKER_URL", "redis://broker:6379/0")
    monkeypatch.setenv("REDIS_URL", "redis://cache:6379/0")
    monkeypatch.setenv("PORTAL_VAR_DIR", str(tmp_path))
    for name in (
        "PORTAL_SWEEP_INTERVAL_SECONDS",
        "PORTAL_FILING_SWEEP_AFTER_SECONDS",
        "PORTAL_MAIL_SWEEP_AFTER_SECONDS",
    ):
        monkeypatch.delenv(name, raising=False)
    # The settings modules base.py imports read the environment when imported: evaluated
    # afresh here, and the test process's own modules put back afterwards.
    for name in (
        "portal.settings.environment",
        "portal.settings.queues",
        "portal.settings.security",
    ):
        monkeypatch.delitem(sys.modules, name, raising=False)
    return runpy.run_module("portal.settings.base")


def test_h1_celery_settings(production_like):
    from filings.services import mail
    from filings.tasks.filing import register_filing
    from filings.tasks.mail import send_mail

    s = production_like
    assert s["CELERY_TASK_ACKS_LATE"] is True
    assert s["CELERY_TASK_REJECT_ON_WORKER_LOST"] is True
    assert s["CELERY_WORKER_PREFETCH_MULTIPLIER"] == 1
    assert (s["CELERY_TASK_SOFT_TIME_LIMIT"], s["CELERY_TASK_TIME_LIMIT"]) == (300, 900)
    visibility = s["CELERY_BROKER_TRANSPORT_OPTIONS"]["visibility_timeout"]
    # Longer than the hard limit and than every countdown, or a waiting task is delivered twice.
    longest_countdown = max(
        register_filing.retry_backoff_max,
        mail.RETRY_CAP_SECONDS * 1.2,  # the cap plus its jitter
    )
    assert visibility > s["CELERY_TASK_TIME_LIMIT"]
    assert visibility > longest_countdown
    for task in (register_filing, send_mail):
        assert task.acks_late and task.reject_on_worker_lost
    # A hung broker must not hold a web request (I2): socket timeouts, one publish attempt.
    assert s["CELERY_BROKER_TRANSPORT_OPTIONS"]["socket_timeout"] <= 1
    assert s["CELERY_TASK_PUBLISH_RETRY"] is False
    assert s["CACHES"]["default"]["OPTIONS"]["socket_timeout"] <= 1
    # Production keeps the five-minute sweeps and their thresholds.
    schedule = s["CELERY_BEAT_SCHEDULE"]
    assert schedule["filing-sweeper"]["schedule"] == schedule["mail-sweeper"]["schedule"] == 300
    assert s["PORTAL_FILING_SWEEP_AFTER_SECONDS"] == 600
    assert s["PORTAL_MAIL_SWEEP_AFTER_SECONDS"] == 300


def _compose_flags(service: str) -> list[str]:
    text = (ROOT / "compose.yaml").read_text()
    block = re.search(rf"^  {service}:\n((?:    .*\n)+)", text, re.MULTILINE)
    assert block, f"compose.yaml has no {service} service"
    command = re.search(r"command: (redis-server .*)", block.group(1)).group(1)
    return shlex.split(command)[1:]


def _start_broker(port: int, directory: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [
            REDIS_SERVER,
            *_compose_flags("broker"),
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(directory),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )


def test_h1_i3_broker_redis_keeps_queued_messages_through_a_crash(tmp_path):
    """The deployment's broker Redis, started with its compose.yaml flags, reports
    `appendonly yes` and `maxmemory-policy noeviction` (QUALITY H1), and messages published
    through Celery's transport survive the server being SIGKILLed and started again on the
    same directory (QUALITY I3 with persistence: nothing for the sweepers to restore)."""
    import redis
    from kombu import Connection, Exchange, Queue

    port = free_port()
    client = redis.Redis(port=port, socket_timeout=2)

    def ping():
        try:
            return client.ping()
        except redis.ConnectionError:
            return False

    server = _start_broker(port, tmp_path)
    try:
        assert wait_for(ping, timeout=10)
        config = client.config_get("appendonly") | client.config_get("maxmemory-policy")
        queue = Queue("faults-i3", Exchange("faults-i3"), routing_key="faults-i3")
        with Connection(f"redis://127.0.0.1:{port}/0") as connection:
            producer = connection.Producer()
            for number in range(40):
                producer.publish(
                    {"filing": number},
                    exchange=queue.exchange,
                    routing_key="faults-i3",
                    declare=[queue],
                    serializer="json",
                )
        queued_before = client.llen("faults-i3")
    finally:
        server.kill()  # SIGKILL: no shutdown, no final save
        server.wait()
    server = _start_broker(port, tmp_path)
    try:
        assert wait_for(ping, timeout=10)
        queued_after = client.llen("faults-i3")
        with Connection(f"redis://127.0.0.1:{port}/0") as connection:
            received = []
            with connection.SimpleQueue(queue) as simple:
                while len(received) < queued_after:
                    message = simple.get(timeout=5)
                    received.append(message.payload["filing"])
                    message.ack()
    finally:
        server.kill()
        server.wait()
    print(
        f"\nH1 broker redis: {config}; I3 with AOF: published 40, queued before the kill"
        f" {queued_before}, after the restart {queued_after}, received {len(received)}"
        f" ({len(set(received))} distinct)"
    )
    assert config == {"appendonly": "yes", "maxmemory-policy": "noeviction"}
    assert queued_before == queued_after == 40
    assert sorted(received) == list(range(40))
