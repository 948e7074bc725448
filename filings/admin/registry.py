"""Back-office views of the registry: masked listing columns, guarded detail views, import.

Residence card numbers and dates of birth are personal data: staff without the
`filings.view_personal_data` permission see card numbers masked to their last four characters
and no date of birth, and cannot open the forms that show them (QUALITY C3, SPEC X1).
"""

from __future__ import annotations

import csv
import io

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from filings.models import PERSONAL_DATA_PERMISSION, mask_card_number
from filings.services import importers
from filings.services import registry as services
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


class AuditedIndexView(AuditedListingMixin, IndexView):
    """A model viewset's listing of personal data, audited."""


# --- import ---------------------------------------------------------------------------------


class RegistryImportForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What the file contains"),
        choices=[
            (services.RESIDENTS, _("Residents and their residence cards")),
            (services.ORGANIZATIONS, _("Organizations")),
        ],
        widget=forms.RadioSelect,
        initial=services.RESIDENTS,
    )
    file = forms.FileField(
        label=_("File"),
        help_text=_(
            "CSV (UTF-8) or Excel .xlsx; the first row holds the column names. Rows already in "
            "the registry (same card number or corporate number) are updated, not duplicated."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > importers.MAX_FILE_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(size)d MB."),
                params={"size": importers.MAX_FILE_BYTES // (1024 * 1024)},
                code="too_large",
            )
        if not upload.name.lower().endswith((".csv", ".xlsx")):
            raise forms.ValidationError(_("Upload a .csv (UTF-8) or .xlsx file."), code="file_type")
        return upload

    def clean_kind(self):
        kind = self.cleaned_data["kind"]
        if self.user is not None and not can_import(self.user, kind):
            raise forms.ValidationError(
                _("You do not have permission to import this kind of record."),
                code="permission",
            )
        return kind


IMPORT_PERMISSIONS = {
    services.RESIDENTS: (
        "filings.add_resident",
        "filings.change_resident",
        "filings.add_residencecard",
        "filings.change_residencecard",
        PERSONAL_DATA_PERMISSION,
    ),
    services.ORGANIZATIONS: ("filings.add_organization", "filings.change_organization"),
}


def can_import(user, kind: str | None = None) -> bool:
    kinds = [kind] if kind else list(IMPORT_PERMISSIONS)
    return any(user.has_perms(IMPORT_PERMISSIONS[k]) for k in kinds)


def template_csv(kind: str) -> HttpResponse:
    """An empty file with the column names, for officers preparing an import."""
    columns = (
        importers.RESIDENT_COLUMNS if kind == services.RESIDENTS else importers.ORGANIZATION_COLUMNS
    )
    buffer = io.StringIO()
    csv.writer(buffer).writerow([column.key for column in columns])
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="registry-{kind}-template.csv"'
    return response


class RegistryImportView(WagtailAdminTemplateMixin, FormView):
    """Upload a file, import the good rows in one transaction, list every bad row's reason."""

    template_name = "filings/admin/registry_import.html"
    form_class = RegistryImportForm
    page_title = _("Import registry data")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not can_import(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        kind = request.GET.get("template")
        if kind in IMPORT_PERMISSIONS:
            if not can_import(request.user, kind):
                raise PermissionDenied
            return template_csv(kind)
        return super().get(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["resident_columns"] = importers.RESIDENT_COLUMNS
        context["organization_columns"] = importers.ORGANIZATION_COLUMNS
        context["max_rows"] = importers.MAX_ROWS
        return context

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        kind = form.cleaned_data["kind"]
        try:
            report = services.import_registry_file(kind, upload.name, upload.read())
        except importers.FileError as exc:
            form.add_error("file", exc.message)
            return self.form_invalid(form)
        except services.ImportConflict as exc:
            form.add_error(None, str(exc))
            return self.form_invalid(form)
        return self.render_to_response(
            self.get_context_data(form=self.form_class(user=self.request.user), report=report)
        )


class ReadOnlyIndexView(AuditedListingMixin, IndexView):
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
