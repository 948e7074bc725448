"""Checking values against the field definitions: one value (`check_value`), a whole record
(`check_all`), and the deadline an event date starts (F4, Q7, Q69). Pure: the allowed codes of
choice fields are passed in."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import Any

from filings import rules
from filings.constants import Sex, StudentLeavingReason
from filings.errors import RuleError
from filings.fields.kinds import (
    KindSpec,
)
from filings.fields.specs import (
    ChoiceSource,
    FieldSpec,
    FieldType,
)

# --- checking one value ---------------------------------------------------------------------


@dataclass(frozen=True)
class Value:
    """A checked value: `value` as stored (str; "" when empty), `errors` from the catalogue."""

    value: str
    errors: tuple[RuleError, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


def _as_date(raw: Any) -> datetime.date | None:
    if isinstance(raw, datetime.datetime):
        return raw.date()
    if isinstance(raw, datetime.date):
        return raw
    text = str(raw).strip()
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        pass
    for separator in ("/", "."):
        parts = text.split(separator)
        if len(parts) == 3 and all(part.isdigit() for part in parts):
            try:
                return datetime.date(int(parts[0]), int(parts[1]), int(parts[2]))
            except ValueError:
                return None
    return None


def _text_rule(spec: FieldSpec) -> Callable[[str], rules.Checked]:
    if spec.type == FieldType.LATIN_NAME:
        return lambda raw: rules.check_latin_name(raw, max_length=spec.max_length or 100)
    if spec.type == FieldType.CARD_NUMBER:
        return rules.check_card_number
    return lambda raw: rules.check_fullwidth_text(
        raw, max_length=spec.max_length or rules.ADDRESS_MAX_LENGTH, required=False
    )


def check_value(
    spec: FieldSpec,
    raw: Any,
    *,
    today: datetime.date,
    allowed: Collection[str] | None = None,
    required: bool | None = None,
) -> Value:
    """Normalise and check one value the way every channel must (form, workbook, API).

    `allowed` is the set of codes for a choice field (from `choice_values`); None skips the
    membership check. `required` overrides the spec (a field that does not apply to the
    person is never required).
    """
    must = spec.required if required is None else required
    empty = raw is None or (isinstance(raw, str) and not raw.strip())
    if empty:
        return Value("", (RuleError("E-REQUIRED"),) if must else ())
    if spec.type in (FieldType.PAST_DATE, FieldType.EVENT_DATE):
        day = _as_date(raw)
        if day is None:
            return Value(str(raw).strip(), (RuleError("E-DATE-INVALID"),))
        problem = (
            rules.check_event_date(day, today)
            if spec.type == FieldType.EVENT_DATE
            else rules.check_past_date(day, today)
        )
        if problem is None and allowed is not None and day.isoformat() not in allowed:
            problem = RuleError("E-SNAPSHOT-DATE")
        return Value(day.isoformat(), (problem,) if problem else ())
    if spec.type == FieldType.CHOICE:
        value = str(raw).strip()
        if allowed is not None and value not in allowed:
            return Value(value, (RuleError("E-CHOICE-INVALID"),))
        return Value(value)
    checked = _text_rule(spec)(str(raw))
    if not checked.value and must:
        return Value("", (RuleError("E-REQUIRED"),))
    return Value(checked.value, checked.errors)


def deadline_of(spec: KindSpec, data: dict[str, str], today: datetime.date) -> rules.Deadline:
    """The filing's deadline: the earliest due date of its events (a combined filing is due when
    its first event is)."""
    found = [
        rules.deadline(day, today)
        for code in spec.date_fields
        if (day := _as_date(data.get(code) or "")) is not None
    ]
    if not found:
        raise ValueError("a filing without an event date has no deadline")
    return min(found, key=lambda d: d.due)


def event_dates(spec: KindSpec, data: dict[str, str]) -> tuple[datetime.date, ...]:
    return tuple(
        day for code in spec.date_fields if (day := _as_date(data.get(code) or "")) is not None
    )


# --- look-ups of allowed values (the only part that reads the database) ------------------------


def snapshot_choices(today: datetime.date) -> list[tuple[str, str]]:
    """The 1 May / 1 November dates that can still be reported: those of this year and last
    year that are not in the future, newest first."""
    days = [
        day
        for year in (today.year, today.year - 1)
        for day in rules.student_snapshot_dates(year)
        if day <= today
    ]
    return [(day.isoformat(), day.isoformat()) for day in sorted(days, reverse=True)]


def static_choices(source: ChoiceSource, *, today: datetime.date) -> list[tuple[str, str]] | None:
    """(code, label) pairs of a choice source the code itself defines (sex, leaving reasons,
    snapshot dates); None for the sources kept as reference data in the database, which
    `filings.services.reference` looks up."""
    if source == ChoiceSource.SEX:
        return [(value, str(label)) for value, label in Sex.choices]
    if source == ChoiceSource.LEAVING_REASON:
        return [(value, str(label)) for value, label in StudentLeavingReason.choices]
    if source == ChoiceSource.SNAPSHOT_DATE:
        return snapshot_choices(today)
    return None


# Allowed codes of a choice field: `allowed(source, prefecture)`, the prefecture for
# municipalities (None for other sources). The caller looks them up, usually with
# `filings.services.reference.lookup`.
AllowedCodes = Callable[[ChoiceSource, str | None], Collection[str]]


def check_all(
    specs: Iterable[FieldSpec],
    data: dict[str, Any],
    *,
    today: datetime.date,
    allowed: AllowedCodes,
    required: dict[str, bool] | None = None,
) -> tuple[dict[str, str], dict[str, tuple[RuleError, ...]]]:
    """Check every value of a record (a submitted draft, a workbook row): the values to store
    and, per field code, the errors. Choice fields accept the codes `allowed` gives, the
    municipality within the record's prefecture. Pure: the caller looks the codes up (a bulk
    file passes one memoising look-up for all its rows, so each list is read once)."""
    cleaned: dict[str, str] = {}
    problems: dict[str, tuple[RuleError, ...]] = {}
    specs = tuple(specs)
    prefecture = str(data.get("prefecture") or "").strip()
    for spec in specs:
        values = None
        if spec.choices is not None:
            if spec.choices == ChoiceSource.MUNICIPALITY:
                values = allowed(spec.choices, prefecture) if prefecture else None
            else:
                values = allowed(spec.choices, None)
        must = (required or {}).get(spec.code, spec.required)
        result = check_value(spec, data.get(spec.code), today=today, allowed=values, required=must)
        if result.errors:
            problems[spec.code] = result.errors
        else:
            cleaned[spec.code] = result.value
    return cleaned, problems
