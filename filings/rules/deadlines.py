"""The deadline engine (SPEC F4, N7; Q7, Q69): due dates, lateness, impossible event dates.

Everything works on calendar dates in Japan. The law counts "within 14 days" from the day after
the event (the first day is not counted), so an event on 1 April is due by 15 April: day 14 is
on time and day 15 is late. `today` is always a parameter so that rules stay pure and tests need
no clock; `today_in_japan()` is what callers pass in production.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from filings.constants import DEADLINE_DAYS
from filings.errors import RuleError

JAPAN = ZoneInfo("Asia/Tokyo")


def today_in_japan() -> date:
    """Today's date in Japan, whatever the server's or the settings' time zone."""
    return timezone.now().astimezone(JAPAN).date()


def due_date(event_date: date) -> date:
    """The last day on which a notification for an event on `event_date` is on time."""
    return event_date + timedelta(days=DEADLINE_DAYS)


@dataclass(frozen=True)
class Deadline:
    """`days_left` is 0 on the due date and negative once late."""

    due: date
    days_left: int
    late: bool


def deadline(event_date: date, today: date) -> Deadline:
    due = due_date(event_date)
    days_left = (due - today).days
    return Deadline(due=due, days_left=days_left, late=days_left < 0)


def check_event_date(event_date: date, today: date) -> RuleError | None:
    """An event date can never be in the future: a notice is filed after the event (Q69)."""
    if event_date > today:
        return RuleError("E-EVENT-DATE-FUTURE")
    return None


def check_past_date(value: date, today: date) -> RuleError | None:
    """Any other date that cannot lie ahead (date of birth, acceptance end, grant date)."""
    if value > today:
        return RuleError("E-DATE-FUTURE")
    return None


def late_notice(event_date: date, today: date, *, duty_to_try: bool = False) -> RuleError | None:
    """The warning shown when a filing is taken after its deadline (F4): it is still accepted,
    marked late, and the filer is told about the duty. None while on time. `duty_to_try`: an
    organization's own filing (Art. 19-17), which the law asks for without a penalty (Q17,
    Q18), so its warning speaks of no fine; a resident's duty (19-16), proxy filings included,
    is punishable when not met."""
    found = deadline(event_date, today)
    if not found.late:
        return None
    return RuleError("W-FILING-LATE-ORG" if duty_to_try else "W-FILING-LATE", {"due": found.due})


# Students enrolled on these days are reported by their school (Art. 19-17, Q16).
STUDENT_SNAPSHOT_DAYS: tuple[tuple[int, int], ...] = ((5, 1), (11, 1))


def student_snapshot_dates(year: int) -> tuple[date, ...]:
    return tuple(date(year, month, day) for month, day in STUDENT_SNAPSHOT_DAYS)


def latest_student_snapshot(today: date) -> date:
    """The most recent snapshot day on or before `today`; its report is due 14 days later."""
    candidates = [d for d in student_snapshot_dates(today.year) if d <= today]
    if candidates:
        return max(candidates)
    return max(student_snapshot_dates(today.year - 1))


# Reminders before a period of stay ends (an extension is applied for before that day, at the
# regional immigration bureau): the boundaries, furthest first, as (key, months, days) before
# the end date.
STAY_END_REMINDERS: tuple[tuple[str, int, int], ...] = (("3m", 3, 0), ("1m", 1, 0), ("2w", 0, 14))


def months_before(day: date, months: int) -> date:
    """The same day of the month `months` earlier, or the month's last day when it has none
    (three months before 31 May is 28 or 29 February)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    next_month = date(year + (month == 12), month % 12 + 1, 1)
    return date(year, month, min(day.day, (next_month - timedelta(days=1)).day))


def stay_end_reminder(ends_on: date, today: date) -> str | None:
    """The key of the latest boundary reached before a stay ends on `ends_on`, or None before
    the first one and after the end. A boundary missed (beat down that day, an account made
    later) is still reminded on the following days, until the next one takes over."""
    if today > ends_on:
        return None
    due = None
    for key, months, days in STAY_END_REMINDERS:
        if today >= months_before(ends_on, months) - timedelta(days=days):
            due = key
    return due


# Schools are reminded of a student report this many days before it is due (on the snapshot
# day itself, since a report is due 14 days after it).
SNAPSHOT_REMINDER_DAYS = 14


def student_snapshot_due(snapshot: date) -> date:
    """The last day on which the report of the students enrolled on `snapshot` is on time."""
    return due_date(snapshot)


def student_snapshot_to_remind(today: date) -> date | None:
    """The snapshot day whose report is reminded on `today`: from SNAPSHOT_REMINDER_DAYS before
    its due date up to the due date (a missed day is made up), else None."""
    snapshot = latest_student_snapshot(today)
    due = student_snapshot_due(snapshot)
    if due - timedelta(days=SNAPSHOT_REMINDER_DAYS) <= today <= due:
        return snapshot
    return None
