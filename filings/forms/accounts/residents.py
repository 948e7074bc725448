"""Forms a resident fills with the data of the residence card (SPEC A1, A6; Q63–Q67):
registration and the first step of re-notification."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from filings import rules
from filings.constants import Sex
from filings.errors import as_validation_error, validation_error
from filings.fields import IDENTITY_FIELDS
from filings.forms.accounts.common import (
    AccessibleFormMixin,
    NewPasswordMixin,
    auth_id_field,
    check_auth_id,
    check_email,
    email_field,
    password_field,
)
from filings.models.reference import Nationality
from filings.rules.identity import CARD_CODES

# The labels are those of the identity fields every filing carries (`filings.fields`); the
# inputs are the account pages' own: a radio for the sex, the nationalities as a list of the
# reference data, room for the separators people type in a card number.
_LABELS = {spec.code: spec.label for spec in IDENTITY_FIELDS}


class NationalityChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Nationality) -> str:
        return obj.label


class IdentityForm(AccessibleFormMixin, forms.Form):
    """Residence card data as printed on the card (A1, A6; Q63–Q67): the fields of
    `rules.CARD_CODES`, in that order."""

    identity_fields = CARD_CODES
    field_order = list(CARD_CODES)

    card_number = forms.CharField(
        label=_LABELS["card_number"],
        help_text=_("12 characters as on the card, for example AB12345678CD."),
        max_length=30,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )
    name_latin = forms.CharField(
        label=_LABELS["name_latin"],
        help_text=_("In capital letters with half-width spaces, in the order on the card."),
        max_length=200,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )
    birth_date = forms.DateField(
        label=_LABELS["birth_date"],
        widget=forms.DateInput(attrs={"type": "date", "autocomplete": "bday"}, format="%Y-%m-%d"),
    )
    sex = forms.ChoiceField(label=_LABELS["sex"], choices=Sex.choices, widget=forms.RadioSelect)
    nationality = NationalityChoiceField(
        label=_LABELS["nationality"],
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

    def identity(self) -> dict[str, object]:
        """The typed card data by field code, the nationality as its code."""
        data = self.cleaned_data
        return {
            code: data["nationality"].code if code == "nationality" else data[code]
            for code in CARD_CODES
        }

    def mark_identity(self, code: str, fields=CARD_CODES) -> None:
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


class RegistrationForm(NewPasswordMixin, IdentityForm):
    auth_id = auth_id_field()
    password1 = password_field(_("Password"))
    password2 = password_field(_("Password (again)"))
    email = email_field()

    password1.help_text = _(
        "8 to 32 characters mixing half-width letters, digits and the symbols $%&=@_#*+-?!. "
        "It must not contain the auth ID."
    )

    field_order = [*CARD_CODES, "auth_id", "password1", "password2", "email"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._describe()

    def clean_auth_id(self) -> str:
        return check_auth_id(self.cleaned_data["auth_id"])

    def clean_email(self) -> str:
        return check_email(self.cleaned_data["email"])

    def clean(self):
        data = super().clean()
        self.check_new_password(data.get("auth_id", ""), data.get("email", ""))
        return data


class RenotifyForm(IdentityForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._describe()
