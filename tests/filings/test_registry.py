"""The registry: card numbers, one current card, identity across cards, organizations (O1, Q37)."""

import datetime
import uuid

import pytest

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from filings.management.reference_data import ensure_loaded
from filings.models import ResidenceCard, Resident, mask_card_number
from filings.services import registry as services
from tests.factories import OrganizationFactory, ResidenceCardFactory, ResidentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _reference_data():
    ensure_loaded(apps)


def _check_digit(body: str) -> str:
    """法人番号: 9 - (sum of the 12 digits weighted 1, 2, 1, 2... from the right) mod 9."""
    weights = [1 if position % 2 else 2 for position in range(12, 0, -1)]
    return str(9 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 9)


@pytest.mark.parametrize("number", ["AB12345678CD", "ab 1234 5678 cd", "ＡＢ１２３４５６７８ＣＤ"])
def test_well_formed_card_numbers_pass(number):
    card = ResidenceCardFactory.build(number=number, resident=ResidentFactory())
    card.full_clean()
    assert card.number == "AB12345678CD"


@pytest.mark.parametrize(
    "number",
    ["AB1234567CD", "AB123456789C", "A112345678CD", "AB12345678C1", "ÄB12345678CD", ""],
)
def test_malformed_card_numbers_are_refused(number):
    card = ResidenceCardFactory.build(number=number, resident=ResidentFactory())
    with pytest.raises(ValidationError) as caught:
        card.full_clean()
    assert "number" in caught.value.message_dict


def test_card_numbers_are_unique():
    ResidenceCardFactory(number="AB12345678CD")
    with pytest.raises(IntegrityError), transaction.atomic():
        ResidenceCardFactory(number="AB12345678CD")


def test_a_person_has_at_most_one_current_card():
    first = ResidenceCardFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        ResidenceCardFactory(resident=first.resident, is_valid=True)
    second = ResidenceCardFactory.build(resident=first.resident, number="XY00000001ZZ")
    with pytest.raises(ValidationError) as caught:
        second.full_clean()
    assert "is_valid" in caught.value.message_dict
    ResidenceCardFactory(resident=first.resident, is_valid=False)
    assert first.resident.cards.count() == 2


def test_a_new_card_keeps_the_same_person():
    old = ResidenceCardFactory(number="AA11111111AA")
    person = old.resident
    public_id = person.public_id

    new = services.issue_new_card(
        person,
        number="BB22222222BB",
        issued_on=datetime.date(2026, 4, 1),
        expires_on=datetime.date(2029, 4, 1),
    )

    old.refresh_from_db()
    assert old.is_valid is False
    assert new.resident_id == person.pk
    assert Resident.objects.get(pk=person.pk).public_id == public_id
    assert person.current_card == new
    assert Resident.objects.count() == 1
    assert ResidenceCard.objects.get(number="AA11111111AA").resident == new.resident


def test_a_new_card_with_a_bad_number_changes_nothing():
    old = ResidenceCardFactory(number="AA11111111AA")
    with pytest.raises(ValidationError):
        services.issue_new_card(
            old.resident,
            number="bad",
            issued_on=datetime.date(2026, 4, 1),
            expires_on=datetime.date(2029, 4, 1),
        )
    old.refresh_from_db()
    assert old.is_valid is True


def test_public_ids_are_opaque_uuids():
    first, second = ResidentFactory(), ResidentFactory()
    assert isinstance(first.public_id, uuid.UUID)
    assert first.public_id != second.public_id
    assert first.public_id.version == 4  # random, says nothing about the row or its order
    organization = OrganizationFactory()
    assert isinstance(organization.public_id, uuid.UUID)


@pytest.mark.parametrize("name", ["NGUYEN VAN AN", "LI", "DE LA CRUZ MARIA"])
def test_latin_names_as_on_the_card_pass(name):
    resident = ResidentFactory.build(name_latin=name)
    resident.full_clean()  # raises ValidationError if refused
    assert resident.name_latin == name


def test_latin_names_are_tidied_before_they_are_checked():
    resident = ResidentFactory.build(name_latin=" Nguyen  van an ", address_rest="西新宿2-8-1")
    resident.full_clean()
    assert resident.name_latin == "NGUYEN VAN AN"
    assert resident.address_rest == "西新宿２−８−１"


@pytest.mark.parametrize("name", ["NGUYÊN VAN", "O'BRIEN", "LI-NA", "王 小明", "JOHN 3RD"])
def test_other_latin_names_are_refused(name):
    resident = ResidentFactory.build(name_latin=name)
    with pytest.raises(ValidationError) as caught:
        resident.full_clean()
    assert "name_latin" in caught.value.message_dict


def test_address_rest_must_be_jis_characters():
    for address in ("西新宿２丁目🏠", "髙田馬場１丁目", "Straße"):
        resident = ResidentFactory.build(address_rest=address)
        with pytest.raises(ValidationError) as caught:
            resident.full_clean()
        assert "address_rest" in caught.value.message_dict
    ResidentFactory.build(address_rest="高田馬場１丁目").full_clean()


def test_municipality_must_be_in_the_prefecture():
    resident = ResidentFactory.build(municipality_code="27127")  # Osaka, Kita ward
    resident.prefecture = ResidentFactory.build(municipality_code="13104").prefecture
    with pytest.raises(ValidationError) as caught:
        resident.full_clean()
    assert "municipality" in caught.value.message_dict


def test_corporate_number_check_digit():
    body = "000012050002"
    valid = _check_digit(body) + body
    assert valid == "7000012050002"  # the National Tax Agency's own number
    OrganizationFactory.build(corporate_number=valid).full_clean()
    wrong = str((int(valid[0]) + 1) % 10) + body
    for number in (wrong, "700001205000", "70000120500021", "7000O12050002"):
        with pytest.raises(ValidationError) as caught:
            OrganizationFactory.build(corporate_number=number).full_clean()
        assert "corporate_number" in caught.value.message_dict


def test_factory_corporate_numbers_are_valid():
    for organization in OrganizationFactory.create_batch(5):
        number = organization.corporate_number
        assert number[0] == _check_digit(number[1:])


def test_masking_keeps_only_the_last_four_characters():
    masked = mask_card_number("AB12345678CD")
    assert masked.endswith("78CD")
    assert "AB" not in masked and "123456" not in masked
    assert len(masked) == 12
    assert str(ResidenceCardFactory(number="AB12345678CD")) == "…78CD"


def test_look_up_indexes_exist():
    with connection.cursor() as cursor:
        resident = connection.introspection.get_constraints(cursor, Resident._meta.db_table)
        card = connection.introspection.get_constraints(cursor, ResidenceCard._meta.db_table)
    assert any(
        c["index"] and c["columns"] == ["name_latin", "birth_date"] for c in resident.values()
    )
    assert any(c["unique"] and c["columns"] == ["number"] for c in card.values())
    assert any(c["index"] and c["columns"] == ["resident_id"] for c in card.values())


@pytest.mark.postgres
def test_postgres_can_answer_both_look_ups_from_an_index():
    card = ResidenceCardFactory(number="AB12345678CD")
    person = card.resident
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    by_card = ResidenceCard.objects.filter(number="AB12345678CD").explain()
    by_name = Resident.objects.filter(
        name_latin=person.name_latin, birth_date=person.birth_date
    ).explain()
    assert "Index" in by_card and "filings_residencecard" in by_card
    assert "filings_res_name_birth" in by_name
