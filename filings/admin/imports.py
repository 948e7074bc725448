"""Registry import in the back office (SPEC O1): an officer uploads a CSV or xlsx of residents
and their cards, or of organizations; `filings.services.registry` writes it in one transaction
and the result lists every row it could not take.
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
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from filings.models.registry import PERSONAL_DATA_PERMISSION
from filings.services import importers
from filings.services import registry as services
from filings.xlsx import tables


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
        if upload.size > tables.MAX_FILE_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(size)d MB."),
                params={"size": tables.MAX_FILE_BYTES // (1024 * 1024)},
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
        context["max_rows"] = tables.MAX_ROWS
        return context

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        kind = form.cleaned_data["kind"]
        try:
            report = services.import_registry_file(
                kind, upload.name, upload.read(), request=self.request
            )
        except tables.FileError as exc:
            form.add_error("file", exc.message)
            return self.form_invalid(form)
        except services.ImportConflict as exc:
            form.add_error(None, str(exc))
            return self.form_invalid(form)
        return self.render_to_response(
            self.get_context_data(form=self.form_class(user=self.request.user), report=report)
        )
