"""Forms of the account pages (SPEC A1–A8, N4, N12; QUALITY A4, A5).

Checks come from `filings.rules` and messages from the error catalogue, so the forms say what
the manual's error list says. Password fields are never stripped or truncated (A4), never
re-rendered with their value, and carry the right autocomplete hint (A5).
"""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _

from filings import rules
from filings.constants import Sex
from filings.errors import as_validation_error, message, validation_error
from filings.models.accounts import OrganizationMembership, OrganizationRegistration
from filings.models.reference import Nationality
from filings.rules.accounts import IDENTITY_FIELDS, Identity
from filings.rules.text import check_plain_name
from portal import signin

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


class NationalityChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Nationality) -> str:
        return obj.label


class IdentityForm(AccessibleFormMixin, forms.Form):
    """Residence card data as printed on the card (A1, A6; Q63–Q67)."""

    identity_fields = IDENTITY_FIELDS

    card_number = forms.CharField(
        label=_("Residence card number"),
        help_text=_("12 characters as on the card, for example AB12345678CD."),
        max_length=30,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )
    name_latin = forms.CharField(
        label=_("Name (Latin letters)"),
        help_text=_("In capital letters with half-width spaces, in the order on the card."),
        max_length=200,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )
    birth_date = forms.DateField(
        label=_("Date of birth"),
        widget=forms.DateInput(attrs={"type": "date", "autocomplete": "bday"}, format="%Y-%m-%d"),
    )
    sex = forms.ChoiceField(label=_("Sex"), choices=Sex.choices, widget=forms.RadioSelect)
    nationality = NationalityChoiceField(
        label=_("Nationality or region"),
        help_text=_("Listed in order of the English name."),
        queryset=Nationality.objects.filter(is_active=True),
        to_field_name="code",
        empty_label=_("Choose"),
    )

    def clean_card_number(self) -> str:
        checked = rules.check_card_number(self.cleaned_data["card_number"])
        if checked.errors:
            raise as_validation_error(checked.errors)
        return checked.value

    def clean_name_latin(self) -> str:
        checked = rules.check_latin_name(self.cleaned_data["name_latin"])
        if checked.errors:
            raise as_validation_error(checked.errors)
        return checked.value

    def clean_birth_date(self):
        value = self.cleaned_data["birth_date"]
        error = rules.check_past_date(value, rules.today_in_japan())
        if error is not None:
            raise as_validation_error(error)
        return value

    def identity(self) -> Identity:
        data = self.cleaned_data
        return Identity(
            card_number=data["card_number"],
            name_latin=data["name_latin"],
            birth_date=data["birth_date"],
            sex=data["sex"],
            nationality=data["nationality"].code,
        )

    def mark_identity(self, code: str, fields=IDENTITY_FIELDS) -> None:
        """Q63: the message once, and every field to recheck marked, never the wrong one."""
        self.add_error(None, validation_error(code))
        for name in fields:
            if name in self.fields:
                self.add_error(
                    name,
                    ValidationError(
                        _("Check this item against your residence card."), code="recheck"
                    ),
                )
        self._describe()


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


_BIDI_CONTROLS = dict.fromkeys(
    [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)


def _plain_name(value: str) -> str:
    """A name without control characters or links (QUALITY E2): the portal shows it to
    officers and it must never turn a mail into a carrier of someone's link."""
    checked = check_plain_name(value)
    if checked.errors:
        raise as_validation_error(checked.errors)
    return value


def strip_bidi_controls(value: str) -> str:
    """The text without Unicode bidirectional formatting characters (Trojan Source, E2)."""
    return value.translate(_BIDI_CONTROLS)


def _check_email(value: str) -> str:
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


class RegistrationForm(NewPasswordMixin, IdentityForm):
    auth_id = auth_id_field()
    password1 = password_field(_("Password"))
    password2 = password_field(_("Password (again)"))
    email = email_field()

    password1.help_text = _(
        "8 to 32 characters mixing half-width letters, digits and the symbols $%&=@_#*+-?!. "
        "It must not contain the auth ID."
    )

    field_order = [*IDENTITY_FIELDS, "auth_id", "password1", "password2", "email"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._describe()

    def clean_auth_id(self) -> str:
        return check_auth_id(self.cleaned_data["auth_id"])

    def clean_email(self) -> str:
        return _check_email(self.cleaned_data["email"])

    def clean(self):
        data = super().clean()
        self.check_new_password(data.get("auth_id", ""), data.get("email", ""))
        return data


class RenotifyForm(IdentityForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._describe()


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
        value = _check_email(self.cleaned_data["email"])
        if value.lower() == (self.user.email or "").lower():
            raise ValidationError(
                _("This is already your registered address."), code="same_address"
            )
        return value

    def clean_current_password(self) -> str:
        return check_current_password(
            self.request, self.user, self.cleaned_data["current_password"]
        )


class OrganizationRegistrationForm(AccessibleFormMixin, forms.ModelForm):
    """The organization registration form (Q33), online or at the counter."""

    class Meta:
        model = OrganizationRegistration
        fields = [
            "name",
            "corporate_number",
            "address",
            "organization_type",
            "contact_name",
            "email",
            "auth_id_first",
            "auth_id_second",
        ]
        widgets = {
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "name": forms.TextInput(attrs={"autocomplete": "organization"}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
        }
        help_texts = {
            "corporate_number": _("13 digits (法人番号)."),
            "email": _("At most 60 characters."),
            "auth_id_first": _(
                "6 to 20 half-width letters, digits and symbols. Upper and lower case are "
                "different."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The model's own validators answer in the catalogue's words through the clean_*
        # methods below; keep one message per problem.
        self.fields["corporate_number"].validators = []
        self.fields["email"].validators = []
        self.fields["corporate_number"].max_length = 30
        self.fields["corporate_number"].widget.attrs["maxlength"] = "30"
        # A NUL is a control character like any other: one message (E-NAME-CONTROL) for all.
        for name in ("name", "contact_name"):
            self.fields[name].validators = [
                v
                for v in self.fields[name].validators
                if not isinstance(v, ProhibitNullCharactersValidator)
            ]
        self._describe()

    def clean(self):
        # Bidi controls (U+202E and friends) would let a name display as something else in the
        # back office and in mails (QUALITY E2); they carry no meaning here, so they go.
        cleaned = super().clean()
        for name in ("name", "address", "contact_name"):
            if isinstance(cleaned.get(name), str):
                cleaned[name] = strip_bidi_controls(cleaned[name]).strip()
        return cleaned

    def clean_name(self) -> str:
        return _plain_name(self.cleaned_data["name"])

    def clean_contact_name(self) -> str:
        return _plain_name(self.cleaned_data["contact_name"])

    def clean_corporate_number(self) -> str:
        checked = rules.check_corporate_number(self.cleaned_data["corporate_number"])
        if checked.errors:
            raise as_validation_error(checked.errors)
        return checked.value

    def clean_email(self) -> str:
        return _check_email(self.cleaned_data["email"])

    # The wished-for auth IDs are checked for their form only. Whether one is taken is not
    # said here: the form is anonymous, and the answer would let anyone list existing IDs.
    # The counter sees it when approving and takes the second choice, or another ID
    # (`approve_organization_registration`).

    def clean_auth_id_first(self) -> str:
        return check_auth_id(self.cleaned_data["auth_id_first"])

    def clean_auth_id_second(self) -> str:
        value = self.cleaned_data.get("auth_id_second", "")
        return check_auth_id(value) if value else value


class AddOrganizationUserForm(AccessibleFormMixin, forms.Form):
    auth_id = auth_id_field()
    email = email_field()
    role = forms.ChoiceField(
        label=_("Role"),
        choices=OrganizationMembership.Role.choices,
        initial=OrganizationMembership.Role.STAFF,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._describe()

    def clean_auth_id(self) -> str:
        value = check_auth_id(self.cleaned_data["auth_id"])
        if User.objects.filter(username__iexact=value).exists():
            raise validation_error("E-AUTHID-TAKEN")
        return value

    def clean_email(self) -> str:
        return _check_email(self.cleaned_data["email"])


class ConsentForm(AccessibleFormMixin, forms.Form):
    corporate_number = forms.CharField(
        label=_("Corporate number of the organization"),
        help_text=_("13 digits. Ask the organization if you do not know it."),
        max_length=30,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._describe()

    def clean_corporate_number(self) -> str:
        checked = rules.check_corporate_number(self.cleaned_data["corporate_number"])
        if checked.errors:
            raise as_validation_error(checked.errors)
        return checked.value


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


class PreferredLanguageForm(AccessibleFormMixin, forms.Form):
    """The language of mails sent later (reminders, expiry notices) and of their links."""

    language_code = forms.ChoiceField(label=_("Language of mails sent to you later"))

    def __init__(self, *args, **kwargs):
        from django.conf import settings

        super().__init__(*args, **kwargs)
        self.fields["language_code"].choices = list(settings.LANGUAGES)
        self._describe()
