"""The audit trail (SPEC X1, QUALITY G1, G3).

One row per security-relevant event: sign-ins and their failures, lockouts and unlocks,
password and e-mail changes, registrations, re-notifications and officers' account actions.
Rows are only ever inserted, through `portal.audit.record`; on PostgreSQL a trigger created by
the migration refuses UPDATE and DELETE, so not even the application's own database role can
rewrite history.

Nothing secret goes in: no passwords, codes or full card numbers. `details` holds small,
non-personal facts (a reason code, a masked card number, a counter).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditEvent(models.Model):
    class Outcome(models.TextChoices):
        SUCCESS = "success", _("Success")
        FAILURE = "failure", _("Failure")
        DENIED = "denied", _("Denied")

    # Stored in UTC (USE_TZ); shown in Japan time by the admin.
    occurred_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    # No database constraint: deleting a user must not have to touch (or cascade into) the
    # append-only table. The auth ID is copied so the row still reads after a deletion.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    actor_label = models.CharField(_("actor auth ID"), max_length=150, blank=True)
    action = models.CharField(_("action"), max_length=60, db_index=True)
    target_type = models.CharField(_("target type"), max_length=60, blank=True)
    target_id = models.CharField(_("target id"), max_length=64, blank=True, db_index=True)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    user_agent = models.CharField(_("user agent"), max_length=300, blank=True)
    request_id = models.CharField(_("request id"), max_length=64, blank=True)
    outcome = models.CharField(
        _("outcome"), max_length=10, choices=Outcome.choices, default=Outcome.SUCCESS
    )
    details = models.JSONField(_("details"), default=dict, blank=True)

    # Nothing links to an audit event from pages; indexing each row would cost queries on
    # every audited action.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-occurred_at", "-id"]
        indexes = [models.Index(fields=["target_type", "target_id", "occurred_at"])]

    def __str__(self) -> str:
        return f"{self.occurred_at:%Y-%m-%d %H:%M:%S} {self.action} {self.outcome}"
