"""What every back-office listing and view of personal data shares: masked columns, the
personal-data permission, and the audit of each view and listing page (SPEC X1).

Residence card numbers and dates of birth are personal data: staff without the
`filings.view_personal_data` permission see card numbers masked to their last four characters
and no date of birth, and cannot open the forms that show them (QUALITY C3, SPEC X1).
"""

from __future__ import annotations

import datetime

from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic import models as generic_models

from filings import rules
from filings.models.registry import PERSONAL_DATA_PERMISSION, mask_card_number
from portal import audit

BIRTH_DATE_MASK = "••••-••-••"


def can_view_personal_data(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(PERSONAL_DATA_PERMISSION))


class PersonalDataColumn(Column):
    """A listing column whose value only staff with the personal-data permission see in full."""

    def __init__(self, name, *, mask, **kwargs):
        super().__init__(name, **kwargs)
        self.mask = mask

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        if not can_view_personal_data(getattr(request, "user", None)):
            raw = context["raw_value"]
            context["value"] = self.mask(raw) if raw else self.empty_value_display
        return context


def card_number_column(name: str, label, accessor: str | None = None) -> PersonalDataColumn:
    return PersonalDataColumn(name, label=label, accessor=accessor or name, mask=mask_card_number)


def birth_date_column(name: str = "birth_date", label=None) -> PersonalDataColumn:
    return PersonalDataColumn(
        name, label=label or _("Date of birth"), mask=lambda value: BIRTH_DATE_MASK
    )


class PersonalDataRequiredMixin:
    """For views that show a whole record: only staff who may see personal data open them."""

    def dispatch(self, request, *args, **kwargs):
        if not can_view_personal_data(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class AuditedViewMixin:
    """Opening a record with personal data is recorded in the audit trail: who opened which
    record, through which view; never the data itself (SPEC X1, QUALITY G4).

    Only GET counts as opening (a POST saves what the same officer opened before, and Wagtail
    logs the change itself); a missing object is a 404 and records nothing."""

    audit_action = "personal_data.viewed"

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        audit.record(
            self.audit_action,
            request=request,
            target=self.object,
            details={"view": getattr(self, "view_name", "") or type(self).__name__},
        )
        return response


REGISTRY_MODELS = frozenset({"filings.resident", "filings.residencecard", "filings.organization"})
REFERENCE_MODELS = frozenset(
    {
        "filings.statusofresidence",
        "filings.nationality",
        "filings.prefecture",
        "filings.municipality",
    }
)
AUDITED_CHANGE_MODELS = REGISTRY_MODELS | REFERENCE_MODELS


def record_change(request, instance, operation: str, fields=(), target_id=None) -> None:
    """One audit event for an officer's change of a registry or reference record (SPEC X1):
    who (the request's user), which record (type and id), what was done and which fields
    changed, by name and number only: never a value, which may be personal data."""
    label = type(instance)._meta.label_lower
    area = "reference_data" if label in REFERENCE_MODELS else "registry"
    details = {}
    if operation != "deleted":
        details = {"fields": sorted(fields), "field_count": len(fields)}
    audit.record(
        f"{area}.{operation}",
        request=request,
        target_type=label,
        target_id=target_id or getattr(instance, "public_id", None) or instance.pk,
        details=details,
    )


class AuditedChangeMixin:
    """Create and edit views of the registry and the reference data: a saved form writes
    `registry.created` / `registry.changed` (or `reference_data.…`) with the changed field
    names. Deletions, single or in bulk, are recorded by the `after_delete_snippet` hook
    (filings/wagtail_hooks.py)."""

    def save_instance(self):
        instance = super().save_instance()
        operation = "created" if isinstance(self, generic_models.CreateView) else "changed"
        if operation == "changed" and not self.form.changed_data:
            return instance
        record_change(self.request, instance, operation, self.form.changed_data)
        return instance


class AuditedListingMixin:
    """A listing that shows personal data (names, card numbers, addresses, mail addresses)
    records each page of it an officer sees: who, which listing, which page and exactly which
    records were on it, whether a search or filters narrowed it; never the search words or the
    data themselves, which may be personal (SPEC X1, QUALITY G4). The results fragment that
    filtering fetches counts as a page seen, like the whole listing."""

    audit_listing_action = "personal_data.listed"

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        shown = [
            str(getattr(item, "public_id", None) or item.pk) for item in context["object_list"]
        ]
        meta = self.model._meta
        ignored = {self.page_kwarg, "ordering", "q", "export"}
        audit.record(
            self.audit_listing_action,
            request=self.request,
            target_type=f"{meta.app_label}.{meta.model_name}",
            details={
                "view": type(self).__name__,
                "page": context["page_obj"].number if context.get("page_obj") else 1,
                "count": context.get("items_count", len(shown)),
                "shown": shown,
                "searched": bool(getattr(self, "search_query", "")),
                "filters": sorted(k for k in self.request.GET if k not in ignored),
            },
        )
        return context


# Where each listing's records keep a residence card number and a corporate number.
IDENTIFIER_LOOKUPS = {
    "filings.filing": {"card": "card_number", "corporate": "organization__corporate_number"},
    "filings.resident": {"card": "cards__number"},
    "filings.residencecard": {"card": "number"},
    "filings.residentaccount": {"card": "resident__cards__number"},
    "filings.organization": {"corporate": "corporate_number"},
    "filings.organizationregistration": {"corporate": "corporate_number"},
    "filings.organizationmembership": {"corporate": "organization__corporate_number"},
    "filings.bulkupload": {"corporate": "organization__corporate_number"},
}


class IdentifierSearchMixin:
    """The search box also finds records by a whole residence card or corporate number, written
    as people write them (full-width, lower case, spaces, hyphens), normalised as the forms do.

    Only a complete, valid number matches, and exactly: a partial card number would let staff
    without the personal-data permission rebuild a masked number one character at a time.
    Any other query is searched in the listing's own fields as before.
    """

    def search_queryset(self, queryset):
        lookups = IDENTIFIER_LOOKUPS.get(queryset.model._meta.label_lower, {})
        query = self.search_query if self.is_searching else ""
        if query and "card" in lookups:
            card = rules.check_card_number(query)
            if card.ok:
                return queryset.filter(**{lookups["card"]: card.value}).distinct()
        if query and "corporate" in lookups:
            corporate = rules.check_corporate_number(query)
            if corporate.ok:
                return queryset.filter(**{lookups["corporate"]: corporate.value}).distinct()
        return super().search_queryset(queryset)


class AuditedIndexView(IdentifierSearchMixin, AuditedListingMixin, IndexView):
    """A model viewset's listing of personal data, audited."""


def _japan_time_text(value: datetime.datetime) -> str:
    return timezone.localtime(value).isoformat(timespec="seconds")


def _japan_wall_clock(value: datetime.datetime) -> datetime.datetime:
    """Excel has no time zones: the cell holds the time an officer in Japan reads on screen."""
    return timezone.localtime(value).replace(tzinfo=None, microsecond=0)


def _yes_no(value: bool) -> str:
    return str(_("Yes") if value else _("No"))


class ReadableExportMixin:
    """Exports say what the screen says: choice labels and yes/no in the officer's language
    rather than stored codes and True/False, and times in Japan time — in CSV as ISO 8601
    text with its +09:00 offset, in xlsx as real date-times (dates stay real dates)."""

    FORMAT_XLSX = "xlsx"
    FORMAT_CSV = "csv"
    custom_value_preprocess = {
        bool: {FORMAT_XLSX: _yes_no, FORMAT_CSV: _yes_no},
        datetime.datetime: {FORMAT_XLSX: _japan_wall_clock, FORMAT_CSV: _japan_time_text},
        (datetime.date, datetime.time): {FORMAT_XLSX: None},
    }

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        for field in row:
            try:
                model_field = item._meta.get_field(field)
            except FieldDoesNotExist:  # a property or a related path: exported as it is
                continue
            if getattr(model_field, "choices", None) and row[field] not in (None, ""):
                row[field] = str(getattr(item, f"get_{field}_display")())
        return row

    def get_heading(self, queryset, field):
        heading = super().get_heading(queryset, field)
        try:
            model_field = queryset.model._meta.get_field(field)
        except FieldDoesNotExist:
            return heading
        if model_field.get_internal_type() == "DateTimeField":
            return str(_("%(heading)s (Japan time)") % {"heading": heading})
        return heading


class ReadOnlyIndexView(IdentifierSearchMixin, AuditedListingMixin, IndexView):
    """A back-office listing of records that are never added, edited or deleted there (filings,
    bulk uploads): each row links to its inspect view, the only thing to do with it."""

    def get_add_url(self):
        return None

    def get_edit_url(self, instance):
        return self.get_inspect_url(instance)

    def get_delete_url(self, instance):
        return None

    def get_list_more_buttons(self, instance):
        return [
            b
            for b in super().get_list_more_buttons(instance)
            if getattr(b, "icon_name", "") != "edit"
        ]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("organization")


def yes_no_column(model, name: str) -> BooleanColumn:
    """A ticked/unticked icon instead of "True"/"False", sortable like the plain field."""
    label = capfirst(model._meta.get_field(name).verbose_name)
    return BooleanColumn(name, label=label, sort_key=name)
