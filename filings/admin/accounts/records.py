"""What happened to accounts, read-only (SPEC N8, X1; QUALITY G4): the mails with their delivery
states, and the audit trail.

The trail stores action codes ("filing.viewed"); officers read them as labels in their own
language (`portal.audit.ACTION_LABELS`), while the filter still selects by code, so a link
such as `?action=filing.viewed` keeps working.
"""

from __future__ import annotations

import django_filters

from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from filings.admin.base import AuditedIndexView, AuditedViewMixin
from filings.models.mail import Mail
from portal.audit import ACTION_LABELS, action_label
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


class ActionColumn(Column):
    """The action's label; the code itself stays what the filter and the log use."""

    def get_value(self, instance):
        return action_label(instance.action)


def _action_choices():
    """Every labelled code, in the order of its label in the active language."""
    return sorted(ACTION_LABELS.items(), key=lambda item: str(item[1]))


class AuditEventFilterSet(WagtailFilterSet):
    outcome = django_filters.ChoiceFilter(label=_("outcome"), choices=AuditEvent.Outcome.choices)
    # Choices are built per request, so their labels follow the officer's language.
    action = django_filters.ChoiceFilter(label=_("action"), choices=_action_choices)

    class Meta:
        model = AuditEvent
        fields = ["outcome", "action"]


class AuditEventInspectView(InspectView):
    """One event, its action shown as the label followed by the stored code."""

    def get_action_display_value(self):
        label = action_label(self.object.action)
        if label == self.object.action:
            return label
        return f"{label} ({self.object.action})"


class AuditEventViewSet(ModelViewSet):
    model = AuditEvent
    name = "audit_events"
    icon = "history"
    menu_label = _("Audit trail")
    list_display = [
        "occurred_at",
        ActionColumn("action", label=_("action"), sort_key="action"),
        "outcome",
        "actor_label",
        "target_type",
        "target_id",
        "ip_address",
        "request_id",
    ]
    filterset_class = AuditEventFilterSet
    search_fields = ["action", "actor_label", "target_id", "request_id"]
    search_backend_name = None
    ordering = ["-occurred_at"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = AuditEventInspectView
    form_fields = ["action"]
