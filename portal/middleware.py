"""Request-wide guards of the site shell: staff two-factor and the content security policy."""

from urllib.parse import urlencode

from csp.middleware import CSPMiddleware, PolicyParts

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

ADMIN_PREFIXES = ("/admin/",)
# Pages of the admin a staff member must reach before the second factor: signing in and out
# and the password reset by mail. Everything else under the prefixes needs a verified device.
ADMIN_OPEN_PATHS = (
    "/admin/login/",
    "/admin/logout/",
    "/admin/password_reset/",
)


class StaffTwoFactorMiddleware:
    """Every signed-in user must pass a second factor before any admin URL (SPEC X2, QUALITY A16).

    Wagtail itself enforces nothing here (STACK section 2), so this runs after django-otp's
    OTPMiddleware, which sets `user.is_verified()`. A user without a device is sent to enrol,
    a user with one to verify; both come back to the page they asked for.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
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
