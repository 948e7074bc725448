"""Writes of the site shell. Tasks are queued only once the transaction has committed."""

from datetime import timedelta
from functools import partial

from django.db import transaction
from django.utils import timezone

from .models import Ping


def send_ping(label: str) -> Ping:
    """Record a ping and ask a worker to answer it.

    The row exists before any task is queued, and the task is queued only after commit, so a
    rolled-back request queues nothing and a worker never looks for a row it cannot see.
    """
    from .tasks import answer_ping

    with transaction.atomic():
        ping = Ping.objects.create(label=label[:100])
        transaction.on_commit(partial(answer_ping.delay, ping.pk))
    return ping


def answer_ping(ping_id: int, worker_name: str) -> bool:
    """Mark a ping answered once; a second delivery of the same task changes nothing."""
    with transaction.atomic():
        ping = Ping.objects.select_for_update().filter(pk=ping_id).first()
        if ping is None or ping.answered_at is not None:
            return False
        ping.answered_at = timezone.now()
        ping.answered_by = worker_name[:200]
        ping.save(update_fields=["answered_at", "answered_by"])
    return True


def prune_pings(keep: timedelta = timedelta(days=1)) -> int:
    """Forget answered pings older than `keep`; they only matter while they are recent."""
    deleted, _ = Ping.objects.filter(created_at__lt=timezone.now() - keep).delete()
    return deleted
