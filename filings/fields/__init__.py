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
  catalogue errors. Choice membership needs the reference data, which callers look up
  (`filings.services.reference`) and pass in as `allowed`: this module reads no database.
"""

from filings.fields.checks import (
    AllowedCodes,
    Value,
    check_all,
    check_value,
    deadline_of,
    event_dates,
    snapshot_choices,
    static_choices,
)
from filings.fields.kinds import (
    ACTIVITY_PLACE,
    COMBINED_LABELS,
    IDENTITY_CODES,
    IDENTITY_FIELDS,
    KINDS,
    NEW_ACTIVITY,
    Article,
    KindSpec,
    combined_key,
    kind_label,
    kind_spec,
)
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

__all__ = [
    "ACTIVITY_MAX_LENGTH",
    "ACTIVITY_PLACE",
    "COMBINED_LABELS",
    "IDENTITY_CODES",
    "IDENTITY_FIELDS",
    "KINDS",
    "NEW_ACTIVITY",
    "ORG_ADDRESS_MAX_LENGTH",
    "ORG_NAME_MAX_LENGTH",
    "AllowedCodes",
    "Article",
    "Audience",
    "ChoiceSource",
    "FieldSpec",
    "FieldType",
    "KindSpec",
    "Label",
    "Value",
    "check_all",
    "check_value",
    "combined_key",
    "deadline_of",
    "event_dates",
    "kind_label",
    "kind_spec",
    "snapshot_choices",
    "static_choices",
]
