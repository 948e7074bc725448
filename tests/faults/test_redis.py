"""Redis down while users submit, and Redis lost with queued work (QUALITY I2, I3, B6).

Redis is the broker and the cache. A hung Redis (SIGSTOP: connections are accepted, nothing
answers) is worse for the web process than a dead one (connections refused at once), so I2
has both: the first half of the users send while Redis hangs, the second half after it has
been killed. Filings are committed in PostgreSQL before anything is published, so every user
gets the receipt, and beat's sweepers queue the work once Redis is back.
"""

from __future__ import annotations

import time

import pytest

from tests.faults.harness import send_all, users, wait_for

pytestmark = [pytest.mark.faults]

USERS = 50
# A robustness bound (QUALITY I2: "never a hang"), not a speed goal.
ANSWER_WITHIN = 3.0
# As many users press "send" at once as there are web workers: the bound is about the app,
# not about requests queueing for a worker on a two-core test machine.
WEB_WORKERS = 4


@pytest.mark.faults(ci=True)
def test_i2_redis_down_while_50_users_submit(stack):
    stack.web(workers=WEB_WORKERS)
    people = users(stack, USERS)
    stack.worker()
    stack.beat()

    half = USERS // 2
    stack.redis.pause()
    hung = send_all(people[:half], threads=WEB_WORKERS)
    stack.redis.resume()
    stack.redis.kill()
    down = send_all(people[half:], threads=WEB_WORKERS)
    answers = hung + down
    # The receipt page is there while Redis is down too, and the session held (B6).
    receipt_pages = [user.browser.request("GET", user.receipt) for user in people if user.receipt]
    outage_open = stack.counts()["open"]

    stack.redis.start()
    # A user who got a clean 503 presses "send" again once the site is back.
    for user in people:
        if not user.receipt:
            user.send()
    counts = wait_for(lambda: stack.drained(USERS), timeout=120, interval=0.5)
    counts = counts or stack.counts()

    slow = [round(a.seconds, 2) for a in answers if a.seconds > ANSWER_WITHIN]
    unclean = [(a.status, a.error[:200]) for a in answers if a.status not in (303, 503)]
    receipts = sum(1 for user in people if user.receipt)
    stack.assert_exactly_once(
        "I2 redis-down",
        USERS,
        counts,
        **{
            "answered<=3s": len(answers) - len(slow),
            "receipts_during_outage": sum(1 for a in answers if a.status == 303),
            "clean_503": sum(1 for a in answers if a.status == 503),
            "receipts": receipts,
            "slowest_s": round(max(a.seconds for a in answers), 2),
            "slowest_in_server_s": max(stack.server_seconds("POST"), default=0),
        },
    )
    phases = ["hung"] * half + ["down"] * (USERS - half)
    assert slow == [], [
        (p, a.status, round(a.seconds, 2)) for p, a in zip(phases, answers, strict=True)
    ]
    assert unclean == []
    assert receipts == USERS
    assert outage_open == sum(1 for a in answers if a.status == 303)
    assert [page.status for page in receipt_pages] == [200] * len(receipt_pages)


def test_i3_redis_killed_with_queued_work(stack):
    """With no worker running, 40 filings are queued in Redis (and their reception mails);
    Redis is killed (kept nothing) and restarted empty; workers and beat start. The sweepers
    re-queue from PostgreSQL and everything completes exactly once."""
    count = 40
    stack.driver("file", str(count))
    queued = stack.redis.client().llen("filings")
    stack.redis.kill()
    stack.redis.start()
    lost = queued - stack.redis.client().llen("filings")
    started = time.monotonic()
    stack.worker()
    stack.beat()
    counts = wait_for(lambda: stack.drained(count), timeout=120, interval=0.5)
    stack.assert_exactly_once(
        "I3 redis-killed",
        count,
        counts or stack.counts(),
        queued_before_kill=queued,
        messages_lost=lost,
        recovered_in_s=round(time.monotonic() - started),
    )
    assert queued == count and lost == count
