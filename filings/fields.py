"""What each filing records, in one place (SPEC "What each 19-16 event records", Q16–Q19, F3, F5).

The online forms, the bulk workbooks (template columns and reader) and the bulk error report all
read the same definitions, so a field added here appears everywhere at once and a value is
checked by the same rule whichever way it arrives (DESIGN.md: one source for each fact).

- `IDENTITY_FIELDS`: the person as printed on the residence card; every filing carries them.
- `KINDS`: per filing kind (a `FilingKind` value, or a `COMBINED_KINDS` key for leave + join
  filed together, N9) the ordered event fields, which of them are event dates (the deadline
  runs from each), and which events the filing records.
- `check_value(spec, raw, today=...)`: normalise and check one value with the rules in
  `filings.rules`; returns the value to store (a string: ISO dates, choice codes) and the
  catalogue errors. Choice membership needs the reference data, which callers pass in as
  `allowed` (see `choice_values`), so this module stays free of the ORM except in the two
  look-up helpers at the end.
"""

from __future__ import annotations

import datetime
import threading
import time
import uuid
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from filings import rules
from filings.constants import COMBINED_KINDS, FilingKind, Sex, StudentLeavingReason
from filings.errors import RuleError

Label = str | Promise

# Our limits for typed organization data; a longer value is a typing accident.
ORG_NAME_MAX_LENGTH = 100
ORG_ADDRESS_MAX_LENGTH = rules.ADDRESS_MAX_LENGTH
ACTIVITY_MAX_LENGTH = 100


class FieldType(StrEnum):
    LATIN_NAME = "latin_name"  # A–Z and single spaces, as on the card (Q65, Q66)
    CARD_NUMBER = "card_number"  # 2 letters, 8 digits, 2 letters
    PAST_DATE = "past_date"  # a date that cannot lie ahead (birth date)
    EVENT_DATE = "event_date"  # never in the future; the 14 days run from it (Q7, Q69)
    CHOICE = "choice"  # one code out of `choices`
    FULLWIDTH = "fullwidth"  # Japanese text, JIS X 0208 only, converted to full-width (Q64)


class ChoiceSource(StrEnum):
    """Where the allowed values of a choice field come from (`choice_values`)."""

    SEX = "sex"
    NATIONALITY = "nationality"  # reference data, sorted by English name (Q61)
    PREFECTURE = "prefecture"  # reference data (Q62)
    MUNICIPALITY = "municipality"  # reference data, within the chosen prefecture (Q62)
    LEAVING_REASON = "leaving_reason"  # StudentLeavingReason
    SNAPSHOT_DATE = "snapshot_date"  # 1 May / 1 November of this and last year


class Audience(StrEnum):
    """Some fields apply only to students, or only to everyone else (Q16, SPEC)."""

    EVERYONE = ""
    STUDENTS = "students"
    NOT_STUDENTS = "not_students"


@dataclass(frozen=True)
class FieldSpec:
    """One field of a filing.

    `code` is the stable key in the filed data, the form and the workbook column. `example` is
    a valid value the bulk template shows. `audience` hides the field from people it does not
    apply to; it is required only where it applies.
    """

    code: str
    label: Label
    type: FieldType
    required: bool = True
    help_text: Label = ""
    max_length: int | None = None
    choices: ChoiceSource | None = None
    audience: Audience = Audience.EVERYONE
    example: str = ""

    def applies_to(self, is_student: bool | None) -> bool:
        """Whether the field is asked of a person; None (not known yet) asks everything."""
        if is_student is None or self.audience == Audience.EVERYONE:
            return True
        return is_student == (self.audience == Audience.STUDENTS)

    def with_label(self, label: Label, help_text: Label | None = None) -> FieldSpec:
        return FieldSpec(
            self.code,
            label,
            self.type,
            self.required,
            self.help_text if help_text is None else help_text,
            self.max_length,
            self.choices,
            self.audience,
            self.example,
        )


# --- identity (F3) --------------------------------------------------------------------------

IDENTITY_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name_latin",
        _("Name (Latin letters)"),
        FieldType.LATIN_NAME,
        help_text=_(
            "As printed on the residence card: capital letters, parts separated by one space, "
            "in the order of the card."
        ),
        max_length=rules.LATIN_NAME_MAX_LENGTH,
        example="NGUYEN THI LAN",
    ),
    FieldSpec("birth_date", _("Date of birth"), FieldType.PAST_DATE, example="2003-04-15"),
    FieldSpec("sex", _("Sex"), FieldType.CHOICE, choices=ChoiceSource.SEX, example="F"),
    FieldSpec(
        "nationality",
        _("Nationality or region"),
        FieldType.CHOICE,
        choices=ChoiceSource.NATIONALITY,
        example="VNM",
    ),
    FieldSpec(
        "prefecture",
        _("Prefecture of residence"),
        FieldType.CHOICE,
        choices=ChoiceSource.PREFECTURE,
        example="13",
    ),
    FieldSpec(
        "municipality",
        _("Municipality of residence"),
        FieldType.CHOICE,
        choices=ChoiceSource.MUNICIPALITY,
        help_text=_("Choose the prefecture first; the list then shows its municipalities."),
        example="13104",
    ),
    FieldSpec(
        "address_rest",
        _("Rest of the address"),
        FieldType.FULLWIDTH,
        help_text=_(
            "Town, block, number and building, as on the card. Half-width characters are "
            "converted to full-width for you."
        ),
        max_length=rules.ADDRESS_MAX_LENGTH,
        example="西新宿２丁目８番１号",
    ),
    FieldSpec(
        "card_number",
        _("Residence card number"),
        FieldType.CARD_NUMBER,
        help_text=_("12 characters: 2 letters, 8 digits, 2 letters, for example AB12345678CD."),
        max_length=12,
        example="AB12345678CD",
    ),
)
IDENTITY_CODES: tuple[str, ...] = tuple(spec.code for spec in IDENTITY_FIELDS)


# --- building blocks of the event fields ----------------------------------------------------


def _date(code: str, label: Label) -> FieldSpec:
    return FieldSpec(code, label, FieldType.EVENT_DATE, example="2026-04-01")


def _text(code: str, label: Label, max_length: int, example: str, **kwargs: Any) -> FieldSpec:
    return FieldSpec(
        code, label, FieldType.FULLWIDTH, max_length=max_length, example=example, **kwargs
    )


def _org_name(code: str, label: Label) -> FieldSpec:
    return _text(code, label, ORG_NAME_MAX_LENGTH, "株式会社デモテック")


def _org_address(code: str, label: Label) -> FieldSpec:
    return _text(
        code,
        label,
        ORG_ADDRESS_MAX_LENGTH,
        "東京都千代田区霞が関１丁目１番１号",
        help_text=_("The full address, prefecture included."),
    )


ACTIVITY_PLACE = _text(
    "activity_place",
    _("Actual place of activity (optional)"),
    ORG_ADDRESS_MAX_LENGTH,
    "",
    required=False,
    help_text=_("Only if you work or study somewhere other than the address above."),
)
NEW_ACTIVITY = _text(
    "new_activity",
    _("Your activity at the new organization"),
    ACTIVITY_MAX_LENGTH,
    "システムエンジニアとしての設計業務",
    audience=Audience.NOT_STUDENTS,
    help_text=_("For example your job or the kind of work you do there."),
)


def _renamed() -> tuple[FieldSpec, ...]:
    return (
        _date("event_date", _("Date the name changed")),
        _org_name("org_old_name", _("Former name of the organization")),
        _org_address("org_address", _("Address of the organization")),
        _org_name("org_new_name", _("New name of the organization")),
        ACTIVITY_PLACE,
    )


def _moved() -> tuple[FieldSpec, ...]:
    return (
        _date("event_date", _("Date the organization moved")),
        _org_name("org_name", _("Name of the organization")),
        _org_address("org_old_address", _("Former address of the organization")),
        _org_address("org_new_address", _("New address of the organization")),
        ACTIVITY_PLACE,
    )


def _dissolved() -> tuple[FieldSpec, ...]:
    return (
        _date("event_date", _("Date the organization ceased to exist")),
        _org_name("org_name", _("Name of the organization")),
        _org_address("org_address", _("Address of the organization when it ceased to exist")),
    )


def _left(date_label: Label) -> tuple[FieldSpec, ...]:
    return (
        _date("left_on", date_label),
        _org_name("org_name", _("Name of the organization")),
        _org_address("org_address", _("Address of the organization")),
    )


def _joined(date_label: Label) -> tuple[FieldSpec, ...]:
    return (
        _date("joined_on", date_label),
        _org_name("org_name", _("Name of the previous organization")),
        _org_address("org_address", _("Address of the previous organization")),
        _org_name("new_org_name", _("Name of the new organization")),
        _org_address("new_org_address", _("Address of the new organization")),
        NEW_ACTIVITY,
        ACTIVITY_PLACE,
    )


def _spouse(label: Label) -> tuple[FieldSpec, ...]:
    return (_date("event_date", label),)


# --- kinds ----------------------------------------------------------------------------------


class Article(StrEnum):
    RESIDENT = "19-16"
    ORGANIZATION = "19-17"


@dataclass(frozen=True)
class KindSpec:
    """A filing kind as forms and workbooks need it.

    `events` are the `FilingKind`s the filing records (two for a combined filing); `date_fields`
    the codes of their event dates in the same order. The filing is due by the earliest due date
    of its events.
    """

    kind: str
    label: Label
    article: Article
    events: tuple[str, ...]
    fields: tuple[FieldSpec, ...]
    date_fields: tuple[str, ...]

    @property
    def is_combined(self) -> bool:
        return len(self.events) > 1

    def field(self, code: str) -> FieldSpec:
        for spec in (*IDENTITY_FIELDS, *self.fields):
            if spec.code == code:
                return spec
        raise KeyError(code)

    def all_fields(self, is_student: bool | None = None) -> tuple[FieldSpec, ...]:
        """Identity first, then the event fields that apply to this person."""
        return IDENTITY_FIELDS + self.event_fields(is_student)

    def event_fields(self, is_student: bool | None = None) -> tuple[FieldSpec, ...]:
        return tuple(spec for spec in self.fields if spec.applies_to(is_student))


def _merge(*groups: Iterable[FieldSpec]) -> tuple[FieldSpec, ...]:
    """The fields of several events, each code once, in first-seen order; the optional place
    of activity last."""
    merged: dict[str, FieldSpec] = {}
    for group in groups:
        for spec in group:
            merged.setdefault(spec.code, spec)
    place = merged.pop(ACTIVITY_PLACE.code, None)
    return tuple(merged.values()) + ((place,) if place else ())


_K = FilingKind
_ACTIVITY_LEFT = _left(_("Date you left the organization"))
_ACTIVITY_JOINED = _joined(_("Date you joined the new organization"))
_CONTRACT_ENDED = _left(_("Date the contract ended"))
_CONTRACT_NEW = _joined(_("Date of the new contract"))

_SINGLE: tuple[tuple[str, Article, tuple[FieldSpec, ...]], ...] = (
    (_K.ACTIVITY_ORG_RENAMED, Article.RESIDENT, _renamed()),
    (_K.ACTIVITY_ORG_MOVED, Article.RESIDENT, _moved()),
    (_K.ACTIVITY_ORG_DISSOLVED, Article.RESIDENT, _dissolved()),
    (_K.ACTIVITY_ORG_LEFT, Article.RESIDENT, _ACTIVITY_LEFT),
    (_K.ACTIVITY_ORG_TRANSFERRED, Article.RESIDENT, _ACTIVITY_JOINED),
    (_K.CONTRACT_ORG_RENAMED, Article.RESIDENT, _renamed()),
    (_K.CONTRACT_ORG_MOVED, Article.RESIDENT, _moved()),
    (_K.CONTRACT_ORG_DISSOLVED, Article.RESIDENT, _dissolved()),
    (_K.CONTRACT_ENDED, Article.RESIDENT, _CONTRACT_ENDED),
    (_K.CONTRACT_NEW, Article.RESIDENT, _CONTRACT_NEW),
    (_K.SPOUSE_DIVORCE, Article.RESIDENT, _spouse(_("Date of the divorce"))),
    (_K.SPOUSE_DEATH, Article.RESIDENT, _spouse(_("Date of your spouse's death"))),
    (
        _K.ACCEPTANCE_STARTED,
        Article.ORGANIZATION,
        (
            _date("event_date", _("Date acceptance started")),
            _text(
                "activity",
                _("Activity at your organization"),
                ACTIVITY_MAX_LENGTH,
                "日本語学科の学生",
                help_text=_("For example the course of study or the job."),
            ),
        ),
    ),
    (
        _K.ACCEPTANCE_ENDED,
        Article.ORGANIZATION,
        (
            _date("event_date", _("Date acceptance ended")),
            FieldSpec(
                "leaving_reason",
                _("Reason the student left"),
                FieldType.CHOICE,
                choices=ChoiceSource.LEAVING_REASON,
                audience=Audience.STUDENTS,
                example=StudentLeavingReason.GRADUATED.value,
            ),
        ),
    ),
    (
        _K.STUDENT_SNAPSHOT,
        Article.ORGANIZATION,
        (
            FieldSpec(
                "snapshot_date",
                _("Enrolment as of"),
                FieldType.EVENT_DATE,
                choices=ChoiceSource.SNAPSHOT_DATE,
                help_text=_("Students enrolled on 1 May and on 1 November are reported."),
                example="2026-05-01",
            ),
        ),
    ),
)

_DATE_FIELDS = {"event_date", "left_on", "joined_on", "snapshot_date"}


def _single_spec(kind: str, article: Article, fields: tuple[FieldSpec, ...]) -> KindSpec:
    dates = tuple(spec.code for spec in fields if spec.code in _DATE_FIELDS)
    return KindSpec(str(kind), FilingKind(kind).label, article, (str(kind),), fields, dates)


COMBINED_LABELS: dict[str, Label] = {
    "activity_org_left_and_transferred": _("Left the activity organization and moved to a new one"),
    "contract_ended_and_new": _("Contract ended and a new contract concluded"),
}

KINDS: dict[str, KindSpec] = {
    str(kind): _single_spec(kind, article, fields) for kind, article, fields in _SINGLE
}
for _key, (_first, _second) in COMBINED_KINDS.items():
    KINDS[_key] = KindSpec(
        _key,
        COMBINED_LABELS[_key],
        Article.RESIDENT,
        (str(_first), str(_second)),
        _merge(KINDS[_first].fields, KINDS[_second].fields),
        KINDS[_first].date_fields + KINDS[_second].date_fields,
    )


def kind_spec(kind: str) -> KindSpec:
    """The spec of a kind or combined key; KeyError for anything else."""
    return KINDS[kind]


def kind_label(kind: str) -> Label:
    spec = KINDS.get(kind)
    return spec.label if spec else kind


def combined_key(events: Collection[str]) -> str:
    """The COMBINED_KINDS key filing exactly `events` together, or "" if there is none."""
    for key, pair in COMBINED_KINDS.items():
        if tuple(events) == pair:
            return key
    return ""


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


def choice_values(
    source: ChoiceSource, *, today: datetime.date, prefecture: str | None = None
) -> list[tuple[str, str]]:
    """(code, label in the active language) pairs a choice field offers, in display order."""
    if source == ChoiceSource.SEX:
        return [(value, str(label)) for value, label in Sex.choices]
    if source == ChoiceSource.LEAVING_REASON:
        return [(value, str(label)) for value, label in StudentLeavingReason.choices]
    if source == ChoiceSource.SNAPSHOT_DATE:
        return snapshot_choices(today)
    from filings.models import Municipality, Nationality, Prefecture

    if source == ChoiceSource.NATIONALITY:
        return [(n.code, n.label) for n in Nationality.objects.filter(is_active=True)]
    if source == ChoiceSource.PREFECTURE:
        return [(p.code, p.label) for p in Prefecture.objects.all()]
    if source == ChoiceSource.MUNICIPALITY:
        found = Municipality.objects.active()
        if prefecture:
            found = found.filter(prefecture__code=prefecture)
        return [(m.code, m.label) for m in found.only("code", "name_ja")]
    raise ValueError(source)


# The code sets choice fields are checked against, kept per process: a submit used to read the
# nationalities, prefectures and the prefecture's municipalities every time (three queries under
# the draft's row lock). A set is trusted for REFERENCE_RECHECK_SECONDS, then compared with a
# version in the shared cache (one cache read, no query) that every change of the reference
# data replaces (`reference_data_changed`, connected to the models' signals and called by the
# loader), so another process sees an officer's edit within that time.
REFERENCE_VERSION_KEY = "filings:reference-data:version"
REFERENCE_RECHECK_SECONDS = 30.0
_DB_SOURCES = frozenset({"nationality", "prefecture", "municipality"})
_reference_sets: dict[tuple[str, str], tuple[str, float, frozenset[str]]] = {}
_reference_lock = threading.Lock()


def _reference_version() -> str:
    from django.core.cache import cache

    return str(cache.get(REFERENCE_VERSION_KEY) or "0")


def reference_data_changed(*args: Any, **kwargs: Any) -> None:
    """Forget this process's code sets and tell the others theirs are stale (signal receiver)."""
    from django.core.cache import cache

    with _reference_lock:
        _reference_sets.clear()
    cache.set(REFERENCE_VERSION_KEY, uuid.uuid4().hex, timeout=None)


def allowed_codes(
    source: ChoiceSource, *, today: datetime.date, prefecture: str | None = None
) -> frozenset[str]:
    """The codes a choice field accepts, from the per-process sets above when they are current."""
    if source not in _DB_SOURCES:
        return frozenset(code for code, _label in choice_values(source, today=today))
    key = (str(source), prefecture or "")
    now = time.monotonic()
    entry = _reference_sets.get(key)
    if entry is not None and now < entry[1]:
        return entry[2]
    version = _reference_version()
    if entry is not None and entry[0] == version:
        codes = entry[2]
    else:
        codes = frozenset(
            code for code, _label in choice_values(source, today=today, prefecture=prefecture)
        )
    with _reference_lock:
        _reference_sets[key] = (version, now + REFERENCE_RECHECK_SECONDS, codes)
    return codes


def check_all(
    specs: Iterable[FieldSpec],
    data: dict[str, Any],
    *,
    today: datetime.date,
    required: dict[str, bool] | None = None,
    cache: dict[tuple[ChoiceSource, str], Collection[str]] | None = None,
) -> tuple[dict[str, str], dict[str, tuple[RuleError, ...]]]:
    """Check every value of a record (a submitted draft, a workbook row): the values to store
    and, per field code, the errors. Choice fields are checked against the reference data,
    the municipality within the record's prefecture. A caller checking many records (a bulk
    file) passes one `cache` dict for all of them, so each list is read once, not per row."""
    cleaned: dict[str, str] = {}
    problems: dict[str, tuple[RuleError, ...]] = {}
    specs = tuple(specs)
    prefecture = str(data.get("prefecture") or "").strip()
    allowed: dict[tuple[ChoiceSource, str], Collection[str]] = {} if cache is None else cache
    for spec in specs:
        values = None
        if spec.choices is not None:
            if spec.choices == ChoiceSource.MUNICIPALITY and not prefecture:
                values = None
            else:
                key = (
                    spec.choices,
                    prefecture if spec.choices == ChoiceSource.MUNICIPALITY else "",
                )
                if key not in allowed:
                    allowed[key] = allowed_codes(
                        spec.choices, today=today, prefecture=prefecture or None
                    )
                values = allowed[key]
        must = (required or {}).get(spec.code, spec.required)
        result = check_value(spec, data.get(spec.code), today=today, allowed=values, required=must)
        if result.errors:
            problems[spec.code] = result.errors
        else:
            cleaned[spec.code] = result.value
    return cleaned, problems
