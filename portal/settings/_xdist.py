"""Give each pytest-xdist worker its own Redis databases and var directory.

The suite runs in parallel processes (`make test` passes `-n`); each gets its own test database
from pytest-django, and this module does the same for the services pytest-django does not know:
worker gwN uses the broker and cache Redis databases 2·N below the configured ones, ``var/gwN``,
and its own ports and template cache for the fault suite's private servers. It rewrites the
environment before ``base`` reads it, and marks it done, so a Celery worker or web process a test
starts inherits the already-shifted values and does not shift again.
"""

import os
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

_DONE = "PORTAL_XDIST_SHIFTED"


def _shift_db(url: str, by: int) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("redis", "rediss"):
        return url
    number = int(parts.path.lstrip("/") or "0")
    shifted = number - by
    if shifted < 0:
        shifted += 16  # Redis has databases 0-15 by default
    return urlunsplit(parts._replace(path=f"/{shifted}"))


def apply() -> None:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if not worker.startswith("gw") or os.environ.get(_DONE):
        return
    index = int(worker[2:])
    os.environ[_DONE] = worker
    if index:
        for name in ("CELERY_BROKER_URL", "REDIS_URL"):
            if os.environ.get(name):
                os.environ[name] = _shift_db(os.environ[name], 2 * index)
    root = Path(os.environ.get("PORTAL_VAR_DIR") or Path(__file__).resolve().parents[2] / "var")
    os.environ["PORTAL_VAR_DIR"] = str(root / worker)
    # The fault suite's private PostgreSQL, Redis and their cached template (tests/faults).
    os.environ.setdefault("FAULT_PG_PORT", str(5441 + index))
    os.environ.setdefault("FAULT_REDIS_PORT", str(6391 + index))
    cache = Path(tempfile.gettempdir()) / f"portal-faults-cache-{worker}"
    os.environ.setdefault("FAULT_CACHE_DIR", str(cache))


apply()
