"""Forms of the account pages (SPEC A1–A8, N4, N12; QUALITY A4, A5).

Checks come from `filings.rules` and messages from the error catalogue, so the forms say what
the manual's error list says. Password fields are never stripped or truncated (A4), never
re-rendered with their value, and carry the right autocomplete hint (A5).

Callers import from this package face; the forms live by feature (`residents`, `credentials`,
`organizations`, `my_page`) on top of `common`, which the others share.
"""

from .common import (
    AccessibleFormMixin,
    NewPasswordMixin,
    auth_id_field,
    check_auth_id,
    check_email,
    email_field,
    password_field,
)
from .credentials import (
    ChangeEmailForm,
    LoginForm,
    OTPCodeForm,
    ResetPasswordForm,
    SetPasswordForm,
    check_current_password,
)
from .my_page import ConsentForm, PreferredLanguageForm
from .organizations import (
    AddOrganizationUserForm,
    OrganizationRegistrationForm,
    strip_bidi_controls,
)
from .residents import IdentityForm, NationalityChoiceField, RegistrationForm, RenotifyForm

__all__ = [
    "AccessibleFormMixin",
    "AddOrganizationUserForm",
    "ChangeEmailForm",
    "ConsentForm",
    "IdentityForm",
    "LoginForm",
    "NationalityChoiceField",
    "NewPasswordMixin",
    "OTPCodeForm",
    "OrganizationRegistrationForm",
    "PreferredLanguageForm",
    "RegistrationForm",
    "RenotifyForm",
    "ResetPasswordForm",
    "SetPasswordForm",
    "auth_id_field",
    "check_auth_id",
    "check_current_password",
    "check_email",
    "email_field",
    "password_field",
    "strip_bidi_controls",
]
