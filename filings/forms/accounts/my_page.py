"""Forms of My page (SPEC N4, A7): a proxy consent to an organization, and the language of
later mails."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from filings import rules
from filings.errors import as_validation_error
from filings.forms.accounts.common import AccessibleFormMixin


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


class PreferredLanguageForm(AccessibleFormMixin, forms.Form):
    """The mail settings: the language of mails sent later (reminders, expiry notices) and of
    their links, and whether the optional reminders are sent at all."""

    language_code = forms.ChoiceField(label=_("Language of mails sent to you later"))
    optional_reminders = forms.BooleanField(
        label=_("Send me deadline reminders"),
        help_text=_(
            "Reminders 3 months, 1 month and 2 weeks before your period of stay ends, and, for "
            "schools, before the student reports of 1 May and 1 November are due. A reminder "
            "of a notification you started and did not send always goes."
        ),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        from django.conf import settings

        super().__init__(*args, **kwargs)
        self.fields["language_code"].choices = list(settings.LANGUAGES)
        self._describe()
