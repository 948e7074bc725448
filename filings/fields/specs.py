"""The shape of a field: its type, where a choice field's values come from, who is asked it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from django.utils.functional import Promise

from filings import rules

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
