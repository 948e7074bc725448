"""Periodic and diagnostic tasks of the site shell."""

import socket

from celery import shared_task

from django.core.management import call_command

from . import services


@shared_task(name="portal.tasks.answer_ping")
def answer_ping(ping_id: int) -> bool:
    """Trigger: `services.send_ping` after commit. Guard: a ping is answered once.

    Success means the row carries the time and the worker that answered it.
    """
    return services.answer_ping(ping_id, f"celery@{socket.gethostname()}")


@shared_task(name="portal.tasks.publish_scheduled")
def publish_scheduled() -> None:
    """Trigger: beat, every minute. Publishes and unpublishes pages whose time has come.

    Wagtail's own command is idempotent: a page already live is not published twice.
    """
    call_command("publish_scheduled", verbosity=0)


@shared_task(name="portal.tasks.heartbeat")
def heartbeat() -> None:
    """Trigger: beat, every minute. Leaves a ping answered by a worker for the health page."""
    services.prune_pings()
    services.send_ping("heartbeat")
