"""Two sweepers at once (QUALITY I6, H3).

Filings and mails are committed and their messages then lost (Redis flushed), the outbox rows
are left for the sweepers. Two sweeper processes run `filing_services.sweep` and `mail.sweep`
in a loop at the same time with no worker running, so every message they publish stays in
Redis where the test counts it: each row must have been dispatched exactly once. Then a worker
and two beat processes (a duplicated scheduler) run everything to the end, once.
"""

from __future__ import annotations

import ast
import json
import time
from collections import Counter

import pytest

from tests.faults.harness import SWEEP_AFTER, wait_for

pytestmark = [pytest.mark.faults]

FILINGS = 30


def queued_ids(stack, queue: str) -> Counter:
    """The first argument of every task message waiting in `queue`, counted."""
    found: Counter = Counter()
    for raw in stack.redis.client().lrange(queue, 0, -1):
        headers = json.loads(raw)["headers"]
        found[ast.literal_eval(headers["argsrepr"])[0]] += 1
    return found


@pytest.mark.faults(ci=False)
def test_i6_two_sweepers_at_once_dispatch_each_row_once(stack):
    stack.driver("file", str(FILINGS))
    stack.redis.client().flushall()  # the messages are lost; the rows remain
    # Both start at the same moment, once the rows are older than the sweepers' threshold,
    # and sweep for 3 s (less than the threshold: a row queued is not stale again yet).
    start_at = time.time() + max(SWEEP_AFTER, 20)
    sweepers = [stack.driver_process(f"sweeper-{n}", "sweep", "3", str(start_at)) for n in (1, 2)]
    for sweeper in sweepers:
        sweeper.proc.wait(timeout=120)
    assert time.time() > start_at
    swept = [json.loads(s.output().strip().splitlines()[-1]) for s in sweepers]

    filings = queued_ids(stack, "filings")
    mails = queued_ids(stack, "mail")
    filing_ids = {row[0] for row in stack.sql("SELECT id FROM filings_filing")}
    mail_ids = {row[0] for row in stack.sql("SELECT id FROM filings_mail")}
    dispatched_twice = sum(n - 1 for n in filings.values()) + sum(n - 1 for n in mails.values())

    stack.worker()
    stack.beat("beat-1")
    stack.beat("beat-2")
    counts = wait_for(lambda: stack.drained(FILINGS), timeout=180, interval=0.5)
    stack.assert_exactly_once(
        "I6 two-sweepers",
        FILINGS,
        counts or stack.counts(),
        swept_by_1=swept[0]["filings"] + swept[0]["mails"],
        swept_by_2=swept[1]["filings"] + swept[1]["mails"],
        filing_dispatches=sum(filings.values()),
        mail_dispatches=sum(mails.values()),
        dispatched_twice=dispatched_twice,
    )
    assert set(filings) == filing_ids
    assert set(mails) == mail_ids
    assert dispatched_twice == 0, (filings, mails)
