"""The sign-in backend: who may be signed in, and by which door.

Password checks: only `portal.signin.check_password` names a door (the account sign-in page
for residents and organization users, the admin login for staff). A call of
`django.contrib.auth.authenticate` that names no door, or the other kind's door (Wagtail's
`_util/login/`, the admin login tried with a filer's ID, any login route a dependency adds),
is refused after the same password-hasher work as a wrong password, so it answers as if the
account did not exist there, with no timing difference, and no session is created.

Validity (A7): an account whose validity has ended signs in no more, and its sessions end
with the next request, on the day itself; the nightly job (`apply_account_validity`) only
records the end. A resident's account ends after its `valid_until` day (Japan's date), an
organization user's one year after the last use.

Sessions: every request of a signed-in resident or organization user asks, through
`filer_for`, for the user's resident account and person or their organization membership: two
more queries after the user's own on every filing, status and account page. Read together
with the user, they cost one query, the one the session already makes.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import ObjectDoesNotExist

from filings.rules.accounts import organization_user_valid_until, still_valid
from filings.rules.deadlines import today_in_japan
from portal import signin

PATH = "filings.auth_backends.AccountBackend"


class AccountBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        door = kwargs.pop(signin.DOOR_KEYWORD, None)
        model = get_user_model()
        if username is None:
            username = kwargs.get(model.USERNAME_FIELD)
        if username is None or password is None:
            return None
        user = model._default_manager.filter(**{model.USERNAME_FIELD: username}).first()
        if user is None or not signin.door_admits(user.kind, door):
            # The hasher's work of a real check, so a refused account and an unknown one take
            # the same time (Django's own defence for unknown users).
            model().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None

    def user_can_authenticate(self, user):
        return super().user_can_authenticate(user) and account_still_valid(user)

    def get_user(self, user_id):
        model = get_user_model()
        user = (
            model._default_manager.select_related(
                "resident_account__resident", "organization_membership__organization"
            )
            .filter(pk=user_id)
            .first()
        )
        return user if user is not None and self.user_can_authenticate(user) else None


def account_still_valid(user, today=None) -> bool:
    """Whether a resident's or organization user's account is within its validity today."""
    today = today or today_in_japan()
    kind = getattr(user, "kind", None)
    model = get_user_model()
    if kind == model.Kind.RESIDENT:
        try:
            account = user.resident_account
        except ObjectDoesNotExist:
            return True  # no account record: nothing to expire (the pages refuse such users)
        return still_valid(account.valid_until, today)
    if kind == model.Kind.ORGANIZATION:
        last_used = user.last_login or user.date_joined
        return still_valid(organization_user_valid_until(last_used), today)
    return True
