"""The mail outbox against a real SMTP server and a real worker (SPEC A9,
N8; QUALITY H4, H5, I5)."""

from __future__ import annotations

import re
import socket
import time
from email import message_from_bytes
from email.policy import default as default_policy

import pytest
from aiosmtpd.controller import Controller

from django.contrib.auth import get_user_model
from django.db import transaction

from filings.models import Mail
from filings.services.mail import queue_mail
from tests.worker import celery_worker, wait_for

User = get_user_model()
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.redis,
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True),
]


class Inbox:
    """An aiosmtpd handler that keeps every message it receives."""

    def __init__(self):
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope.content)
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_env(monkeypatch):
    port = _free_port()
    monkeypatch.setenv("PORTAL_TEST_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
    monkeypatch.setenv("EMAIL_HOST", "127.0.0.1")
    monkeypatch.setenv("EMAIL_PORT", str(port))
    monkeypatch.setenv("PORTAL_MAIL_RETRY_BASE_SECONDS", "1")
    return port


def _queue_japanese_mail() -> Mail:
    user = User.objects.create_user(
        "kokusai.daigaku",
        email="kokusai@example.ac.jp",
        kind=User.Kind.ORGANIZATION,
        language_code="ja",
    )
    with transaction.atomic():
        mail = queue_mail(
            template="organization_preregistered",
            recipient=user,
            dedupe_key="smtp-test:1",
            context={"reference_number": "ORG-ABCD2345"},
        )
    return mail


def assert_headers_well_formed(header: bytes) -> None:
    """RFC 2047: each encoded word at most 75 characters; the Subject's first word on its own
    line, not folded onto the next one."""
    text = header.decode("ascii")
    words = re.findall(r"=\?[^?]+\?[bBqQ]\?[^?]*\?=", text)
    assert words and max(len(word) for word in words) <= 75, words
    subject_line = next(line for line in text.splitlines() if line.startswith("Subject:"))
    assert subject_line.startswith("Subject: =?utf-8?"), subject_line


def _decoded(raw: bytes):
    return message_from_bytes(raw, policy=default_policy)


def test_a_mail_arrives_once_with_japanese_correctly_encoded(real_broker, settings, smtp_env):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=smtp_env)
    controller.start()
    try:
        with celery_worker(settings.CELERY_BROKER_URL, queues="mail"):
            mail = _queue_japanese_mail()
            assert wait_for(lambda: inbox.messages, timeout=60)
            sent = wait_for(
                lambda: Mail.objects.filter(pk=mail.pk, state=Mail.State.SENT).first(), timeout=30
            )
            time.sleep(2)  # room for a duplicate to show up, if there were one
    finally:
        controller.stop()
    assert sent is not None and sent.attempts == 1
    assert len(inbox.messages) == 1
    raw = inbox.messages[0]
    header = raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw else raw.split(b"\n\n", 1)[0]
    assert b"=?utf-8?" in header.lower()  # the Japanese subject is MIME-encoded, not raw bytes
    message = _decoded(raw)
    assert message["Subject"].startswith("[電子届出システム] ")  # no leading space once decoded
    assert_headers_well_formed(header)
    assert message["Date"].endswith("+0900")
    assert message["From"].addresses[0].display_name == "電子届出システム"
    assert message["Auto-Submitted"] == "auto-generated"
    body = message.get_body(preferencelist=("plain",)).get_content()
    # The Japanese body survives the trip intact (8-bit UTF-8, decoded back to the same text).
    assert "オンライン登録フォームを受け付けました" in body and "整理番号: ORG-ABCD2345" in body


def test_with_the_smtp_server_down_the_mail_is_retried_and_arrives_once(
    real_broker, settings, smtp_env
):
    inbox = Inbox()
    with celery_worker(settings.CELERY_BROKER_URL, queues="mail"):
        mail = _queue_japanese_mail()
        retried = wait_for(
            lambda: Mail.objects.filter(pk=mail.pk, attempts__gte=2).first(), timeout=60
        )
        assert retried is not None, "the worker did not retry"
        assert retried.state == Mail.State.QUEUED
        assert retried.last_error.startswith("ConnectionRefusedError")
        controller = Controller(inbox, hostname="127.0.0.1", port=smtp_env)
        controller.start()
        try:
            assert wait_for(lambda: inbox.messages, timeout=90)
            sent = wait_for(
                lambda: Mail.objects.filter(pk=mail.pk, state=Mail.State.SENT).first(),
                timeout=30,
            )
            time.sleep(3)
        finally:
            controller.stop()
    assert sent is not None
    assert len(inbox.messages) == 1
    body = _decoded(inbox.messages[0]).get_body(("plain",)).get_content()
    assert "整理番号: ORG-ABCD2345" in body
