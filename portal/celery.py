"""The Celery application: queues `default`, `mail`, `filings` and `bulk` (DESIGN.md)."""

import logging
import os
import time

from celery import Celery, Task
from kombu import Exchange, Queue
from kombu.exceptions import OperationalError

from .broker import register as register_broker

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
register_broker()  # atomicfs://, the zero-setup default broker

logger = logging.getLogger("portal.celery")
# After a failed publish, this process publishes nothing for this long (QUALITY I2).
BROKER_PAUSE_SECONDS = 5.0
_broker_paused_until = 0.0


class PortalTask(Task):
    """A task whose publishing gives up at once while the broker is known to be down.

    Every publish happens after a commit, with its row already in PostgreSQL, and the sweepers
    queue again whatever was not published; the callers log the error and go on. With a hung
    broker each attempt still costs the socket timeout, so after one failure this process stops
    trying for BROKER_PAUSE_SECONDS: a web request pays the timeout once at most, not once per
    mail and filing, and answers within the bound of QUALITY I2.
    """

    abstract = True

    def apply_async(self, *args, **kwargs):
        global _broker_paused_until
        if self.app.conf.task_always_eager:
            return super().apply_async(*args, **kwargs)
        if time.monotonic() < _broker_paused_until:
            raise OperationalError("broker unavailable; publishing paused after a failure")
        try:
            return super().apply_async(*args, **kwargs)
        except OperationalError:
            _broker_paused_until = time.monotonic() + BROKER_PAUSE_SECONDS
            logger.warning("broker unavailable; publishing paused for %.0f s", BROKER_PAUSE_SECONDS)
            raise


app = Celery("portal", task_cls=PortalTask)
app.config_from_object("django.conf:settings", namespace="CELERY")
# Each queue gets its own exchange and routing key; queues sharing one binding would each receive
# a copy of every message.
QUEUES = ("default", "mail", "filings", "bulk")
app.conf.task_queues = [Queue(name, Exchange(name), routing_key=name) for name in QUEUES]
app.autodiscover_tasks()
