"""Sign-in, its optional second factor, and sign-out (SPEC A5; QUALITY A7, A8, A11, C5)."""

from __future__ import annotations

from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth import get_user_model, login, logout
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from filings import auth_backends
from filings.errors import remedy, validation_error
from filings.forms.accounts import LoginForm, OTPCodeForm
from filings.views.accounts.common import (
    public_user,
    render_account,
    route_url,
    safe_next,
    too_many_logins,
)
from portal import signin
from portal.audit import record
from portal.models import AuditEvent

User = get_user_model()

PENDING_2FA = "_portal_pending_2fa_user"


def _locked_response(request, page, form):
    """One lock message for every kind of user, so it tells nobody what kind an ID is."""
    code = "E-ACCOUNT-LOCKED"
    request.portal_lockout_handled = True
    form.add_error(None, services_error(code))
    return render_account(
        request, page, "login", {"form": form, "locked": True, "remedy": remedy(code)}, status=429
    )


def services_error(code: str):
    return validation_error(code)


def login_view(request, page):
    """Auth ID (case-sensitive) and password; django-axes counts failures per auth ID and
    refuses even the right password while locked (A5, QUALITY A7). Password checks for one
    auth ID run one at a time (a row lock), so parallel guesses cannot slip past the limit
    (A8). A wrong password and an unknown ID answer alike (A11)."""
    if public_user(request):
        return redirect(safe_next(request, route_url(page, request, "profile")))
    form = LoginForm(request.POST or None)
    context = {
        "form": form,
        "next": safe_next(request, ""),
        "timed_out": request.session.pop("_portal_timed_out", ""),
    }
    if request.method != "POST":
        return render_account(request, page, "login", context)
    if not form.is_valid():
        return render_account(request, page, "login", context)
    checked = signin.check_password(
        request,
        username=form.cleaned_data["auth_id"],
        password=form.cleaned_data["password"],
        door=signin.ACCOUNT,
    )
    if checked.throttled:
        return too_many_logins(request, page)
    if checked.locked:
        return _locked_response(request, page, form)
    if not checked.ok:
        form.add_error(None, services_error("E-LOGIN-FAILED"))
        context["remedy"] = remedy("E-LOGIN-FAILED")
        return render_account(request, page, "login", context, status=200)
    user = checked.user
    if user_has_device(user, confirmed=True):
        request.session.cycle_key()
        request.session[PENDING_2FA] = user.pk
        request.session["_portal_pending_next"] = context["next"]
        return redirect(route_url(page, request, "login_verify"))
    login(request, user)
    record("login.success", request=request, actor=user, target=user)
    return redirect(safe_next(request, route_url(page, request, "profile")))


def login_verify(request, page):
    """The second factor of a resident or organization user who enabled it."""
    user_id = request.session.get(PENDING_2FA)
    user = User.objects.filter(pk=user_id, is_active=True).first() if user_id else None
    if user is None:
        return redirect(route_url(page, request, "login"))
    form = OTPCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = verify_totp(user, form.cleaned_data["otp_token"])
        if device is not None:
            next_url = request.session.pop("_portal_pending_next", "")
            request.session.pop(PENDING_2FA, None)
            login(request, user, backend=auth_backends.PATH)
            otp_login(request, device)
            record(
                "login.success",
                request=request,
                actor=user,
                target=user,
                details={"second_factor": True},
            )
            return redirect(next_url or route_url(page, request, "profile"))
        record(
            "otp.failure",
            request=request,
            actor=user,
            target=user,
            outcome=AuditEvent.Outcome.FAILURE,
        )
        form.add_error("otp_token", _("This code is not valid. Try the newest code."))
        form._describe()
    return render_account(request, page, "login_verify", {"form": form})


def verify_totp(user, token: str):
    token = token.replace(" ", "")
    with transaction.atomic():
        for device in TOTPDevice.objects.select_for_update().filter(user=user, confirmed=True):
            allowed, _data = device.verify_is_allowed()
            if allowed and device.verify_token(token):
                return device
    return None


def logout_view(request, page):
    """Sign-out is a POST (no state change on GET, QUALITY C5); the session is flushed."""
    if request.method == "POST":
        if request.user.is_authenticated:
            record("logout", request=request, target=request.user)
        logout(request)
        return render_account(request, page, "logged_out")
    if not request.user.is_authenticated:
        return redirect(route_url(page, request, "login"))
    return render_account(request, page, "logout")
