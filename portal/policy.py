"""Pure rules of the sign-in policy: session lifetimes and password age (SPEC A4; QUALITY A13,
B3, §3.4, §3.9). No ORM, no request: times are passed in, so tests can move the clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

IDLE_TIMEOUT = timedelta(minutes=30)
ABSOLUTE_TIMEOUT = timedelta(hours=12)
# Bulk uploaders work slowly: warn two minutes before the idle limit (QUALITY §3.9).
IDLE_WARNING_BEFORE = timedelta(minutes=2)
PASSWORD_REMINDER_DAYS: tuple[int, ...] = (30, 7)


@dataclass(frozen=True)
class SessionVerdict:
    expired: bool
    reason: str = ""  # "idle" or "absolute"


def session_verdict(
    now: datetime,
    login_at: datetime,
    last_activity_at: datetime,
    *,
    idle: timedelta = IDLE_TIMEOUT,
    absolute: timedelta = ABSOLUTE_TIMEOUT,
) -> SessionVerdict:
    """Whether a signed-in session has run out: idle for longer than `idle`, or older than
    `absolute` however active (ASVS 4.0.3 3.3.2, L2)."""
    if now - login_at >= absolute:
        return SessionVerdict(True, "absolute")
    if now - last_activity_at >= idle:
        return SessionVerdict(True, "idle")
    return SessionVerdict(False)


def password_expires_at(changed_at: datetime | None, max_age_days: int) -> datetime | None:
    """When a password set at `changed_at` stops working; None when expiry is off (0) or the
    time it was set is unknown (accounts created before the policy)."""
    if max_age_days <= 0 or changed_at is None:
        return None
    return changed_at + timedelta(days=max_age_days)


def password_expired(changed_at: datetime | None, now: datetime, max_age_days: int) -> bool:
    expires = password_expires_at(changed_at, max_age_days)
    return expires is not None and now >= expires


def password_reminder_due(
    changed_at: datetime | None,
    today: date,
    max_age_days: int,
    thresholds: tuple[int, ...] = PASSWORD_REMINDER_DAYS,
    *,
    tz: tzinfo | None = None,
) -> int | None:
    """The reminder threshold (30 or 7 days before expiry) that `today` has reached, or None.

    Returns the smallest threshold already reached while the password is still valid, so a
    reminder task that missed a day still sends the nearer reminder; de-duplication per
    (password, threshold) is the caller's job. `today` is a date on the calendar of `tz`, so the
    expiry moment is read on that calendar too (a UTC date is a day behind in Japan's mornings).
    """
    expires = password_expires_at(changed_at, max_age_days)
    if expires is None:
        return None
    expires_on = (expires.astimezone(tz) if tz else expires).date()
    days_left = (expires_on - today).days
    if days_left <= 0:
        return None
    reached = [t for t in thresholds if days_left <= t]
    return min(reached) if reached else None
