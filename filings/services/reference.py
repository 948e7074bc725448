"""Look-ups of the reference data for forms, checks and workbooks (SPEC O5, F3; Q61, Q62).

`filings.fields` checks a value against the codes it is given and reads no database; this
module gives them. Statuses, nationalities, prefectures and municipalities are edited in the
back office, so the lists are read from the database, and kept per process for a while: a
submit used to read the nationalities, prefectures and the prefecture's municipalities every
time (three queries under the draft's row lock). A set is trusted for REFERENCE_RECHECK_SECONDS,
then compared with a version in the shared cache (one cache read, no query) that every change
of the reference data replaces (`reference_data_changed`, connected to the models' signals and
called by the loader), so another process sees an officer's edit within that time.
"""

from __future__ import annotations

import datetime
import threading
import time
import uuid
from collections.abc import Collection
from typing import Any

from django.core.cache import cache

from filings.fields import AllowedCodes, ChoiceSource, static_choices
from filings.models.reference import Municipality, Nationality, Prefecture

REFERENCE_VERSION_KEY = "filings:reference-data:version"
REFERENCE_RECHECK_SECONDS = 30.0
_DB_SOURCES = frozenset({"nationality", "prefecture", "municipality"})
_reference_sets: dict[tuple[str, str], tuple[str, float, frozenset[str]]] = {}
_reference_lock = threading.Lock()


def choice_values(
    source: ChoiceSource, *, today: datetime.date, prefecture: str | None = None
) -> list[tuple[str, str]]:
    """(code, label in the active language) pairs a choice field offers, in display order:
    nationalities by English name (Q61), municipalities within a prefecture (Q62)."""
    found = static_choices(source, today=today)
    if found is not None:
        return found
    if source == ChoiceSource.NATIONALITY:
        return [(n.code, n.label) for n in Nationality.objects.filter(is_active=True)]
    if source == ChoiceSource.PREFECTURE:
        return [(p.code, p.label) for p in Prefecture.objects.all()]
    if source == ChoiceSource.MUNICIPALITY:
        municipalities = Municipality.objects.active()
        if prefecture:
            municipalities = municipalities.filter(prefecture__code=prefecture)
        return [(m.code, m.label) for m in municipalities.only("code", "name_ja")]
    raise ValueError(source)


def _reference_version() -> str:
    return str(cache.get(REFERENCE_VERSION_KEY) or "0")


def reference_data_changed(*args: Any, **kwargs: Any) -> None:
    """Forget this process's code sets and tell the others theirs are stale (signal receiver)."""
    with _reference_lock:
        _reference_sets.clear()
    cache.set(REFERENCE_VERSION_KEY, uuid.uuid4().hex, timeout=None)


def allowed_codes(
    source: ChoiceSource, *, today: datetime.date, prefecture: str | None = None
) -> frozenset[str]:
    """The codes a choice field accepts, from the per-process sets when they are current."""
    if source not in _DB_SOURCES:
        return frozenset(code for code, _label in choice_values(source, today=today))
    key = (str(source), prefecture or "")
    now = time.monotonic()
    entry = _reference_sets.get(key)
    if entry is not None and now < entry[1]:
        return entry[2]
    version = _reference_version()
    if entry is not None and entry[0] == version:
        codes = entry[2]
    else:
        codes = frozenset(
            code for code, _label in choice_values(source, today=today, prefecture=prefecture)
        )
    with _reference_lock:
        _reference_sets[key] = (version, now + REFERENCE_RECHECK_SECONDS, codes)
    return codes


def lookup(today: datetime.date) -> AllowedCodes:
    """The `allowed` argument of `fields.check_all` for one record or a whole file: each list
    is looked up once, however many rows ask for it."""
    seen: dict[tuple[ChoiceSource, str | None], Collection[str]] = {}

    def allowed(source: ChoiceSource, prefecture: str | None) -> Collection[str]:
        key = (source, prefecture)
        if key not in seen:
            seen[key] = allowed_codes(source, today=today, prefecture=prefecture)
        return seen[key]

    return allowed
