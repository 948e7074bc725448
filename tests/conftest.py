"""Shared fixtures: service detection, the demo site, and Chromium for browser tests.

Tests that need a real service or tool are marked (`postgres`, `redis`, `worker`, `e2e`, `nginx`,
`soffice`, `vnu`).
Without the service they are skipped with the reason shown; with REQUIRE_SERVICES=1 (CI) a
missing service fails the test instead, so CI can never go green by skipping. Browser journeys
(`e2e`) need Chromium and PostgreSQL: they try the portal as deployed, and they are the
slowest tests, so the zero-setup pass (SQLite) does not run them a second time.
"""

import os
import shutil
import socket
from pathlib import Path
from urllib.parse import urlparse

import pytest

# Playwright's sync API runs an event loop in the test thread (STACK T11).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# The Nu HTML Checker, from the `vnu-jar` npm development dependency (package.json; `npm ci`).
VNU_JAR = (
    Path(__file__).resolve().parents[1] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
)


def _port_open(url: str, default_port: int) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection(
            (parsed.hostname or "127.0.0.1", parsed.port or default_port), 1
        ):
            return True
    except OSError:
        return False


def _missing(marker: str) -> str | None:
    """Why a test with this marker cannot run here, or None if it can."""
    from django.db import connection

    if marker in ("postgres", "worker", "e2e") and connection.vendor != "postgresql":
        return "needs PostgreSQL: set DATABASE_URL=postgres://..."
    if marker in ("redis", "worker"):
        from django.conf import settings

        broker = settings.CELERY_BROKER_URL
        if not broker.startswith("redis://"):
            return "needs Redis: set CELERY_BROKER_URL=redis://... and REDIS_URL=redis://..."
        if not _port_open(broker, 6379):
            return f"needs Redis at {broker}"
    if marker == "nginx" and not (shutil.which("nginx") or os.path.exists("/usr/sbin/nginx")):
        return "needs nginx at /usr/sbin/nginx (apt-get install nginx-light)"
    if marker == "e2e" and not (shutil.which(CHROMIUM) or os.path.exists(CHROMIUM)):
        return f"needs Chromium at {CHROMIUM} (apt-get install chromium)"
    if marker == "soffice" and not shutil.which("soffice"):
        return "needs LibreOffice's soffice (apt-get install libreoffice-calc-nogui)"
    if marker == "vnu" and not shutil.which("java"):
        return "needs Java for the Nu HTML Checker (apt-get install default-jre-headless)"
    if marker == "vnu" and not VNU_JAR.exists():
        return f"needs the Nu HTML Checker at {VNU_JAR} (npm ci)"
    return None


def _is_transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    if marker is not None and (marker.kwargs.get("transaction") or (marker.args[:1] == (True,))):
        return True
    names = getattr(item, "fixturenames", ())
    return "transactional_db" in names or "live_server" in names


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Mark transactional tests (live server, real workers, concurrency). Each ends with a flush
    that empties every table, including what migrations created (the page tree root, locales,
    groups and workflows, the reference data); pytest-django runs them after all other tests
    in one process, and `make test` runs them as a second pass for the same reason when the
    suite is split over parallel workers (-m "not transactional", then -m transactional)."""
    for item in items:
        if _is_transactional(item):
            item.add_marker(pytest.mark.transactional)
            # Each starts from what migrations created (Django's serialized rollback restores it
            # at set-up), whichever transactional test ran before it on the same worker.
            if "django_db_serialized_rollback" not in item.fixturenames:
                item.fixturenames.append("django_db_serialized_rollback")


def pytest_runtest_setup(item):
    for marker in ("postgres", "redis", "worker", "e2e", "nginx", "soffice", "vnu"):
        if item.get_closest_marker(marker) is None:
            continue
        reason = _missing(marker)
        if reason is None:
            continue
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail(f"REQUIRE_SERVICES=1 but this test {reason}", pytrace=False)
        pytest.skip(reason)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium instead of a downloaded browser (STACK section 4, T10)."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture
def demo_site(db):
    """The demo page tree in all eight languages, as `make run` builds it."""
    from django.core.management import call_command

    call_command("seed_demo", quiet=True, stdout=open(os.devnull, "w"))  # noqa: SIM115


@pytest.fixture
def real_broker():
    """Send tasks through the configured broker instead of running them in-process."""
    from portal.celery import app

    app.conf.task_always_eager = False
    yield app
    app.conf.task_always_eager = True


@pytest.fixture
def reference_data(django_db_blocker):
    """Statuses, nationalities, prefectures and municipalities, reloaded if a transactional
    test (live_server) emptied the tables after an earlier test; the data migration loaded
    them only once."""
    from django.apps import apps

    from filings.management.reference_data import ensure_loaded

    with django_db_blocker.unblock():
        ensure_loaded(apps)
