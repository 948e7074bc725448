"""The mail outbox: after-commit queueing, idempotent delivery, retries, the sweeper, the
templates in every language (SPEC A9, N8; QUALITY H2–H6, Q58, Q60)."""

from __future__ import annotations

import datetime
import socket

import pytest
import time_machine
from aiosmtpd.controller import Controller

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail as django_mail
from django.db import transaction
from django.utils import timezone

from filings.models import Mail
from filings.services import mail as outbox
from filings.services.mail import SECRET_NAMES, queue_mail, render

pytestmark = pytest.mark.django_db
User = get_user_model()
TEMPLATES = (
    "registration",
    "renotification",
    "password_changed",
    "email_change_confirm",
    "email_change_notice",
    "email_changed",
    "organization_preregistered",
    "organization_activation",
    "organization_user_added",
    "organization_user_reset",
    "organization_admin_joined",
    "password_expiry_reminder",
)


@pytest.fixture
def person(db):
    return User.objects.create_user(
        "mail.person", email="person@example.com", kind=User.Kind.RESIDENT, language_code="ja"
    )


def test_a_rolled_back_event_queues_nothing_and_a_committed_one_exactly_once(
    person, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        try:
            with transaction.atomic():
                queue_mail(template="registration", recipient=person, dedupe_key="rb:1")
                raise RuntimeError("the event failed")
        except RuntimeError:
            pass
    assert callbacks == [] and not Mail.objects.exists()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        queue_mail(
            template="registration",
            recipient=person,
            dedupe_key="ok:1",
            context={"auth_id": "mail.person"},
        )
    assert len(callbacks) == 1
    assert len(django_mail.outbox) == 1


def test_the_same_event_mails_once(person, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = queue_mail(template="registration", recipient=person, dedupe_key="event:7")
        second = queue_mail(template="registration", recipient=person, dedupe_key="event:7")
    assert first.pk == second.pk
    assert len(django_mail.outbox) == 1
    assert outbox.deliver(first.pk) == outbox.SKIPPED  # a duplicate task sends nothing
    assert len(django_mail.outbox) == 1


def test_the_sweeper_sends_what_a_lost_message_left_behind(
    person, django_capture_on_commit_callbacks
):
    lost = Mail.objects.create(
        recipient=person,
        address=person.email,
        template="registration",
        language_code="ja",
        dedupe_key="lost:1",
    )
    Mail.objects.filter(pk=lost.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=10)
    )
    fresh = Mail.objects.create(
        recipient=person,
        address=person.email,
        template="registration",
        language_code="ja",
        dedupe_key="fresh:1",
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert outbox.sweep() == 1  # a mail queued a moment ago is left to its own task
    lost.refresh_from_db()
    fresh.refresh_from_db()
    assert lost.state == Mail.State.SENT
    assert fresh.state == Mail.State.QUEUED


@pytest.mark.django_db(transaction=True)
def test_sweeping_twice_sends_once(person):
    mail = Mail.objects.create(
        recipient=person,
        address=person.email,
        template="registration",
        language_code="ja",
        dedupe_key="lost:2",
    )
    Mail.objects.filter(pk=mail.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=10)
    )
    outbox.sweep()
    outbox.sweep()
    mail.refresh_from_db()
    assert mail.state == Mail.State.SENT and mail.attempts == 1
    assert len(django_mail.outbox) == 1


class Replies:
    """An SMTP server that answers DATA with the given codes, one per attempt."""

    def __init__(self, codes):
        self.codes = list(codes)
        self.received = 0

    async def handle_DATA(self, server, session, envelope):
        code = self.codes.pop(0) if self.codes else 250
        if code == 250:
            self.received += 1
            return "250 OK"
        return f"{code} try later" if code < 500 else f"{code} mailbox unavailable"


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp(settings):
    def start(codes):
        port = _port()
        handler = Replies(codes)
        controller = Controller(handler, hostname="127.0.0.1", port=port)
        controller.start()
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = port
        started.append(controller)
        return handler

    started: list = []
    yield start
    for controller in started:
        controller.stop()


def test_a_temporary_refusal_is_retried_and_a_permanent_one_fails_for_officers(person, smtp):
    handler = smtp([451, 250])
    temporary = Mail.objects.create(
        recipient=person,
        address=person.email,
        template="registration",
        language_code="ja",
        dedupe_key="t:1",
        secrets={"x": "y"},
    )
    assert outbox.deliver(temporary.pk) == outbox.RETRY
    temporary.refresh_from_db()
    assert temporary.state == Mail.State.QUEUED and temporary.last_error == "SMTPDataError 451"
    assert outbox.deliver(temporary.pk) == outbox.SENT
    assert handler.received == 1
    smtp([550])
    permanent = Mail.objects.create(
        recipient=person,
        address=person.email,
        template="renotification",
        language_code="ja",
        dedupe_key="p:1",
        secrets={"code": "ABCDEFGH"},
    )
    assert outbox.deliver(permanent.pk) == outbox.FAILED
    permanent.refresh_from_db()
    assert permanent.state == Mail.State.FAILED and permanent.secrets == {}


def test_attempts_are_capped(person, smtp):
    smtp([451] * outbox.MAX_ATTEMPTS)
    mail = Mail.objects.create(
        recipient=person,
        address=person.email,
        template="registration",
        language_code="ja",
        dedupe_key="cap:1",
    )
    outcomes = [outbox.deliver(mail.pk) for _ in range(outbox.MAX_ATTEMPTS)]
    assert outcomes[:-1] == [outbox.RETRY] * (outbox.MAX_ATTEMPTS - 1)
    assert outcomes[-1] == outbox.FAILED


def test_retry_countdowns_grow_and_stay_below_the_visibility_timeout():
    countdowns = [outbox.retry_countdown(n) for n in range(1, outbox.MAX_ATTEMPTS + 1)]
    assert countdowns[1] > countdowns[0]
    assert max(countdowns) < settings.CELERY_BROKER_TRANSPORT_OPTIONS.get(
        "visibility_timeout", 3600
    )


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
@pytest.mark.parametrize("template", TEMPLATES)
def test_every_mail_renders_in_every_language_and_says_it_cannot_be_answered(
    person, template, language
):
    context = {
        "auth_id": "mail.person",
        "organization_name": "デモ国際大学",
        "days": 7,
        "hours": 1,
        "minutes": 30,
        "reference_number": "ORG-ABCD2345",
        "expires_on": "2027-01-01",
        "valid_until": "2027-04-01",
    }
    mail = Mail(
        recipient=person,
        address=person.email,
        template=template,
        language_code=language,
        context=context,
        secrets=dict.fromkeys(SECRET_NAMES.get(template, ()), "SECRET-VALUE"),
    )
    content = render(mail)
    assert content.subject and "\n" not in content.subject
    assert "SECRET-VALUE" in content.body or not SECRET_NAMES.get(template)
    inbox = render(mail, for_inbox=True)
    assert "SECRET-VALUE" not in inbox.body
    from django.utils import translation

    with translation.override(language):
        from django.utils.translation import gettext

        assert (
            gettext(
                "This mail was sent automatically. Replies to this address are not read, so please "
                "do not answer it."
            )
            in content.body
        )
        assert (
            gettext(
                "If you did not ask for this mail, someone may have typed your address "
                "by mistake: you can ignore it. If it happens again, or if you think "
                "someone else is using your account, contact the help desk (see the "
                "Contact page of the site)."
            )
            in content.body
        )


@pytest.mark.django_db
def test_a_failed_mail_stays_failed_for_officers_and_is_never_swept_again():
    from tests.factories import MailFactory

    failed = MailFactory(failed=True)
    waiting = MailFactory()
    later = timezone.now() + datetime.timedelta(hours=2)
    assert outbox.sweep(later) == 1  # the queued one only
    assert outbox.deliver(failed.pk) == outbox.SKIPPED
    failed.refresh_from_db()
    assert failed.state == Mail.State.FAILED and failed.attempts == 10
    waiting.refresh_from_db()
    assert waiting.dispatched_at is not None


@pytest.mark.parametrize(
    ("language", "sender"),
    [("ja", "電子届出システム"), ("en", "Immigration Electronic Notification System")],
)
def test_headers_say_who_sends_in_the_recipients_language_and_when_in_japan_time(
    person, mailoutbox, language, sender
):
    """The sender's display name in the recipient's language, `Date` in Japan time, and a
    non-ASCII subject in encoded words of at most 75 characters that decode without a leading
    space."""
    from email import message_from_bytes
    from email.policy import default as default_policy

    from filings.services.mail import deliver
    from tests.filings.accounts.test_mail_delivery import assert_headers_well_formed

    person.language_code = language
    person.save(update_fields=["language_code"])
    with time_machine.travel(datetime.datetime(2026, 12, 7, 23, 30, tzinfo=datetime.UTC)):
        mail = queue_mail(
            template="password_changed",
            recipient=person,
            dedupe_key=f"headers:{language}",
            context={},
        )
        deliver(mail.pk)
    raw = mailoutbox[-1].message().as_bytes()
    decoded = message_from_bytes(raw, policy=default_policy)
    assert decoded["From"].addresses[0].display_name == sender
    assert decoded["Date"].startswith("Tue, 08 Dec 2026 08:30:") and decoded["Date"].endswith(
        "+0900"
    )
    assert decoded["Subject"].startswith(f"[{sender}] ")
    if language == "ja":
        assert_headers_well_formed(raw.split(b"\n\n", 1)[0])
