"""Operational records that prove the moving parts work together."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Ping(models.Model):
    """A round trip through the task queue: written by the web side, answered by a worker.

    `manage.py ping_worker` and the health check use it to show that a worker is consuming the
    queues and can write to the same database.
    """

    label = models.CharField(max_length=100)
    created_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    answered_by = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = _("worker ping")
        indexes = [models.Index(fields=["created_at"])]

    def __str__(self) -> str:
        return f"{self.label} @ {self.created_at:%Y-%m-%d %H:%M:%S}"
