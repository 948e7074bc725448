"""The identity fields and the one comparison of typed card data with the registry's (A1, A6,
F3; Q63, Q65–Q67), used by filings and by account registration alike."""

from __future__ import annotations

import datetime

import pytest

from filings import fields
from filings.rules import ADDRESS_CODES, CARD_CODES, IDENTITY_CODES, identity_matches
from filings.rules.identity import normalized

ON_RECORD = {
    "name_latin": "NGUYEN THI LAN",
    "birth_date": "2003-04-15",
    "sex": "F",
    "nationality": "VNM",
    "prefecture": "13",
    "municipality": "13104",
    "address_rest": "西新宿２丁目８番１号",
    "card_number": "AB12345678CD",
}


def test_one_list_of_identity_fields_drives_the_field_definitions_and_the_account_forms():
    assert [spec.code for spec in fields.IDENTITY_FIELDS] == list(IDENTITY_CODES)
    assert fields.IDENTITY_CODES == IDENTITY_CODES
    # An account asks for the card without the address, the card number first.
    assert CARD_CODES == ("card_number", "name_latin", "birth_date", "sex", "nationality")
    assert set(CARD_CODES) | set(ADDRESS_CODES) == set(IDENTITY_CODES)


def test_the_same_data_match():
    assert identity_matches(dict(ON_RECORD), ON_RECORD)
    assert identity_matches(dict(ON_RECORD), ON_RECORD, CARD_CODES)


def test_typed_data_match_as_the_card_reads():
    typed = {
        **ON_RECORD,
        "name_latin": " nguyen  thi\u3000lan ",
        "birth_date": datetime.date(2003, 4, 15),  # a form's date against the stored ISO date
        "sex": "f",
        "nationality": " vnm",
        "card_number": "ab 1234-5678 cd",
    }
    assert identity_matches(typed, ON_RECORD)
    assert normalized("card_number", "ＡＢ１２３４５６７８ＣＤ") == "AB12345678CD"


@pytest.mark.parametrize("code", IDENTITY_CODES)
def test_any_one_field_different_is_a_mismatch(code):
    typed = {**ON_RECORD, code: "X" if code != "birth_date" else "2003-04-16"}
    assert not identity_matches(typed, ON_RECORD)


def test_the_account_comparison_leaves_the_address_out():
    typed = {**ON_RECORD, "prefecture": "27", "address_rest": ""}
    assert identity_matches(typed, ON_RECORD, CARD_CODES)
    assert not identity_matches(typed, ON_RECORD)


def test_no_card_on_record_never_matches():
    assert not identity_matches(dict(ON_RECORD), None)
