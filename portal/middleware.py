"""Request-wide guards of the site shell: control characters in the address, staff
two-factor, the content security policy and maintenance windows."""

import unicodedata
from urllib.parse import urlencode

from csp.middleware import CSPMiddleware, PolicyParts

from django.conf import settings
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.functional import SimpleLazyObject

from .rules import compile_guarded_paths, is_guarded_path, retry_after_seconds

ADMIN_PREFIXES = ("/admin/",)
# The admin and its second-factor pages: ministry staff only.
STAFF_ONLY_PREFIXES = ("/admin/", "/admin-2fa/")
# Pages of the admin a staff member must reach before the second factor: signing in and out
# and the password reset by mail. Everything else under the prefixes needs a verified device.
ADMIN_OPEN_PATHS = (
    "/admin/login/",
    "/admin/logout/",
    "/admin/password_reset/",
)


def has_control_character(text: str) -> bool:
    """Whether `text` holds a control character (Unicode category Cc: NUL, line breaks, tabs,
    escape, DEL and the C1 range)."""
    return any(unicodedata.category(ch) == "Cc" for ch in text)


class ControlCharacterMiddleware:
    """A path or query parameter with a control character answers 400 with an explanation.

    No page of the site uses them, and further in they break things far from here: PostgreSQL
    refuses a NUL in any query (a search for "\\x00" was a 500), a line break in a value
    reaches logs and mail headers. One check at the door covers every route and parameter,
    present and future (tests/portal/test_hostile_parameters.py). Form bodies are left to the
    forms: text areas carry line breaks, and Django's fields already refuse NUL.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_control_character(request.path) or any(
            has_control_character(key) or any(has_control_character(v) for v in values)
            for key, values in request.GET.lists()
        ):
            # Rendered here: only a view's template response is rendered by the handler.
            response = TemplateResponse(request, "400.html", status=400).render()
            response["Cache-Control"] = "no-store"
            return response
        return self.get_response(request)


class StaffLanguageMiddleware:
    """Staff pages speak the language the staff member chose, else the ministry's.

    Django's locale middleware follows the browser, and Wagtail takes that language when a
    user has set none: an officer with an English browser got a half-English admin. Here staff
    pages (the admin and its second-factor pages) start from the language chosen in the staff
    member's account settings, or the server's default (Japanese) before sign-in and when none
    is chosen. Runs after authentication, so the second-factor pages follow the choice too.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(STAFF_ONLY_PREFIXES):
            language = self.chosen_language(request) or settings.LANGUAGE_CODE
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)

    @staticmethod
    def chosen_language(request) -> str:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return ""
        from wagtail.users.models import UserProfile

        chosen = (
            UserProfile.objects.filter(user_id=user.pk)
            .values_list("preferred_language", flat=True)
            .first()
        )
        permitted = {code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES}
        return chosen if chosen in permitted else ""


class StaffTwoFactorMiddleware:
    """Every signed-in user must pass a second factor before any admin URL (SPEC X2, QUALITY A16).

    Wagtail itself enforces nothing here (STACK section 2), so this runs after django-otp's
    OTPMiddleware, which sets `user.is_verified()`. A user without a device is sent to enrol,
    a user with one to verify; both come back to the page they asked for. Residents and
    organization users are sent to the site's top page in their language instead.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        user = request.user
        if path.startswith(STAFF_ONLY_PREFIXES) and user.is_authenticated and user.is_filer:
            # Residents and organization users have nothing in the admin: they are sent back
            # to the site, never asked to enrol an authenticator for it.
            return redirect(f"/{user.language_code or settings.LANGUAGE_CODE}/")
        if (
            settings.PORTAL_STAFF_OTP_REQUIRED
            and path.startswith(ADMIN_PREFIXES)
            and not path.startswith(ADMIN_OPEN_PATHS)
            and request.user.is_authenticated
            and not request.user.is_verified()
        ):
            from django_otp import user_has_device

            target = "portal_otp_verify" if user_has_device(request.user) else "portal_otp_setup"
            return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)


class PortalCSPMiddleware(CSPMiddleware):
    """Strict nonce policy for the public site; the admin's own documented policy (QUALITY §3.8)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIXES):
            return PolicyParts(config=dict(settings.PORTAL_ADMIN_CSP), nonce=None)
        return parts


class MaintenanceMiddleware:
    """While a maintenance window runs, the filing side answers 503; reading pages stay open.

    The window that matters is looked up lazily, at most once per request, and kept on
    `request.maintenance` for the banner. Guarded are the URL sections listed in
    `settings.PORTAL_MAINTENANCE_GUARDED_PATHS` (with or without a language prefix) and the
    page types registered under `portal.hooks.MAINTENANCE_GUARDED_PAGES` (checked in the
    `before_serve_page` hook, portal/wagtail_hooks.py). When the window ends the next request
    is served normally: nothing has to be switched back (SPEC N10).
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.pattern = compile_guarded_paths(
            getattr(settings, "PORTAL_MAINTENANCE_GUARDED_PATHS", ()),
            [code for code, _name in settings.LANGUAGES],
        )

    def __call__(self, request):
        request.maintenance = SimpleLazyObject(lookup_maintenance)
        if is_guarded_path(request.path_info, self.pattern):
            state = request.maintenance
            if state and state.active:
                return maintenance_response(request, state)
        return self.get_response(request)


class _NoMaintenance:
    """Stands for "no window now"; falsy, so templates can write {% if request.maintenance %}."""

    active = False
    upcoming = False

    def __bool__(self) -> bool:
        return False


NO_MAINTENANCE = _NoMaintenance()


def lookup_maintenance():
    from .models import current_maintenance

    return current_maintenance() or NO_MAINTENANCE


def maintenance_response(request, state):
    """The maintenance page in the reader's language: 503 with Retry-After (RFC 9110)."""
    response = TemplateResponse(
        request, "portal/maintenance.html", {"maintenance": state}, status=503
    )
    response["Retry-After"] = str(retry_after_seconds(state.now, state.end))
    response["Cache-Control"] = "no-store"
    return response.render()
