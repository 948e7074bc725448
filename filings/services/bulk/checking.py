"""Checking a read sheet row by row with the rules of single filings (SPEC K3): every problem
of every row is collected; the registry is read once for the whole file."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from filings import fields
from filings.errors import RuleError
from filings.models.accounts import ProxyConsent, ResidentAccount
from filings.models.registry import Organization, ResidenceCard
from filings.services import reference, registration

from .common import KIND_COLUMN, PROXY_FAMILY, family_columns, filer_type_of, problem


@dataclass
class RowPlan:
    number: int
    kind: str
    cleaned: dict[str, str]
    card: ResidenceCard


@dataclass
class Checked:
    plans: list[RowPlan] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)


def _row_kind(family, values: dict[str, Any]) -> tuple[str | None, RuleError | None]:
    """The kind a row files: its "kind" cell where the family has that column (a kind code),
    otherwise the family's only kind."""
    if KIND_COLUMN not in family_columns(family):
        return str(family.default_kind()), None
    raw = values.get(KIND_COLUMN)
    value = str(raw).strip() if raw is not None else ""
    if not value:
        return None, RuleError("E-REQUIRED")
    kinds = [str(kind) for kind in family.kinds]
    if value in kinds:
        return value, None
    for kind in kinds:  # the label in any language the template offered
        if value == str(fields.kind_label(kind)):
            return kind, None
    return None, RuleError("E-CHOICE-INVALID")


def _prefetch(card_numbers: set[str], organization: Organization, proxy: bool):
    """The registry rows of every person in the file in three queries at most: their current
    cards (with the person and the reference rows identity matching needs), and for a proxy
    file their consents to this organization and their resident accounts."""
    cards = {
        card.number: card
        for card in registration.registry_cards().filter(number__in=card_numbers, is_valid=True)
    }
    consents: set[int] = set()
    accounts: set[int] = set()
    if proxy and cards:
        resident_ids = {card.resident_id for card in cards.values()}
        consents = set(
            ProxyConsent.objects.active()
            .filter(organization=organization, resident_id__in=resident_ids)
            .values_list("resident_id", flat=True)
        )
        accounts = set(
            ResidentAccount.objects.filter(
                resident_id__in=resident_ids,
                deactivated_at__isnull=True,
                user__is_active=True,
            ).values_list("resident_id", flat=True)
        )
    return cards, consents, accounts


def check_sheet(sheet, organization: Organization, *, today: datetime.date) -> Checked:
    """Every row of a read sheet checked with the rules of single filings (K3); every problem
    of every row is collected, so one round of corrections is enough."""
    family = sheet.family
    proxy = family.code == PROXY_FAMILY
    filer_type = filer_type_of(family.code)
    result = Checked()
    allowed = reference.lookup(today)
    identities: list[tuple[Any, str | None, dict[str, str], bool]] = []
    for row in sheet.rows:
        values = dict(row.values)
        kind, kind_error = _row_kind(family, values)
        if kind_error:
            result.problems.append(problem(row.number, KIND_COLUMN, kind_error))
        cleaned, field_errors = fields.check_all(
            fields.IDENTITY_FIELDS, values, today=today, allowed=allowed
        )
        for code, found in field_errors.items():
            result.problems.extend(problem(row.number, code, error) for error in found)
        identities.append((row, kind, cleaned, not field_errors))
    numbers = {cleaned["card_number"] for _row, _kind, cleaned, ok in identities if ok}
    cards, consents, accounts = _prefetch(numbers, organization, proxy)
    seen: dict[tuple[str, str], int] = {}
    for row, kind, cleaned, identity_ok in identities:
        values = dict(row.values)
        card = None
        if identity_ok:
            # The single filing's rule, on the prefetched card: one answer for the whole
            # identity (Q63), which field differs is not said.
            match = registration.match_card(
                cleaned, cards.get(cleaned["card_number"]), expected_id=None, today=today
            )
            if match.error:
                result.problems.append(problem(row.number, "", match.error))
            card = match.card
        resident = card.resident if card else None
        if resident is not None and proxy and resident.pk not in accounts:
            result.problems.append(problem(row.number, "", "E-NOT-REGISTERED-RESIDENT"))
            resident = None
        spec = fields.kind_spec(kind) if kind else None
        if spec is not None and resident is not None:
            consent_ok = not proxy or resident.pk in consents
            for event in spec.events:
                found = registration.kind_problem(
                    event, filer_type, resident, today, consent_ok=consent_ok
                )
                if found:
                    column = KIND_COLUMN if KIND_COLUMN in family_columns(family) else ""
                    result.problems.append(problem(row.number, column, found))
                    resident = None
                    break
        event_cleaned: dict[str, str] = {}
        if spec is not None:
            student = registration.is_student(card.resident if card else None)
            required = registration.required_overrides(spec, student)
            if student is None:
                # Unknown person: a field for one audience only is not required of them.
                required = dict.fromkeys(required, False)
            event_cleaned, event_errors = fields.check_all(
                spec.event_fields(student), values, today=today, allowed=allowed, required=required
            )
            for code, found in event_errors.items():
                result.problems.extend(problem(row.number, code, error) for error in found)
        if identity_ok and kind:
            key = (cleaned["card_number"], kind)
            if key in seen:
                result.problems.append(
                    problem(row.number, "card_number", "E-BULK-DUPLICATE", {"row": row.number})
                )
            else:
                seen[key] = row.number
        if resident is not None and spec is not None and not result.problems:
            result.plans.append(RowPlan(row.number, kind, {**cleaned, **event_cleaned}, card))
    if result.problems:
        result.plans = []
    result.problems.sort(key=lambda p: (p["row"], p["column"]))
    return result
