"""Django password validators for the spec's password rule (SPEC A4, Q47; QUALITY A1, §3.1–3.2).

Each validator checks one part of `filings.rules.check_password`, so AUTH_PASSWORD_VALIDATORS
can combine them with Django's own (common passwords, similarity) and a deployment can drop or
tune one part without code changes:

    {"NAME": "filings.passwords.PasswordLengthValidator"},
    {"NAME": "filings.passwords.PasswordCharactersValidator"},
    {"NAME": "filings.passwords.PasswordClassesValidator"},
    {"NAME": "filings.passwords.PasswordNotContainingAuthIdValidator"},

Settings read at validation time (so tests can override them): PORTAL_PASSWORD_MAX_LENGTH
(default 32, the spec's limit; QUALITY §3.2 recommends allowing 64) and
PORTAL_PASSWORD_REQUIRE_CLASSES (default True; QUALITY §3.1). OPTIONS given to a validator
win over the settings. Messages come from the error catalogue in the active language.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings

from filings.errors import RuleError, as_validation_error, message, remedy
from filings.rules import PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_SYMBOLS, check_password


def _auth_id(user: Any) -> str | None:
    if user is None:
        return None
    get_username = getattr(user, "get_username", None)
    return get_username() if callable(get_username) else getattr(user, "username", None)


class _PartValidator:
    """Runs the whole rule and reports only the codes this validator is responsible for."""

    codes: frozenset[str] = frozenset()

    def _limits(self) -> tuple[int, int]:
        return PASSWORD_MIN_LENGTH, int(
            getattr(settings, "PORTAL_PASSWORD_MAX_LENGTH", PASSWORD_MAX_LENGTH)
        )

    def _errors(self, password: str, user: Any) -> list[RuleError]:
        min_length, max_length = self._limits()
        checked = check_password(
            password, _auth_id(user), min_length=min_length, max_length=max_length
        )
        return [error for error in checked.errors if error.code in self.codes]

    def validate(self, password: str, user: Any = None) -> None:
        errors = self._errors(password, user)
        if errors:
            raise as_validation_error(errors)


class PasswordLengthValidator(_PartValidator):
    """8 to PORTAL_PASSWORD_MAX_LENGTH (32) characters; nothing is truncated (QUALITY A4)."""

    codes = frozenset({"E-PASSWORD-LENGTH"})

    def __init__(self, min_length: int | None = None, max_length: int | None = None) -> None:
        self.min_length = min_length
        self.max_length = max_length

    def _limits(self) -> tuple[int, int]:
        default_min, default_max = super()._limits()
        return self.min_length or default_min, self.max_length or default_max

    def get_help_text(self) -> str:
        min_length, max_length = self._limits()
        return message("E-PASSWORD-LENGTH", min=min_length, max=max_length)


class PasswordCharactersValidator(_PartValidator):
    """Only half-width letters, digits and the symbols $%&=@_#*+-?!."""

    codes = frozenset({"E-PASSWORD-CHARS"})

    def get_help_text(self) -> str:
        return remedy("E-PASSWORD-CHARS")


class PasswordClassesValidator(_PartValidator):
    """Letters, digits and symbols mixed; switched off by PORTAL_PASSWORD_REQUIRE_CLASSES=False
    or OPTIONS {"required": False}."""

    codes = frozenset({"E-PASSWORD-CLASSES"})

    def __init__(self, required: bool | None = None) -> None:
        self.required = required

    def _enabled(self) -> bool:
        if self.required is not None:
            return self.required
        return bool(getattr(settings, "PORTAL_PASSWORD_REQUIRE_CLASSES", True))

    def validate(self, password: str, user: Any = None) -> None:
        if self._enabled():
            super().validate(password, user)

    def get_help_text(self) -> str:
        return message("E-PASSWORD-CLASSES")


class PasswordNotContainingAuthIdValidator(_PartValidator):
    """The password must not contain the user's auth ID (their username), in any case."""

    codes = frozenset({"E-PASSWORD-CONTAINS-ID"})

    def get_help_text(self) -> str:
        return message("E-PASSWORD-CONTAINS-ID")


# Words anyone attacking this site would try first: its own name, the agency, the procedure
# (QUALITY A2). Compared after undoing common letter substitutions, so "1mm1gr@t10n" counts.
CONTEXT_WORDS = (
    "immigration",
    "nyukan",
    "nyuukan",
    "zairyu",
    "zairyuu",
    "todokede",
    "notification",
    "residence",
    "portal",
    "password",
    "isa",
    "moj",
)
_LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "@": "a",
        "$": "s",
        "!": "i",
        "+": "t",
    }
)


def _skeleton(password: str) -> str:
    """The letters a password is built on: lower case, substitutions undone, the digits and
    symbols people add at the ends to satisfy a composition rule removed."""
    core = password.lower().strip("0123456789" + "".join(PASSWORD_SYMBOLS))
    return core.translate(_LEET)


class ContextWordsValidator:
    """Rejects passwords that are a common password or a word about this site dressed up with
    digits and symbols ("Passw0rd!", "Immigration1!"), which the composition rule lets through
    (QUALITY A2, §3.1). Uses Django's list of 20,000 common passwords."""

    def __init__(self) -> None:
        from django.contrib.auth.password_validation import CommonPasswordValidator

        self._common = CommonPasswordValidator().passwords

    def validate(self, password: str, user: Any = None) -> None:
        skeleton = _skeleton(password or "")
        plain = (password or "").lower().strip("0123456789" + "".join(PASSWORD_SYMBOLS))
        guessable = (
            skeleton in self._common
            or plain in self._common
            or any(word in skeleton or word in plain for word in CONTEXT_WORDS if len(word) > 3)
        )
        if guessable:
            raise as_validation_error(RuleError("E-PASSWORD-GUESSABLE"))

    def get_help_text(self) -> str:
        return message("E-PASSWORD-GUESSABLE")
