"""Character rules for typed identity data (SPEC F3, L2; Q62, Q64–Q66).

The registry, and the residence card it mirrors, hold Japanese text in JIS X 0208 (JIS level 1
and level 2 kanji plus the non-kanji rows: kana, full-width Latin letters and digits, Greek,
Cyrillic, symbols) and names in Latin capitals. Characters outside that set (IBM/NEC
extensions such as 髙 or ①, JIS X 0213 or other Unicode kanji such as 𠮷, half-width katakana,
emoji) can never match the registry, so they are refused with the offending characters named.

The forms help rather than scold where the intent is unambiguous: half-width letters, digits,
symbols and katakana in full-width fields become full-width, and Latin names are upper-cased
with single half-width spaces. Every normaliser here is idempotent.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import jaconv

from filings.errors import RuleError

# Our choices, documented for the forms and the bulk template: an address (after prefecture and
# municipality) or a Latin name longer than this is a typing accident, not a real value.
ADDRESS_MAX_LENGTH = 100
LATIN_NAME_MAX_LENGTH = 100


@dataclass(frozen=True)
class Checked:
    """The result of a text rule: the value to keep (normalised where the rule helps) and the
    errors found in it. Forms store `value` when `errors` is empty and otherwise show the errors
    while keeping what the user typed."""

    value: str
    errors: tuple[RuleError, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(error.code for error in self.errors)


# Windows (CP932) input methods type a few JIS X 0208 characters as other Unicode code points
# than the standard JIS X 0208 mapping (which Python's iso2022_jp codec follows). They are the
# same JIS characters, so they are mapped, not refused: full-width hyphen-minus is how people
# type the dash in "1－2－3".
_CP932_TO_JIS = str.maketrans(
    {
        "\uff0d": "\u2212",  # －  → −  (JIS 1-61)
        "\uff5e": "\u301c",  # ～  → 〜 (JIS 1-33)
        "\u2225": "\u2016",  # ∥  → ‖  (JIS 1-34)
        "\uffe0": "\u00a2",  # ￠  → ¢  (JIS 1-81)
        "\uffe1": "\u00a3",  # ￡  → £  (JIS 1-82)
        "\uffe2": "\u00ac",  # ￢  → ¬  (JIS 2-44)
        "\u2014": "\u2015",  # —  → ―  (JIS 1-29)
        # NFC turns JIS's ANGSTROM SIGN into Latin Å, which JIS lacks; the sign is the same
        # character (JIS 2-82), so it is put back after composing.
        "\u00c5": "\u212b",  # Å → Å
    }
)

# Half-width characters jaconv leaves alone or turns into characters JIS X 0208 lacks.
_HALFWIDTH_EXTRA = str.maketrans(
    {
        "\uff02": "\u201d",  # ＂ → ”  (JIS X 0208 has no full-width straight quote)
        "\uff07": "\u2019",  # ＇ → ’
        "\u00a5": "\uffe5",  # ¥  → ￥ (JIS X 0201 yen sign → JIS 1-79)
        "\u203e": "\uffe3",  # ‾  → ￣ (JIS X 0201 overline → JIS 1-17)
    }
)


@lru_cache(maxsize=65536)
def is_jis_x0208(char: str) -> bool:
    """Whether `char` is one character of JIS X 0208 (two-byte, round-trips exactly).

    The iso2022_jp codec also encodes ASCII and the JIS X 0201 Roman set (¥, ‾) as single
    bytes; those are not JIS X 0208 and are refused here.
    """
    if len(char) != 1:
        return False
    try:
        encoded = char.encode("iso2022_jp")
    except UnicodeEncodeError:
        return False
    return (
        len(encoded) == 8
        and encoded.startswith(b"\x1b$B")
        and encoded.endswith(b"\x1b(B")
        and encoded.decode("iso2022_jp") == char
    )


def offending_characters(text: str, *, allow_ascii: bool = False) -> list[str]:
    """Every distinct character of `text` outside JIS X 0208, in order of first appearance.

    With `allow_ascii`, printable ASCII (U+0020–U+007E) is accepted too, for fields that mix
    Latin input into Japanese text. Normalise first (`normalize_jis` or `to_fullwidth`).
    """
    found: list[str] = []
    for char in text:
        if char in found:
            continue
        if allow_ascii and " " <= char <= "~":
            continue
        if not is_jis_x0208(char):
            found.append(char)
    return found


def normalize_jis(text: str) -> str:
    """Compose (NFC) and map the CP932 variants onto their JIS X 0208 code points.

    NFC turns a kana followed by a combining voiced mark into the single kana JIS has.
    """
    return unicodedata.normalize("NFC", text).translate(_CP932_TO_JIS)


def to_fullwidth(text: str) -> str:
    """Half-width ASCII letters, digits, symbols, spaces and katakana to full-width (Q62).

    ｶﾞ becomes ガ, "1-2-3 ABC" becomes "１−２−３　ＡＢＣ". Characters already full-width, and
    kanji, are unchanged.
    """
    text = unicodedata.normalize("NFC", text)
    text = jaconv.h2z(text, kana=True, ascii=True, digit=True)
    return normalize_jis(text.translate(_HALFWIDTH_EXTRA))


def check_fullwidth_text(text: str, *, max_length: int, required: bool = True) -> Checked:
    """A full-width Japanese field: converted, trimmed, JIS X 0208 only, at most `max_length`."""
    value = to_fullwidth(text or "").strip()
    if not value:
        return Checked(value, (RuleError("E-REQUIRED"),) if required else ())
    errors: list[RuleError] = []
    bad = offending_characters(value)
    if bad:
        errors.append(RuleError("E-JIS-CHARS", {"chars": tuple(bad)}))
    if len(value) > max_length:
        errors.append(RuleError("E-TOO-LONG", {"max": max_length}))
    return Checked(value, tuple(errors))


def check_fullwidth_address(text: str, *, required: bool = True) -> Checked:
    """The typed part of a residence address (町名丁目番地号), after prefecture and municipality
    were chosen from lists (Q62, Q64)."""
    return check_fullwidth_text(text, max_length=ADDRESS_MAX_LENGTH, required=required)


# --- names in Latin letters (Q65, Q66) -----------------------------------------------------

_LATIN_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ ")


def normalize_latin_name(text: str) -> str:
    """NFKC (full-width letters and spaces to half-width), upper case, trimmed, and every run
    of white space made one half-width space. The order of the parts is left as typed: it must
    follow the card (Q65)."""
    text = unicodedata.normalize("NFKC", text)
    text = unicodedata.normalize("NFKC", text.upper())
    return " ".join(text.split())


def check_latin_name(text: str, *, max_length: int = LATIN_NAME_MAX_LENGTH) -> Checked:
    """Only A–Z and single spaces, as the original system required (Q66).

    Hyphens, apostrophes, commas and periods are refused rather than guessed at: the card prints
    the name in capitals separated by spaces, and a mark typed from a passport would have to be
    turned into a space or dropped, which only the card can tell. The error names the characters
    and tells the person to type the name as printed on the card.
    """
    value = normalize_latin_name(text or "")
    if not value:
        return Checked(value, (RuleError("E-REQUIRED"),))
    errors: list[RuleError] = []
    bad = [c for c in dict.fromkeys(value) if c not in _LATIN_NAME_CHARS]
    if bad:
        errors.append(RuleError("E-NAME-LATIN", {"chars": tuple(bad)}))
    if len(value) > max_length:
        errors.append(RuleError("E-TOO-LONG", {"max": max_length}))
    return Checked(value, tuple(errors))


# --- names that reach mails and the back office ---------------------------------------------

# A link as a mail client would make one of it: a scheme, "www.", an e-mail address, or a host
# name ending in a common top-level domain. Checked on the NFKC form, so full-width
# "ｈｔｔｐｓ：／／" and "ｅｘａｍｐｌｅ．ｃｏｍ" count too.
_LINK = re.compile(
    r"[a-z][a-z0-9+.\-]*:/"
    r"|www\d*\."
    r"|[^\s@]@[a-z0-9\-]+\."
    r"|[a-z0-9\-]+\.(?:com|net|org|info|biz|io|jp|cn|ru|co|me|ly|xyz|top|app|dev|site"
    r"|online|link|click|tk|ml|ga|cf|gq|pw|cc|tv|us|uk|de|eu)\b",
    re.IGNORECASE,
)


def check_plain_name(text: str) -> Checked:
    """A name someone types for themselves or their organization, which the portal shows to
    officers and may put in mails: no control characters (a line break would start a new line
    of the mail, QUALITY E2) and nothing a mail client would turn into a link."""
    errors: list[RuleError] = []
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        errors.append(RuleError("E-NAME-CONTROL"))
    if _LINK.search(unicodedata.normalize("NFKC", text)):
        errors.append(RuleError("E-NAME-LINK"))
    return Checked(text, tuple(errors))
