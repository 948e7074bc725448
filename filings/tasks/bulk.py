"""Celery tasks of bulk filing, on the `bulk` queue (CELERY_TASK_ROUTES routes every
"filings.tasks.bulk_*" name there). Thin: ids in, `filings.services.bulk` guards and works."""

from __future__ import annotations

from celery import shared_task

from django.db import InterfaceError, OperationalError

from filings.services import bulk as bulk_services


@shared_task(
    bind=True,
    name="filings.tasks.bulk_register",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=30,
    retry_backoff_max=1800,
    retry_jitter=True,
    max_retries=5,
)
def bulk_register(self, upload_id: int) -> str:
    """Trigger: an upload committed as accepted (immediate mode), the previous batch of the
    same upload, or the sweeper.

    Guard: the upload must still be accepted or registering (row lock, skip_locked); the batch's
    filings are registered only while *processing* and not registered, under their row locks,
    and a row's outcome is written only while it is pending, so a redelivery after a killed
    worker or a duplicate message registers nobody twice. Success: one batch registered (one
    transaction, a constant number of queries); the next batch is queued while rows remain,
    and the last one completes the upload with its one result mail.
    """
    outcome = bulk_services.register_batch(upload_id)
    if outcome == bulk_services.MORE:
        bulk_register.delay(upload_id)
    return outcome


@shared_task(
    name="filings.tasks.bulk_error_workbook",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=30,
    retry_backoff_max=1800,
    retry_jitter=True,
    max_retries=5,
)
def bulk_error_workbook(upload_id: int) -> str:
    """Trigger: an upload committed in reception error, or completed with rows in error (the
    same transaction marks its error workbook *building*), or the sweeper.

    Guard: the upload's row is locked (skip_locked) and must still be *building*, so a second
    message or a redelivery builds nothing again. Success: the error workbook is stored and
    the upload says *ready* (or *unavailable* when its file can no longer be read).
    """
    return bulk_services.build_error_workbook(upload_id)


@shared_task(name="filings.tasks.bulk_sweep")
def bulk_sweep() -> int:
    """Trigger: beat, every five minutes. Re-queues uploads a lost message or a killed worker
    left accepted or registering (QUALITY I1), and error workbooks left *building*.

    Idempotent: uploads are claimed with skip_locked and their queued time moved on; the
    tasks' guards make a second one harmless. Success: the number of tasks queued.
    """
    return bulk_services.sweep() + bulk_services.sweep_error_workbooks()
