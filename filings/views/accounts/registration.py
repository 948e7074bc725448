"""The account page's front and a resident's registration (SPEC A1, A9)."""

from __future__ import annotations

from django.contrib.auth import login
from django.shortcuts import redirect
from django.utils import translation

from filings import auth_backends
from filings.forms.accounts import RegistrationForm
from filings.services import accounts as services
from filings.services.accounts import AccountError
from filings.views.accounts.common import (
    REGISTER_PER_IP,
    apply_account_error,
    limit_key,
    login_redirect,
    public_user,
    render_account,
    route_url,
    too_many,
)
from portal import throttle
from portal.audit import record


def index(request, page):
    if public_user(request):
        return redirect(route_url(page, request, "profile"))
    timed_out = request.session.pop("_portal_timed_out", "") if hasattr(request, "session") else ""
    return render_account(request, page, "index", {"timed_out": timed_out})


def register(request, page):
    """A1: card data, auth ID, password, e-mail; the registration mail follows (A9)."""
    form = RegistrationForm(request.POST or None)
    if request.method == "POST":
        if not throttle.hit("register-ip", limit_key(request), limit=REGISTER_PER_IP, window=3600):
            return too_many(request, page, "account.register")
        if form.is_valid():
            data = form.cleaned_data
            try:
                user = services.register_resident(
                    identity=form.identity(),
                    auth_id=data["auth_id"],
                    password=data["password1"],
                    email=data["email"],
                    language_code=translation.get_language(),
                    request=request,
                )
            except AccountError as error:
                apply_account_error(form, error)
            else:
                login(request, user, backend=auth_backends.PATH)
                record(
                    "login.success",
                    request=request,
                    actor=user,
                    target=user,
                    details={"after": "registration"},
                )
                return redirect(route_url(page, request, "register_done"))
    return render_account(request, page, "register", {"form": form})


def register_done(request, page):
    if not public_user(request):
        return login_redirect(request, page)
    return render_account(request, page, "register_done")
