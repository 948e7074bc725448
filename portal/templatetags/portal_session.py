"""The numbers the idle-timeout warning needs (QUALITY B3): seconds left, the idle limit, and
how long before the end the warning appears."""

from django import template
from django.conf import settings
from django.utils import timezone

from portal import policy

register = template.Library()


@register.simple_tag(takes_context=True)
def session_timeout_context(context) -> dict | None:
    request = context.get("request")
    expires = getattr(request, "session_expires_at", None) if request is not None else None
    if expires is None:
        return None
    return {
        "remaining": max(int((expires - timezone.now()).total_seconds()), 0),
        "idle": int(settings.PORTAL_SESSION_IDLE_TIMEOUT.total_seconds()),
        "warn": int(policy.IDLE_WARNING_BEFORE.total_seconds()),
    }
