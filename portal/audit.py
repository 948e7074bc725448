"""Writing the audit trail: one function, `record` (SPEC X1, QUALITY G1, G2, G5).

Every authentication and account event goes through here, so each one gets the same shape: UTC
time, actor, action, target, client IP (`portal.client_ip`, the same rule as django-axes and
the per-address limits: X-Forwarded-For is read only as far as `PORTAL_TRUSTED_PROXIES` goes,
so a spoofed header is ignored; QUALITY A10), user agent, the
request id, outcome and a few non-personal details. Each event is also written as one log line
in which every value is escaped, so a crafted auth ID cannot forge a second line (G5).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from django.db import models
from django.http import HttpRequest

from .client_ip import client_ip
from .models import AuditEvent

logger = logging.getLogger("portal.audit")

USER_AGENT_MAX = 300
# Keys that must never reach the trail, whatever a caller passes (QUALITY G2).
FORBIDDEN_DETAIL_KEYS = frozenset(
    {
        "password",
        "password1",
        "password2",
        "new_password",
        "code",
        "token",
        "otp_token",
        "card_number",
    }
)


def request_id(request: HttpRequest | None) -> str:
    """The id of this request: the one RequestIdMiddleware assigned, or a new one."""
    if request is None:
        return ""
    rid = getattr(request, "request_id", "")
    if not rid:
        rid = uuid.uuid4().hex
        request.request_id = rid
    return rid


def escape_for_log(value: Any) -> str:
    """A value as one safe token of a log line: control characters (CR, LF, tabs, escape
    sequences) become visible escapes instead of breaking the line (QUALITY G5)."""
    text = str(value)
    return text.encode("unicode_escape").decode("ascii").replace('"', '\\"')


def _client_ip(request: HttpRequest) -> str | None:
    try:
        return client_ip(request)
    except Exception:  # an unparsable header must never stop the event being recorded
        return None


def _target(target: models.Model | None, target_type: str, target_id: Any) -> tuple[str, str]:
    if target is None:
        return target_type, "" if target_id is None else str(target_id)
    meta = target._meta
    ident = getattr(target, "public_id", None) or target.pk
    return target_type or f"{meta.app_label}.{meta.model_name}", str(ident)


def record(
    action: str,
    *,
    request: HttpRequest | None = None,
    actor: Any = None,
    target: models.Model | None = None,
    target_type: str = "",
    target_id: Any = None,
    outcome: str = AuditEvent.Outcome.SUCCESS,
    details: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the trail and log it.

    `actor` defaults to the request's signed-in user. `details` must hold only non-personal
    facts; keys that name secrets are dropped here as a last line of defence.
    """
    event = _event(
        action,
        request=request,
        actor=actor,
        target=target,
        target_type=target_type,
        target_id=target_id,
        outcome=outcome,
        details=details,
    )
    event.save(force_insert=True)
    _log(event)
    return event


def record_many(entries: Iterable[Mapping[str, Any]]) -> list[AuditEvent]:
    """Append several events with one INSERT (a bulk file's batch of rows) and log each.

    Each entry holds the keyword arguments of `record` ("action" included); every event is
    built, filtered and logged exactly as `record` does it, only the insert is shared.
    """
    events = [_event(**entry) for entry in entries]
    if not events:
        return []
    AuditEvent.objects.bulk_create(events)
    for event in events:
        _log(event)
    return events


def _event(
    action: str,
    *,
    request: HttpRequest | None = None,
    actor: Any = None,
    target: models.Model | None = None,
    target_type: str = "",
    target_id: Any = None,
    outcome: str = AuditEvent.Outcome.SUCCESS,
    details: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """One event as `record` and `record_many` store it (not saved yet)."""
    if actor is None and request is not None:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            actor = user
    clean_details = {
        str(k): v for k, v in (details or {}).items() if str(k).lower() not in FORBIDDEN_DETAIL_KEYS
    }
    kind, ident = _target(target, target_type, target_id)
    return AuditEvent(
        actor=actor if getattr(actor, "pk", None) else None,
        actor_label=(actor.get_username() if getattr(actor, "pk", None) else "")[:150],
        action=action,
        target_type=kind[:60],
        target_id=ident[:64],
        ip_address=_client_ip(request) if request is not None else None,
        user_agent=(request.META.get("HTTP_USER_AGENT", "") if request is not None else "")[
            :USER_AGENT_MAX
        ],
        request_id=request_id(request),
        outcome=outcome,
        details=clean_details,
    )


def _log(event: AuditEvent) -> None:
    """The event as one log line in which every value is escaped (G5)."""
    logger.info(
        'audit action="%s" outcome="%s" actor="%s" target="%s:%s" ip="%s" request="%s" '
        'details="%s"',
        escape_for_log(event.action),
        escape_for_log(event.outcome),
        escape_for_log(event.actor_label),
        escape_for_log(event.target_type),
        escape_for_log(event.target_id),
        escape_for_log(event.ip_address or ""),
        escape_for_log(event.request_id),
        escape_for_log(event.details),
    )
