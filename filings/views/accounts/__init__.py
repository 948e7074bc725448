"""Views of the account pages (routes of `filings.models.AccountPage` and
`OrganizationRegistrationPage`). Forms check and `filings.services.accounts` writes the
accounts. The views themselves write only what belongs to the request: the session (sign-in,
sign-out, the pending second factor), the audit events of those steps, and the person's own
TOTP device (`credentials.two_factor` creates, confirms and removes it; `login.verify_totp`
checks a code under a row lock).

Security notes (QUALITY A5–A11, B2, B4, C5, G1): sign-in rotates the session; sign-out is a
POST; re-notification answers the same whatever the data; per-IP limits use the cache; every
outcome is audited; pages are never cached (the page's serve() sets no-store).

The pages route through this package face; the views live by feature: `registration`,
`login`, `renotification`, `my_page`, `credentials` and `organizations`, on top of `common`
(rendering, limits, the way back to sign-in).
"""

from .common import REGISTER_PER_IP, RENOTIFY_PER_IP
from .credentials import change_email, change_password, confirm_email, two_factor
from .login import PENDING_2FA, login_verify, login_view, logout_view, services_error
from .my_page import consents, inbox, inbox_mail, preferred_language, profile
from .organizations import (
    ADD_USER_PER_HOUR,
    REGISTERED_REFERENCE,
    organization_add_user,
    organization_member,
    organization_registration,
    organization_registration_done,
    organization_users,
)
from .registration import index, register, register_done
from .renotification import activate, renotify, renotify_password

__all__ = [
    "ADD_USER_PER_HOUR",
    "PENDING_2FA",
    "REGISTERED_REFERENCE",
    "REGISTER_PER_IP",
    "RENOTIFY_PER_IP",
    "activate",
    "change_email",
    "change_password",
    "confirm_email",
    "consents",
    "inbox",
    "inbox_mail",
    "index",
    "login_verify",
    "login_view",
    "logout_view",
    "organization_add_user",
    "organization_member",
    "organization_registration",
    "organization_registration_done",
    "organization_users",
    "preferred_language",
    "profile",
    "register",
    "register_done",
    "renotify",
    "renotify_password",
    "services_error",
    "two_factor",
]
