"""Request-wide guards of the sign-in policy: request ids, session timeouts, password expiry
(SPEC A4, X1; QUALITY B3, B4, A13, G1).

Kept apart from portal/middleware.py (two-factor, CSP, maintenance) because these concern the
session of any signed-in person, not the admin or the content.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.shortcuts import redirect
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control

from . import policy

LOGIN_AT = "_portal_login_at"
LAST_SEEN = "_portal_last_seen"
TIMED_OUT = "_portal_timed_out"
# Writing the session on every request would mean one database write per page view; activity
# is recorded at most once a minute, which is precise enough for a 30-minute idle limit.
ACTIVITY_GRANULARITY_SECONDS = 60

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class RequestIdMiddleware:
    """Gives each request an id, echoed in the X-Request-ID header and written with every audit
    event and error, so one request can be followed across logs. An id from the proxy is kept
    if it looks like one; anything else is replaced, never logged as sent."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.META.get("HTTP_X_REQUEST_ID", "")
        request.request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        response = self.get_response(request)
        response["X-Request-ID"] = request.request_id
        return response


@receiver(user_logged_in, dispatch_uid="portal_session_login_time")
def _remember_login_time(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        now = timezone.now().timestamp()
        request.session[LOGIN_AT] = now
        request.session[LAST_SEEN] = now


# Sign-in events of every door, the admin's included, are recorded by portal.signin (and the
# admin login form), with the door they were tried at.


def _from_ts(value) -> datetime | None:
    try:
        return datetime.fromtimestamp(float(value), tz=UTC)
    except (TypeError, ValueError):
        return None


class SessionTimeoutMiddleware:
    """Ends a signed-in session after 30 minutes without activity or 12 hours after sign-in,
    whatever the activity (QUALITY B3). Authenticated responses are never cached (B4).

    The idle limit is checked before the request counts as activity, so a request after 31
    minutes is already anonymous. `request.session_expires_at` tells templates when the idle
    limit falls, for the warning shown before it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            response = self._check(request)
            if response is not None:
                return response
        response = self.get_response(request)
        if getattr(request, "user", None) is not None and request.user.is_authenticated:
            patch_cache_control(response, no_store=True, private=True)
        return response

    def _check(self, request):
        now = timezone.now()
        session = request.session
        login_at = _from_ts(session.get(LOGIN_AT))
        last_seen = _from_ts(session.get(LAST_SEEN))
        if login_at is None or last_seen is None:
            # A session from before this middleware, or a test's force_login: start the clock.
            session[LOGIN_AT] = session[LAST_SEEN] = now.timestamp()
            login_at = last_seen = now
        verdict = policy.session_verdict(
            now,
            login_at,
            last_seen,
            idle=settings.PORTAL_SESSION_IDLE_TIMEOUT,
            absolute=settings.PORTAL_SESSION_ABSOLUTE_TIMEOUT,
        )
        if verdict.expired:
            from .audit import record

            record(
                "session.timeout",
                request=request,
                actor=request.user,
                target=request.user,
                details={"reason": verdict.reason},
            )
            logout(request)
            request.session[TIMED_OUT] = verdict.reason
            return None
        if (now - last_seen).total_seconds() >= ACTIVITY_GRANULARITY_SECONDS:
            session[LAST_SEEN] = now.timestamp()
            last_seen = now
        request.session_expires_at = min(
            last_seen + settings.PORTAL_SESSION_IDLE_TIMEOUT,
            login_at + settings.PORTAL_SESSION_ABSOLUTE_TIMEOUT,
        )
        return None


def _strip_language(path: str) -> str:
    for code, _name in settings.LANGUAGES:
        prefix = f"/{code}/"
        if path.startswith(prefix):
            return "/" + path[len(prefix) :]
    return path


class PasswordExpiryMiddleware:
    """A resident or organization user whose password has expired reaches only the password
    change page (and sign-out) until they set a new one (SPEC A4, Q48; QUALITY A13).

    Staff have no yearly expiry. A staff member whose password was found in the leaked list
    at the admin login (`password_must_change`) reaches only the admin account page, where
    the password is changed, the second factor and sign-out, until they set a new one.
    PORTAL_PASSWORD_MAX_AGE_DAYS=0 turns expiry off.
    """

    STAFF_CHANGE_PATH = "/admin/account/"
    STAFF_OPEN_PATHS = ("/admin/account/", "/admin/logout/", "/admin/jsi18n/", "/admin/sprite/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and getattr(user, "kind", "staff") == "staff"
            and getattr(user, "password_must_change", False)
            and request.path_info.startswith("/admin/")
            and not request.path_info.startswith(self.STAFF_OPEN_PATHS)
        ):
            return redirect(self.STAFF_CHANGE_PATH)
        if (
            user is not None
            and user.is_authenticated
            and getattr(user, "kind", "staff") != "staff"
            and (
                getattr(user, "password_must_change", False)
                or policy.password_expired(
                    user.password_changed_at,
                    timezone.now(),
                    settings.PORTAL_PASSWORD_MAX_AGE_DAYS,
                )
            )
        ):
            path = _strip_language(request.path_info)
            allowed = settings.PORTAL_PASSWORD_EXPIRED_OPEN_PATHS
            if not any(path.startswith(p) for p in allowed) and not path.startswith(
                (settings.STATIC_URL, "/healthz")
            ):
                language = translation.get_language() or settings.LANGUAGE_CODE
                return redirect(f"/{language}{settings.PORTAL_PASSWORD_CHANGE_PATH}")
        return self.get_response(request)
