"""The SMTP server down for a while (QUALITY I5, H5).

Filings are registered while no mail can go out; each mail is retried with backoff (the base
is PORTAL_MAIL_RETRY_BASE_SECONDS=1 in the harness) and delivered exactly once after the
server returns. A filing completes when its completion mail has gone (SPEC S2), so the
filings wait, registered, for the server too.
"""

from __future__ import annotations

import time

import pytest

from tests.faults.harness import wait_for

pytestmark = [pytest.mark.faults]

FILINGS = 20
OUTAGE_SECONDS = 8


@pytest.mark.faults(ci=False)
def test_i5_smtp_down_mails_retried_and_delivered_once(stack):
    stack.smtp.stop()
    stack.worker()
    stack.beat()
    stack.driver("file", str(FILINGS))
    registered = wait_for(
        lambda: (
            stack.scalar("SELECT count(*) FROM filings_filing WHERE registered_at IS NOT NULL")
            == FILINGS
        ),
        timeout=120,
    )
    assert registered, "registration should not wait for the mail server"
    retried = wait_for(
        lambda: (
            stack.scalar("SELECT count(*) FROM filings_mail WHERE attempts >= 2") == 2 * FILINGS
        ),
        timeout=60,
    )
    assert retried, stack.sql("SELECT state, attempts, last_error FROM filings_mail")
    # Every mail has failed twice; the server stays down a little longer (more retries).
    time.sleep(OUTAGE_SECONDS)
    assert stack.counts()["smtp_received"] == 0
    unsent_during_outage = stack.scalar("SELECT count(*) FROM filings_mail WHERE state = 'queued'")

    stack.smtp.start()
    counts = wait_for(lambda: stack.drained(FILINGS), timeout=180, interval=0.5)
    attempts = stack.sql("SELECT min(attempts), max(attempts) FROM filings_mail")[0]
    stack.assert_exactly_once(
        "I5 smtp-down",
        FILINGS,
        counts or stack.counts(),
        unsent_during_outage=unsent_during_outage,
        attempts_min=attempts[0],
        attempts_max=attempts[1],
    )
    assert unsent_during_outage == 2 * FILINGS
    assert attempts[0] >= 3
