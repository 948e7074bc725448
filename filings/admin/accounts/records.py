"""What happened to accounts, read-only (SPEC N8, X1; QUALITY G4): the mails with their delivery
states, and the audit trail."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from filings.admin.base import AuditedIndexView, AuditedViewMixin
from filings.models.mail import Mail
from portal.models import AuditEvent


class MailInspectView(AuditedViewMixin, InspectView):
    """A mail names its recipient and what it was about (QUALITY G4)."""


class MailViewSet(ModelViewSet):
    model = Mail
    index_view_class = AuditedIndexView
    name = "mails"
    icon = "mail"
    menu_label = _("Mails")
    list_display = [
        "created_at",
        "template",
        "address",
        "language_code",
        "state",
        "attempts",
        "last_error",
        "sent_at",
    ]
    list_filter = ["state", "template", "language_code"]
    search_fields = ["address", "dedupe_key", "recipient__username"]
    search_backend_name = None
    ordering = ["-created_at"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = MailInspectView
    inspect_view_fields = [
        "recipient",
        "address",
        "template",
        "language_code",
        "state",
        "attempts",
        "last_error",
        "created_at",
        "last_attempt_at",
        "sent_at",
        "read_at",
        "dedupe_key",
    ]
    form_fields = ["state"]


class AuditEventViewSet(ModelViewSet):
    model = AuditEvent
    name = "audit_events"
    icon = "history"
    menu_label = _("Audit trail")
    list_display = [
        "occurred_at",
        "action",
        "outcome",
        "actor_label",
        "target_type",
        "target_id",
        "ip_address",
        "request_id",
    ]
    list_filter = ["outcome", "action"]
    search_fields = ["action", "actor_label", "target_id", "request_id"]
    search_backend_name = None
    ordering = ["-occurred_at"]
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = ["action"]
