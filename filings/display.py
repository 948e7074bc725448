"""What was filed, as rows a person reads: each field labelled, codes shown as names in the
reader's language, dates written the way the catalogue writes them (SPEC N2, F6, S1).

The confirmation screen, the status page, the printable receipt and the back office's filing
detail all show a filing through these rows, so they never disagree on what was filed.
"""

from __future__ import annotations

import datetime

from django.utils import translation

from filings import errors, fields
from filings.constants import Sex, StudentLeavingReason
from filings.models.reference import Municipality, Nationality, Prefecture


def long_date(value) -> str:
    """A date (or ISO text) as the catalogue writes it in the active language."""
    if isinstance(value, str):
        try:
            value = datetime.date.fromisoformat(value)
        except ValueError:
            return value
    if not isinstance(value, datetime.date):
        return ""
    return errors.format_date(value, errors.resolve_language(translation.get_language()))


def display_rows(spec: fields.KindSpec, data: dict, student: bool | None) -> list[dict[str, str]]:
    """Each field filed, labelled, with codes shown as names in the reader's language."""
    lookups = {
        fields.ChoiceSource.NATIONALITY: lambda code: _label(Nationality, code),
        fields.ChoiceSource.PREFECTURE: lambda code: _label(Prefecture, code),
        fields.ChoiceSource.MUNICIPALITY: lambda code: _label(Municipality, code),
        fields.ChoiceSource.SEX: lambda code: dict(_choices("sex")).get(code, code),
        fields.ChoiceSource.LEAVING_REASON: lambda code: dict(_choices("reason")).get(code, code),
    }
    rows = []
    for field_spec in spec.all_fields(student):
        value = str(data.get(field_spec.code, "") or "")
        if field_spec.choices in lookups and value:
            shown = lookups[field_spec.choices](value)
        elif field_spec.type in (fields.FieldType.PAST_DATE, fields.FieldType.EVENT_DATE) and value:
            shown = long_date(value)
        else:
            shown = value
        rows.append({"code": field_spec.code, "label": field_spec.label, "value": shown})
    return rows


def _label(model, code: str) -> str:
    found = model.objects.filter(code=code).first()
    return found.label if found else code


def _choices(name: str):
    return (Sex if name == "sex" else StudentLeavingReason).choices


def rows_as_filed(spec: fields.KindSpec, data: dict) -> list[dict[str, str]]:
    """Every field that was filed, in the spec's order: identity always, event fields where a
    value was given (a field for students only is absent for everyone else)."""
    return [
        row
        for row in display_rows(spec, data, None)
        if row["code"] in fields.IDENTITY_CODES or data.get(row["code"])
    ]
