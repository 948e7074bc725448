"""PostgreSQL restarted while users submit (QUALITY I4).

Users keep sending their filings (three at a time) while the private cluster is restarted
(`pg_ctl restart -m fast`, which ends every session). Requests in flight then fail; no web,
worker or beat process is restarted. A user whose request failed presses "send" again a
second later, as people do. Afterwards every user has a receipt, every filing exists once and
completes once, and the errors all fall inside a short window around the restart.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.faults.harness import users, wait_for

pytestmark = [pytest.mark.faults]

USERS = 40
ERROR_WINDOW = 10.0  # seconds (QUALITY I4, proposed)


@pytest.mark.faults(ci=False)
def test_i4_postgres_restart_under_load(stack):
    stack.web()
    people = users(stack, USERS)
    stack.worker()
    stack.beat()

    restarted = threading.Event()
    restart_times: list[float] = []

    def file(user) -> None:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            answer = user.send(timeout=15)
            if user.receipt:
                return
            assert answer.status in (0, 500, 502, 503), (answer.status, answer.error[:300])
            time.sleep(1)  # the user reads the error page and presses "send" again

    def restart_when_busy() -> None:
        wait_for(lambda: sum(1 for u in people if u.receipt) >= USERS // 4, timeout=120)
        restart_times.append(time.monotonic())
        stack.pg.restart("fast")
        restart_times.append(time.monotonic())
        restarted.set()

    restarter = threading.Thread(target=restart_when_busy)
    restarter.start()
    with ThreadPoolExecutor(3) as pool:
        list(pool.map(file, people))
    restarter.join()
    assert restarted.is_set()

    counts = wait_for(lambda: stack.drained(USERS), timeout=240, interval=0.5)
    answers = [a for user in people for a in user.answers]
    errors = [a for a in answers if not (a.status == 303 and "/status/" in a.location)]
    window = (
        max(a.started + a.seconds for a in errors) - min(a.started for a in errors)
        if errors
        else 0.0
    )
    stack.assert_exactly_once(
        "I4 postgres-restart",
        USERS,
        counts or stack.counts(),
        requests=len(answers),
        failed_requests=len(errors),
        error_window_s=round(window, 1),
        restart_took_s=round(restart_times[1] - restart_times[0], 1),
        receipts=sum(1 for user in people if user.receipt),
    )
    assert all(user.receipt for user in people)
    assert window <= ERROR_WINDOW
    # Every error happened around the restart, none long after it.
    assert all(a.started <= restart_times[1] + ERROR_WINDOW for a in errors)
