"""Account services: every write about accounts goes through here (SPEC A1–A9, N4, N12, O2,
O4; QUALITY A6, A9, A11–A13, G1).

Each function is atomic, locks what it changes, writes the audit event with the change, and
queues its mail through `filings.services.mail.queue_mail` (sent after commit). Failures a
person can fix raise `AccountError` with a catalogue code and the form fields to mark.

This package face is what callers use (`from filings.services import accounts`); the work is
split by feature, lowest first:

- `common`: `AccountError`, today's date, setting a password and its confirmation mail;
- `tokens`: the one-time links of the mails and the account page's address;
- `residents`: a resident's registration against the registry (A1);
- `renotification`: the auth ID and a one-time code mailed to a resident (A6);
- `profile`: what a signed-in person changes: password, address, mail language and
  reminders (A4, A8);
- `members`: organization users, their activation link and their administrator (N12);
- `organizations`: pre-registration and the counter's approval (A2);
- `consent`: proxy consent (N4);
- `officers`: unlock, deactivate, re-enable at the counter (O2, O4);
- `nightly`: account validity and password reminders (A7, A4).
"""

from .common import (
    DENIED,
    FAILURE,
    AccountError,
    flag_leaked_password,
    password_is_known_leaked,
    today_in_japan,
)
from .consent import grant_proxy_consent, revoke_proxy_consent
from .members import (
    ACTIVATION_LINK_LIFETIME,
    activate_account,
    add_organization_user,
    reset_member_password,
    set_member_active,
)
from .nightly import apply_account_validity, send_password_reminders
from .officers import officer_set_active, officer_unlock
from .organizations import (
    REGISTRATION_FIELDS,
    approve_organization_registration,
    reject_organization_registration,
    submit_organization_registration,
)
from .profile import (
    EMAIL_LINK_LIFETIME,
    change_password,
    confirm_email_change,
    request_email_change,
    set_optional_reminders,
    set_preferred_language,
)
from .renotification import (
    CODE_ALPHABET,
    CODE_LENGTH,
    RENOTIFY_PER_HOUR,
    RESET_CODE_LIFETIME,
    RESET_CODE_MAX_ATTEMPTS,
    normalize_code,
    request_renotification,
    reset_password_with_code,
)
from .residents import find_card, register_resident
from .tokens import account_url, peek_link_token

__all__ = [
    "ACTIVATION_LINK_LIFETIME",
    "CODE_ALPHABET",
    "CODE_LENGTH",
    "DENIED",
    "EMAIL_LINK_LIFETIME",
    "FAILURE",
    "REGISTRATION_FIELDS",
    "RENOTIFY_PER_HOUR",
    "RESET_CODE_LIFETIME",
    "RESET_CODE_MAX_ATTEMPTS",
    "AccountError",
    "account_url",
    "activate_account",
    "add_organization_user",
    "apply_account_validity",
    "approve_organization_registration",
    "change_password",
    "confirm_email_change",
    "find_card",
    "flag_leaked_password",
    "grant_proxy_consent",
    "normalize_code",
    "officer_set_active",
    "officer_unlock",
    "password_is_known_leaked",
    "peek_link_token",
    "register_resident",
    "reject_organization_registration",
    "request_email_change",
    "request_renotification",
    "reset_member_password",
    "reset_password_with_code",
    "revoke_proxy_consent",
    "send_password_reminders",
    "set_member_active",
    "set_optional_reminders",
    "set_preferred_language",
    "submit_organization_registration",
    "today_in_japan",
]
