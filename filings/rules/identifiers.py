"""Identifiers and credentials: residence card number, corporate number, auth ID, password,
e-mail length, bulk row count (SPEC A3, A4, K2; Q33, Q42, Q47, Q77; QUALITY A1, §3.1–3.2).
"""

from __future__ import annotations

import re
import string
import unicodedata

from filings.constants import BULK_MAX_ROWS
from filings.errors import RuleError

from .text import Checked

# --- residence card number ---------------------------------------------------------------

_CARD_NUMBER = re.compile(r"[A-Z]{2}[0-9]{8}[A-Z]{2}")
# What people put between the groups when copying a card number: spaces and dashes of any
# width (NFKC has already made full-width ones half-width, except these look-alikes).
_CARD_SEPARATORS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc")


def _compact(text: str, *, upper: bool) -> str:
    """NFKC (and upper case), then spaces and dashes removed, repeated until nothing changes:
    removing a space can let NFKC compose what the space kept apart ("A ̈" → "Ä"), and the
    normalised value must itself be normal."""
    for _ in range(10):
        previous = text
        text = unicodedata.normalize("NFKC", text)
        if upper:
            text = text.upper()
        text = "".join(c for c in text if not c.isspace() and c not in _CARD_SEPARATORS)
        if text == previous:
            break
    return text


def normalize_card_number(text: str) -> str:
    """Half-width, upper case, without spaces or dashes: "ab 1234-5678 cd" → "AB12345678CD"."""
    return _compact(text, upper=True)


def is_card_number(text: str) -> bool:
    """Exactly two ASCII capitals, eight ASCII digits, two ASCII capitals (no normalisation)."""
    return _CARD_NUMBER.fullmatch(text) is not None


def check_card_number(text: str) -> Checked:
    value = normalize_card_number(text or "")
    if not value:
        return Checked(value, (RuleError("E-REQUIRED"),))
    if not is_card_number(value):
        return Checked(value, (RuleError("E-CARD-NUMBER"),))
    return Checked(value)


# --- corporate number (法人番号) ---------------------------------------------------------

_CORPORATE_NUMBER = re.compile(r"[0-9]{13}")


def corporate_check_digit(base: str) -> int:
    """The check digit of a 12-digit base number (Ministry of Finance Ordinance No. 70 of 2014,
    Art. 2): 9 − (Σ Pn × Qn mod 9), where Pn is the n-th digit counting from the lowest and Qn
    is 1 for odd n and 2 for even n. The result is always 1–9, so a corporate number never
    starts with 0."""
    if len(base) != 12 or not base.isascii() or not base.isdigit():
        raise ValueError("the base number is 12 ASCII digits")
    total = sum(int(digit) * (1 if n % 2 else 2) for n, digit in enumerate(reversed(base), 1))
    return 9 - total % 9


def normalize_corporate_number(text: str) -> str:
    """Half-width digits, without spaces or dashes."""
    return _compact(text, upper=False)


def is_corporate_number(text: str) -> bool:
    """13 ASCII digits whose first digit is the check digit of the other twelve."""
    if _CORPORATE_NUMBER.fullmatch(text) is None:
        return False
    return int(text[0]) == corporate_check_digit(text[1:])


def check_corporate_number(text: str) -> Checked:
    value = normalize_corporate_number(text or "")
    if not value:
        return Checked(value, (RuleError("E-REQUIRED"),))
    if _CORPORATE_NUMBER.fullmatch(value) is None:
        return Checked(value, (RuleError("E-CORP-NUMBER-FORMAT"),))
    if not is_corporate_number(value):
        return Checked(value, (RuleError("E-CORP-NUMBER-CHECK"),))
    return Checked(value)


# --- auth ID (A3, Q42) ----------------------------------------------------------------------

AUTH_ID_MIN_LENGTH = 6
AUTH_ID_MAX_LENGTH = 20
# The password symbols plus the period, so that e-mail-like IDs ("taro.yamada") work, while
# quotes, angle brackets, backslashes and spaces, which invite escaping mistakes in mails, logs
# and the admin, stay out.
AUTH_ID_SYMBOLS = "!#$%&*+-.=?@_"
_AUTH_ID_CHARS = frozenset(string.ascii_letters + string.digits + AUTH_ID_SYMBOLS)


def check_auth_id(auth_id: str) -> Checked:
    """6–20 half-width letters, digits and `AUTH_ID_SYMBOLS`; kept exactly as typed, because
    IDs are case-sensitive and a silently changed ID would not work at the next login."""
    value = auth_id or ""
    if not value:
        return Checked(value, (RuleError("E-REQUIRED"),))
    errors: list[RuleError] = []
    bad = [c for c in dict.fromkeys(value) if c not in _AUTH_ID_CHARS]
    if bad:
        errors.append(RuleError("E-AUTHID-CHARS", {"chars": tuple(bad)}))
    if not AUTH_ID_MIN_LENGTH <= len(value) <= AUTH_ID_MAX_LENGTH:
        errors.append(
            RuleError("E-AUTHID-LENGTH", {"min": AUTH_ID_MIN_LENGTH, "max": AUTH_ID_MAX_LENGTH})
        )
    return Checked(value, tuple(errors))


# --- password (A4, Q47) ---------------------------------------------------------------------

PASSWORD_MIN_LENGTH = 8
# SPEC says 32; QUALITY §3.2 asks for it to be a setting (PORTAL_PASSWORD_MAX_LENGTH, read by
# the Django validators in filings.passwords), so the rule takes it as a parameter.
PASSWORD_MAX_LENGTH = 32
PASSWORD_SYMBOLS = "$%&=@_#*+-?!"  # noqa: S105 (the allowed symbols, not a password)
_LETTERS = frozenset(string.ascii_letters)
_DIGITS = frozenset(string.digits)
_SYMBOLS = frozenset(PASSWORD_SYMBOLS)
_PASSWORD_CHARS = _LETTERS | _DIGITS | _SYMBOLS


def check_password(
    password: str,
    auth_id: str | None = None,
    *,
    min_length: int = PASSWORD_MIN_LENGTH,
    max_length: int = PASSWORD_MAX_LENGTH,
    require_classes: bool = True,
) -> Checked:
    """The spec's password rule; every failing part is reported, nothing is ever changed.

    Passwords are case-sensitive and never stripped or truncated (QUALITY A4). "Must not contain
    the auth ID" is checked without regard to case, as QUALITY A1 recommends: "Taro123!" with
    the ID "taro123" is as guessable as with "Taro123".
    """
    value = password or ""
    if not value:
        return Checked(value, (RuleError("E-REQUIRED"),))
    errors: list[RuleError] = []
    bad = [c for c in dict.fromkeys(value) if c not in _PASSWORD_CHARS]
    if bad:
        errors.append(RuleError("E-PASSWORD-CHARS", {"chars": tuple(bad)}))
    if not min_length <= len(value) <= max_length:
        errors.append(RuleError("E-PASSWORD-LENGTH", {"min": min_length, "max": max_length}))
    chars = set(value)
    if require_classes and not (chars & _LETTERS and chars & _DIGITS and chars & _SYMBOLS):
        errors.append(RuleError("E-PASSWORD-CLASSES"))
    if auth_id and auth_id.casefold() in value.casefold():
        errors.append(RuleError("E-PASSWORD-CONTAINS-ID"))
    return Checked(value, tuple(errors))


# --- e-mail (Q33) and bulk files (K2, Q77) --------------------------------------------------

EMAIL_MAX_LENGTH = 60


def check_email_length(email: str, *, max_length: int = EMAIL_MAX_LENGTH) -> Checked:
    """The registration form's limit of 60 characters (Q33); the address itself is checked by
    Django's EmailValidator."""
    value = (email or "").strip()
    if len(value) > max_length:
        return Checked(value, (RuleError("E-EMAIL-LENGTH", {"max": max_length}),))
    return Checked(value)


def check_bulk_rows(count: int, *, max_rows: int = BULK_MAX_ROWS) -> RuleError | None:
    """A bulk file lists one to 300 people (K2, Q77)."""
    if count < 1:
        return RuleError("E-BULK-NO-ROWS")
    if count > max_rows:
        return RuleError("E-BULK-TOO-MANY-ROWS", {"max": max_rows})
    return None
