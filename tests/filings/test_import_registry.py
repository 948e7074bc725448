"""Importing residents, cards and organizations from CSV and xlsx (O1).

Good rows are imported and bad rows reported with row, column and reason; the same file twice
changes nothing.
"""

import csv
import datetime
import io
import zipfile

import pytest
from openpyxl import Workbook

from django.apps import apps
from django.utils import translation

from filings.management.reference_data import ensure_loaded
from filings.models import Organization, ResidenceCard, Resident
from filings.services import importers
from filings.services import registry as services
from filings.xlsx import tables

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 26)
HEADER = [
    "card_number",
    "name_latin",
    "name_kanji",
    "birth_date",
    "sex",
    "nationality",
    "municipality_code",
    "address_rest",
    "status",
    "period_of_stay_days",
    "period_of_stay_until",
    "status_granted_on",
    "card_issued_on",
    "card_expires_on",
]


@pytest.fixture(autouse=True)
def _reference_data():
    ensure_loaded(apps)


def row(**overrides) -> dict:
    values = {
        "card_number": "AB12345678CD",
        "name_latin": "NGUYEN THI LAN",
        "name_kanji": "",
        "birth_date": "2003-04-15",
        "sex": "F",
        "nationality": "VNM",
        "municipality_code": "13104",
        "address_rest": "西新宿２丁目８番１号",
        "status": "student",
        "period_of_stay_days": "820",
        "period_of_stay_until": "2027-06-30",
        "status_granted_on": "2025-04-01",
        "card_issued_on": "2025-04-01",
        "card_expires_on": "2027-06-30",
    }
    values.update(overrides)
    return values


def csv_bytes(rows: list[dict], header: list[str] = HEADER) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def xlsx_bytes(rows: list[list], header: list[str] = HEADER) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for values in rows:
        sheet.append(values)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def import_residents(content: bytes, filename: str = "residents.csv"):
    return services.import_registry_file(services.RESIDENTS, filename, content, today=TODAY)


def snapshot():
    residents = list(Resident.objects.order_by("pk").values())
    cards = list(ResidenceCard.objects.order_by("pk").values())
    return residents, cards


MIXED_ROWS = [
    row(),  # row 2: good
    row(card_number="AB1234567", name_latin="TRAN VAN 安"),  # row 3: two bad cells
    row(card_number="CD23456789EF", name_latin="TRAN VAN AN", sex="M", nationality="ZZZ"),
    row(card_number="EF34567890GH", name_latin="PARK JIMIN", nationality="KR", status="留学"),
    row(card_number="GH45678901IJ", name_latin="LI WEI", municipality_code="99999"),  # row 6
    row(card_number="IJ56789012KL", name_latin="LI NA", birth_date="2030-01-01"),  # row 7
    row(card_number="AB12345678CD", name_latin="SOMEONE ELSE"),  # row 8: duplicate card
    row(
        card_number="KL67890123MN",
        name_latin="silva joao",
        sex="男",
        nationality="BR",
        municipality_code="1101",
        address_rest="大通西1-2",
        status="永住者",
        period_of_stay_days="",
        period_of_stay_until="",
    ),  # row 9: good after normalization
]


def test_good_rows_are_imported_and_every_bad_row_is_reported():
    report = import_residents(csv_bytes(MIXED_ROWS))

    assert report.total_rows == 8
    assert report.created == 3
    reported = {(e.row, e.column) for e in report.errors}
    assert reported == {
        (3, "card_number"),
        (3, "name_latin"),
        (4, "nationality"),
        (6, "municipality_code"),
        (7, "birth_date"),
        (7, "status_granted_on"),
        (8, "card_number"),
    }
    with translation.override("en"):
        reasons = {(e.row, e.column): str(e.reason) for e in report.errors}
    assert "two letters, eight digits and two letters" in reasons[(3, "card_number")]
    assert "A–Z" in reasons[(3, "name_latin")]
    with translation.override("ja"):
        assert "在留カード番号" in str(report.errors[0].reason)
    assert "row 2" in reasons[(8, "card_number")]
    assert "future" in reasons[(7, "birth_date")]
    assert report.rows_with_errors == 5
    assert set(ResidenceCard.objects.values_list("number", flat=True)) == {
        "AB12345678CD",
        "EF34567890GH",
        "KL67890123MN",
    }
    park = Resident.objects.get(name_latin="PARK JIMIN")
    assert park.nationality.code == "KOR"
    assert park.status.code == "student"
    silva = Resident.objects.get(cards__number="KL67890123MN")
    assert silva.name_latin == "SILVA JOAO"
    assert silva.sex == "M"
    assert silva.municipality.code == "01101"
    assert silva.prefecture.code == "01"
    assert silva.address_rest == "大通西１−２"
    assert silva.status.code == "permanent-resident"
    assert silva.period_of_stay_until is None


def test_the_same_file_twice_changes_nothing():
    content = csv_bytes(MIXED_ROWS)
    import_residents(content)
    before = snapshot()

    again = import_residents(content)

    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert len(again.errors) == 7
    assert snapshot() == before


def test_a_changed_row_updates_the_person_found_by_card_number():
    import_residents(csv_bytes([row()]))
    person = Resident.objects.get()

    report = import_residents(csv_bytes([row(address_rest="北新宿１丁目１番１号")]))

    assert (report.created, report.updated, report.unchanged) == (0, 1, 0)
    person.refresh_from_db()
    assert person.address_rest == "北新宿１丁目１番１号"
    assert Resident.objects.count() == 1


def test_a_new_card_with_the_previous_card_number_keeps_the_person():
    import_residents(csv_bytes([row()]))
    person = Resident.objects.get()
    header = [*HEADER, "previous_card_number"]
    renewal = [
        row(),
        row(
            card_number="ZZ99999999ZZ",
            previous_card_number="AB12345678CD",
            status="engineer-humanities-international",
            card_issued_on="2026-10-01",
            card_expires_on="2031-10-01",
        ),
    ]
    content = csv_bytes(renewal, header)

    report = import_residents(content)

    assert (report.created, report.unchanged) == (1, 1)
    assert Resident.objects.count() == 1
    person.refresh_from_db()
    assert person.status.code == "engineer-humanities-international"
    assert person.current_card.number == "ZZ99999999ZZ"
    assert ResidenceCard.objects.get(number="AB12345678CD").is_valid is False
    before = snapshot()
    again = import_residents(content)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert snapshot() == before


def test_a_status_granted_outside_its_period_is_reported():
    rows = [
        row(status="nursing-care", status_granted_on="2016-04-01"),  # before 2017-09-01
        row(card_number="CD23456789EF", status="技術", status_granted_on="2014-04-01"),
        row(card_number="EF34567890GH", status="技術", status_granted_on="2016-04-01"),
    ]
    report = import_residents(csv_bytes(rows))
    assert report.created == 1
    assert {(e.row, e.column) for e in report.errors} == {
        (2, "status_granted_on"),
        (4, "status_granted_on"),
    }
    assert Resident.objects.get().status.code == "engineer"


def test_a_person_and_their_renewed_card_in_one_file():
    header = [*HEADER, "previous_card_number"]
    rows = [
        row(),
        row(card_number="ZZ99999999ZZ", previous_card_number="AB12345678CD"),
        row(card_number="YY88888888YY", previous_card_number="ZZ99999999ZZ"),
    ]
    report = import_residents(csv_bytes(rows, header))
    assert report.created == 3
    assert Resident.objects.count() == 1
    current = dict(ResidenceCard.objects.values_list("number", "is_valid"))
    assert current == {"AB12345678CD": False, "ZZ99999999ZZ": False, "YY88888888YY": True}


def test_an_unknown_previous_card_is_reported():
    header = [*HEADER, "previous_card_number"]
    report = import_residents(csv_bytes([row(previous_card_number="QQ00000000QQ")], header))
    assert report.created == 0
    assert [(e.row, e.column) for e in report.errors] == [(2, "previous_card_number")]
    assert not Resident.objects.exists()


def test_xlsx_with_date_cells_and_japanese_headers():
    japanese = [column.label_ja for column in importers.RESIDENT_COLUMNS][: len(HEADER)]
    good = [
        "AB12345678CD",
        "NGUYEN THI LAN",
        None,
        datetime.datetime(2003, 4, 15),
        "F",
        "VNM",
        13104,
        "西新宿２丁目８番１号",
        "student",
        820,
        datetime.datetime(2027, 6, 30),
        datetime.datetime(2025, 4, 1),
        datetime.datetime(2025, 4, 1),
        datetime.datetime(2027, 6, 30),
    ]
    bad = list(good)
    bad[0] = "CD23456789EF"
    bad[4] = "X"
    bad[12] = "=TODAY()"
    content = xlsx_bytes([good, bad], header=japanese)

    report = import_residents(content, "residents.xlsx")

    assert report.created == 1
    assert {(e.row, e.column) for e in report.errors} == {(3, "性別"), (3, "交付年月日")}
    formula = next(e for e in report.errors if e.column == "交付年月日")
    with translation.override("en"):
        assert "Formula" in str(formula.reason)
    person = Resident.objects.get()
    assert person.birth_date == datetime.date(2003, 4, 15)
    assert person.period_of_stay_days == 820
    assert import_residents(content, "residents.xlsx").unchanged == 1


def test_missing_columns_refuse_the_whole_file():
    header = [h for h in HEADER if h not in ("birth_date", "status")]
    with pytest.raises(importers.FileError) as caught:
        import_residents(csv_bytes([row()], header))
    assert "birth_date" in str(caught.value.message)
    assert "status" in str(caught.value.message)
    assert not Resident.objects.exists()


def test_a_csv_that_is_not_utf8_is_refused():
    content = csv_bytes([row()]).decode("utf-8").encode("cp932")
    with pytest.raises(importers.FileError) as caught:
        import_residents(content)
    assert "UTF-8" in str(caught.value.message)


def test_other_file_types_are_refused():
    with pytest.raises(importers.FileError):
        import_residents(b"hello", "residents.txt")
    with pytest.raises(importers.FileError):
        import_residents(b"not a zip at all", "residents.xlsx")


def test_a_zip_bomb_is_refused_before_it_is_opened():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", "0" * (20 * 1024 * 1024))
    with pytest.raises(importers.FileError) as caught:
        import_residents(buffer.getvalue(), "bomb.xlsx")
    with translation.override("en"):
        assert "compressed" in str(caught.value.message)


def test_a_utf8_bom_and_blank_lines_are_accepted():
    content = "\ufeff".encode() + csv_bytes([row()]) + b"\r\n,,,,\r\n"
    report = import_residents(content)
    assert report.created == 1
    assert report.total_rows == 1
    assert report.errors == []


ORG_HEADER = [
    "corporate_number",
    "name",
    "address",
    "organization_type",
    "accepted_statuses",
    "email",
]


def test_organizations_are_imported_once_by_corporate_number():
    rows = [
        {
            "corporate_number": "7000012050002",
            "name": "デモ大学",
            "address": "東京都千代田区霞が関３丁目１番１号",
            "organization_type": "school",
            "accepted_statuses": "student; 研究",
            "email": "office@example.jp",
        },
        {
            "corporate_number": "8000012050002",  # wrong check digit
            "name": "誤り株式会社",
            "address": "大阪府",
            "organization_type": "company",
            "accepted_statuses": "",
            "email": "",
        },
        {
            "corporate_number": "1234567890123",
            "name": "",
            "address": "福岡県",
            "organization_type": "shop",
            "accepted_statuses": "nonexistent",
            "email": "not-an-address",
        },
    ]
    content = csv_bytes(rows, ORG_HEADER)

    report = services.import_registry_file(services.ORGANIZATIONS, "orgs.csv", content)

    assert report.created == 1
    assert {(e.row, e.column) for e in report.errors} == {
        (3, "corporate_number"),
        (4, "corporate_number"),
        (4, "name"),
        (4, "organization_type"),
        (4, "accepted_statuses"),
        (4, "email"),
    }
    organization = Organization.objects.get()
    assert organization.corporate_number == "7000012050002"
    assert set(organization.accepted_statuses.values_list("code", flat=True)) == {
        "student",
        "researcher",
    }
    values = list(Organization.objects.values())
    again = services.import_registry_file(services.ORGANIZATIONS, "orgs.csv", content)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    assert list(Organization.objects.values()) == values

    rows[0]["accepted_statuses"] = "student"
    changed = services.import_registry_file(
        services.ORGANIZATIONS, "orgs.csv", csv_bytes(rows[:1], ORG_HEADER)
    )
    assert changed.updated == 1
    assert list(organization.accepted_statuses.values_list("code", flat=True)) == ["student"]


def test_the_parser_is_pure():
    """The parser takes the known codes as plain data and never queries the database."""
    table = tables.read_table("r.csv", csv_bytes([row()]))
    reference = importers.ReferenceCodes(
        nationalities={"VNM": "VNM"},
        statuses={"student": "student"},
        municipalities={"13104": "13"},
    )
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        result = importers.parse_residents(table, reference, TODAY)
    assert len(queries) == 0
    assert [r.card_number for r in result.records] == ["AB12345678CD"]
    assert result.records[0].prefecture_code == "13"
