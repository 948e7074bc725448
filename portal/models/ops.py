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


class SeedRecord(models.Model):
    """What `manage.py seed_demo` last built, by part, so an unchanged demo is not rebuilt.

    `make run` seeds on every start; comparing a digest of the demo content is far cheaper than
    republishing and retranslating every page, and leaves editors' translation status alone.
    """

    name = models.CharField(max_length=50, unique=True)
    digest = models.CharField(max_length=64)
    applied_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("demo seed record")

    def __str__(self) -> str:
        return f"{self.name} {self.digest[:8]}"
