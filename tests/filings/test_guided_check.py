"""The guided check "Do I need to file, and by when?" (SPEC N1): answers from the rules only."""

from __future__ import annotations

import datetime

import pytest
import time_machine

from filings import errors, rules
from filings.models import StatusOfResidence

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 6, 1, 12, 0, tzinfo=rules.JAPAN)


def ask(client, **params):
    query = {
        "status": "student",
        "granted_on": "2025-04-01",
        "period": "long",
        "special_case": "",
        "event": "left_org",
        "event_date": "2026-05-25",
        **params,
    }
    return client.get("/ja/check/", query)


@time_machine.travel(NOW, tick=False)
def test_a_student_who_left_school_must_file_with_the_due_date(client, ja_filing_site):
    response = ask(client)
    assert response.status_code == 200
    answer = response.context["answer"]
    assert answer.outcome == "file"
    assert [offer.kind for offer in answer.offers] == ["activity_org_left"]
    assert answer.due == datetime.date(2026, 6, 8)
    assert answer.days_left == 7
    assert not answer.late
    html = response.content.decode()
    assert 'data-due="2026-06-08"' in html
    assert "/ja/filing/new/activity_org_left/" in html


@time_machine.travel(NOW, tick=False)
def test_joining_offers_the_combined_filing_and_says_why(client, ja_filing_site):
    answer = ask(client, event="joined_org").context["answer"]
    kinds = [offer.kind for offer in answer.offers]
    assert kinds == ["activity_org_transferred", "activity_org_left_and_transferred"]
    assert all(offer.url.endswith(f"/new/{offer.kind}/") for offer in answer.offers)
    assert answer.note == errors.message("I-EVENT-ALSO-LEAVING", "ja")


@time_machine.travel(NOW, tick=False)
def test_a_late_event_is_still_a_filing_with_the_duty_explained(client, ja_filing_site):
    answer = ask(client, event_date="2026-05-01").context["answer"]
    assert answer.late and answer.days_left == -17
    assert answer.late_message == errors.message(
        "W-FILING-LATE", "ja", due=datetime.date(2026, 5, 15)
    )


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize(
    ("params", "outcome", "reason"),
    [
        ({"status": "permanent-resident", "period": "indefinite"}, "no_filing", "I-OBL-NO-ITEM"),
        ({"event": "married"}, "no_filing", "I-EVENT-MARRIAGE"),
        ({"event": "moved_home"}, "elsewhere", "I-GO-MUNICIPAL"),
        ({"event": "changed_name"}, "elsewhere", "I-GO-BUREAU"),
        ({"granted_on": "2012-07-08"}, "no_filing", "I-OBL-BEFORE-START"),
        ({"period": "short"}, "no_filing", "I-MLT-SHORT-STAY"),
        ({"event": "divorce"}, "no_filing", "I-EVENT-NOT-FOR-ITEM"),
    ],
)
def test_no_filing_or_elsewhere_explains_with_the_catalogue(
    client, ja_filing_site, params, outcome, reason
):
    answer = ask(client, **params).context["answer"]
    assert answer.outcome == outcome
    assert answer.message == errors.message(reason, "ja")
    assert answer.remedy == errors.remedy(reason, "ja")
    assert answer.offers == []


def test_every_status_and_event_agrees_with_the_rules(ja_filing_site):
    """The page is a view of the rules: for every status and every event the answer is the one
    `filing_obligation` and `which_kinds_for_event` give (the form and answer the view uses,
    without rendering 800 pages)."""
    from filings.views.check import CheckForm, answer

    today = NOW.date()
    for status in StatusOfResidence.objects.all():
        obligation = rules.filing_obligation(
            status.as_rule(), datetime.date(2025, 4, 1), 365, today
        )
        for event in rules.LifeEvent.values:
            expected = rules.which_kinds_for_event(event, obligation)
            form = CheckForm(
                {
                    "status": status.code,
                    "granted_on": "2025-04-01",
                    "period": "long",
                    "event": event,
                    "event_date": "2026-05-25",
                },
                today=today,
            )
            assert form.is_valid(), form.errors
            found = answer(form, "/ja/filing/")
            assert found.outcome == expected.outcome, (status.code, event)
            if expected.outcome == rules.EventOutcome.FILE:
                kinds = [*expected.kinds, *([expected.combined] if expected.combined else [])]
                assert [o.kind for o in found.offers] == kinds, (status.code, event)
                assert found.due == rules.due_date(datetime.date(2026, 5, 25))
            else:
                assert found.message == errors.message(expected.reason)


@time_machine.travel(NOW, tick=False)
def test_bad_input_gets_field_errors_and_keeps_what_was_typed(client, ja_filing_site):
    response = ask(client, event_date="2026-06-02", granted_on="not a date", status="nope")
    assert response.status_code == 200
    form = response.context["form"]
    assert response.context["answer"] is None
    assert form.errors["event_date"] == [errors.message("E-EVENT-DATE-FUTURE", "ja")]
    assert form.errors["granted_on"] == [errors.message("E-DATE-INVALID", "ja")]
    assert form.errors["status"] == [errors.message("E-CHOICE-INVALID", "ja")]
    html = response.content.decode()
    assert 'value="2026-06-02"' in html  # nothing typed is lost
    assert 'aria-describedby="id_event_date_error"' in html
    assert 'href="#id_event_date"' in html  # the summary links to the field


def test_the_check_is_public_and_in_english_too(client, ja_filing_site):
    response = client.get("/en/check/")
    assert response.status_code == 200
    assert "Do I need to file, and by when?" in response.content.decode()
    assert response.context["answer"] is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ja", "投資・経営（2015年3月31日まで）"),
        ("en", "Investor/Business Manager (until March 31, 2015)"),
        ("ko", "(2015년 3월 31일까지)"),
        ("es", "(hasta el 31 de marzo de 2015)"),
    ],
)
def test_a_status_of_an_earlier_law_says_when_it_ended_in_the_readers_words(language, expected):
    from django.utils import translation

    from filings.models.reference import StatusOfResidence
    from filings.views.check import _status_label

    status = StatusOfResidence.objects.get(code="investor-business-manager")
    with translation.override(language):
        label = str(_status_label(status))
    assert expected in label
    assert "until" not in label or language == "en"
