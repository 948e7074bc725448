"""Passwords set without signing in: re-notification with the mailed code (SPEC A6) and an
organization user's activation link."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from filings.forms.accounts import RenotifyForm, ResetPasswordForm, SetPasswordForm
from filings.models.accounts import AccountToken
from filings.services import accounts as services
from filings.services.accounts import AccountError
from filings.views.accounts.common import (
    RENOTIFY_PER_IP,
    apply_account_error,
    limit_key,
    link_invalid,
    render_account,
    route_url,
    too_many,
)
from portal import throttle

User = get_user_model()


def renotify(request, page):
    form = RenotifyForm(request.POST or None)
    if request.method == "POST":
        if not throttle.hit("renotify-ip", limit_key(request), limit=RENOTIFY_PER_IP, window=3600):
            return too_many(request, page, "account.renotify")
        if form.is_valid():
            services.request_renotification(identity=form.identity(), request=request)
            # The same answer whether or not anything matched (QUALITY A11).
            return redirect(route_url(page, request, "renotify_password") + "?sent=1")
    return render_account(request, page, "renotify", {"form": form})


def renotify_password(request, page):
    form = ResetPasswordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.reset_password_with_code(
                auth_id=data["auth_id"],
                code=data["code"],
                password=data["password1"],
                request=request,
            )
        except AccountError as error:
            apply_account_error(form, error)
        else:
            return render_account(
                request,
                page,
                "message",
                {
                    "title": _("Your new password is set"),
                    "text": _(
                        "You can sign in with it now. A lock after wrong passwords has been lifted."
                    ),
                    "link": route_url(page, request, "login"),
                    "link_label": _("Sign in"),
                },
            )
    return render_account(
        request, page, "renotify_password", {"form": form, "sent": request.GET.get("sent") == "1"}
    )


def activate(request, page, token: str):
    """An organization user sets their first password through the mailed link."""
    if not services.peek_link_token(AccountToken.Purpose.ACTIVATION, token):
        return link_invalid(request, page)
    user_id = token.partition("-")[0]
    user = User.objects.get(pk=int(user_id))
    form = SetPasswordForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.activate_account(
                token, password=form.cleaned_data["password1"], request=request
            )
        except AccountError:
            return link_invalid(request, page)
        return render_account(
            request,
            page,
            "message",
            {
                "title": _("Your password is set"),
                "text": _("Sign in with your auth ID %(auth_id)s and the new password.")
                % {"auth_id": user.username},
                "link": route_url(page, request, "login"),
                "link_label": _("Sign in"),
            },
        )
    return render_account(request, page, "activate", {"form": form, "auth_id": user.username})
