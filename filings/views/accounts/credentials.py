"""What a signed-in person changes about signing in (SPEC A4, A8, Q48–Q56; QUALITY §3.6): the
password, the e-mail address that recovers the account, and the second factor."""

from __future__ import annotations

import base64

import qrcode
import qrcode.image.svg
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.conf import settings
from django.db import transaction
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from filings.errors import message, remedy
from filings.forms.accounts import ChangeEmailForm, OTPCodeForm, SetPasswordForm
from filings.models.accounts import AccountToken
from filings.services import accounts as services
from filings.services.accounts import AccountError
from filings.views.accounts.common import (
    link_invalid,
    login_redirect,
    public_user,
    render_account,
    route_url,
)
from filings.views.accounts.login import verify_totp
from portal.audit import record


def change_password(request, page):
    """After sign-in, and the only page an expired password reaches (A4, Q48, Q49)."""
    if not public_user(request):
        return login_redirect(request, page)
    from portal.policy import password_expired

    expired = request.user.password_must_change or password_expired(
        request.user.password_changed_at, timezone.now(), settings.PORTAL_PASSWORD_MAX_AGE_DAYS
    )
    form = SetPasswordForm(
        request.user, request.POST or None, require_current=True, request=request
    )
    if request.method == "POST" and form.is_valid():
        services.change_password(
            request.user, password=form.cleaned_data["password1"], request=request
        )
        return render_account(
            request,
            page,
            "message",
            {
                "title": _("Your password has been changed"),
                "text": _(
                    "Other sessions with the old password have been signed out. A mail "
                    "confirms the change."
                ),
                "link": route_url(page, request, "profile"),
                "link_label": _("Back to your account"),
            },
        )
    return render_account(
        request,
        page,
        "password",
        {
            "form": form,
            "expired": expired,
            "expired_message": message("E-PASSWORD-EXPIRED") if expired else "",
            "expired_remedy": remedy("E-PASSWORD-EXPIRED") if expired else "",
        },
    )


def change_email(request, page):
    if not public_user(request):
        return login_redirect(request, page)
    form = ChangeEmailForm(request.user, request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        services.request_email_change(
            request.user, new_email=form.cleaned_data["email"], request=request
        )
        return render_account(
            request,
            page,
            "message",
            {
                "title": _("Check your new mailbox"),
                "text": _(
                    "We have sent a confirmation link to the new address. The address "
                    "changes when you open the link, within one hour. A notice has also "
                    "gone to your current address."
                ),
                "link": route_url(page, request, "profile"),
                "link_label": _("Back to your account"),
            },
        )
    return render_account(request, page, "email", {"form": form})


def confirm_email(request, page, token: str):
    """The link from the mail opens a confirmation button: mail scanners that follow links
    must not change the address (no state change on GET)."""
    if request.method == "POST":
        try:
            services.confirm_email_change(token, request=request)
        except AccountError:
            return link_invalid(request, page)
        return render_account(
            request,
            page,
            "message",
            {
                "title": _("Your e-mail address has been changed"),
                "text": _("Mails about your account and filings now go to the new address."),
                "link": route_url(page, request, "profile"),
                "link_label": _("Back to your account"),
            },
        )
    if not services.peek_link_token(AccountToken.Purpose.EMAIL_CHANGE, token):
        return link_invalid(request, page)
    return render_account(request, page, "email_confirm", {})


def _qr_svg(data: str) -> str:
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    return image.to_string(encoding="unicode")


def two_factor(request, page):
    """Optional TOTP for residents and organization users (QUALITY §3.6)."""
    if not public_user(request):
        return login_redirect(request, page)
    user = request.user
    confirmed = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    form = OTPCodeForm(request.POST or None)
    if confirmed is not None:
        if request.method == "POST" and form.is_valid():
            if verify_totp(user, form.cleaned_data["otp_token"]) is not None:
                TOTPDevice.objects.filter(user=user).delete()
                record("otp.disable", request=request, target=user)
                return redirect(route_url(page, request, "profile"))
            form.add_error("otp_token", _("This code is not valid. Try the newest code."))
            form._describe()
        return render_account(request, page, "two_factor", {"form": form, "enabled": True})
    device, _created = TOTPDevice.objects.get_or_create(
        user=user, confirmed=False, defaults={"name": "authenticator"}
    )
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            ok = device.verify_token(form.cleaned_data["otp_token"].replace(" ", ""))
        if ok:
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            record("otp.enable", request=request, target=user)
            return redirect(route_url(page, request, "profile"))
        form.add_error("otp_token", _("This code is not valid. Try the newest code."))
        form._describe()
    secret = base64.b32encode(device.bin_key).decode("ascii").rstrip("=")
    return render_account(
        request,
        page,
        "two_factor",
        {"form": form, "enabled": False, "qr_svg": _qr_svg(device.config_url), "secret": secret},
    )
