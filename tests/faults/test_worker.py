"""A worker killed with SIGKILL in the middle of a batch of registrations (QUALITY I1, H1).

The worker is stopped inside a registration honestly: the test holds a row lock on the
registry row of one resident in the middle of the batch, which registration takes to re-read
the registry, so the worker's task waits there with the filing marked *processing*. Then the
whole worker (main process and pool child) gets SIGKILL, as from the OOM killer, the lock is
released and a new worker starts. The message the dead worker held stays unacknowledged in
Redis until the visibility timeout (an hour); beat's sweeper queues the filing again.
"""

from __future__ import annotations

import time

import pytest

from tests.faults.harness import wait_for

pytestmark = [pytest.mark.faults]

FILINGS = 30


@pytest.mark.faults(ci=False)
def test_i1_worker_killed_mid_registration(stack):
    stack.driver("file", str(FILINGS))
    (filing_id, resident_id), *_ = stack.sql(
        "SELECT id, resident_id FROM filings_filing ORDER BY id OFFSET %s LIMIT 1",
        [FILINGS // 3],
    )
    holder = stack.pg.connect(stack.dbname)
    holder.execute("SELECT id FROM filings_resident WHERE id = %s FOR UPDATE", [resident_id])
    try:
        worker = stack.worker(concurrency=1)
        stuck = wait_for(
            lambda: (
                stack.scalar("SELECT state FROM filings_filing WHERE id = %s", [filing_id])
                == "processing"
            ),
            timeout=120,
        )
        assert stuck, "the worker never reached the locked registration"
        done_before = stack.scalar(
            "SELECT count(*) FROM filings_filing WHERE registered_at IS NOT NULL"
        )
        worker.kill()
    finally:
        holder.rollback()
        holder.close()
    assert stack.scalar("SELECT state FROM filings_filing WHERE id = %s", [filing_id]) == (
        "processing"
    )

    started = time.monotonic()
    stack.worker(concurrency=1)
    stack.beat()
    counts = wait_for(lambda: stack.drained(FILINGS), timeout=180, interval=0.5)
    attempts = stack.scalar("SELECT attempts FROM filings_filing WHERE id = %s", [filing_id])
    stack.assert_exactly_once(
        "I1 worker-sigkill",
        FILINGS,
        counts or stack.counts(),
        registered_before_kill=done_before,
        killed_filing_attempts=attempts,
        recovered_in_s=round(time.monotonic() - started),
    )
    assert 0 < done_before < FILINGS
    assert attempts == 2  # the killed try and the one that finished it
