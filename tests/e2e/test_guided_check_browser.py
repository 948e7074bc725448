"""The guided check in a real browser, in all eight languages (SPEC N1, L1).

For a table of cases, the page's answer (outcome, kinds offered, due date, explanation) must be
exactly what `filings.rules` says, in the reader's language.
"""

from __future__ import annotations

import datetime
from urllib.parse import urlencode

import pytest
from playwright.sync_api import Page, expect

from django.conf import settings

from filings import errors, rules
from filings.models import StatusOfResidence
from tests.e2e.filing_site import build

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)

# (status, granted on, period, event, days ago)
CASES = [
    ("student", "2025-04-01", "long", "left_org", 3),
    ("student", "2025-04-01", "long", "joined_org", 20),  # late, and leave + join offered
    ("engineer-humanities-international", "2024-10-01", "long", "new_contract", 1),
    ("dependent", "2023-01-15", "long", "divorce", 0),
    ("dependent", "2023-01-15", "long", "married", 2),
    ("permanent-resident", "2015-06-01", "indefinite", "left_org", 2),
    ("student", "2011-04-01", "long", "left_org", 2),
    ("engineer-humanities-international", "2024-10-01", "long", "moved_home", 2),
    ("engineer-humanities-international", "2024-10-01", "long", "changed_name", 2),
    ("technical-intern-training", "2024-10-01", "long", "left_org", 2),
]


def expected(case, today):
    status_code, granted, period, event, days_ago = case
    status = StatusOfResidence.objects.get(code=status_code)
    days = {"long": 365, "short": 90, "indefinite": None}[period]
    obligation = rules.filing_obligation(
        status.as_rule(), datetime.date.fromisoformat(granted), days, today
    )
    result = rules.which_kinds_for_event(event, obligation)
    event_date = today - datetime.timedelta(days=days_ago)
    return result, event_date


def query(case, event_date) -> str:
    status_code, granted, period, event, _days = case
    return urlencode(
        {
            "status": status_code,
            "granted_on": granted,
            "period": period,
            "special_case": "",
            "event": event,
            "event_date": event_date.isoformat(),
        }
    )


def check_answer(page: Page, lang: str, result, event_date) -> None:
    answer = page.locator("#answer")
    expect(answer).to_have_attribute("data-outcome", str(result.outcome))
    if result.outcome == rules.EventOutcome.FILE:
        kinds = [*result.kinds, *([result.combined] if result.combined else [])]
        offered = answer.locator("[data-kind]").evaluate_all(
            "nodes => nodes.map(n => n.dataset.kind)"
        )
        assert offered == kinds, (lang, offered, kinds)
        due = rules.due_date(event_date)
        expect(answer.locator("[data-due]")).to_have_attribute("data-due", due.isoformat())
        found = rules.deadline(event_date, rules.today_in_japan())
        expect(answer.locator("[data-days-left]")).to_have_attribute(
            "data-days-left", str(found.days_left)
        )
        if found.late:
            expect(answer).to_contain_text(errors.message("W-FILING-LATE", lang, due=due))
        for link in answer.locator("a.button").all():
            assert f"/{lang}/filing/new/" in link.get_attribute("href")
    else:
        expect(answer).to_contain_text(errors.message(result.reason, lang))
        expect(answer).to_contain_text(errors.remedy(result.reason, lang))


def test_guided_check_in_every_language_agrees_with_the_rules(live_server, page: Page):
    build(LANGUAGES)
    today = rules.today_in_japan()
    for lang in LANGUAGES:
        # The first case through the form itself, as a person would.
        result, event_date = expected(CASES[0], today)
        page.goto(f"{live_server.url}/{lang}/check/")
        expect(page.locator("html")).to_have_attribute("lang", lang)
        page.select_option("#id_status", CASES[0][0])
        page.fill("#id_granted_on", CASES[0][1])
        page.select_option("#id_period", CASES[0][2])
        page.select_option("#id_event", CASES[0][3])
        page.fill("#id_event_date", event_date.isoformat())
        page.locator("main form button[type=submit]").click()
        check_answer(page, lang, result, event_date)
        # The answer takes the focus, so a screen reader reads it out (once: no live region).
        assert page.evaluate("document.activeElement.id") == "answer", lang
        # The rest through the bookmarkable answer URL.
        for case in CASES[1:]:
            result, event_date = expected(case, today)
            page.goto(f"{live_server.url}/{lang}/check/?{query(case, event_date)}")
            check_answer(page, lang, result, event_date)


def test_bad_dates_are_explained_in_the_readers_language(live_server, page: Page):
    build(("ja", "ko"))
    tomorrow = rules.today_in_japan() + datetime.timedelta(days=1)
    case = ("student", "2025-04-01", "long", "left_org", 0)
    for lang in ("ja", "ko"):
        page.goto(f"{live_server.url}/{lang}/check/?{query(case, tomorrow)}")
        error = page.locator("#id_event_date_error")
        expect(error).to_have_text(errors.message("E-EVENT-DATE-FUTURE", lang))
        expect(page.locator("#id_event_date")).to_have_attribute(
            "aria-describedby", "id_event_date_error"
        )
        expect(page.locator("#id_event_date")).to_have_value(tomorrow.isoformat())
        expect(page.locator("#answer")).to_have_count(0)
        # The error summary takes the focus, where the problems are listed.
        expect(page.locator(".error-summary")).to_be_focused()
        assert page.evaluate("document.activeElement.classList.contains('error-summary')")

    # An invalid date input is marked as an invalid select is (the same red border).
    no_status = query(("", *case[1:]), tomorrow)
    page.goto(f"{live_server.url}/ja/check/?{no_status}")
    colour = "getComputedStyle(document.querySelector(%r)).borderTopColor"
    danger = "rgb(176, 0, 32)"
    assert page.locator("#id_status").get_attribute("aria-invalid") == "true"
    assert page.evaluate(colour % "#id_status") == danger
    assert page.evaluate(colour % "#id_event_date") == danger
    assert page.evaluate(colour % "#id_granted_on") != danger  # a valid input is not marked
