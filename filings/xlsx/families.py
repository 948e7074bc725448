"""The bulk workbook families: which filing kinds share one template, and its columns.

A family's columns come from `filings.fields` (the identity fields, then the event fields of its
kinds, each code once), so a field added there appears in the template, the reader and the
error workbook at once (DESIGN.md: one source for each fact). The template version is derived
from the column codes: changing the columns makes every older template "outdated" by itself,
without anybody remembering to bump a number.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from filings.constants import PROXY_KINDS, FilingKind
from filings.fields import IDENTITY_FIELDS, KINDS, FieldSpec, FieldType, Label

KIND_COLUMN = "kind"
# Bumped by hand only when the layout changes (header rows, stamp); columns bump themselves.
LAYOUT_VERSION = "1"


@dataclass(frozen=True)
class Family:
    """One bulk template: the kinds an organization files with it and the sheet's columns.

    `columns` are field codes in sheet order, "kind" first when the family has several kinds.
    `headers` overrides the label of a code whose meaning differs per kind (an event date).
    """

    code: str
    label: Label
    article: str
    kinds: tuple[str, ...]
    columns: tuple[str, ...]
    description: Label = ""
    headers: dict[str, Label] = field(default_factory=dict, compare=False, hash=False)

    def default_kind(self) -> str | None:
        """The kind of every row when the sheet has no kind column."""
        return self.kinds[0] if len(self.kinds) == 1 else None

    @property
    def has_kind_column(self) -> bool:
        return len(self.kinds) > 1

    @property
    def version(self) -> str:
        digest = hashlib.sha256(",".join(self.columns).encode()).hexdigest()[:8]
        return f"{LAYOUT_VERSION}.{digest}"

    @property
    def stamp(self) -> str:
        """The value of the workbook's version stamp, `<family>:<version>`."""
        return f"{self.code}:{self.version}"

    def field(self, code: str) -> FieldSpec:
        """The field behind a column (the first kind that has it decides its type)."""
        for spec in IDENTITY_FIELDS:
            if spec.code == code:
                return spec
        for kind in self.kinds:
            for spec in KINDS[kind].fields:
                if spec.code == code:
                    return spec
        raise KeyError(code)

    def header(self, code: str) -> Label:
        """The column's heading (lazy, rendered in the active language)."""
        if code == KIND_COLUMN:
            return _("Notification")
        if code in self.headers:
            return self.headers[code]
        return self.field(code).label

    def kinds_with(self, code: str) -> tuple[str, ...]:
        """The kinds of this family that ask for the column (all of them for identity)."""
        if code == KIND_COLUMN or any(spec.code == code for spec in IDENTITY_FIELDS):
            return self.kinds
        return tuple(kind for kind in self.kinds if any(s.code == code for s in KINDS[kind].fields))

    def is_required(self, code: str) -> bool:
        """Required on every row: the kind column, identity, and event fields every kind of the
        family requires of everybody. Anything else is checked per row by the reception."""
        if code == KIND_COLUMN:
            return True
        if self.kinds_with(code) != self.kinds:
            return False
        spec = self.field(code)
        return spec.required and spec.audience == ""

    def must_have_column(self, code: str) -> bool:
        """Whether a file without this column is refused: the column is required somewhere.
        A column that is optional for every kind (the place of activity) may be left out."""
        if code == KIND_COLUMN:
            return True
        return any(
            spec.required
            for kind in self.kinds_with(code)
            for spec in (*IDENTITY_FIELDS, *KINDS[kind].fields)
            if spec.code == code
        )

    def is_date(self, code: str) -> bool:
        return code != KIND_COLUMN and self.field(code).type in (
            FieldType.PAST_DATE,
            FieldType.EVENT_DATE,
        )

    def choice_source(self, code: str) -> str | None:
        """The `ChoiceSource` value of a choice column; "kind" for the kind column."""
        if code == KIND_COLUMN:
            return KIND_COLUMN
        source = self.field(code).choices
        return str(source) if source is not None else None


def _columns(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """[kind] + identity + the event fields of the kinds in first-seen order, optional
    fields that apply to every kind (the place of activity) last."""
    codes: list[str] = [KIND_COLUMN] if len(kinds) > 1 else []
    codes += [spec.code for spec in IDENTITY_FIELDS]
    trailing: list[str] = []
    for kind in kinds:
        for spec in KINDS[kind].fields:
            if spec.code in codes or spec.code in trailing:
                continue
            everywhere = all(any(s.code == spec.code for s in KINDS[k].fields) for k in kinds)
            (trailing if not spec.required and everywhere else codes).append(spec.code)
    return tuple(codes + trailing)


def _family(
    code: str,
    label: Label,
    article: str,
    kinds: tuple[str, ...],
    description: Label,
    headers: dict[str, Label] | None = None,
) -> Family:
    kinds = tuple(str(kind) for kind in kinds)
    return Family(code, label, article, kinds, _columns(kinds), description, headers or {})


FAMILIES: dict[str, Family] = {
    family.code: family
    for family in (
        _family(
            "acceptance",
            _("Acceptance started or ended (Art. 19-17)"),
            "19-17",
            (FilingKind.ACCEPTANCE_STARTED, FilingKind.ACCEPTANCE_ENDED),
            _(
                "For organizations that accept mid- to long-term residents: the people whose "
                "acceptance started or ended."
            ),
            {"event_date": _("Date acceptance started or ended")},
        ),
        _family(
            "snapshot",
            _("Students enrolled on 1 May / 1 November (Art. 19-17)"),
            "19-17",
            (FilingKind.STUDENT_SNAPSHOT,),
            _("For schools: the students enrolled on 1 May or on 1 November."),
        ),
        _family(
            "proxy",
            _("Organization renamed or moved, filed for residents (Art. 19-16)"),
            "19-16",
            PROXY_KINDS,
            _(
                "For organizations filing, with their consent, for residents registered on "
                "this portal: the organization's name or address changed."
            ),
            {"event_date": _("Date of the change")},
        ),
    )
}


def family_of_stamp(stamp: str) -> tuple[Family | None, str]:
    """The family a stamp names (None if unknown) and the version it carries."""
    code, _sep, version = (stamp or "").strip().partition(":")
    return FAMILIES.get(code), version


def family_of_kind(kind: str) -> Family | None:
    for family in FAMILIES.values():
        if kind in family.kinds:
            return family
    return None
