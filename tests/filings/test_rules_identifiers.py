"""Identifiers and credentials: residence card number, corporate number (法人番号), auth ID
(A3, Q42), password (A4, Q47; QUALITY A1, A4), e-mail length (Q33), bulk rows (K2, Q77)."""

import string

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from django.contrib.auth.password_validation import get_password_validators, validate_password
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.utils import translation

from filings.rules import (
    AUTH_ID_SYMBOLS,
    PASSWORD_SYMBOLS,
    check_auth_id,
    check_bulk_rows,
    check_card_number,
    check_corporate_number,
    check_email_length,
    check_password,
    corporate_check_digit,
    is_card_number,
    is_corporate_number,
    normalize_card_number,
    normalize_corporate_number,
)
from portal.models import User

# --- residence card number -----------------------------------------------------------------


def _is_card_number_oracle(text: str) -> bool:
    upper, digits = set(string.ascii_uppercase), set(string.digits)
    return (
        len(text) == 12
        and all(c in upper for c in text[:2] + text[10:])
        and all(c in digits for c in text[2:10])
    )


@pytest.mark.parametrize(
    "typed",
    [
        "AB12345678CD",
        "ab12345678cd",
        "AB 1234 5678 CD",
        "AB-12345678-CD",
        "ＡＢ１２３４５６７８ＣＤ",
        " ab1234５６７８ｃｄ　",
        "AB−12345678ーCD",
    ],
)
def test_card_numbers_are_normalised(typed):
    result = check_card_number(typed)
    assert result.ok
    assert result.value == "AB12345678CD"


@pytest.mark.parametrize(
    ("typed", "codes"),
    [
        ("", ("E-REQUIRED",)),
        (" - ", ("E-REQUIRED",)),
        ("AB1234567CD", ("E-CARD-NUMBER",)),
        ("AB123456789CD", ("E-CARD-NUMBER",)),
        ("A112345678CD", ("E-CARD-NUMBER",)),
        ("AB12345678C1", ("E-CARD-NUMBER",)),
        ("AB1234567OCD", ("E-CARD-NUMBER",)),
        ("AB١٢٣٤٥٦٧٨CD", ("E-CARD-NUMBER",)),  # Arabic-Indic digits are not digits here
        ("ÀB12345678CD", ("E-CARD-NUMBER",)),
    ],
)
def test_card_number_errors(typed, codes):
    assert check_card_number(typed).codes == codes


@given(st.from_regex(r"[A-Z]{2}[0-9]{8}[A-Z]{2}", fullmatch=True))
def test_every_valid_card_number_is_accepted(number):
    assert is_card_number(number)
    assert check_card_number(number).value == number


@given(
    number=st.from_regex(r"[A-Z]{2}[0-9]{8}[A-Z]{2}", fullmatch=True),
    lower=st.booleans(),
    wide=st.booleans(),
    separator=st.sampled_from(["", " ", "-", "\u3000", "－"]),
)
def test_typed_variants_of_a_card_number_normalise_to_it(number, lower, wide, separator):
    typed = number.lower() if lower else number
    if wide:
        typed = "".join(chr(ord(c) + 0xFEE0) for c in typed)
    typed = typed[:2] + separator + typed[2:10] + separator + typed[10:]
    assert check_card_number(typed).value == number


@settings(max_examples=500)
@given(st.text())
def test_card_checker_accepts_exactly_the_valid_forms(text):
    assert is_card_number(text) is _is_card_number_oracle(text)
    result = check_card_number(text)
    assert result.ok is _is_card_number_oracle(result.value)
    assert normalize_card_number(result.value) == result.value


# --- corporate number ------------------------------------------------------------------------

# Published corporate numbers (National Tax Agency corporate number site).
VALID_CORPORATE_NUMBERS = [
    "7000012050002",  # National Tax Agency
    "1180301018771",  # Toyota Motor Corporation
    "5010001008846",
    "4011001098993",
    "2120901007402",
]


def _check_digit_oracle(number: str) -> int:
    # The weights as the agency's spreadsheet formula writes them, left to right over the base.
    weights = [2, 1] * 6
    return 9 - sum(int(d) * w for d, w in zip(number[1:], weights, strict=True)) % 9


@pytest.mark.parametrize("number", VALID_CORPORATE_NUMBERS)
def test_published_corporate_numbers_pass(number):
    assert is_corporate_number(number)
    assert check_corporate_number(number).ok
    assert corporate_check_digit(number[1:]) == int(number[0])


@pytest.mark.parametrize("number", VALID_CORPORATE_NUMBERS)
def test_any_other_check_digit_fails(number):
    for digit in "0123456789":
        if digit != number[0]:
            result = check_corporate_number(digit + number[1:])
            assert result.codes == ("E-CORP-NUMBER-CHECK",)


@pytest.mark.parametrize("number", VALID_CORPORATE_NUMBERS)
def test_single_digit_typos_in_the_base_fail(number):
    # The weighted sum modulo 9 catches every change of one digit except 0 <-> 9.
    for position in range(1, 13):
        for digit in "0123456789":
            old = int(number[position])
            if int(digit) == old or abs(int(digit) - old) == 9:
                continue
            typo = number[:position] + digit + number[position + 1 :]
            assert not is_corporate_number(typo), typo


@pytest.mark.parametrize(
    ("typed", "codes"),
    [
        ("", ("E-REQUIRED",)),
        ("1010001008843", ("E-CORP-NUMBER-CHECK",)),
        ("700001205000", ("E-CORP-NUMBER-FORMAT",)),
        ("70000120500021", ("E-CORP-NUMBER-FORMAT",)),
        ("700001205000X", ("E-CORP-NUMBER-FORMAT",)),
        ("7000012050002", ()),
        ("７０００-０１２０-５０００２", ()),
        (" 7000 0120 50002 ", ()),
    ],
)
def test_corporate_number_errors(typed, codes):
    assert check_corporate_number(typed).codes == codes


def test_check_digit_needs_twelve_digits():
    with pytest.raises(ValueError):
        corporate_check_digit("12345")
    with pytest.raises(ValueError):
        corporate_check_digit("１２３４５６７８９０１２")


@given(st.from_regex(r"[0-9]{12}", fullmatch=True))
def test_exactly_one_check_digit_completes_a_base(base):
    passing = [d for d in "0123456789" if is_corporate_number(d + base)]
    assert passing == [str(_check_digit_oracle("0" + base))]
    assert passing[0] != "0"


@settings(max_examples=500)
@given(st.one_of(st.text(), st.from_regex(r"[0-9]{13}", fullmatch=True)))
def test_corporate_checker_accepts_exactly_the_valid_forms(text):
    expected = (
        len(text) == 13
        and all(c in string.digits for c in text)
        and int(text[0]) == _check_digit_oracle(text)
    )
    assert is_corporate_number(text) is expected
    result = check_corporate_number(text)
    assert normalize_corporate_number(result.value) == result.value
    if result.ok:
        assert is_corporate_number(result.value)


# --- auth ID -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("auth_id", "codes"),
    [
        ("Taro12", ()),
        ("a" * 20, ()),
        ("taro.yamada@school", ()),
        ("Abc" + AUTH_ID_SYMBOLS[:10], ()),
        ("Taro1", ("E-AUTHID-LENGTH",)),
        ("a" * 21, ("E-AUTHID-LENGTH",)),
        ("", ("E-REQUIRED",)),
        ("taro yamada", ("E-AUTHID-CHARS",)),
        ("ｔａｒｏ１２３", ("E-AUTHID-CHARS",)),
        ("taro<script>", ("E-AUTHID-CHARS",)),
        ('taro"123', ("E-AUTHID-CHARS",)),
        ("太郎", ("E-AUTHID-CHARS", "E-AUTHID-LENGTH")),
    ],
)
def test_auth_id_rule(auth_id, codes):
    assert check_auth_id(auth_id).codes == codes


def test_auth_id_is_kept_exactly_as_typed():
    assert check_auth_id("TaRo_123").value == "TaRo_123"
    assert check_auth_id("Taro1").errors[0].params == {"min": 6, "max": 20}
    assert check_auth_id("taro yamada").errors[0].params == {"chars": (" ",)}


@pytest.mark.parametrize("symbol", list(AUTH_ID_SYMBOLS))
def test_each_auth_id_symbol_is_accepted(symbol):
    assert check_auth_id(f"taro{symbol}12").ok


# --- password ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("password", "codes"),
    [
        ("Abcde1!", ("E-PASSWORD-LENGTH",)),  # 7
        ("Abcdef1!", ()),  # 8
        ("Abcdef1!" * 4, ()),  # 32
        ("Abcdef1!" * 4 + "x", ("E-PASSWORD-LENGTH",)),  # 33: documented deviation (QUALITY 3.2)
        ("abcdefgh", ("E-PASSWORD-CLASSES",)),
        ("abcdefg1", ("E-PASSWORD-CLASSES",)),
        ("abcdefg!", ("E-PASSWORD-CLASSES",)),
        ("12345678!", ("E-PASSWORD-CLASSES",)),
        ("Abcdef1~", ("E-PASSWORD-CHARS", "E-PASSWORD-CLASSES")),
        ("Abcdef1!^", ("E-PASSWORD-CHARS",)),
        ("Abcdef1! ", ("E-PASSWORD-CHARS",)),  # a trailing space is kept and refused, not stripped
        ("Ａbcdef1!", ("E-PASSWORD-CHARS",)),
        ("", ("E-REQUIRED",)),
    ],
)
def test_password_rule(password, codes):
    assert check_password(password).codes == codes


@pytest.mark.parametrize("symbol", list(PASSWORD_SYMBOLS))
def test_each_password_symbol_counts(symbol):
    assert check_password(f"Abcdef1{symbol}").ok


@pytest.mark.parametrize(
    ("password", "auth_id", "contains"),
    [
        ("Taro123!x", "Taro123", True),
        ("xTARO123!", "taro123", True),
        ("Tar0123!x", "taro123", False),
        ("Taro123!x", None, False),
        ("Taro123!x", "", False),
    ],
)
def test_password_must_not_contain_the_auth_id(password, auth_id, contains):
    codes = check_password(password, auth_id).codes
    assert ("E-PASSWORD-CONTAINS-ID" in codes) is contains


def test_password_is_never_changed_and_limits_are_parameters():
    assert check_password("AbCdef1! ").value == "AbCdef1! "
    long = "Abcdef1!" * 8  # 64
    assert check_password(long).codes == ("E-PASSWORD-LENGTH",)
    assert check_password(long, max_length=64).ok
    assert check_password("abcdefgh", require_classes=False).ok
    assert check_password("Abcde1!").errors[0].params == {"min": 8, "max": 32}


@settings(max_examples=300)
@given(password=st.text(max_size=40), auth_id=st.one_of(st.none(), st.text(max_size=25)))
def test_no_input_crashes_the_credential_rules(password, auth_id):
    result = check_password(password, auth_id)
    assert result.value == password
    chars = set(password)
    allowed = set(string.ascii_letters + string.digits + PASSWORD_SYMBOLS)
    if result.ok:
        assert 8 <= len(password) <= 32 and chars <= allowed
        assert chars & set(string.ascii_letters) and chars & set(string.digits)
        assert chars & set(PASSWORD_SYMBOLS)
        assert not auth_id or auth_id.casefold() not in password.casefold()
    id_result = check_auth_id(auth_id or "")
    assert id_result.value == (auth_id or "")
    if id_result.ok:
        assert 6 <= len(auth_id) <= 20
        assert set(auth_id) <= set(string.ascii_letters + string.digits + AUTH_ID_SYMBOLS)


@given(st.text(alphabet=string.ascii_letters + string.digits + PASSWORD_SYMBOLS, max_size=40))
def test_passwords_from_the_allowed_set_fail_only_for_length_or_mix(password):
    assume(password)
    codes = set(check_password(password).codes)
    assert codes <= {"E-PASSWORD-LENGTH", "E-PASSWORD-CLASSES"}


# --- the Django validators (filings.passwords) -------------------------------------------------

VALIDATORS = [
    {"NAME": "filings.passwords.PasswordLengthValidator"},
    {"NAME": "filings.passwords.PasswordCharactersValidator"},
    {"NAME": "filings.passwords.PasswordClassesValidator"},
    {"NAME": "filings.passwords.PasswordNotContainingAuthIdValidator"},
]


def _validation_codes(password: str, user=None, config=VALIDATORS) -> list[str]:
    try:
        validate_password(password, user, get_password_validators(config))
    except ValidationError as error:
        return [e.code for e in error.error_list]
    return []


def test_validators_apply_the_spec_rule():
    user = User(username="Taro123")
    assert _validation_codes("Hanako9$x", user) == []
    assert _validation_codes("Abcde1!", user) == ["E-PASSWORD-LENGTH"]
    assert _validation_codes("abcdefgh~", user) == ["E-PASSWORD-CHARS", "E-PASSWORD-CLASSES"]
    assert _validation_codes("xxTARO123!", user) == ["E-PASSWORD-CONTAINS-ID"]
    assert _validation_codes("xxTARO123!", None) == []


@override_settings(PORTAL_PASSWORD_MAX_LENGTH=64, PORTAL_PASSWORD_REQUIRE_CLASSES=False)
def test_validators_follow_the_settings():
    assert _validation_codes("a" * 40 + "1!") == []
    assert _validation_codes("abcdefghij") == []
    assert _validation_codes("a" * 65) == ["E-PASSWORD-LENGTH"]


def test_validator_options_win_over_settings():
    config = [
        {"NAME": "filings.passwords.PasswordLengthValidator", "OPTIONS": {"max_length": 64}},
        {"NAME": "filings.passwords.PasswordClassesValidator", "OPTIONS": {"required": False}},
    ]
    assert _validation_codes("a" * 50, config=config) == []


def test_validator_messages_and_help_texts_are_translated():
    with translation.override("ja"):
        try:
            validate_password("Abcde1!", None, get_password_validators(VALIDATORS))
        except ValidationError as error:
            assert error.messages == ["パスワードは8文字以上32文字以内で設定してください。"]
        else:
            pytest.fail("a 7-character password was accepted")
        texts = [v.get_help_text() for v in get_password_validators(VALIDATORS)]
    assert texts[0] == "パスワードは8文字以上32文字以内で設定してください。"
    assert "$%&=@_#*+-?!" in texts[1]
    with translation.override("en"):
        assert get_password_validators(VALIDATORS)[2].get_help_text().startswith("The password")


# --- e-mail length and bulk rows -----------------------------------------------------------------


def test_email_length_for_the_registration_form():
    local = "a" * 48 + "@example.com"  # 60
    assert len(local) == 60
    assert check_email_length(local).ok
    result = check_email_length("a" + local)
    assert result.codes == ("E-EMAIL-LENGTH",)
    assert result.errors[0].params == {"max": 60}
    assert check_email_length(f"  {local}  ").value == local


@pytest.mark.parametrize(
    ("rows", "code"),
    [(0, "E-BULK-NO-ROWS"), (1, None), (300, None), (301, "E-BULK-TOO-MANY-ROWS")],
)
def test_bulk_files_hold_one_to_300_people(rows, code):
    found = check_bulk_rows(rows)
    assert (found.code if found else None) == code
    if found and code == "E-BULK-TOO-MANY-ROWS":
        assert found.params == {"max": 300}


def test_a_short_password_is_told_once_with_the_configured_validators():
    """With the validators as configured, "too short" is one message, the portal's own in the
    person's language, not a second one from Django's MinimumLengthValidator."""
    from filings.errors import message

    messages: list[str] = []
    with translation.override("en"):
        try:
            validate_password("Ab1!", None)
        except ValidationError as error:
            messages = error.messages
    length = [m for m in messages if "8" in m]
    assert len(length) == 1, messages
    assert length[0] == str(message("E-PASSWORD-LENGTH", "en", min=8, max=32))
