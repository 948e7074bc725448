"""The mail outbox (SPEC A9, N8; QUALITY H2–H6).

Every mail is a row written in the same transaction as the event it reports; a Celery task on
the `mail` queue sends it and records the outcome, and a beat sweeper re-queues rows a lost
message left behind. The same rows are the in-site inbox, so a mail lost on the way never hides
a result. `dedupe_key` is unique per event, so an event replayed (a retried task, a double
click) never mails twice.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Mail(models.Model):
    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mails",
        help_text=_("Empty for mails to someone without an account yet."),
    )
    address = models.CharField(_("address"), max_length=254)
    template = models.CharField(_("template"), max_length=60)
    language_code = models.CharField(_("language"), max_length=10)
    context = models.JSONField(_("context"), default=dict, blank=True)
    # One-time codes and links: used to render the mail that is sent, emptied afterwards so
    # that no usable secret stays in the database (the inbox shows a placeholder instead).
    secrets = models.JSONField(default=dict, blank=True, editable=False)
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.QUEUED, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)
    dedupe_key = models.CharField(_("event key"), max_length=200, unique=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    # When the sweeper last queued it: another sweep leaves it alone for a while (QUALITY H3).
    dispatched_at = models.DateTimeField(null=True, blank=True, editable=False)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)

    # Pages never link to a mail; indexing each save would cost queries on every event.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("mail")
        verbose_name_plural = _("mails")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "created_at"]),
            models.Index(fields=["state", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.template} → {self.address} ({self.state})"
