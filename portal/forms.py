"""Forms of the site shell."""

from django_otp import devices_for_user

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm, PasswordChangeForm

from . import signin
from .audit import record


class OTPTokenForm(forms.Form):
    """Checks a code against the user's devices; each device counts and throttles failures."""

    otp_token = forms.CharField(
        label=_("Verification code"),
        max_length=16,
        help_text=_("The 6-digit code from your authenticator app, or one of your backup codes."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def __init__(self, user, *args, devices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.devices = devices
        self.device = None

    def clean_otp_token(self) -> str:
        token = self.cleaned_data["otp_token"].replace(" ", "")
        # django-otp locks the device rows while it checks a code (so one code cannot pass twice
        # in concurrent requests); that needs a transaction. The error is raised after it has
        # committed, so the failure count that throttles guessing is kept.
        with transaction.atomic():
            self.device, throttled = self._match(token)
        if self.device is not None:
            return token
        if throttled:
            raise forms.ValidationError(
                _("Too many wrong codes. Wait a moment before trying again."), code="throttled"
            )
        raise forms.ValidationError(
            _("This code is not valid. Check the time on your phone and try the newest code."),
            code="invalid",
        )

    def _match(self, token: str):
        devices = (
            self.devices
            if self.devices is not None
            else devices_for_user(self.user, for_verify=True)
        )
        throttled = False
        for device in devices:
            allowed, _data = device.verify_is_allowed()
            if not allowed:
                throttled = True
                continue
            if device.verify_token(token):
                return device, False
        return None, throttled


class AdminLoginForm(LoginForm):
    """The admin login (`WAGTAILADMIN_USER_LOGIN_FORM`): staff only, under the sign-in policy.

    Wagtail's own form calls `authenticate` without a door, which the sign-in backend refuses;
    this one checks the password through `portal.signin.check_password` at the admin door:
    lockout with the row lock, the per-address limit, the leaked-password flag and the audit
    trail. A resident's or organization user's ID answers like an unknown one. The second
    factor follows (`portal.middleware.StaffTwoFactorMiddleware`).
    """

    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if username is None or not password:
            return self.cleaned_data
        checked = signin.check_password(
            self.request, username=username, password=password, door=signin.ADMIN
        )
        if checked.throttled:
            raise forms.ValidationError(
                _("Too many failed sign-ins from this address. Try again in ten minutes."),
                code="throttled",
            )
        if not checked.ok:
            # A lock is answered by django-axes' middleware (429); otherwise one message for a
            # wrong password, an unknown ID and an ID that does not sign in here.
            raise self.get_invalid_login_error()
        self.user_cache = checked.user
        self.confirm_login_allowed(self.user_cache)
        record(
            "login.success",
            request=self.request,
            actor=self.user_cache,
            target=self.user_cache,
            details={"door": signin.ADMIN, "second_factor": "next"},
        )
        return self.cleaned_data


class StaffPasswordChangeForm(PasswordChangeForm):
    """The password panel of a staff member's admin account page.

    The current password is checked under the sign-in policy at the admin door, like a
    sign-in: a wrong one counts toward the same lockout, under the same row lock, and is
    audited. The new password records when it was set and is audited too.
    """

    def __init__(self, user, *args, request=None, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.request = request

    def clean_old_password(self):
        old = self.cleaned_data.get("old_password") or ""
        if not (self.data.get(self.add_prefix("new_password1")) or old):
            return old
        checked = signin.check_password(
            self.request,
            username=self.user.get_username(),
            password=old,
            door=signin.ADMIN,
            action="password.reauth",
        )
        if checked.throttled:
            raise forms.ValidationError(
                _("Too many failed sign-ins from this address. Try again in ten minutes."),
                code="throttled",
            )
        if not checked.ok:
            raise forms.ValidationError(
                self.error_messages["password_incorrect"], code="password_incorrect"
            )
        return old

    def save(self, commit=True):
        from django.utils import timezone

        self.user.password_changed_at = timezone.now()
        self.user.password_must_change = False
        user = super().save(commit=commit)
        record("account.password_change", request=self.request, actor=user, target=user)
        return user
