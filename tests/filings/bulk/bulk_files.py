"""Building bulk files for the tests: registry people made fast, and workbooks filled from the
template the portal serves (BULK-A's builder), as an organization would fill them in."""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterable

from openpyxl import load_workbook

from filings import fields
from filings.constants import FilingKind, StudentLeavingReason
from filings.models import (
    Municipality,
    Nationality,
    ProxyConsent,
    ResidenceCard,
    Resident,
    ResidentAccount,
    StatusOfResidence,
)
from filings.services import templates as bulk_templates
from filings.xlsx import FAMILIES
from tests.factories import ResidentFactory
from tests.filings.wizard import today

FIRST_DATA_ROW = 3  # row 1 headings, row 2 field codes (the template's layout)
FAMILY_KIND = {
    "acceptance": FilingKind.ACCEPTANCE_STARTED,
    "snapshot": FilingKind.STUDENT_SNAPSHOT,
    "proxy": FilingKind.ACTIVITY_ORG_RENAMED,
}


def make_people(count: int, *, status_code: str = "student", prefix: str = "BK") -> list[Resident]:
    """`count` registry residents, each with a current card, in two bulk inserts."""
    status = StatusOfResidence.objects.get(code=status_code)
    nationality = Nationality.objects.get(code="VNM")
    municipality = Municipality.objects.select_related("prefecture").get(code="13104")
    start = Resident.objects.count()
    people = ResidentFactory.build_batch(
        count,
        status=status,
        nationality=nationality,
        municipality=municipality,
        prefecture=municipality.prefecture,
        status_granted_on=datetime.date(2025, 4, 1),
        period_of_stay_days=1095,
        period_of_stay_until=datetime.date(2028, 4, 1),
    )
    for index, person in enumerate(people):
        n = start + index
        person.name_latin = f"BULK PERSON {chr(65 + n % 26)}{chr(65 + n // 26 % 26)}"
    people = Resident.objects.bulk_create(people)
    ResidenceCard.objects.bulk_create(
        ResidenceCard(
            resident=person,
            number=f"{prefix}{start + index:08d}ZZ",
            issued_on=datetime.date(2025, 4, 1),
            expires_on=datetime.date(2030, 1, 1),
            is_valid=True,
        )
        for index, person in enumerate(people)
    )
    return people


def grant_consents(people: Iterable[Resident], organization) -> None:
    """Each person a resident account and a live consent to `organization` (Q78)."""
    from django.contrib.auth import get_user_model

    User = get_user_model()
    people = list(people)
    users = User.objects.bulk_create(
        User(
            username=f"bulkres{person.pk}",
            email=f"bulkres{person.pk}@example.jp",
            kind="resident",
            language_code="ja",
            password="!",
        )
        for person in people
    )
    ResidentAccount.objects.bulk_create(
        ResidentAccount(user=user, resident=person)
        for user, person in zip(users, people, strict=False)
    )
    ProxyConsent.objects.bulk_create(
        ProxyConsent(resident=person, organization=organization) for person in people
    )


def identity(person: Resident) -> dict[str, object]:
    card = person.cards.get(is_valid=True) if not hasattr(person, "_card") else person._card
    return {
        "name_latin": person.name_latin,
        "birth_date": person.birth_date,
        "sex": person.sex,
        "nationality": person.nationality.code,
        "prefecture": person.prefecture.code,
        "municipality": person.municipality.code,
        "address_rest": person.address_rest,
        "card_number": card.number,
    }


def with_cards(people: list[Resident]) -> list[Resident]:
    cards = {c.resident_id: c for c in ResidenceCard.objects.filter(resident__in=people)}
    for person in people:
        person._card = cards[person.pk]
    return people


def row_values(family: str, person: Resident, *, days_ago: int = 3) -> dict[str, object]:
    """A valid row of `family` for `person` (a student)."""
    kind = FAMILY_KIND[family]
    spec = fields.kind_spec(kind)
    day = today() - datetime.timedelta(days=days_ago)
    values: dict[str, object] = identity(person)
    if FAMILIES[family].has_kind_column:
        values["kind"] = str(kind)
    for field in spec.event_fields(True):
        if field.choices == fields.ChoiceSource.SNAPSHOT_DATE:
            values[field.code] = datetime.date.fromisoformat(fields.snapshot_choices(today())[0][0])
        elif field.type == fields.FieldType.EVENT_DATE:
            values[field.code] = day
        elif field.code == "leaving_reason":
            values[field.code] = StudentLeavingReason.GRADUATED.value
        elif field.example:
            values[field.code] = field.example
    return values


def template(family: str, language: str = "ja") -> bytes:
    return bulk_templates.template_bytes(family, language)


def workbook(
    family: str,
    rows: list[dict[str, object]],
    *,
    language: str = "ja",
    first_row: int = FIRST_DATA_ROW,
) -> bytes:
    """The downloaded template with `rows` typed in from `first_row` on, by field code."""
    book = load_workbook(io.BytesIO(template(family, language)))
    sheet = book.worksheets[0]
    columns = {
        cell.value: cell.column
        for cell in sheet[2]
        if isinstance(cell.value, str) and not cell.value.startswith("portal-template=")
    }
    for offset, values in enumerate(rows):
        for code, value in values.items():
            if code in columns and value is not None:
                cell = sheet.cell(row=first_row + offset, column=columns[code])
                cell.value = value
                if isinstance(value, str):
                    cell.data_type = "s"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def valid_file(family: str, people: list[Resident], **kwargs) -> bytes:
    people = with_cards(list(people))
    return workbook(family, [row_values(family, person) for person in people], **kwargs)
