"""What the account views share: rendering an account template, the way back to sign-in, the
per-address limits and their answer, and how a service's refusal lands on a form."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme

from filings.errors import message, remedy, validation_error
from filings.models.accounts import OrganizationMembership, ResidentAccount
from filings.services.accounts import AccountError
from portal import signin
from portal.audit import record
from portal.client_ip import client_ip
from portal.models import AuditEvent

User = get_user_model()

RENOTIFY_PER_IP = 10  # per hour
REGISTER_PER_IP = 20  # per hour


def route_url(page, request: HttpRequest, name: str, *args) -> str:
    return page.get_url(request) + page.reverse_subpage(name, args=args)


def render_account(request, page, template: str, context: dict | None = None, status: int = 200):
    return TemplateResponse(
        request,
        f"filings/account/{template}.html",
        {"page": page, "self": page, "account_page": page, **(context or {})},
        status=status,
    )


def limit_key(request: HttpRequest) -> str:
    """The client's address for the per-address limits (`portal.client_ip`: behind the proxy,
    the address the proxy saw, never the proxy's own). A request without any address cannot
    come over a socket; it gets its own key rather than a shared one."""
    return client_ip(request) or f"no-address:{id(request)}"


def too_many(request, page, action: str) -> HttpResponse:
    record(action, request=request, outcome=AuditEvent.Outcome.DENIED, details={"reason": "rate"})
    response = render_account(
        request,
        page,
        "message",
        {
            "title": message("E-TOO-MANY-REQUESTS"),
            "text": remedy("E-TOO-MANY-REQUESTS"),
        },
        status=429,
    )
    response["Retry-After"] = "600"
    return response


def too_many_logins(request, page) -> HttpResponse:
    """The per-address limit of failed password checks (the check already audited it)."""
    response = render_account(
        request,
        page,
        "message",
        {"title": message("E-TOO-MANY-REQUESTS"), "text": remedy("E-TOO-MANY-REQUESTS")},
        status=429,
    )
    response["Retry-After"] = str(signin.WINDOW)
    return response


def public_user(request) -> bool:
    user = request.user
    return user.is_authenticated and user.kind != User.Kind.STAFF


def login_redirect(request, page) -> HttpResponse:
    target = route_url(page, request, "login")
    return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")


def safe_next(request, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


def membership_of(request) -> OrganizationMembership | None:
    return (
        OrganizationMembership.objects.select_related("organization", "user")
        .filter(user=request.user)
        .first()
    )


def resident_account_of(request) -> ResidentAccount | None:
    return ResidentAccount.objects.select_related("resident").filter(user=request.user).first()


def apply_account_error(form, error: AccountError) -> None:
    identity_fields = set(getattr(form, "identity_fields", ()))
    if error.code == "E-IDENTITY-MISMATCH" and set(error.fields) & identity_fields:
        form.mark_identity(error.code, error.fields)
        return
    target = next((name for name in error.fields if name in form.fields), None)
    form.add_error(target, validation_error(error.code, **dict(error.params)))
    if target is None or error.code in ("E-ACCOUNT-EXISTS", "E-CARD-ISSUED-TODAY"):
        form.remedy = remedy(error.code)
    form._describe()


def link_invalid(request, page):
    """One answer for every used, expired or unknown mailed link (410 Gone)."""
    return render_account(
        request,
        page,
        "message",
        {"title": message("E-LINK-INVALID"), "text": remedy("E-LINK-INVALID")},
        status=410,
    )
