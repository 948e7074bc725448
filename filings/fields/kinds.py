"""What each filing kind records: the identity fields every filing carries (F3) and each kind's
event fields, dates and events (SPEC "What each 19-16 event records", Q16–Q19, F5, N9)."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from filings import rules
from filings.constants import COMBINED_KINDS, FilingKind, StudentLeavingReason
from filings.fields.specs import (
    ACTIVITY_MAX_LENGTH,
    ORG_ADDRESS_MAX_LENGTH,
    ORG_NAME_MAX_LENGTH,
    Audience,
    ChoiceSource,
    FieldSpec,
    FieldType,
    Label,
)

# --- identity (F3) --------------------------------------------------------------------------

# How each identity field is typed and checked; which fields they are, and in which order, is
# `rules.IDENTITY_CODES`.
_IDENTITY_SPECS: tuple[FieldSpec, ...] = (
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
_IDENTITY_BY_CODE = {spec.code: spec for spec in _IDENTITY_SPECS}
if sorted(spec.code for spec in _IDENTITY_SPECS) != sorted(rules.IDENTITY_CODES):
    raise ImproperlyConfigured("every identity field of rules.IDENTITY_CODES needs one spec")
IDENTITY_FIELDS: tuple[FieldSpec, ...] = tuple(_IDENTITY_BY_CODE[c] for c in rules.IDENTITY_CODES)
IDENTITY_CODES: tuple[str, ...] = rules.IDENTITY_CODES


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
