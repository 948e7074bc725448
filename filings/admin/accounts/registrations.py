"""Organization registrations at the counter (SPEC A2, O2): the officer finds a
pre-registration by its reference number, checks the person and approves it (the "edit" view
of the listing); "add" is the counter's own entry, pre-filled by uploading the filled
registration template."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet

from filings.admin.accounts.common import without
from filings.admin.base import AuditedIndexView
from filings.errors import message, remedy, validation_error
from filings.forms.accounts import OrganizationRegistrationForm, check_auth_id
from filings.models.accounts import OrganizationMembership, OrganizationRegistration
from filings.models.registry import Organization
from filings.services import accounts as services
from filings.services import templates
from filings.services.accounts import AccountError
from portal import audit

User = get_user_model()


class ApprovalForm(OrganizationRegistrationForm):
    auth_id = forms.CharField(
        label=_("Auth ID of the administrator user"),
        help_text=_("The first choice if it is free; otherwise the second, or agree another."),
        max_length=40,
    )
    identity_checked = forms.BooleanField(
        label=_("I have checked the person's identity and role in the organization"),
        required=True,
    )
    join_existing = forms.BooleanField(
        label=_("Add as an administrator of the existing organization"),
        help_text=_(
            "Only when an organization with this corporate number is already registered and "
            "its administrators have confirmed the applicant. They are told by mail."
        ),
        required=False,
    )

    def clean_auth_id_first(self) -> str:  # taken IDs are handled by the auth ID field here
        return check_auth_id(self.cleaned_data["auth_id_first"])

    def clean_auth_id_second(self) -> str:
        value = self.cleaned_data.get("auth_id_second", "")
        return check_auth_id(value) if value else value

    def clean_auth_id(self) -> str:
        value = check_auth_id(self.cleaned_data["auth_id"])
        if User.objects.filter(username__iexact=value).exists():
            raise validation_error("E-AUTHID-TAKEN")
        return value


def _add_account_error(form, error: AccountError) -> None:
    """The service's refusal on the field it concerns, with the catalogue's remedy."""
    field = next((name for name in error.fields if name in form.fields), None)
    form.add_error(field, f"{message(error.code)} {remedy(error.code)}".strip())


def existing_organization(corporate_number: str) -> dict | None:
    """The organization a registration would join, with its administrators, for the
    officer to see before deciding."""
    organization = Organization.objects.filter(corporate_number=corporate_number).first()
    if organization is None:
        return None
    admins = OrganizationMembership.objects.select_related("user").filter(
        organization=organization, role=OrganizationMembership.Role.ADMIN
    )
    return {"organization": organization, "admins": [m.user for m in admins]}


def _free(auth_id: str) -> bool:
    return bool(auth_id) and not User.objects.filter(username__iexact=auth_id).exists()


class ApproveRegistrationView(WagtailAdminTemplateMixin, FormView):
    """The counter: check the registration, pick the auth ID, approve (A2, O2)."""

    template_name = "filings/admin/organization_approve.html"
    form_class = ApprovalForm
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        self.registration = get_object_or_404(OrganizationRegistration, pk=kwargs["pk"])
        if not request.user.has_perm("filings.change_organizationregistration"):
            from wagtail.admin.auth import permission_denied

            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Organization registration %(ref)s") % {"ref": self.registration.reference_number}

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        # The registration names a person, with address and contact (QUALITY G4).
        audit.record(
            "personal_data.viewed",
            request=request,
            target=self.registration,
            details={"view": "approve"},
        )
        return response

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_initial(self):
        r = self.registration
        initial = {name: getattr(r, name) for name in services.REGISTRATION_FIELDS}
        initial["auth_id"] = next((a for a in (r.auth_id_first, r.auth_id_second) if _free(a)), "")
        return initial

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.registration}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["registration"] = self.registration
        context["open"] = self.registration.state == OrganizationRegistration.State.SUBMITTED
        context["existing"] = existing_organization(self.registration.corporate_number)
        return context

    def post(self, request, *args, **kwargs):
        if "reject" in request.POST:
            try:
                services.reject_organization_registration(
                    self.registration,
                    officer=request.user,
                    note=request.POST.get("note", "")[:300],
                    request=request,
                )
            except AccountError as error:
                messages.error(request, message(error.code))
            return redirect(reverse("organization_registrations:index"))
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        data = {name: form.cleaned_data[name] for name in services.REGISTRATION_FIELDS}
        try:
            membership = services.approve_organization_registration(
                self.registration,
                officer=self.request.user,
                auth_id=form.cleaned_data["auth_id"],
                data=data,
                request=self.request,
                join_existing=form.cleaned_data.get("join_existing", False),
            )
        except AccountError as error:
            _add_account_error(form, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _(
                "Approved. The auth ID is %(auth_id)s; a mail with a link to set the password "
                "has been sent to %(email)s."
            )
            % {"auth_id": membership.user.username, "email": membership.user.email},
        )
        return redirect(reverse("organization_registrations:index"))


class TemplateUploadForm(forms.Form):
    template_file = forms.FileField(
        label=_("Filled registration template (.xlsx)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx"}),
    )


class CounterRegistrationView(WagtailAdminTemplateMixin, FormView):
    """Registration entered at the counter: uploading the filled template pre-fills the form;
    saving records it and approves it at once (the person is standing at the counter)."""

    template_name = "filings/admin/organization_counter.html"
    form_class = ApprovalForm
    page_title = _("Register an organization at the counter")
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("filings.add_organizationregistration"):
            from wagtail.admin.auth import permission_denied

            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if "upload" in self.request.POST:
            kwargs.pop("data", None)
            kwargs.pop("files", None)
        return kwargs

    def post(self, request, *args, **kwargs):
        if "upload" in request.POST:
            upload = TemplateUploadForm(request.POST, request.FILES)
            initial: dict = {}
            problems: list[str] = []
            if upload.is_valid() and upload.cleaned_data["template_file"]:
                content = upload.cleaned_data["template_file"].read()
                result = templates.read_organization_template(content)
                initial = result.values
                problems = result.problems
                initial["auth_id"] = next(
                    (
                        initial.get(k, "")
                        for k in ("auth_id_first", "auth_id_second")
                        if _free(initial.get(k, ""))
                    ),
                    "",
                )
            form = ApprovalForm(initial=initial)
            return self.render_to_response(
                self.get_context_data(
                    form=form, upload_form=TemplateUploadForm(), problems=problems
                )
            )
        return super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("upload_form", TemplateUploadForm())
        return context

    def form_valid(self, form):
        data = {name: form.cleaned_data[name] for name in services.REGISTRATION_FIELDS}
        registration = OrganizationRegistration.objects.create(
            source=OrganizationRegistration.Source.COUNTER,
            language_code=self.request.POST.get("language_code", "ja")[:10] or "ja",
            **data,
        )
        try:
            membership = services.approve_organization_registration(
                registration,
                officer=self.request.user,
                auth_id=form.cleaned_data["auth_id"],
                request=self.request,
                join_existing=form.cleaned_data.get("join_existing", False),
            )
        except AccountError as error:
            registration.delete()
            _add_account_error(form, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _(
                "Registered. The auth ID is %(auth_id)s; a mail with a link to set the password "
                "has been sent to %(email)s."
            )
            % {"auth_id": membership.user.username, "email": membership.user.email},
        )
        return redirect(reverse("organization_registrations:index"))


class OrganizationRegistrationViewSet(ModelViewSet):
    model = OrganizationRegistration
    index_view_class = AuditedIndexView
    name = "organization_registrations"
    icon = "form"
    menu_label = _("Organization registrations")
    list_display = [
        "reference_number",
        "name",
        "corporate_number",
        "state",
        "source",
        "submitted_at",
    ]
    list_filter = ["state", "source"]
    search_fields = ["reference_number", "name", "corporate_number"]
    search_backend_name = None
    ordering = ["-submitted_at"]
    copy_view_enabled = False
    form_fields = list(services.REGISTRATION_FIELDS)

    def get_urlpatterns(self):
        return [
            *without(super().get_urlpatterns(), {"edit", "add"}),
            path("edit/<int:pk>/", ApproveRegistrationView.as_view(), name="edit"),
            path("new/", CounterRegistrationView.as_view(), name="add"),
        ]
