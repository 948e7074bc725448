"""The mail outbox service: queue, render, deliver, sweep (SPEC A9, N8; QUALITY H2–H6, I5).

`queue_mail` is what every other service calls. It writes the `Mail` row in the caller's
transaction and asks for delivery only once that transaction commits, so a rolled-back event
mails nothing and a committed one always has its row, even if the broker is down at that moment
(the sweeper queues it later).

Templates: ``templates/filings/mail/<template>.subject.txt`` (one line) and
``templates/filings/mail/<template>.body.txt``, both rendered inside
``translation.override(mail.language_code)``; every body ends with
``filings/mail/_footer.txt``, which says the address cannot be answered (Q58) and what to do
about a mail one did not ask for (Q60).
"""

from __future__ import annotations

import logging
import random
import smtplib
import socket
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import DatabaseError, connection, transaction
from django.db.models import Q
from django.dispatch import Signal
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext

from filings.models.mail import Mail
from filings.rules.deadlines import JAPAN
from filings.services import dispatch

logger = logging.getLogger("filings.mail")


# Sent once a mail has gone out: the SMTP server accepted it (or accepted it before a database
# error, `_record_sent`). Keyword argument `mail`: the row, locked and marked sent but not yet
# saved. Receivers run inside the sender's transaction, so what they write is committed
# together with "sent" or not at all, and an exception they raise undoes both (the mail is then
# tried again). The outbox knows nobody who waits for a mail; `filings.services.completion`
# listens here for the mails that complete a filing or a bulk file (S2).
mail_sent = Signal()

# The task that delivers one mail (filings.tasks.mail.send_mail).
SEND_TASK = "filings.tasks.send_mail"

SENT = "sent"
RETRY = "retry"
FAILED = "failed"
SKIPPED = "skipped"

# Delivery attempts before a mail is marked failed for officers to see (QUALITY H5).
MAX_ATTEMPTS = 10
# Countdown before attempt n+1 is RETRY_BASE_SECONDS * 2**n, capped, plus up to 20 % jitter;
# always shorter than the broker's visibility timeout (3600 s) so a waiting retry is never
# delivered twice (kombu#337).
RETRY_CAP_SECONDS = 1800


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str
    sender_name: str = ""


class _PortalMessage(EmailMessage):
    """Django's message with a Japanese (or any non-ASCII) subject encoded as it should be: in
    encoded words of at most 75 characters, the first one on the Subject line itself. Django's
    own encoding folds before the first word, which some readers show as a leading space."""

    def message(self, *args: Any, **kwargs: Any):
        msg = super().message(*args, **kwargs)
        if not self.subject.isascii():
            del msg["Subject"]
            # Past Django's single-line guard on purpose: a Header object folds itself.
            Message.__setitem__(
                msg, "Subject", Header(self.subject, "utf-8", header_name="Subject")
            )
        return msg


def _japan_date(moment: datetime) -> str:
    """The Date header in Japan time: the time the recipient lives by (and the portal's)."""
    return format_datetime(moment.astimezone(JAPAN))


def _site_name() -> str:
    return gettext("Immigration Electronic Notification System")


def render(mail: Mail, *, for_inbox: bool = False) -> Rendered:
    """The subject and body in the recipient's language.

    For the in-site inbox, one-time secrets are replaced by a note: they have usually been
    removed from the row after sending, and a code must not show up twice anyway.
    """
    with translation.override(mail.language_code):
        secrets: dict[str, Any] = dict(mail.secrets or {})
        if for_inbox or not secrets:
            removed = gettext("(shown only in the e-mail; removed here for your security)")
            secrets = dict.fromkeys(_secret_names(mail.template), removed)
        context = {
            **(mail.context or {}),
            **secrets,
            "site_name": _site_name(),
            "base_url": settings.PORTAL_PUBLIC_BASE_URL.rstrip("/"),
            "language_code": mail.language_code,
        }
        name = f"filings/mail/{mail.template}"
        subject = render_to_string(f"{name}.subject.txt", context).strip()
        subject = " ".join(subject.split())  # a header is one line, whatever the template did
        body = render_to_string(f"{name}.body.txt", context)
        body = "\n".join(line.rstrip() for line in body.strip().splitlines()) + "\n"
        return Rendered(f"[{_site_name()}] {subject}", body, sender_name=_site_name())


# Names of the secrets each template uses, so the inbox can show a placeholder for them.
SECRET_NAMES: dict[str, tuple[str, ...]] = {
    "renotification": ("code",),
    "email_change_confirm": ("confirm_url",),
    "organization_activation": ("activation_url",),
    "organization_user_added": ("activation_url",),
    "organization_user_reset": ("activation_url",),
}


def _secret_names(template: str) -> tuple[str, ...]:
    return SECRET_NAMES.get(template, ())


def queue_mail(
    *,
    template: str,
    dedupe_key: str,
    recipient: Any = None,
    address: str | None = None,
    language_code: str | None = None,
    context: dict[str, Any] | None = None,
    secrets: dict[str, Any] | None = None,
    new_key: bool = False,
) -> Mail:
    """Write one outgoing mail and send it after the caller's transaction commits.

    `dedupe_key` names the event ("password-changed:<user>:<time>"): queueing the same event
    again returns the existing row and sends nothing (QUALITY H6). `context` must be JSON and
    must not hold secrets; put one-time codes and links in `secrets`, which is emptied once
    the mail has gone. The recipient's language is used unless `language_code` is given.
    """
    if recipient is not None:
        address = address or recipient.email
        language_code = language_code or recipient.language_code
    if not address:
        raise ValueError("a mail needs an address")
    language_code = language_code or translation.get_language() or settings.LANGUAGE_CODE
    values = {
        "recipient": recipient,
        "address": address,
        "template": template,
        "language_code": language_code,
        "context": context or {},
        "secrets": secrets or {},
    }
    if new_key:
        # The caller knows the key names an event that cannot have been queued before (it
        # holds the id of a row created in this transaction): one INSERT instead of
        # get_or_create's SELECT, savepoint, INSERT, release. The unique key still guards.
        mail, created = Mail.objects.create(dedupe_key=dedupe_key, **values), True
    else:
        mail, created = Mail.objects.get_or_create(dedupe_key=dedupe_key, defaults=values)
    mail.was_created = created
    if created:
        dispatch.enqueue_on_commit(SEND_TASK, [mail.pk], what="mail")
    return mail


def _smtp_code(exc: BaseException) -> int | None:
    code = getattr(exc, "smtp_code", None)
    if isinstance(code, int):
        return code
    recipients = getattr(exc, "recipients", None)
    if isinstance(recipients, dict) and recipients:
        codes = [value[0] for value in recipients.values() if value and isinstance(value[0], int)]
        if codes:
            # Any temporary refusal makes the whole attempt worth repeating.
            return min(codes) if any(400 <= c < 500 for c in codes) else max(codes)
    return None


def is_transient(exc: BaseException) -> bool:
    """Whether a failed send is worth repeating: connection problems and 4xx replies are;
    5xx replies (unknown mailbox, refused content) and programming errors are not."""
    if isinstance(exc, smtplib.SMTPServerDisconnected | smtplib.SMTPConnectError):
        return True
    if isinstance(exc, smtplib.SMTPException):
        code = _smtp_code(exc)
        return code is None or 400 <= code < 500
    return isinstance(exc, OSError | socket.timeout | TimeoutError)


def retry_countdown(attempts: int) -> int:
    base = int(settings.PORTAL_MAIL_RETRY_BASE_SECONDS)
    delay = min(base * 2 ** max(attempts - 1, 0), RETRY_CAP_SECONDS)
    return int(delay + random.uniform(0, delay * 0.2))


def _describe(exc: BaseException) -> str:
    """The error as officers see it: class and SMTP code, never the server's whole reply
    (which may quote the address) or anything from the message."""
    code = _smtp_code(exc)
    return f"{exc.__class__.__name__}{f' {code}' if code else ''}"[:300]


def deliver(mail_id: int) -> str:
    """Send one queued mail, at most once (QUALITY H4): the row is locked and its state checked
    first, so a duplicate task, a retry and the sweeper racing each other send it once.

    Returns SENT, RETRY (a transient error, try again later), FAILED (permanent, or the last
    attempt) or SKIPPED (not queued any more). Secrets are removed once the mail is sent or
    has finally failed.

    If the database fails after the SMTP server has taken the mail (PostgreSQL restarting,
    QUALITY I4), the row still says queued and the sweeper would send the mail again: it is
    recorded as sent as soon as the database answers again instead (`_record_sent`).
    """
    accepted: list[datetime] = []
    try:
        return _deliver(mail_id, accepted)
    except DatabaseError:
        if not accepted or transaction.get_connection().in_atomic_block:
            raise
        _record_sent(mail_id, accepted[0])
        return SENT


# How long a sender keeps trying to record a mail the SMTP server has already taken.
RECORD_SENT_SECONDS = 120


def _record_sent(mail_id: int, sent_at: datetime) -> None:
    deadline = time.monotonic() + RECORD_SENT_SECONDS
    while True:
        connection.close()  # the failed connection; the next query opens a new one
        try:
            with transaction.atomic():
                mail = Mail.objects.select_for_update().filter(pk=mail_id).first()
                if mail is None or mail.state != Mail.State.QUEUED:
                    return
                mail.attempts += 1
                mail.last_attempt_at = sent_at
                _mark_sent(mail, sent_at)
                mail.save(update_fields=ATTEMPT_FIELDS)
            logger.warning("mail %s recorded as sent after a database error", mail_id)
            return
        except DatabaseError:
            if time.monotonic() > deadline:
                logger.error("mail %s was sent but is not recorded; it may go out twice", mail_id)
                raise
            time.sleep(1)


def _deliver(mail_id: int, accepted: list[datetime]) -> str:
    with transaction.atomic():
        mail = Mail.objects.select_for_update().filter(pk=mail_id).first()
        if mail is None or mail.state != Mail.State.QUEUED:
            return SKIPPED
        mail.attempts += 1
        mail.last_attempt_at = timezone.now()
        try:
            content = render(mail)
            message = _PortalMessage(
                subject=content.subject,
                body=content.body,
                # The portal's name in the recipient's language as the sender's display name.
                from_email=formataddr((content.sender_name, settings.DEFAULT_FROM_EMAIL)),
                to=[mail.address],
                headers={
                    "Date": _japan_date(mail.last_attempt_at),
                    # RFC 3834: automatic mail; asks auto-responders not to answer (Q58).
                    "Auto-Submitted": "auto-generated",
                    "X-Auto-Response-Suppress": "All",
                },
            )
            message.send(fail_silently=False)
        except Exception as exc:
            mail.last_error = _describe(exc)
            if is_transient(exc) and mail.attempts < MAX_ATTEMPTS:
                outcome = RETRY
            else:
                mail.state = Mail.State.FAILED
                mail.secrets = {}
                outcome = FAILED
            logger.warning(
                "mail %s attempt %s: %s (%s)", mail.pk, mail.attempts, mail.last_error, outcome
            )
        else:
            # The server has it: noted before anything touches the database again, so a
            # database failure from here on records it as sent instead of sending it twice.
            accepted.append(timezone.now())
            _mark_sent(mail, accepted[0])
            outcome = SENT
        mail.save(update_fields=ATTEMPT_FIELDS)
        return outcome


# What an attempt changes on the row.
ATTEMPT_FIELDS = ["attempts", "last_attempt_at", "state", "sent_at", "last_error", "secrets"]


def _mark_sent(mail: Mail, sent_at: datetime) -> None:
    """Sent: its secrets are dropped, and `mail_sent` tells whoever waited for it, inside the
    caller's transaction."""
    mail.state = Mail.State.SENT
    mail.sent_at = sent_at
    mail.last_error = ""
    mail.secrets = {}
    mail_sent.send(sender=Mail, mail=mail)


def sweep(now=None) -> int:
    """Queue again the mails a lost message left behind (QUALITY H3): still queued, never tried
    for five minutes, or last tried longer ago than the longest retry countdown, and not
    queued by a sweep within the last five minutes. Rows locked
    by a sender are skipped, and the sender's state guard makes a second dispatch harmless.
    Mails queued for two days without success are marked failed for officers to follow up.
    """
    now = now or timezone.now()
    stale = now - timedelta(seconds=getattr(settings, "PORTAL_MAIL_SWEEP_AFTER_SECONDS", 300))
    retry_window = now - timedelta(seconds=RETRY_CAP_SECONDS * 1.2 + 60)
    given_up = now - timedelta(days=2)
    ids: list[int] = []
    with transaction.atomic():
        Mail.objects.filter(state=Mail.State.QUEUED, created_at__lt=given_up).update(
            state=Mail.State.FAILED, last_error="not delivered within two days", secrets={}
        )
        candidates = (
            Mail.objects.select_for_update(skip_locked=True)
            .filter(state=Mail.State.QUEUED)
            .filter(Q(dispatched_at__isnull=True) | Q(dispatched_at__lt=stale))
            .filter(
                Q(last_attempt_at__isnull=True, created_at__lt=stale)
                | Q(last_attempt_at__lt=retry_window)
            )
            .order_by("created_at")
            .values_list("pk", flat=True)[:500]
        )
        ids = list(candidates)
        # Marked, so that another sweep (a second beat, the next run before the worker got to
        # it) does not queue it again until it is stale once more (QUALITY H3, I6).
        Mail.objects.filter(pk__in=ids).update(dispatched_at=now)
        dispatch.enqueue_on_commit(SEND_TASK, ids, what="mail")
    return len(ids)


def mark_read(mail: Mail) -> None:
    if mail.read_at is None:
        Mail.objects.filter(pk=mail.pk, read_at__isnull=True).update(read_at=timezone.now())
