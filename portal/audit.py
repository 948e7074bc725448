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
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

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

# What each action code means, for people reading the trail in the back office. The codes stay
# what is stored, logged and filtered on; only the screens show these labels. Every code a
# `record` call writes has one (tests/filings/test_audit_labels.py scans the source for them).
ACTION_LABELS: dict[str, str] = {
    "account.activate": _("Password set through the mailed link"),
    "account.deactivate": _("Account deactivated"),
    "account.reactivate": _("Account re-enabled"),
    "account.email_change_requested": _("Email address change requested"),
    "account.email_changed": _("Email address changed"),
    "account.expire": _("Account deactivated automatically"),
    "account.language": _("Mail language changed"),
    "account.reminders": _("Deadline reminders turned on or off"),
    "account.password_change": _("Password changed"),
    "account.password_leaked": _("Leaked password detected at sign-in"),
    "account.password_reset": _("Password reset with a mailed code"),
    "account.register": _("Resident account registered"),
    "account.renotify": _("Auth ID sent again"),
    "account.unlock": _("Sign-in lock lifted"),
    "bulk.received": _("Bulk file received"),
    "bulk.registered": _("Bulk file checked against the registry"),
    "bulk.viewed": _("Bulk file opened"),
    "consent.grant": _("Consent given"),
    "consent.revoke": _("Consent withdrawn"),
    "filing.completed": _("Filing completed"),
    "filing.exported": _("Filings exported"),
    "filing.registered": _("Filing checked against the registry"),
    "filing.retention_applied": _("Retention rules applied"),
    "filing.retried": _("Filing processed again"),
    "filing.submitted": _("Filing submitted"),
    "filing.viewed": _("Filing opened"),
    "filing.withdrawn": _("Filing withdrawn"),
    "login.failure": _("Sign-in failed"),
    "login.locked": _("Sign-in refused: account locked"),
    "login.success": _("Signed in"),
    # The page after signing out says "Signed out" as a sentence; the trail wants a noun.
    "logout": pgettext_lazy("audit action", "Signed out"),
    "organization.approve": _("Organization registration approved"),
    "organization.preregister": _("Organization pre-registration submitted"),
    "organization.reject": _("Organization registration rejected"),
    "organization.user_add": _("Organization user added"),
    "organization.user_disable": _("Organization user disabled"),
    "organization.user_enable": _("Organization user enabled"),
    "organization.user_reset": _("Organization user's password reset"),
    "otp.disable": _("Second factor turned off"),
    "otp.enable": _("Second factor turned on"),
    "otp.failure": _("Second-factor code rejected"),
    "password.reauth.failure": _("Password confirmation failed"),
    "personal_data.viewed": _("Record with personal data opened"),
    "personal_data.listed": _("Listing with personal data shown"),
    "registry.created": _("Registry record added"),
    "registry.changed": _("Registry record changed"),
    "registry.deleted": _("Registry record deleted"),
    "registry.imported": _("Registry file imported"),
    "reference_data.created": _("Reference data added"),
    "reference_data.changed": _("Reference data changed"),
    "reference_data.deleted": _("Reference data deleted"),
    "session.timeout": _("Session timed out"),
}


def action_label(code: str) -> str:
    """The label of an action code in the active language; an unknown code (one written by an
    older release, say) is shown as it is rather than hidden."""
    label = ACTION_LABELS.get(code)
    return str(label) if label is not None else code


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
