"""factory-boy factories for the registry, for tests (reference data comes from the migration).

Reference rows are looked up by code rather than created, because the data migration already
loaded them and tests should run against the same statuses the portal uses.
"""

from __future__ import annotations

import datetime

import factory
from factory.django import DjangoModelFactory

from filings.constants import OrganizationType, Sex
from filings.demo.registry import corporate_number
from filings.models import (
    Municipality,
    Nationality,
    Organization,
    ResidenceCard,
    Resident,
    StatusOfResidence,
)


def status(code: str) -> StatusOfResidence:
    return StatusOfResidence.objects.get(code=code)


def nationality(code: str) -> Nationality:
    return Nationality.objects.get(code=code)


def municipality(code: str) -> Municipality:
    return Municipality.objects.select_related("prefecture").get(code=code)


class ResidentFactory(DjangoModelFactory):
    class Meta:
        model = Resident

    class Params:
        municipality_code = "13104"
        status_code = "student"
        nationality_code = "VNM"

    name_latin = factory.Sequence(
        lambda n: f"TEST RESIDENT {chr(65 + n % 26)}{chr(65 + n // 26 % 26)}"
    )
    birth_date = datetime.date(1995, 5, 5)
    sex = Sex.FEMALE
    nationality = factory.LazyAttribute(lambda o: nationality(o.nationality_code))
    municipality = factory.LazyAttribute(lambda o: municipality(o.municipality_code))
    prefecture = factory.LazyAttribute(lambda o: o.municipality.prefecture)
    address_rest = "西新宿２丁目８番１号"
    status = factory.LazyAttribute(lambda o: status(o.status_code))
    period_of_stay_days = 365
    status_granted_on = datetime.date(2025, 4, 1)
    period_of_stay_until = factory.LazyAttribute(
        lambda o: (
            o.status_granted_on + datetime.timedelta(days=o.period_of_stay_days)
            if o.period_of_stay_days
            else None
        )
    )


class ResidenceCardFactory(DjangoModelFactory):
    class Meta:
        model = ResidenceCard

    number = factory.Sequence(lambda n: f"TC{n:08d}AA")
    resident = factory.SubFactory(ResidentFactory)
    issued_on = datetime.date(2025, 4, 1)
    expires_on = datetime.date(2026, 4, 1)
    is_valid = True


class OrganizationFactory(DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"テスト機関{n}")
    corporate_number = factory.Sequence(lambda n: corporate_number(9_000_000_000 + n))
    address = "東京都千代田区霞が関１丁目１番１号"
    organization_type = OrganizationType.SCHOOL
