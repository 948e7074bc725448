"""The Celery application: queues `default`, `mail`, `filings` and `bulk` (DESIGN.md)."""

import os

from celery import Celery
from kombu import Exchange, Queue

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

app = Celery("portal")
app.config_from_object("django.conf:settings", namespace="CELERY")
# Each queue gets its own exchange and routing key; queues sharing one binding would each receive
# a copy of every message.
QUEUES = ("default", "mail", "filings", "bulk")
app.conf.task_queues = [Queue(name, Exchange(name), routing_key=name) for name in QUEUES]
app.autodiscover_tasks()
