"""The guided check "Do I need to file, and by when?" (SPEC N1; Q4, Q6–Q8, Q13, Q15, Q19).

A public page: nothing is stored, the form is a GET so the answer can be bookmarked and the back
button works. Every answer comes from `filings.rules`, the same functions the filing wizard and
validation use, and every explanation from the error catalogue, so the guide cannot disagree
with what the portal then accepts.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django import forms
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from filings import errors, rules, service_pages
from filings.errors import as_validation_error
from filings.fields import KINDS, kind_label
from filings.forms.filing import use_catalogue_messages
from filings.models.reference import StatusOfResidence
from filings.rules import EventOutcome, LifeEvent, SpecialCase

# How long the status was granted for. The rules need a number of days only to tell "three
# months or less" (Q4) apart; a representative length of each answer is enough.
PERIOD_DAYS: dict[str, int | None] = {"long": 365, "short": 90, "indefinite": None}


class CheckForm(forms.Form):
    status = forms.ChoiceField(label=_("Your status of residence"))
    granted_on = forms.DateField(
        label=_("Date the status was granted"),
        help_text=_(
            "The date of your landing permission, or of the last change or extension of your "
            "status, as on your residence card."
        ),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    period = forms.ChoiceField(
        label=_("Period of stay granted"),
        choices=[
            ("long", _("More than 3 months")),
            ("short", _("3 months or less")),
            ("indefinite", _("No fixed period (for example permanent residents)")),
        ],
        initial="long",
    )
    special_case = forms.ChoiceField(
        label=_("Does one of these apply to you? (optional)"),
        required=False,
        choices=[("", _("None of these")), *SpecialCase.choices],
    )
    event = forms.ChoiceField(label=_("What happened?"), choices=LifeEvent.choices)
    event_date = forms.DateField(
        label=_("Date it happened"), widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, today: datetime.date, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        self.statuses = {
            s.code: s for s in StatusOfResidence.objects.order_by("sort_order", "code")
        }
        self.fields["status"].choices = [("", _("Choose your status"))] + [
            (code, _status_label(status)) for code, status in self.statuses.items()
        ]
        use_catalogue_messages(self)

    def clean_granted_on(self) -> datetime.date:
        value = self.cleaned_data["granted_on"]
        problem = rules.check_past_date(value, self.today)
        if problem:
            raise as_validation_error(problem)
        return value

    def clean_event_date(self) -> datetime.date:
        value = self.cleaned_data["event_date"]
        problem = rules.check_event_date(value, self.today)
        if problem:
            raise as_validation_error(problem)
        return value


def _status_label(status: StatusOfResidence) -> str:
    """The name in the reader's language and, for statuses of an earlier law, when they ended,
    so someone granted under the old name still finds it."""
    label = status.label
    if status.valid_to:
        label = _("%(status)s (until %(date)s)") % {
            "status": label,
            "date": date_format(status.valid_to, "DATE_FORMAT"),
        }
    return label


@dataclass
class KindOffer:
    kind: str
    label: str
    url: str


@dataclass
class Answer:
    """What the page shows: `outcome` is a rules.EventOutcome value."""

    outcome: str
    message: str = ""
    remedy: str = ""
    offers: list[KindOffer] = field(default_factory=list)
    note: str = ""
    due: datetime.date | None = None
    days_left: int = 0
    late: bool = False
    late_message: str = ""
    late_remedy: str = ""


def answer(form: CheckForm, filing_url: str | None) -> Answer:
    """Ask the rules, and turn their codes into sentences in the reader's language."""
    data = form.cleaned_data
    status = form.statuses[data["status"]]
    obligation = rules.filing_obligation(
        status.as_rule(),
        data["granted_on"],
        PERIOD_DAYS[data["period"]],
        form.today,
        data["special_case"] or None,
    )
    result = rules.which_kinds_for_event(data["event"], obligation)
    if result.outcome != EventOutcome.FILE:
        return Answer(
            outcome=str(result.outcome),
            message=errors.message(result.reason),
            remedy=errors.remedy(result.reason),
        )
    found = rules.deadline(data["event_date"], form.today)
    offers = []
    for kind in (*result.kinds, *([result.combined] if result.combined else [])):
        url = f"{filing_url}new/{kind}/" if filing_url and kind in KINDS else ""
        offers.append(KindOffer(kind, str(kind_label(kind)), url))
    late = rules.late_notice(data["event_date"], form.today)
    return Answer(
        outcome=str(result.outcome),
        offers=offers,
        note=errors.message(result.note) if result.note else "",
        due=found.due,
        days_left=found.days_left,
        late=found.late,
        late_message=late.message() if late else "",
        late_remedy=late.remedy() if late else "",
    )


def check(request: HttpRequest, page) -> HttpResponse:
    today = rules.today_in_japan()
    submitted = "status" in request.GET
    form = CheckForm(request.GET if submitted else None, today=today)
    result = None
    if submitted and form.is_valid():
        filing_page = service_pages.live_page(service_pages.FILING, page.locale_id)
        result = answer(form, filing_page.url if filing_page else None)
    return TemplateResponse(
        request,
        "filings/filing_check_page.html",
        {
            "page": page,
            "self": page,
            "form": form,
            "answer": result,
            "today": today,
            "submit_label": _("Check"),
        },
    )
