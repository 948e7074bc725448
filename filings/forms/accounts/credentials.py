"""Forms about signing in (SPEC A4–A6, A8): the sign-in and its second factor, a new password
(with the mailed code, through a link, or after sign-in) and a new e-mail address."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from filings.errors import validation_error
from filings.forms.accounts.common import (
    AccessibleFormMixin,
    NewPasswordMixin,
    check_email,
    email_field,
    password_field,
)
from portal import signin


class LoginForm(AccessibleFormMixin, forms.Form):
    auth_id = forms.CharField(
        label=_("Auth ID"),
        max_length=40,
        strip=False,
        widget=forms.TextInput(
            attrs={"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"}
        ),
    )
    password = password_field(_("Password"), autocomplete="current-password")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._describe()


class ResetPasswordForm(NewPasswordMixin, AccessibleFormMixin, forms.Form):
    """The second step of re-notification: the mailed code proves the mailbox (A6)."""

    auth_id = forms.CharField(
        label=_("Auth ID"),
        help_text=_("As written in the mail."),
        max_length=40,
        strip=False,
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none"}),
    )
    code = forms.CharField(
        label=_("Confirmation code"),
        help_text=_("The 8-character code from the mail. It works once, for 30 minutes."),
        max_length=20,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "characters"}
        ),
    )
    password1 = password_field(_("New password"))
    password2 = password_field(_("New password (again)"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._describe()

    def clean(self):
        data = super().clean()
        self.check_new_password(data.get("auth_id", ""))
        return data


def check_current_password(request, user, value: str) -> str:
    """A signed-in person's current password, checked like a sign-in (portal.signin): it
    counts toward the same lockout, one check at a time per ID, and is audited."""
    checked = signin.check_password(
        request,
        username=user.get_username(),
        password=value,
        door=signin.ACCOUNT,
        action="password.reauth",
    )
    if checked.throttled:
        raise validation_error("E-TOO-MANY-REQUESTS")
    if checked.locked:
        raise validation_error("E-ACCOUNT-LOCKED")
    if not checked.ok:
        raise validation_error("E-PASSWORD-WRONG")
    return value


class SetPasswordForm(NewPasswordMixin, AccessibleFormMixin, forms.Form):
    """A first password (activation link) or a new one after expiry or at will."""

    password1 = password_field(_("New password"))
    password2 = password_field(_("New password (again)"))

    def __init__(self, user, *args, require_current: bool = False, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.request = request
        if require_current:
            self.fields = {
                "current_password": password_field(
                    _("Current password"), autocomplete="current-password"
                ),
                **self.fields,
            }
        self._describe()

    def clean_current_password(self) -> str:
        return check_current_password(
            self.request, self.user, self.cleaned_data["current_password"]
        )

    def clean(self):
        data = super().clean()
        self.check_new_password(self.user.get_username(), self.user.email)
        new = data.get("password1")
        # Compared only once the current password passed: before, this told a guess that
        # equals the current password apart without counting it.
        if new and data.get("current_password") and new == data["current_password"]:
            self.add_error(
                "password1",
                ValidationError(
                    _("Choose a password different from the current one."), code="same"
                ),
            )
        return data


class ChangeEmailForm(AccessibleFormMixin, forms.Form):
    email = email_field(_("New e-mail address"))
    current_password = password_field(_("Current password"), autocomplete="current-password")

    def __init__(self, user, *args, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.request = request
        self._describe()

    def clean_email(self) -> str:
        value = check_email(self.cleaned_data["email"])
        if value.lower() == (self.user.email or "").lower():
            raise ValidationError(
                _("This is already your registered address."), code="same_address"
            )
        return value

    def clean_current_password(self) -> str:
        return check_current_password(
            self.request, self.user, self.cleaned_data["current_password"]
        )


class OTPCodeForm(AccessibleFormMixin, forms.Form):
    otp_token = forms.CharField(
        label=_("Verification code"),
        help_text=_("The 6-digit code from your authenticator app."),
        max_length=16,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._describe()
