"""Filings in the back office (SPEC O3, O6, X1; QUALITY C3, E1, G4).

Officers search and filter filings, open the full content (each opening is audited: it shows
personal data), send a filing through registration again, withdraw one on the filer's request
with a reason (Q74), and export the listing to CSV or Excel with formula injection neutralised.
Filings are never created or edited here: only the filer files (F7).
"""

from __future__ import annotations

import datetime
import re

import django_filters

from django import forms
from django.conf import settings
from django.contrib import messages
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views import View

from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from filings import fields, rules
from filings.admin.base import (
    ReadableExportMixin,
    ReadOnlyIndexView,
    can_view_personal_data,
    card_number_column,
)
from filings.constants import FilingKind
from filings.errors import message as error_message
from filings.errors import remedy as error_remedy
from filings.models.filing import OPEN_STATES, FilerType, Filing, FilingState
from filings.models.registry import Organization, mask_card_number
from filings.rules import normalize_card_number
from filings.services import filing as filing_services
from portal import audit

# Cells starting with these are read as formulas by spreadsheet programs (QUALITY E1).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")
# Characters XML 1.0 (and so .xlsx) cannot hold at all.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def escape_cell(value):
    """A string a spreadsheet will show as text: a leading formula character gets the `'`
    prefix (OWASP's advice), and characters XML cannot carry become U+FFFD."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_PREFIXES):
        value = "'" + value
    return _XML_ILLEGAL.sub("\ufffd", value)


# --- listing ------------------------------------------------------------------------------------


class FilingFilterSet(WagtailFilterSet):
    card_number = django_filters.CharFilter(
        label=_("Residence card number (all 12 characters)"), method="filter_card_number"
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=FilingKind.choices, method="filter_kind"
    )
    state = django_filters.ChoiceFilter(label=_("State"), choices=FilingState.choices)
    filer_type = django_filters.ChoiceFilter(label=_("Filed by"), choices=FilerType.choices)
    received_at = django_filters.DateFromToRangeFilter(
        label=_("Received between"), widget=DateRangePickerWidget
    )
    is_late = django_filters.BooleanFilter(label=_("Filed late"))
    organization = django_filters.ModelChoiceFilter(
        label=_("Organization"), queryset=Organization.objects.all()
    )

    class Meta:
        model = Filing
        fields = ["card_number", "kind", "state", "filer_type", "received_at", "is_late"]

    def filter_card_number(self, queryset, name, value):
        """Exact match on the whole number only, so a masked number cannot be rebuilt by
        searching one character at a time (as in the registry)."""
        number = normalize_card_number(value)
        return queryset.filter(card_number=number) if number else queryset

    def filter_kind(self, queryset, name, value):
        return queryset.filter(Q(kind=value) | Q(second_kind=value)) if value else queryset


class KindColumn(Column):
    def get_value(self, instance):
        return instance.kind_label


class FilingIndexView(ReadableExportMixin, ReadOnlyIndexView):
    """The listing, without add or edit, with audited exports that mask card numbers for staff
    without the personal-data permission."""

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        if "card_number" in row and not can_view_personal_data(self.request.user):
            row["card_number"] = mask_card_number(row["card_number"])
        if "kind" in row:
            row["kind"] = item.kind_label
        if row.get("language_code"):
            # The language the person filed in, by its own name as in the language menu.
            row["language_code"] = dict(settings.LANGUAGES).get(
                row["language_code"], row["language_code"]
            )
        return row

    def preprocess_field_value(self, field, value, export_format):
        return escape_cell(super().preprocess_field_value(field, value, export_format))

    def as_spreadsheet(self, queryset, spreadsheet_format):
        audit.record(
            "filing.exported",
            request=self.request,
            target_type="filings.filing",
            details={"format": spreadsheet_format, "rows": queryset.count()},
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)


# --- detail and actions --------------------------------------------------------------------------


class FilingInspectView(InspectView):
    """The full content filed. Opening it is recorded in the audit trail, because it shows
    personal data (X1, QUALITY G4); staff without the personal-data permission cannot open it."""

    template_name = "filings/admin/filing_inspect.html"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_personal_data(request.user):
            return permission_denied(request)
        audit.record("filing.viewed", request=request, target=self.object)
        return super().dispatch(request, *args, **kwargs)

    def get_edit_url(self):
        return None

    def get_delete_url(self):
        return None

    def get_object(self, queryset=None):
        return get_object_or_404(
            Filing.objects.select_related("organization", "resident", "filed_by"), pk=self.pk
        )

    def get_context_data(self, **kwargs):
        from filings.display import rows_as_filed

        context = super().get_context_data(**kwargs)
        filing = self.object
        context["rows"] = rows_as_filed(fields.kind_spec(filing.spec_key), filing.data)
        context["error_rows"] = [
            {
                "code": e.get("code", ""),
                "message": error_message(e.get("code", ""), **e.get("params", {})),
                "remedy": error_remedy(e.get("code", "")),
            }
            for e in filing.errors
        ]
        context["can_change"] = self.request.user.has_perm("filings.change_filing")
        context["can_retry"] = filing.state in (*OPEN_STATES, FilingState.REGISTRATION_ERROR)
        context["can_withdraw"] = filing.state != FilingState.WITHDRAWN
        context["retry_url"] = reverse("filings_filing:retry", args=[filing.pk])
        context["withdraw_url"] = reverse("filings_filing:withdraw", args=[filing.pk])
        return context


class _ChangeView(View):
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("filings.change_filing"):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class RetryView(_ChangeView):
    def post(self, request, pk):
        try:
            filing_services.retry_registration(pk, officer=request.user, request=request)
        except filing_services.CannotChange:
            messages.error(request, _("This filing cannot be registered again in its state."))
        else:
            messages.success(request, _("The filing has been queued for registration again."))
        return redirect("filings_filing:inspect", pk)


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for the withdrawal"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "For example the filer's request and how it reached you. Shown in the audit trail."
        ),
        max_length=1000,
    )


class WithdrawView(_ChangeView):
    template_name = "filings/admin/filing_withdraw.html"

    def get(self, request, pk):
        filing = get_object_or_404(Filing, pk=pk)
        return self._render(request, filing, WithdrawForm())

    def post(self, request, pk):
        filing = get_object_or_404(Filing, pk=pk)
        form = WithdrawForm(request.POST)
        if not form.is_valid():
            return self._render(request, filing, form)
        try:
            filing_services.withdraw(
                pk, officer=request.user, reason=form.cleaned_data["reason"], request=request
            )
        except (filing_services.CannotChange, ValueError):
            form.add_error(None, _("This filing cannot be withdrawn."))
            return self._render(request, filing, form)
        messages.success(request, _("The filing has been withdrawn."))
        return redirect("filings_filing:inspect", pk)

    def _render(self, request, filing, form):
        return TemplateResponse(
            request,
            self.template_name,
            {
                "filing": filing,
                "form": form,
                "page_title": _("Withdraw filing"),
                "header_icon": "warning",
                "inspect_url": reverse("filings_filing:inspect", args=[filing.pk]),
            },
        )


class FilingViewSet(ModelViewSet):
    model = Filing
    icon = "doc-full-inverse"
    menu_label = _("Filings")
    menu_order = 250
    add_to_admin_menu = True
    url_prefix = "filings"
    name = "filings_filing"
    index_view_class = FilingIndexView
    inspect_view_class = FilingInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = FilingFilterSet
    search_fields = ["receipt_number", "name_latin"]
    search_backend_name = None
    list_per_page = 50
    ordering = ["-received_at"]
    list_display = [
        "receipt_number",
        KindColumn("kind", label=_("Kind")),
        "state",
        "filer_type",
        "name_latin",
        card_number_column("card_number", _("Card number")),
        DateColumn("received_at", label=_("Received")),
        "due_date",
        BooleanColumn("is_late", label=_("Late")),
    ]
    list_export = [
        "receipt_number",
        "kind",
        "second_kind",
        "state",
        "filer_type",
        "organization_name",
        "name_latin",
        "card_number",
        "filed_on",
        "received_at",
        "event_date",
        "due_date",
        "is_late",
        "language_code",
        "completed_at",
    ]
    export_headings = {"organization_name": _("Organization")}
    export_filename = "filings"

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("retry/<int:pk>/", RetryView.as_view(), name="retry"),
            path("withdraw/<int:pk>/", WithdrawView.as_view(), name="withdraw"),
        ]


# --- dashboard (O6) ---------------------------------------------------------------------------


class FilingsDashboardPanel(Component):
    """Today's filings by kind and state, the backlog, errors, late filings and the last two
    weeks as bars (an inline SVG; no third-party script)."""

    name = "filings_dashboard"
    order = 90
    template_name = "filings/admin/dashboard_panel.html"
    days = 14

    def get_context_data(self, parent_context=None):
        today = rules.today_in_japan()
        todays = Filing.objects.filter(filed_on=today)
        by_kind_state = list(
            todays.values("kind", "state").annotate(count=Count("id")).order_by("kind", "state")
        )
        kinds: dict[str, dict[str, int]] = {}
        for row in by_kind_state:
            kinds.setdefault(row["kind"], {})[row["state"]] = row["count"]
        states = [value for value, _label in FilingState.choices]
        since = today - datetime.timedelta(days=self.days - 1)
        per_day = dict(
            Filing.objects.filter(filed_on__gte=since)
            .values_list("filed_on")
            .annotate(count=Count("id"))
            .order_by()
        )
        series = [
            (since + datetime.timedelta(days=i), per_day.get(since + datetime.timedelta(days=i), 0))
            for i in range(self.days)
        ]
        peak = max((count for _day, count in series), default=0) or 1
        open_totals = Filing.objects.aggregate(
            backlog=Count("id", filter=Q(state__in=OPEN_STATES)),
            errors=Count("id", filter=Q(state=FilingState.REGISTRATION_ERROR)),
        )
        return {
            "today": today,
            "total_today": sum(sum(s.values()) for s in kinds.values()),
            "rows": [
                {
                    "label": FilingKind(kind).label,
                    "counts": [states_count.get(state, 0) for state in states],
                    "total": sum(states_count.values()),
                }
                for kind, states_count in kinds.items()
            ],
            "state_labels": [label for _value, label in FilingState.choices],
            "backlog": open_totals["backlog"],
            "errors": open_totals["errors"],
            "errors_today": todays.filter(state=FilingState.REGISTRATION_ERROR).count(),
            "late_today": todays.filter(is_late=True).count(),
            "peak": max((count for _day, count in series), default=0),
            "bars": [
                {
                    "day": day,
                    "count": count,
                    "x": i * 20 + 2,
                    "height": round(count / peak * 80),
                    "y": 90 - round(count / peak * 80),
                }
                for i, (day, count) in enumerate(series)
            ],
            "chart_width": self.days * 20 + 4,
            "index_url": reverse("filings_filing:index"),
        }
