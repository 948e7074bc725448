"""The SMTP server down for a while (QUALITY I5, H5).

Filings are registered while no mail can go out; each mail is retried with backoff (the base
is PORTAL_MAIL_RETRY_BASE_SECONDS=1 in the harness) and delivered exactly once after the
server returns. A filing completes when its completion mail has gone (SPEC S2), so the
filings wait, registered, for the server too.
"""

from __future__ import annotations

import socket
import threading
import time

import pytest

from filings.models import Mail
from filings.services import mail as mail_service
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


@pytest.mark.faults(ci=True)
@pytest.mark.django_db
def test_i5_a_hung_smtp_server_costs_one_timeout_then_a_retry(settings):
    """An SMTP server that takes the connection and never answers (hung, or a firewall eating
    the replies): the send gives up after EMAIL_TIMEOUT instead of holding the worker and the
    mail's row lock for ever, and the mail stays queued for a retry."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    held: list[socket.socket] = []

    def accept_and_say_nothing():
        try:
            connection, _address = listener.accept()
            held.append(connection)
        except OSError:
            pass

    threading.Thread(target=accept_and_say_nothing, daemon=True).start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = listener.getsockname()
    settings.EMAIL_TIMEOUT = 1
    settings.EMAIL_USE_TLS = False
    queued = mail_service.queue_mail(
        template="filing_received",
        dedupe_key="faults:hung-smtp",
        address="resident@example.jp",
        language_code="ja",
        context={"receipt_number": "R-1", "filing_id": "00000000-0000-0000-0000-000000000000"},
    )
    try:
        started = time.monotonic()
        outcome = mail_service.deliver(queued.pk)
        elapsed = time.monotonic() - started
    finally:
        listener.close()
        for connection in held:
            connection.close()
    queued.refresh_from_db()
    print(f"\nI5 hung SMTP: {outcome} after {elapsed:.2f} s, last error {queued.last_error!r}")
    assert held, "the send never reached the hung server"
    assert outcome == mail_service.RETRY
    # It waited for the timeout (the server never refused), then gave up.
    assert settings.EMAIL_TIMEOUT * 0.9 <= elapsed < 3 * settings.EMAIL_TIMEOUT
    assert queued.state == Mail.State.QUEUED and queued.attempts == 1
    assert queued.last_error  # smtplib reports the timeout as a lost connection
