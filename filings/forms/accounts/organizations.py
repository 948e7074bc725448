"""Forms of the organization's side (SPEC A2, N12; QUALITY E2): the registration form, online
or at the counter, and a colleague added by the organization's administrator."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _

from filings import rules
from filings.errors import as_validation_error, validation_error
from filings.forms.accounts.common import (
    AccessibleFormMixin,
    auth_id_field,
    check_auth_id,
    check_email,
    email_field,
)
from filings.models.accounts import OrganizationMembership, OrganizationRegistration
from filings.rules.text import check_plain_name
from filings.services.accounts.organizations import REGISTRATION_FIELDS

User = get_user_model()

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


class OrganizationRegistrationForm(AccessibleFormMixin, forms.ModelForm):
    """The organization registration form (Q33), online or at the counter."""

    class Meta:
        model = OrganizationRegistration
        fields = list(REGISTRATION_FIELDS)  # what the service stores, listed once there
        widgets = {
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "name": forms.TextInput(attrs={"autocomplete": "organization"}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
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
        return check_email(self.cleaned_data["email"])

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
        return check_email(self.cleaned_data["email"])
