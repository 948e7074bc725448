"""Pure rules of the site shell: maintenance windows and which URLs they close (SPEC C2, N10).

No ORM here: callers pass plain values, so every case can be tested without a database and the
middleware, the banner and the admin preview all decide the same way.
"""

import enum
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

T = TypeVar("T")


class MaintenancePhase(enum.StrEnum):
    """Where "now" stands relative to one maintenance window."""

    NONE = "none"  # long before the window, or after it: nothing to show
    UPCOMING = "upcoming"  # inside the lead time: announce it with a banner
    ACTIVE = "active"  # the window is running: guarded URLs answer 503


@dataclass(frozen=True)
class WindowTimes:
    """The times of one maintenance window; `lead` is how long beforehand the banner shows."""

    start: datetime
    end: datetime
    lead: timedelta


def maintenance_phase(now: datetime, window: WindowTimes) -> MaintenancePhase:
    """The phase of `window` at `now`. The start is inclusive and the end exclusive, so at
    the very second the window ends everything is open again without anyone touching it."""
    if window.end <= window.start:
        return MaintenancePhase.NONE
    if window.start <= now < window.end:
        return MaintenancePhase.ACTIVE
    if window.start - window.lead <= now < window.start:
        return MaintenancePhase.UPCOMING
    return MaintenancePhase.NONE


def pick_window(
    now: datetime, windows: Iterable[tuple[T, WindowTimes]]
) -> tuple[T, MaintenancePhase] | None:
    """The window that matters at `now`: a running one first, else the next announced one."""
    active: list[tuple[datetime, T]] = []
    upcoming: list[tuple[datetime, T]] = []
    for item, times in windows:
        phase = maintenance_phase(now, times)
        if phase is MaintenancePhase.ACTIVE:
            active.append((times.end, item))
        elif phase is MaintenancePhase.UPCOMING:
            upcoming.append((times.start, item))
    if active:
        # Overlapping windows: the one that lasts longest decides when service returns.
        return max(active, key=lambda pair: pair[0])[1], MaintenancePhase.ACTIVE
    if upcoming:
        return min(upcoming, key=lambda pair: pair[0])[1], MaintenancePhase.UPCOMING
    return None


def retry_after_seconds(now: datetime, end: datetime) -> int:
    """The Retry-After value while a window runs: whole seconds until it ends, at least 1."""
    return max(1, math.ceil((end - now).total_seconds()))


def compile_guarded_paths(
    prefixes: Sequence[str], language_codes: Sequence[str]
) -> re.Pattern[str]:
    """A pattern matching every path under one of `prefixes`, with or without a language prefix.

    Prefixes are written without the language, e.g. ``"filing/"``: ``/ja/filing/...``,
    ``/tl/filing/...`` and ``/filing/...`` are all guarded, ``/ja/filing-guide/`` is not
    (a prefix names a whole path segment, so it must end with a slash).
    """
    cleaned = [p.strip("/") for p in prefixes if p.strip("/")]
    if not cleaned:
        return re.compile(r"(?!x)x")  # matches nothing
    languages = "|".join(re.escape(code) for code in sorted(language_codes, key=len, reverse=True))
    sections = "|".join(re.escape(p) for p in cleaned)
    return re.compile(rf"^/(?:(?:{languages})/)?(?:{sections})(?:/|$)")


def is_guarded_path(path: str, pattern: re.Pattern[str]) -> bool:
    """Whether `path` belongs to the filing, account and status side that maintenance closes."""
    return pattern.match(path) is not None
