"""Forms of the filing wizards, built from the field definitions in `filings.fields`.

Every field is a plain text, date or select input and every check is `fields.check_value`, the
same function the bulk reader calls, so a value accepted online is accepted in a workbook and
the messages are the catalogue's. Django's own required/choice checks are switched off for that
reason: they would answer first, in other words.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from django import forms
from django.utils.translation import gettext_lazy as _

from filings import errors
from filings.errors import as_validation_error
from filings.fields import ChoiceSource, FieldSpec, FieldType, check_value
from filings.services.reference import choice_values


def use_catalogue_messages(form: forms.Form) -> None:
    """Django's built-in messages replaced by the catalogue's, so a form reads the same as the
    manual's error list (C4) in every language."""
    for bound in form.fields.values():
        bound.error_messages["required"] = errors.message("E-REQUIRED")
        if isinstance(bound, forms.DateField):
            bound.error_messages["invalid"] = errors.message("E-DATE-INVALID")
        if isinstance(bound, forms.ChoiceField):
            bound.error_messages["invalid_choice"] = errors.message("E-CHOICE-INVALID")


def _widget(spec: FieldSpec, choices: list[tuple[str, str]] | None) -> forms.Widget:
    attrs: dict[str, str] = {}
    if spec.type in (FieldType.PAST_DATE, FieldType.EVENT_DATE) and choices is None:
        return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    if choices is not None:
        return forms.Select(choices=[("", _("Choose")), *choices])
    if spec.type == FieldType.LATIN_NAME:
        attrs.update({"autocapitalize": "characters", "spellcheck": "false", "lang": "en"})
    if spec.type == FieldType.CARD_NUMBER:
        attrs.update({"autocapitalize": "characters", "spellcheck": "false", "inputmode": "text"})
    if spec.max_length:
        # Room for what people type before it is normalised (spaces and dashes removed).
        attrs["maxlength"] = str(spec.max_length * 2)
    return forms.TextInput(attrs=attrs)


class SpecForm(forms.Form):
    """A form of `FieldSpec`s. `cleaned_data` holds the normalised values as stored (strings);
    `self.data` keeps exactly what was typed, which the draft saves whatever the outcome."""

    def __init__(
        self,
        specs: tuple[FieldSpec, ...],
        *args,
        today: datetime.date,
        required: Mapping[str, bool] | None = None,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.specs = specs
        self.today = today
        self.required_override = dict(required or {})
        self.allowed: dict[str, set[str] | None] = {}
        prefecture = self._raw("prefecture")
        for spec in specs:
            choices = None
            if spec.choices is not None:
                choices = choice_values(spec.choices, today=today, prefecture=prefecture or None)
                self.allowed[spec.code] = {code for code, _label in choices}
            self.fields[spec.code] = forms.CharField(
                label=spec.label,
                help_text=spec.help_text,
                required=False,
                strip=False,
                widget=_widget(spec, choices),
            )
            self.fields[spec.code].spec_required = self.is_required(spec)

    def _raw(self, code: str) -> str:
        if self.is_bound:
            return str(self.data.get(code, "") or "")
        return str(self.initial.get(code, "") or "")

    def is_required(self, spec: FieldSpec) -> bool:
        return self.required_override.get(spec.code, spec.required)

    def clean(self):
        cleaned = super().clean()
        for spec in self.specs:
            allowed = self.allowed.get(spec.code)
            if spec.choices == ChoiceSource.MUNICIPALITY and not self._raw("prefecture"):
                allowed = None  # the prefecture's own error says what to do first
            result = check_value(
                spec,
                self.data.get(spec.code),
                today=self.today,
                allowed=allowed,
                required=self.is_required(spec),
            )
            if result.errors:
                self.add_error(spec.code, as_validation_error(result.errors))
            else:
                cleaned[spec.code] = result.value
        return cleaned

    def typed(self) -> dict[str, str]:
        """What was typed into this form's fields, for the draft."""
        return {spec.code: str(self.data.get(spec.code, "") or "") for spec in self.specs}


class StartForm(forms.Form):
    """The one button that creates a draft: a POST, so no GET ever changes anything (C5)."""
