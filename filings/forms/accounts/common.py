"""What the account forms share: accessible error and help links, password fields that keep
every character, the new-password check, and the auth ID and e-mail fields and checks."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils.translation import gettext_lazy as _

from filings import rules
from filings.errors import as_validation_error, message, validation_error

User = get_user_model()


class AccessibleFormMixin:
    """Links every input to its help text and its error message (aria-describedby), marks
    invalid inputs (aria-invalid), and uses the catalogue's "required" message."""

    def _describe(self) -> None:
        for name, field in self.fields.items():
            bound = self[name]
            ids = []
            if field.help_text:
                ids.append(f"{bound.auto_id}_help")
            errors = getattr(self, "_errors", None) or {}
            if name in errors:
                ids.append(f"{bound.auto_id}_error")
                field.widget.attrs["aria-invalid"] = "true"
            if ids:
                field.widget.attrs["aria-describedby"] = " ".join(ids)
            field.error_messages["required"] = message("E-REQUIRED")

    def full_clean(self):
        super().full_clean()
        self._describe()


def password_field(label, autocomplete: str = "new-password") -> forms.CharField:
    # strip=False: a trailing space is part of the password (QUALITY A4); no max_length on
    # the field either, so nothing is cut: the validators say when it is too long.
    return forms.CharField(
        label=label,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": autocomplete}, render_value=False),
    )


class NewPasswordMixin:
    """Two password fields checked against AUTH_PASSWORD_VALIDATORS (the spec's rule, the
    common-password and context lists) for `auth_id`."""

    def check_new_password(self, auth_id: str, email: str = "") -> None:
        password = self.cleaned_data.get("password1")
        confirm = self.cleaned_data.get("password2")
        if not password:
            return
        try:
            password_validation.validate_password(
                password, User(username=auth_id or "", email=email or "")
            )
        except ValidationError as exc:
            self.add_error("password1", exc)
            return
        if password != confirm:
            self.add_error("password2", validation_error("E-PASSWORD-CONFIRM"))


def check_auth_id(value: str) -> str:
    checked = rules.check_auth_id(value)
    if checked.errors:
        raise as_validation_error(checked.errors)
    return checked.value


def check_email(value: str) -> str:
    checked = rules.check_email_length(value)
    if checked.errors:
        raise as_validation_error(checked.errors)
    try:
        EmailValidator()(checked.value)
    except ValidationError:
        raise validation_error("E-EMAIL-INVALID") from None
    return checked.value


def auth_id_field(label=None) -> forms.CharField:
    return forms.CharField(
        label=label or _("Auth ID"),
        help_text=_(
            "6 to 20 half-width letters, digits and symbols. Upper and lower case are different."
        ),
        max_length=40,
        strip=False,
        widget=forms.TextInput(
            attrs={"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"}
        ),
    )


def email_field(label=None) -> forms.CharField:
    return forms.CharField(
        label=label or _("E-mail address"),
        help_text=_("At most 60 characters. Mails about your account and filings go here."),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
