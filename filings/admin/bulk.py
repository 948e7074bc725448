"""Bulk files in the back office (SPEC O3, K3, X1; QUALITY G4).

Officers list uploads with filters by state, organization and date, and open one with the same
detail the organization sees: the reception problems by row and column, the counts and every
row with its filing's receipt number, state and errors. Opening an upload shows personal data
(names, card numbers of its rows), so it needs the personal-data permission and is recorded in
the audit trail, like a filing's detail. Uploads are never created or edited here.
"""

from __future__ import annotations

import django_filters

from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from filings import fields
from filings.admin.base import ReadOnlyIndexView, can_view_personal_data
from filings.errors import message as error_message
from filings.models.bulk import BulkRow, BulkUpload, BulkUploadState
from filings.models.registry import Organization
from filings.services import bulk as bulk_services
from portal import audit


class BulkUploadFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(label=_("State"), choices=BulkUploadState.choices)
    organization = django_filters.ModelChoiceFilter(
        label=_("Organization"), queryset=Organization.objects.all()
    )
    received_at = django_filters.DateFromToRangeFilter(
        label=_("Received between"), widget=DateRangePickerWidget
    )

    class Meta:
        model = BulkUpload
        fields = ["state", "organization", "received_at"]


class OrganizationColumn(Column):
    def get_value(self, instance):
        return instance.organization.name


class BulkUploadIndexView(ReadOnlyIndexView):
    """Bulk uploads are only inspected in the back office."""


class BulkUploadInspectView(InspectView):
    """An upload with its problems and rows; audited, personal-data permission required."""

    template_name = "filings/admin/bulk_inspect.html"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_personal_data(request.user):
            return permission_denied(request)
        audit.record("bulk.viewed", request=request, target=self.object)
        return super().dispatch(request, *args, **kwargs)

    def get_edit_url(self):
        return None

    def get_delete_url(self):
        return None

    def get_object(self, queryset=None):
        return get_object_or_404(
            BulkUpload.objects.select_related("organization", "uploaded_by"), pk=self.pk
        )

    def get_context_data(self, **kwargs):
        from filings.views.bulk import problem_rows

        context = super().get_context_data(**kwargs)
        upload = self.object
        context["problems"] = problem_rows(upload, upload.problems)
        context["progress"] = bulk_services.progress(upload)
        context["rows"] = [
            {
                "number": row.number,
                "filing": row.filing,
                "kind_label": fields.kind_label(row.filing.spec_key),
                "outcome": row.get_outcome_display(),
                "errors": [
                    f"{e.get('code', '')} {error_message(e.get('code', ''), **e.get('params', {}))}"
                    for e in row.filing.errors
                ],
            }
            for row in BulkRow.objects.filter(upload=upload)
            .select_related("filing")
            .order_by("number")
        ]
        return context


class BulkUploadViewSet(ModelViewSet):
    model = BulkUpload
    icon = "table"
    menu_label = _("Bulk files")
    menu_order = 260
    add_to_admin_menu = True
    url_prefix = "bulk-files"
    name = "filings_bulkupload"
    index_view_class = BulkUploadIndexView
    inspect_view_class = BulkUploadInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = BulkUploadFilterSet
    search_fields = ["filename"]
    search_backend_name = None
    list_per_page = 50
    ordering = ["-received_at"]
    list_display = [
        "filename",
        OrganizationColumn("organization", label=_("Organization")),
        "state",
        "family",
        "row_count",
        "rows_done",
        "rows_failed",
        DateColumn("received_at", label=_("Received")),
    ]

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
        ]
