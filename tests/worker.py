"""A real Celery worker in a subprocess, sharing the test database and a Redis broker."""

import os
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[1]


def worker_env(broker_url: str) -> dict[str, str]:
    """Environment that points a subprocess at the database pytest-django created."""
    db = connection.settings_dict
    url = (
        f"postgres://{db['USER']}:{db.get('PASSWORD') or ''}@{db['HOST'] or '127.0.0.1'}:"
        f"{db['PORT'] or 5432}/{db['NAME']}"
    )
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "DATABASE_URL": url,
            "CELERY_BROKER_URL": broker_url,
            "CELERY_EAGER": "0",
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


@contextmanager
def celery_worker(broker_url: str, queues: str = "default,mail,filings,bulk", concurrency: int = 1):
    """Start `celery worker` and stop it afterwards; yields the Popen object."""
    log = open(ROOT / "var" / "test-worker.log", "ab")  # noqa: SIM115
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "portal",
            "worker",
            "-Q",
            queues,
            "-c",
            str(concurrency),
            "--prefetch-multiplier=1",
            "--without-gossip",
            "--without-mingle",
            "-l",
            "info",
        ],
        cwd=ROOT,
        env=worker_env(broker_url),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def wait_for(predicate, timeout: float = 30.0, interval: float = 0.2):
    """Poll `predicate` until it returns something truthy or the time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return predicate()
