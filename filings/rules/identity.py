"""Who a person is, as the residence card says (SPEC A1, A6, F3; Q63, Q65–Q67): the identity
fields, the part of them a resident types to prove who they are, and the one comparison of
typed data with the registry's. No ORM: callers hand in plain values (stored strings, or a
date and codes from a form).

`filings.fields` defines how each of these fields is typed and checked, in this order; the
filing wizard, the workbooks and the account forms all ask for them by these codes.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping

from .identifiers import normalize_card_number
from .text import normalize_latin_name

# The identity every filing carries and compares with the registry, in form order (F3).
IDENTITY_CODES: tuple[str, ...] = (
    "name_latin",
    "birth_date",
    "sex",
    "nationality",
    "prefecture",
    "municipality",
    "address_rest",
    "card_number",
)
ADDRESS_CODES: tuple[str, ...] = ("prefecture", "municipality", "address_rest")
# What a resident types to register or to be re-notified (A1, A6): the card without the
# address, the card number first, as the account forms ask for them. On a mismatch all of them
# are marked, never only the wrong one (Q63).
CARD_CODES: tuple[str, ...] = (
    "card_number",
    *(code for code in IDENTITY_CODES if code not in ADDRESS_CODES and code != "card_number"),
)


def _upper(text: str) -> str:
    return text.strip().upper()


# How a value is written on the card, so typed data and the registry's compare as the card
# reads: upper case, single spaces, a half-width card number without separators. The other
# fields compare as stored.
_NORMALIZE: dict[str, Callable[[str], str]] = {
    "card_number": normalize_card_number,
    "name_latin": normalize_latin_name,
    "sex": _upper,
    "nationality": _upper,
}


def normalized(code: str, value: object) -> str:
    """One identity value in the form it is compared in (a date as ISO 8601)."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = "" if value is None else str(value)
    normalize = _NORMALIZE.get(code)
    return normalize(text) if normalize is not None else text


def identity_matches(
    typed: Mapping[str, object],
    on_record: Mapping[str, object] | None,
    codes: Iterable[str] = IDENTITY_CODES,
) -> bool:
    """Whether typed data equal the registry's (`on_record`; None: no such card) in every field
    of `codes`, after `normalized`.

    The answer is one yes or no on purpose: a mismatch marks every field to recheck and never
    says which was wrong (Q63), so a form cannot be used to discover someone's data one field
    at a time. Every field is compared even after a difference, so the time taken does not
    tell how far the match went either.
    """
    if on_record is None:
        return False
    same = [
        normalized(code, typed.get(code)) == normalized(code, on_record.get(code)) for code in codes
    ]
    return all(same)
