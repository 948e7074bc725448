"""Celery tasks of the filing domain. Thin: they take ids, and the services guard and do the
work (DESIGN.md). Mail tasks are routed to the `mail` queue by their name
(CELERY_TASK_ROUTES: "filings.tasks.send_mail*")."""

from __future__ import annotations

from celery import shared_task

from filings.services import accounts as account_services
from filings.services import mail


@shared_task(
    bind=True,
    name="filings.tasks.send_mail",
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=mail.MAX_ATTEMPTS,
)
def send_mail(self, mail_id: int) -> str:
    """Trigger: `filings.services.mail.queue_mail` after commit, and the sweeper.

    Guard: the mail row is locked and must still be queued, so duplicates send nothing.
    Success: the row is `sent` (secrets removed); a transient SMTP error schedules a retry with
    exponential backoff; the last attempt or a permanent error leaves it `failed` for officers.
    """
    outcome = mail.deliver(mail_id)
    if outcome == mail.RETRY:
        raise self.retry(countdown=mail.retry_countdown(self.request.retries + 1))
    return outcome


@shared_task(name="filings.tasks.send_mail_sweep")
def send_mail_sweep() -> int:
    """Trigger: beat, every five minutes. Re-queues mails a lost message left queued.

    Idempotent: rows being sent are skipped (row locks), and the sender's state guard makes a
    second dispatch of the same row send nothing. Success: every stale row is queued again.
    """
    return mail.sweep()


@shared_task(name="filings.tasks.apply_account_validity")
def apply_account_validity() -> int:
    """Trigger: beat, nightly. Residents' accounts follow the registry's period of stay and
    card (A7, Q41, Q44); organization users' end one year after last use.

    Idempotent: only accounts still active and past their end are deactivated, once.
    Success: the number of accounts ended today.
    """
    return account_services.apply_account_validity()


@shared_task(name="filings.tasks.send_password_reminders")
def send_password_reminders() -> int:
    """Trigger: beat, daily. Reminds users 30 and 7 days before their password expires.

    Idempotent: each reminder's de-duplication key names the password (its set time) and the
    threshold, so running twice a day sends nothing new (QUALITY A13).
    """
    return account_services.send_password_reminders()
