"""The one way a service hands work to a Celery task (DESIGN.md, QUALITY H2, I2).

Every filing, bulk row and mail is a committed row before its task is queued, so a service
never publishes inside its transaction: `enqueue_on_commit` waits for the commit, then sends
one message per id. A broker that does not answer is logged, never raised into the request or
task that committed: the row is safe in PostgreSQL and the feature's sweeper queues it later.

Tasks are found by their stable names ("filings.tasks.register_filing"), so services import
no task module; the task package is imported lazily here, the one allowed upward edge from
services/ to tasks/ (Celery's shape: a task calls a service, a service queues a task).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.db import transaction

logger = logging.getLogger("filings.dispatch")


def task(name: str):
    """The registered task called `name` (importing the domain's tasks registers them all)."""
    from celery import current_app

    import filings.tasks  # noqa: F401

    return current_app.tasks[name]


def enqueue_on_commit(name: str, ids: Iterable[int], *, what: str) -> None:
    """After the current transaction commits, queue task `name` once for each id, in order.

    `what` names the rows in the log ("filing", "mail", "bulk upload"). The first publish that
    fails stops the rest: the broker is down, and each further attempt would only cost its
    timeout; the sweeper of that feature finds every row still waiting.
    """
    ids = list(ids)
    if not ids:
        return

    def send() -> None:
        queued = task(name)
        for row_id in ids:
            try:
                queued.delay(row_id)
            except Exception:
                logger.warning(
                    "%s %s not queued now; the sweeper will retry", what, row_id, exc_info=True
                )
                return

    transaction.on_commit(send)
