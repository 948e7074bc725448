"""The Celery application: queues `default`, `mail`, `filings` and `bulk` (DESIGN.md)."""

import os

from celery import Celery
from kombu import Queue

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

app = Celery("portal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.task_queues = [Queue(name) for name in ("default", "mail", "filings", "bulk")]
app.autodiscover_tasks()
