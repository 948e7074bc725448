"""The organization's side (SPEC A2, N12): online pre-registration with a reference number
for the counter, and the administrator's management of the organization's users."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation

from filings.forms.accounts import AddOrganizationUserForm, OrganizationRegistrationForm
from filings.models.accounts import OrganizationMembership, OrganizationRegistration
from filings.services import accounts as services
from filings.services.accounts import AccountError
from filings.views.accounts.common import (
    REGISTER_PER_IP,
    apply_account_error,
    limit_key,
    login_redirect,
    membership_of,
    public_user,
    render_account,
    route_url,
    too_many,
)
from portal import throttle

REGISTERED_REFERENCE = "_portal_org_registration_reference"
ADD_USER_PER_HOUR = 30  # attempts of one organization administrator to add a user


def _org_admin(request) -> OrganizationMembership | None:
    membership = membership_of(request)
    return membership if membership is not None and membership.is_admin else None


def organization_users(request, page):
    if not public_user(request):
        return login_redirect(request, page)
    admin = _org_admin(request)
    if admin is None:
        raise Http404
    members = (
        OrganizationMembership.objects.filter(organization=admin.organization)
        .select_related("user")
        .order_by("user__username")
    )
    return render_account(
        request, page, "organization_users", {"membership": admin, "members": members}
    )


def organization_add_user(request, page):
    if not public_user(request):
        return login_redirect(request, page)
    admin = _org_admin(request)
    if admin is None:
        raise Http404
    form = AddOrganizationUserForm(request.POST or None)
    if request.method == "POST" and not throttle.hit(
        "org-user-add", str(request.user.pk), limit=ADD_USER_PER_HOUR, window=3600
    ):
        # The form says whether an auth ID is taken (the administrator must choose another);
        # the limit keeps it from listing IDs.
        return too_many(request, page, "organization.user_add")
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.add_organization_user(
                admin,
                auth_id=data["auth_id"],
                email=data["email"],
                role=data["role"],
                language_code=translation.get_language(),
                request=request,
            )
        except AccountError as error:
            apply_account_error(form, error)
        else:
            return redirect(route_url(page, request, "organization"))
    return render_account(
        request, page, "organization_add_user", {"form": form, "membership": admin}
    )


def organization_member(request, page, member_id):
    """Disable, enable or reset a colleague (POST only)."""
    if not public_user(request):
        return login_redirect(request, page)
    admin = _org_admin(request)
    member = (
        OrganizationMembership.objects.select_related("user", "organization")
        .filter(public_id=member_id)
        .first()
    )
    if admin is None or member is None or member.organization_id != admin.organization_id:
        raise Http404
    if request.method == "POST" and member.user_id != request.user.pk:
        action = request.POST.get("action")
        if action in ("disable", "enable"):
            services.set_member_active(
                request.user, member, active=action == "enable", request=request
            )
        elif action == "reset":
            services.reset_member_password(request.user, member, request=request)
    return redirect(route_url(page, request, "organization"))


# --- online pre-registration (A2) ------------------------------------------------------------


def organization_registration(request, page):
    form = OrganizationRegistrationForm(request.POST or None)
    if request.method == "POST":
        if not throttle.hit(
            "org-register-ip", limit_key(request), limit=REGISTER_PER_IP, window=3600
        ):
            return too_many(request, page, "organization.preregister")
        if form.is_valid():
            registration = services.submit_organization_registration(
                data=form.cleaned_data, language_code=translation.get_language(), request=request
            )
            request.session[REGISTERED_REFERENCE] = registration.reference_number
            return redirect(page.get_url(request) + page.reverse_subpage("done"))
    return TemplateResponse(
        request,
        "filings/account/organization_registration.html",
        {"page": page, "self": page, "form": form},
    )


def organization_registration_done(request, page):
    reference = request.session.get(REGISTERED_REFERENCE)
    registration = OrganizationRegistration.objects.filter(reference_number=reference).first()
    if registration is None:
        return redirect(page.get_url(request))
    return TemplateResponse(
        request,
        "filings/account/organization_registration_done.html",
        {"page": page, "self": page, "registration": registration},
    )
