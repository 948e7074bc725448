"""The error catalogue (SPEC C4, Q82): complete in eight languages, consistent, and the only
source of the codes the rules return."""

import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from filings import errors
from filings.errors import (
    CATALOGUE,
    LANGUAGES,
    Category,
    RuleError,
    UnknownErrorCode,
    as_validation_error,
    category_label,
    entries,
    message,
    placeholders,
    remedy,
    resolve_language,
)
from filings.rules import (
    check_auth_id,
    check_card_number,
    check_corporate_number,
    check_fullwidth_address,
    check_latin_name,
    check_password,
)

FILINGS = Path(errors.__file__).resolve().parent.parent
KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
CODES = sorted(CATALOGUE)


def test_the_eight_languages():
    assert LANGUAGES == ("ja", "en", "zh-hant", "zh-hans", "ko", "es", "pt", "tl")


@pytest.mark.parametrize("code", CODES)
def test_every_entry_is_complete_in_every_language(code):
    entry = CATALOGUE[code]
    assert re.fullmatch(r"[EWI]-[A-Z0-9]+(-[A-Z0-9]+)*", code)
    assert entry.code == code
    assert entry.category in set(Category)
    for field in (entry.message, entry.remedy):
        assert set(field) == set(LANGUAGES)
        for language in LANGUAGES:
            text = field[language]
            assert text.strip() == text and len(text) > 5, (code, language)


@pytest.mark.parametrize("code", CODES)
def test_each_language_is_written_in_its_own_script(code):
    entry = CATALOGUE[code]
    for field in (entry.message, entry.remedy):
        assert KANA.search(field["ja"]), (code, "ja")
        for language in ("en", "zh-hant", "zh-hans", "ko", "es", "pt", "tl"):
            assert not KANA.search(field[language]), (code, language)
        for language in ("en", "ko", "es", "pt", "tl"):
            assert not HAN.search(field[language]), (code, language)
        assert HANGUL.search(field["ko"]), code
        for language in ("zh-hant", "zh-hans"):
            assert HAN.search(field[language]), (code, language)
        # Simplified and Traditional are separate texts, not copies of each other.
    assert (entry.message["zh-hant"], entry.remedy["zh-hant"]) != (
        entry.message["zh-hans"],
        entry.remedy["zh-hans"],
    )


@pytest.mark.parametrize("code", CODES)
def test_placeholders_are_the_same_in_every_language(code):
    entry = CATALOGUE[code]
    expected = placeholders(entry.message["en"])
    for language in LANGUAGES:
        assert placeholders(entry.message[language]) == expected, (code, language)
        # Remedies carry no placeholders: the manual prints them as they are.
        assert placeholders(entry.remedy[language]) == set(), (code, language)


def test_no_language_is_missing_so_english_fallback_never_happens():
    for code in CODES:
        entry = CATALOGUE[code]
        for language in LANGUAGES:
            # The look-up answers with the language's own text, never English's in its place.
            if not placeholders(entry.message[language]):
                assert message(code, language) == entry.message[language], (code, language)
            assert remedy(code, language) == entry.remedy[language], (code, language)
            if language != "en":
                assert entry.message[language] != entry.message["en"], (code, language)


def test_symbol_lists_in_remedies_match_the_rules():
    from filings.rules import AUTH_ID_SYMBOLS, PASSWORD_SYMBOLS

    for language in LANGUAGES:
        for code in ("E-AUTHID-LENGTH", "E-AUTHID-CHARS"):
            assert AUTH_ID_SYMBOLS in remedy(code, language)
        for code in ("E-PASSWORD-CHARS", "E-PASSWORD-CLASSES"):
            assert PASSWORD_SYMBOLS in remedy(code, language)


def _codes_in_source() -> set[str]:
    found: set[str] = set()
    for path in [*sorted((FILINGS / "rules").glob("*.py")), FILINGS / "passwords.py"]:
        found |= set(re.findall(r"[\"']([EWI]-[A-Z0-9]+(?:-[A-Z0-9]+)*)[\"']", path.read_text()))
    return found


def test_every_code_the_rules_can_return_is_in_the_catalogue():
    in_source = _codes_in_source()
    assert len(in_source) > 30  # the scan really finds the rules' codes
    assert in_source <= set(CATALOGUE), in_source - set(CATALOGUE)


def test_codes_returned_at_run_time_are_in_the_catalogue():
    samples = [
        check_auth_id("a b"),
        check_auth_id(""),
        check_password("abc~", "abc"),
        check_card_number("X"),
        check_corporate_number("1"),
        check_corporate_number("1010001008843"),
        check_fullwidth_address("髙" * 101),
        check_latin_name("O'BRIEN" + "A" * 100),
    ]
    returned = {error.code for result in samples for error in result.errors}
    assert len(returned) >= 10
    assert returned <= set(CATALOGUE)


# --- the API -------------------------------------------------------------------------------


def test_message_uses_the_active_language():
    with translation.override("ko"):
        assert message("E-REQUIRED") == "필수 항목입니다."
        assert remedy("E-REQUIRED") == CATALOGUE["E-REQUIRED"].remedy["ko"]
    with translation.override("ja"):
        assert message("E-TOO-LONG", max=60) == "入力できるのは60文字までです。"


@pytest.mark.parametrize(
    ("asked", "resolved"),
    [
        ("zh-hant", "zh-hant"),
        ("zh-tw", "zh-hant"),
        ("zh-Hant", "zh-hant"),
        ("zh-cn", "zh-hans"),
        ("zh_Hans", "zh-hans"),
        ("pt-br", "pt"),
        ("en-us", "en"),
        ("es-419", "es"),
        ("fil", "tl"),
        ("fr", "en"),
        ("", "en"),
    ],
)
def test_language_codes_are_resolved(asked, resolved):
    with translation.override("en"):
        assert resolve_language(asked) == resolved


def test_parameters_are_formatted_for_the_reader():
    chars = ("髙", "𠮷", " ")
    assert message("E-JIS-CHARS", "ja", chars=chars).endswith("「髙」、「𠮷」、U+0020")
    assert message("E-JIS-CHARS", "en", chars=chars).endswith("“髙”, “𠮷”, U+0020")
    due = date(2024, 4, 15)
    assert "2024년 4월 15일" in message("W-FILING-LATE", "ko", due=due)
    assert "Abril 15, 2024" in message("W-FILING-LATE", "tl", due=due)
    assert "15 de abril de 2024" in message("W-FILING-LATE", "pt", due=due)
    assert "2024年4月15日" in message("W-FILING-LATE", "zh-hans", due=due)
    # A missing parameter is visible but never an exception.
    assert "{max}" in message("E-TOO-LONG", "en")
    # Braces typed by a user stay literal text.
    assert message("E-BULK-UNKNOWN-COLUMN", "en", column="{x}") == (
        'The column "{x}" is not part of the template.'
    )


def test_unknown_codes_fail_loudly():
    with pytest.raises(UnknownErrorCode):
        message("E-NO-SUCH-CODE")
    with pytest.raises(KeyError):
        remedy("E-NO-SUCH-CODE", "en")


def test_entries_for_the_manuals_error_list():
    rows = entries("en")
    assert [row["code"] for row in rows] == sorted(CATALOGUE)
    assert set(rows[0]) == {"code", "category", "category_label", "message", "remedy"}
    by_code = {row["code"]: row for row in rows}
    assert by_code["E-TOO-LONG"]["message"] == (
        "This entry is too long: at most … characters are allowed."
    )
    assert by_code["E-REQUIRED"]["category_label"] == "Input"
    with translation.override("zh-hans"):
        assert {row["message"] for row in entries()} == {
            row["message"] for row in entries("zh-hans")
        }
    bulk = entries("ja", categories=[Category.BULK])
    assert bulk and all(row["category"] == "bulk" for row in bulk)
    assert all("{" not in row["message"] for row in entries("tl"))


def test_category_labels_exist_in_every_language():
    for category in Category:
        labels = {category_label(category, language) for language in LANGUAGES}
        assert all(labels)
    assert category_label(Category.BULK, "ja") == "一括届出"


def test_rule_errors_render_themselves():
    error = RuleError("E-TOO-LONG", {"max": 100})
    assert error.message("en") == "This entry is too long: at most 100 characters are allowed."
    assert error.remedy("es") == "Acorte el texto e inténtelo de nuevo."
    assert error == RuleError("E-TOO-LONG", {"max": 100})
    assert error != RuleError("E-TOO-LONG", {"max": 5})
    assert len({error, RuleError("E-TOO-LONG", {"max": 100})}) == 1  # usable in sets


def test_validation_error_keeps_codes_and_renders_in_the_display_language():
    with translation.override("en"):
        error = as_validation_error([RuleError("E-REQUIRED"), RuleError("E-TOO-LONG", {"max": 60})])
    assert isinstance(error, ValidationError)
    assert [e.code for e in error.error_list] == ["E-REQUIRED", "E-TOO-LONG"]
    with translation.override("ja"):
        assert error.messages == ["この項目は必須です。", "入力できるのは60文字までです。"]
    single = as_validation_error(RuleError("E-CARD-NUMBER"))
    assert [e.code for e in single.error_list] == ["E-CARD-NUMBER"]
    with pytest.raises(ValueError):
        as_validation_error([])


def test_messages_keep_percent_signs_intact():
    # Password symbols include %; Django's ValidationError must not treat it as a format.
    error = as_validation_error(RuleError("E-PASSWORD-CHARS", {"chars": ("%",)}))
    with translation.override("en"):
        assert error.messages == ["The password contains characters that cannot be used: “%”"]


def test_no_message_contains_control_characters():
    for entry in CATALOGUE.values():
        for field in (entry.message, entry.remedy):
            for text in field.values():
                assert not any(unicodedata.category(c) == "Cc" for c in text)
