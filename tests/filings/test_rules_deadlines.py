"""The deadline engine: 14 days from the event (Q7), never a future event date (Q69), dates in
Japan (N7)."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from hypothesis import given
from hypothesis import strategies as st

from django.test import override_settings

from filings import errors
from filings.rules import (
    check_event_date,
    check_past_date,
    deadline,
    due_date,
    late_notice,
    latest_student_snapshot,
    student_snapshot_dates,
    today_in_japan,
)

EVENT = date(2024, 4, 1)


def test_due_date_is_fourteen_days_after_the_event():
    assert due_date(EVENT) == date(2024, 4, 15)
    assert due_date(date(2024, 12, 25)) == date(2025, 1, 8)
    assert due_date(date(2024, 2, 20)) == date(2024, 3, 5)  # leap year
    assert due_date(date(2023, 2, 20)) == date(2023, 3, 6)


@pytest.mark.parametrize(
    ("today", "days_left", "late"),
    [
        (date(2024, 4, 1), 14, False),  # the day of the event
        (date(2024, 4, 14), 1, False),
        (date(2024, 4, 15), 0, False),  # day 14: on time
        (date(2024, 4, 16), -1, True),  # day 15: late
        (date(2024, 6, 1), -47, True),
    ],
)
def test_day_14_is_on_time_and_day_15_late(today, days_left, late):
    found = deadline(EVENT, today)
    assert (found.due, found.days_left, found.late) == (date(2024, 4, 15), days_left, late)


def test_late_notice_only_after_the_deadline():
    assert late_notice(EVENT, date(2024, 4, 15)) is None
    notice = late_notice(EVENT, date(2024, 4, 16))
    assert notice.code == "W-FILING-LATE"
    assert notice.params == {"due": date(2024, 4, 15)}
    assert "2024年4月15日" in notice.message("ja")
    assert "15 April 2024" in notice.message("en")
    assert "15 de abril de 2024" in notice.message("es")


def test_an_organizations_late_filing_is_a_duty_to_try_and_threatens_no_fine():
    """Art. 19-17 filings by organizations carry no penalty (Q17, Q18); a resident's do."""
    from filings import errors

    own = late_notice(EVENT, date(2024, 4, 16), duty_to_try=True)
    assert own.code == "W-FILING-LATE-ORG" and own.params == {"due": date(2024, 4, 15)}
    for language in ("ja", "en", "zh-hant", "zh-hans", "ko", "es", "pt", "tl"):
        remedy = errors.remedy(own.code, language)
        resident = errors.remedy("W-FILING-LATE", language)
        assert remedy and remedy != resident
        fine = {
            "ja": "罰金",
            "en": "fine",
            "zh-hant": "罰金",
            "zh-hans": "罚款",
            "ko": "벌금",
            "es": "multa",
            "pt": "multa",
            "tl": "multa",
        }[language]
        assert fine in resident and fine not in remedy, language
    assert "no penalty" in errors.remedy(own.code, "en")


def test_event_dates_in_the_future_are_refused():
    today = date(2024, 4, 10)
    assert check_event_date(today, today) is None
    assert check_event_date(today - timedelta(days=1), today) is None
    assert check_event_date(today + timedelta(days=1), today).code == "E-EVENT-DATE-FUTURE"
    assert check_past_date(today + timedelta(days=1), today).code == "E-DATE-FUTURE"
    assert check_past_date(date(1990, 5, 1), today) is None
    for code in ("E-EVENT-DATE-FUTURE", "E-DATE-FUTURE"):
        assert code in errors.CATALOGUE


@override_settings(TIME_ZONE="UTC")
def test_today_is_the_date_in_japan_whatever_the_time_zone():
    # 15:30 UTC on 31 March is 00:30 on 1 April in Tokyo.
    with time_machine.travel(datetime(2024, 3, 31, 15, 30, tzinfo=UTC), tick=False):
        assert today_in_japan() == date(2024, 4, 1)
    with time_machine.travel(datetime(2024, 3, 31, 14, 59, tzinfo=UTC), tick=False):
        assert today_in_japan() == date(2024, 3, 31)


def test_student_snapshots_on_1_may_and_1_november():
    assert student_snapshot_dates(2024) == (date(2024, 5, 1), date(2024, 11, 1))
    assert latest_student_snapshot(date(2024, 4, 30)) == date(2023, 11, 1)
    assert latest_student_snapshot(date(2024, 5, 1)) == date(2024, 5, 1)
    assert latest_student_snapshot(date(2024, 10, 31)) == date(2024, 5, 1)
    assert latest_student_snapshot(date(2024, 12, 31)) == date(2024, 11, 1)
    assert due_date(latest_student_snapshot(date(2024, 5, 2))) == date(2024, 5, 15)


@given(
    event=st.dates(min_value=date(2012, 7, 9), max_value=date(2099, 12, 31)),
    offset=st.integers(min_value=-30, max_value=400),
)
def test_late_exactly_after_fourteen_days(event, offset):
    today = event + timedelta(days=offset)
    found = deadline(event, today)
    assert found.late is (offset > 14)
    assert found.days_left == 14 - offset
    assert (late_notice(event, today) is None) is (offset <= 14)
    assert (check_event_date(event, today) is None) is (offset >= 0)
