"""Character rules: JIS X 0208 only (Q64), full-width addresses (Q62), Latin names (Q65, Q66)."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filings.rules import (
    ADDRESS_MAX_LENGTH,
    LATIN_NAME_MAX_LENGTH,
    check_fullwidth_address,
    check_fullwidth_text,
    check_latin_name,
    is_jis_x0208,
    normalize_jis,
    normalize_latin_name,
    offending_characters,
    to_fullwidth,
)


def _jis_x0208_characters() -> list[str]:
    """Every character of JIS X 0208, decoded row by row from the codec itself."""
    found = []
    for row in range(0x21, 0x7F):
        for cell in range(0x21, 0x7F):
            try:
                found.append((b"\x1b$B" + bytes((row, cell)) + b"\x1b(B").decode("iso2022_jp"))
            except UnicodeDecodeError:
                continue
    return found


JIS = _jis_x0208_characters()
HALF_WIDTH_KATAKANA = [chr(c) for c in range(0xFF61, 0xFFA0)]
ASCII = [chr(c) for c in range(0x20, 0x7F)]
OUTSIDE = ["髙", "𠮷", "①", "㈱", "Ⅰ", "😀", "\u3099", "é", "\n", "\t", "\x00", "\u202e"]

typed_text = st.text(
    alphabet=st.sampled_from(JIS + HALF_WIDTH_KATAKANA + ASCII + OUTSIDE), max_size=60
)


def test_the_jis_table_is_complete():
    # 6,879 characters: 524 non-kanji, 2,965 level 1 and 3,390 level 2 kanji (JIS X 0208:1990).
    assert len(JIS) == 6879
    assert all(is_jis_x0208(c) for c in JIS)


def test_normalising_never_changes_a_jis_character():
    # NFC alone would turn the ANGSTROM SIGN (JIS 2-82) into Latin Å, which JIS lacks.
    assert [c for c in JIS if normalize_jis(c) != c or to_fullwidth(c) != c] == []
    assert to_fullwidth("Å") == "\u212b"
    assert check_fullwidth_address("Åビル").ok


@pytest.mark.parametrize(
    "char",
    ["高", "吉", "ア", "あ", "ａ", "Ａ", "０", "ー", "、", "。", "「", "」", "\u3000", "α", "Д",
     "〜", "−", "‖", "￥", "※", "〒", "亜", "腕", "弌", "熙"],
)  # fmt: skip
def test_jis_x0208_characters_are_accepted(char):
    assert is_jis_x0208(char)
    assert offending_characters(f"東京{char}") == []


@pytest.mark.parametrize(
    "char",
    [
        "髙",  # IBM extension
        "𠮷",  # outside the BMP, JIS X 0213
        "①",  # NEC special characters (row 13)
        "㈱",
        "Ⅰ",
        "ｱ",  # half-width katakana (JIS X 0201)
        "ﾞ",
        "¥",  # JIS X 0201 Roman
        "‾",
        "a",  # ASCII
        " ",
        "～",  # CP932 code point for 〜: mapped by normalize_jis, refused raw
        "－",
        "😀",
        "\u3099",  # combining voiced mark
        "\x00",
        "é",
    ],
)
def test_characters_outside_jis_x0208_are_named(char):
    assert not is_jis_x0208(char)
    assert offending_characters(f"東{char}京") == [char]


def test_offending_characters_are_listed_once_in_order():
    assert offending_characters("髙橋𠮷野髙①") == ["髙", "𠮷", "①"]
    assert offending_characters("ab 髙", allow_ascii=True) == ["髙"]
    assert offending_characters("ab\t", allow_ascii=True) == ["\t"]
    assert not is_jis_x0208("高高")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ｶﾞｷﾞｸﾞ", "ガギグ"),
        ("ﾏﾝｼｮﾝ 101号室", "マンション　１０１号室"),
        ("5-5-30", "５−５−３０"),
        ("ABC ﾋﾞﾙ 2F", "ＡＢＣ　ビル　２Ｆ"),
        ("１－２－３", "１−２−３"),  # Windows full-width hyphen to the JIS code point
        ("A~B", "Ａ〜Ｂ"),
        ("か\u3099", "が"),  # decomposed kana composed
        ("¥100", "￥１００"),
        ("港南５丁目", "港南５丁目"),
    ],
)
def test_to_fullwidth(typed, expected):
    assert to_fullwidth(typed) == expected


def test_address_is_converted_then_checked():
    result = check_fullwidth_address(" 港南5-5-30 ｺｰﾎﾟ101 ")
    assert result.ok
    assert result.value == "港南５−５−３０　コーポ１０１"


@pytest.mark.parametrize(
    ("typed", "codes"),
    [
        ("", ("E-REQUIRED",)),
        ("   \u3000", ("E-REQUIRED",)),
        ("髙田馬場1-1", ("E-JIS-CHARS",)),
        ("あ" * ADDRESS_MAX_LENGTH, ()),
        ("あ" * (ADDRESS_MAX_LENGTH + 1), ("E-TOO-LONG",)),
        ("①" + "あ" * ADDRESS_MAX_LENGTH, ("E-JIS-CHARS", "E-TOO-LONG")),
    ],
)
def test_address_errors(typed, codes):
    assert check_fullwidth_address(typed).codes == codes


def test_address_error_parameters():
    result = check_fullwidth_address("𠮷野町1-2 髙橋ビル①")
    assert result.errors[0].params == {"chars": ("𠮷", "髙", "①")}
    assert check_fullwidth_address("あ" * 101).errors[0].params == {"max": ADDRESS_MAX_LENGTH}
    assert check_fullwidth_address("", required=False).ok
    assert check_fullwidth_text("株式会社ABC", max_length=5).codes == ("E-TOO-LONG",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("john smith", "JOHN SMITH"),
        ("  ＪＯＨＮ　　ｓｍｉｔｈ  ", "JOHN SMITH"),
        ("NGUYEN\tVAN  AN", "NGUYEN VAN AN"),
        ("maria de la cruz", "MARIA DE LA CRUZ"),
    ],
)
def test_latin_names_are_normalised(typed, expected):
    assert normalize_latin_name(typed) == expected
    assert check_latin_name(typed).ok


@pytest.mark.parametrize(
    ("typed", "bad"),
    [
        ("SMITH-JONES JOHN", ("-",)),
        ("O'BRIEN SEAN", ("'",)),
        ("SMITH, JOHN", (",",)),
        ("JOHN A. SMITH", (".",)),
        ("JOSÉ GARCÍA", ("É", "Í")),
        ("JOHN 2", ("2",)),
        ("王 小明", ("王", "小", "明")),
    ],
)
def test_latin_names_refuse_other_characters(typed, bad):
    result = check_latin_name(typed)
    assert result.codes == ("E-NAME-LATIN",)
    assert result.errors[0].params == {"chars": bad}


def test_latin_name_length_and_required():
    assert check_latin_name("").codes == ("E-REQUIRED",)
    assert check_latin_name(" \u3000 ").codes == ("E-REQUIRED",)
    assert check_latin_name("A" * LATIN_NAME_MAX_LENGTH).ok
    assert check_latin_name("A" * (LATIN_NAME_MAX_LENGTH + 1)).codes == ("E-TOO-LONG",)


# --- properties ----------------------------------------------------------------------------


@settings(max_examples=300)
@given(st.text())
def test_no_text_crashes_a_text_rule(text):
    for result in (
        check_fullwidth_address(text),
        check_fullwidth_text(text, max_length=10, required=False),
        check_latin_name(text),
    ):
        assert isinstance(result.value, str)
        assert all(isinstance(error.code, str) for error in result.errors)
    assert isinstance(offending_characters(text), list)


@settings(max_examples=300)
@given(typed_text)
def test_every_accepted_address_is_jis_x0208(text):
    result = check_fullwidth_address(text)
    if result.ok:
        encoded = result.value.encode("iso2022_jp")
        assert encoded.decode("iso2022_jp") == result.value
        assert all(is_jis_x0208(c) for c in result.value)
    else:
        assert set(result.codes) <= {"E-REQUIRED", "E-JIS-CHARS", "E-TOO-LONG"}


@given(st.lists(st.sampled_from(JIS), min_size=1, max_size=ADDRESS_MAX_LENGTH))
def test_any_jis_x0208_text_is_accepted(chars):
    text = "".join(chars).strip()
    if text:
        assert check_fullwidth_address(text).ok


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from([*ASCII, "ａ", "Ｚ", "\u3000", "é", "-", "ß"])))
def test_every_accepted_latin_name_is_capitals_and_single_spaces(text):
    result = check_latin_name(text)
    if result.ok:
        assert re.fullmatch(r"[A-Z]+( [A-Z]+)*", result.value)
        assert result.value.encode("iso2022_jp") == result.value.encode("ascii")


@settings(max_examples=300)
@given(st.one_of(st.text(), typed_text))
def test_normalisers_are_idempotent(text):
    for normalise in (to_fullwidth, normalize_jis, normalize_latin_name):
        once = normalise(text)
        assert normalise(once) == once
