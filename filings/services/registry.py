"""Writes to the registry (SPEC O1, Q37). The only module that changes registry rows.

Imports run in one transaction per file: good rows are written, bad rows are reported and
skipped, and the same file imported twice changes nothing, because rows are matched by card
number (residents) and corporate number (organizations) and compared before anything is saved.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from filings.models.reference import Municipality, Nationality, StatusOfResidence
from filings.models.registry import Organization, ResidenceCard, Resident
from filings.services import importers
from filings.services.importers import OrganizationRecord, ReferenceCodes, ResidentRecord, RowError
from filings.xlsx import tables
from portal import audit
from portal.models import AuditEvent

RESIDENTS = "residents"
ORGANIZATIONS = "organizations"

RESIDENT_FIELDS = (
    "name_latin",
    "name_kanji",
    "birth_date",
    "sex",
    "nationality_id",
    "prefecture_id",
    "municipality_id",
    "address_rest",
    "status_id",
    "period_of_stay_days",
    "period_of_stay_until",
    "status_granted_on",
)
CARD_FIELDS = ("issued_on", "expires_on")
ORGANIZATION_FIELDS = ("name", "address", "organization_type", "contact_name", "email")


class ImportConflict(Exception):
    """Another write to the same records happened at the same moment; nothing was imported."""


@dataclass
class ImportReport:
    kind: str
    total_rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def imported(self) -> int:
        return self.created + self.updated + self.unchanged

    @property
    def rows_with_errors(self) -> int:
        return len({error.row for error in self.errors})


def reference_codes() -> ReferenceCodes:
    """Every spelling an officer's file may use for a code, read once per import."""
    nationalities: dict[str, str] = {}
    for code, alpha_2, name_en, name_ja in Nationality.objects.values_list(
        "code", "alpha_2", "name_en", "name_ja"
    ):
        for spelling in (code, alpha_2, name_en.upper(), name_ja):
            if spelling:
                nationalities.setdefault(spelling, code)
    statuses: dict[str, str] = {}
    for status in StatusOfResidence.objects.all():
        for spelling in (status.code, status.name_ja, status.name_en.upper()):
            statuses.setdefault(spelling, status.code)
    # Old names point to the entry of their own period, so add aliases after the names.
    for status in StatusOfResidence.objects.exclude(aliases=""):
        for alias in status.alias_list:
            statuses.setdefault(alias, status.code)
            statuses.setdefault(alias.upper(), status.code)
    municipalities = dict(Municipality.objects.active().values_list("code", "prefecture__code"))
    periods = {
        code: (valid_from, valid_to)
        for code, valid_from, valid_to in StatusOfResidence.objects.values_list(
            "code", "valid_from", "valid_to"
        )
    }
    return ReferenceCodes(nationalities, statuses, municipalities, periods)


def import_registry_file(
    kind: str,
    filename: str,
    content: bytes,
    *,
    today: datetime.date | None = None,
    request=None,
    actor=None,
) -> ImportReport:
    """Read a CSV/xlsx file of residents or organizations and write its good rows.

    Raises `tables.FileError` when the file as a whole is unusable (nothing written) and
    `ImportConflict` if a concurrent import touched the same records (nothing written).
    Every outcome is one `registry.imported` audit event (SPEC X1) with the officer (from
    `request` or `actor`), the kind and the counts: never a name, card number or file name.
    """
    try:
        table = tables.read_table(filename, content)
    except tables.FileError:
        _audit_import(kind, request, actor, AuditEvent.Outcome.FAILURE, {"reason": "file"})
        raise
    reference = reference_codes()
    if kind == RESIDENTS:
        parsed = importers.parse_residents(table, reference, today or timezone.localdate())
        writer = _write_residents
    elif kind == ORGANIZATIONS:
        parsed = importers.parse_organizations(table, reference)
        writer = _write_organizations
    else:  # pragma: no cover - the form offers only the two kinds
        raise ValueError(kind)
    report = ImportReport(kind=kind, total_rows=parsed.total_rows, errors=list(parsed.errors))
    try:
        with transaction.atomic():
            writer(parsed.records, report)
            _audit_import(
                kind,
                request,
                actor,
                AuditEvent.Outcome.SUCCESS,
                {
                    "rows": report.total_rows,
                    "created": report.created,
                    "updated": report.updated,
                    "unchanged": report.unchanged,
                    "rows_with_errors": report.rows_with_errors,
                },
            )
    except IntegrityError as exc:
        _audit_import(kind, request, actor, AuditEvent.Outcome.FAILURE, {"reason": "conflict"})
        raise ImportConflict(
            _(
                "Another change to the same records happened at the same time. Nothing was "
                "imported; import the file again."
            )
        ) from exc
    # By row; within a row, in the order of the file's columns (the sort is stable).
    report.errors.sort(key=lambda e: e.row)
    return report


def _audit_import(kind: str, request, actor, outcome: str, details: dict) -> None:
    audit.record(
        "registry.imported",
        request=request,
        actor=actor,
        target_type=f"registry.{kind}",
        outcome=outcome,
        details={"kind": kind, **details},
    )


def _chunks(values: list[str], size: int = 1000) -> Iterable[list[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _write_residents(records: list[ResidentRecord], report: ImportReport) -> None:
    """Match each row to a card (or, with a previous card number, to a person) and write.

    A row's person data is applied only when its card is the person's current one, so a file
    listing an old and a new card of the same person converges on the new card's data and
    stays unchanged when imported again.
    """
    if not records:
        return
    nationality_ids = dict(Nationality.objects.values_list("code", "id"))
    status_ids = dict(StatusOfResidence.objects.values_list("code", "id"))
    municipality_ids = {
        code: (pk, prefecture_id)
        for code, pk, prefecture_id in Municipality.objects.values_list(
            "code", "id", "prefecture_id"
        )
    }
    numbers = sorted(
        {r.card_number for r in records} | {r.previous_card_number for r in records} - {""}
    )
    cards: dict[str, ResidenceCard] = {}
    for chunk in _chunks(numbers):
        for card in (
            ResidenceCard.objects.select_for_update()
            .select_related("resident")
            .filter(number__in=chunk)
        ):
            cards[card.number] = card
    # The current card of each person the file touches, to retire it when a new one arrives.
    current_by_resident: dict[int, ResidenceCard] = {
        card.resident_id: card for card in cards.values() if card.is_valid
    }
    missing_current = {card.resident_id for card in cards.values()} - set(current_by_resident)
    for card in ResidenceCard.objects.select_for_update().filter(
        resident_id__in=missing_current, is_valid=True
    ):
        current_by_resident[card.resident_id] = card

    new_residents: list[Resident] = []
    new_cards: list[ResidenceCard] = []
    # The new card planned as current for each person (by object: new people have no pk yet).
    planned_current: dict[int, ResidenceCard] = {}
    changed_residents: dict[int, Resident] = {}
    changed_cards: dict[int, ResidenceCard] = {}
    for record in records:
        municipality_id, prefecture_id = municipality_ids[record.municipality_code]
        person_values = {
            "name_latin": record.name_latin,
            "name_kanji": record.name_kanji,
            "birth_date": record.birth_date,
            "sex": record.sex,
            "nationality_id": nationality_ids[record.nationality],
            "prefecture_id": prefecture_id,
            "municipality_id": municipality_id,
            "address_rest": record.address_rest,
            "status_id": status_ids[record.status],
            "period_of_stay_days": record.period_of_stay_days,
            "period_of_stay_until": record.period_of_stay_until,
            "status_granted_on": record.status_granted_on,
        }
        card_values = {"issued_on": record.card_issued_on, "expires_on": record.card_expires_on}
        card = cards.get(record.card_number)
        if card is not None:
            previous = (
                cards.get(record.previous_card_number) if record.previous_card_number else None
            )
            if previous is not None and not _same_person(previous, card):
                report.errors.append(
                    RowError(
                        record.row,
                        "previous_card_number",
                        _("The previous card belongs to another person than this card."),
                    )
                )
                continue
            card_changed = _assign(card, card_values)
            if card_changed and card.pk:
                changed_cards[card.pk] = card
            person_changed = card.is_valid and _assign(card.resident, person_values)
            if person_changed and card.resident.pk:
                changed_residents[card.resident.pk] = card.resident
            if card_changed or person_changed:
                report.updated += 1
            else:
                report.unchanged += 1
            continue

        if record.previous_card_number:
            previous = cards.get(record.previous_card_number)
            if previous is None:
                report.errors.append(
                    RowError(
                        record.row,
                        "previous_card_number",
                        _("No card with this previous card number is in the registry."),
                    )
                )
                continue
            resident = previous.resident
            if _assign(resident, person_values) and resident.pk:
                changed_residents[resident.pk] = resident
            old = current_by_resident.get(resident.pk) if resident.pk else None
            for candidate in (old, previous):
                if candidate is not None and candidate.is_valid:
                    candidate.is_valid = False
                    if candidate.pk:
                        changed_cards[candidate.pk] = candidate
        else:
            resident = Resident(**person_values)
            new_residents.append(resident)
        card = ResidenceCard(number=record.card_number, resident=resident, **card_values)
        # An earlier row of this file may have planned a current card for the same person.
        planned = planned_current.get(id(resident))
        if planned is not None:
            planned.is_valid = False
        planned_current[id(resident)] = card
        new_cards.append(card)
        cards[card.number] = card
        report.created += 1

    # Retire old cards before new current ones exist (one current card per person).
    if changed_cards:
        ResidenceCard.objects.bulk_update(
            list(changed_cards.values()), [*CARD_FIELDS, "is_valid"], batch_size=500
        )
    if changed_residents:
        now = timezone.now()
        for resident in changed_residents.values():
            resident.updated_at = now
        Resident.objects.bulk_update(
            list(changed_residents.values()), [*RESIDENT_FIELDS, "updated_at"], batch_size=500
        )
    Resident.objects.bulk_create(new_residents, batch_size=500)
    for card in new_cards:
        card.resident_id = card.resident.pk
    ResidenceCard.objects.bulk_create(new_cards, batch_size=500)


def _same_person(first: ResidenceCard, second: ResidenceCard) -> bool:
    if first.resident.pk and second.resident.pk:
        return first.resident.pk == second.resident.pk
    return first.resident is second.resident


def _assign(instance, values: dict) -> bool:
    """Set the values that differ; report whether anything changed."""
    changed = False
    for name, value in values.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed = True
    return changed


def _write_organizations(records: list[OrganizationRecord], report: ImportReport) -> None:
    if not records:
        return
    status_ids = dict(StatusOfResidence.objects.values_list("code", "id"))
    existing = {
        org.corporate_number: org
        for org in Organization.objects.select_for_update()
        .filter(corporate_number__in=[r.corporate_number for r in records])
        .prefetch_related("accepted_statuses")
    }
    for record in records:
        values = {
            "name": record.name,
            "address": record.address,
            "organization_type": record.organization_type,
            "contact_name": record.contact_name,
            "email": record.email,
        }
        wanted = {status_ids[code] for code in record.accepted_statuses}
        organization = existing.get(record.corporate_number)
        if organization is None:
            organization = Organization.objects.create(
                corporate_number=record.corporate_number, **values
            )
            organization.accepted_statuses.set(wanted)
            existing[record.corporate_number] = organization
            report.created += 1
            continue
        changed = _assign(organization, values)
        if changed:
            organization.save(update_fields=[*ORGANIZATION_FIELDS, "updated_at"])
        current = {status.pk for status in organization.accepted_statuses.all()}
        if current != wanted:
            organization.accepted_statuses.set(wanted)
            changed = True
        if changed:
            report.updated += 1
        else:
            report.unchanged += 1


@transaction.atomic
def issue_new_card(
    resident: Resident,
    *,
    number: str,
    issued_on: datetime.date,
    expires_on: datetime.date,
) -> ResidenceCard:
    """A new card for the same person (renewal, change of status, loss): Q37.

    The person, and so their account and filings, stay the same; the previous card stops
    being current in the same transaction.
    """
    Resident.objects.select_for_update().filter(pk=resident.pk).get()
    ResidenceCard.objects.filter(resident=resident, is_valid=True).update(is_valid=False)
    card = ResidenceCard(
        number=number, resident=resident, issued_on=issued_on, expires_on=expires_on
    )
    card.full_clean()
    card.save()
    return card
