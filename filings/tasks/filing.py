"""Celery tasks of the filing pipeline, on the `filings` queue (CELERY_TASK_ROUTES routes every
"filings.tasks.*" name there except mail and bulk). Thin: ids in, the service guards and works.
"""

from __future__ import annotations

from celery import shared_task

from django.db import InterfaceError, OperationalError

from filings.services import filing as filing_services
from filings.services import registration, reminders


@shared_task(
    bind=True,
    name="filings.tasks.register_filing",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=30,
    retry_backoff_max=1800,
    retry_jitter=True,
    max_retries=filing_services.MAX_REGISTRATION_ATTEMPTS,
)
def register_filing(self, filing_id: int) -> str:
    """Trigger: a filing committed in state received (immediate mode), the nightly batch, the
    sweeper, or an officer's retry.

    Guard: the filing row is locked and must still be received or processing, so a duplicate
    message, a redelivery after a killed worker and the sweeper finish it once.
    Success: the filing is registered (it completes when its completion mail is sent, S2) or
    has a registration error, with exactly one mail per recipient for that outcome. Database
    errors are retried with backoff (QUALITY H5); every countdown stays below the broker's
    visibility timeout.
    """
    return filing_services.register_filing(filing_id)


@shared_task(name="filings.tasks.sweep_filings")
def sweep_filings() -> int:
    """Trigger: beat, every five minutes. Re-queues filings a lost message left open.

    Idempotent: rows are claimed with skip_locked and their queued time moved on, and the
    registration's state guard makes a second dispatch harmless. Success: the count queued.
    """
    return filing_services.sweep()


@shared_task(name="filings.tasks.run_registration_batch")
def run_registration_batch() -> int:
    """Trigger: beat, nightly at 02:00 (Japan) when PORTAL_FILING_REGISTRATION="nightly".

    Idempotent: only filings never queued are taken, each once. Success: the count queued.
    """
    if registration.registration_mode() != registration.NIGHTLY:
        return 0
    return filing_services.run_batch()


@shared_task(name="filings.tasks.send_filing_reminders")
def send_filing_reminders() -> int:
    """Trigger: beat, daily. One mail per unfinished draft a few days before it is due (N7).

    Idempotent: the draft records the reminder and the mail's event key names the draft.
    Success: the number of reminders queued.
    """
    return filing_services.send_reminders()


@shared_task(name="filings.tasks.send_stay_end_reminders")
def send_stay_end_reminders() -> int:
    """Trigger: beat, daily. Residents are reminded 3 months, 1 month and 2 weeks before their
    period of stay ends, unless they turned reminders off.

    Idempotent: the mail's event key names the card, the end date and the boundary.
    Success: the number of reminders queued.
    """
    return reminders.send_stay_end_reminders()


@shared_task(name="filings.tasks.send_snapshot_reminders")
def send_snapshot_reminders() -> int:
    """Trigger: beat, daily. The users of organizations that accept students are reminded of
    the 1 May and 1 November student reports before they are due.

    Idempotent: the mail's event key names the organization, the due date and the user.
    Success: the number of reminders queued.
    """
    return reminders.send_snapshot_reminders()


@shared_task(name="filings.tasks.apply_retention")
def apply_retention() -> int:
    """Trigger: beat, nightly at 03:30 (Japan). Removes the personal data of filings received
    more than PORTAL_FILING_RETENTION_DAYS ago and deletes their drafts (QUALITY G6).

    Idempotent: anonymised rows are skipped and batches are claimed with skip_locked, so a
    repeated or parallel run changes nothing twice. Success: the number of filings anonymised;
    every run leaves one audit event with its counts.
    """
    from filings.services import retention

    return retention.apply_retention().anonymised
