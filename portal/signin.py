"""The one way a password is checked on this site (SPEC A5, X2; QUALITY A3, A7–A9, A11).

There are two doors, and each kind of user has exactly one:

* ``ACCOUNT``: residents and organization users, through the account sign-in page (and the
  current-password checks of their account pages);
* ``ADMIN``: ministry staff, through the admin login, then their second factor.

`check_password` is the only caller of `django.contrib.auth.authenticate` that names a door;
the sign-in backend (`filings.auth_backends.AccountBackend`) refuses every call that names
none, or names the other kind's door. So Wagtail's own login forms, or a login route a
dependency adds later, cannot create a session for anyone: they answer as for an unknown
account, after the same password-hasher work (no timing difference).

Every check, whatever the door, applies the same policy:

* the per-address limit of failed checks (`portal.throttle`),
* django-axes' lockout per auth ID, the correct password refused while locked,
* a row lock on the user, held from axes' lockout check to the recording of the failure, so
  parallel guesses for one ID run one at a time and cannot slip past the limit,
* the leaked-password flag (`password_must_change`) when the right password is a known one,
* an audit event for every outcome.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.password_validation import CommonPasswordValidator
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest

from portal import throttle
from portal.audit import record
from portal.client_ip import client_ip as trusted_client_ip
from portal.models import AuditEvent

ACCOUNT = "account"
ADMIN = "admin"
DOORS = (ACCOUNT, ADMIN)
# The keyword `check_password` passes to `authenticate`; the backend refuses calls without it.
DOOR_KEYWORD = "portal_door"

FAILURES_PER_IP = 30  # failed checks per address and window (QUALITY A9)
WINDOW = 600  # seconds


@dataclass(frozen=True)
class Outcome:
    """What a password check found. `user` is set only when the password was right."""

    user: object | None = None
    locked: bool = False
    throttled: bool = False
    target_kind: str | None = None

    @property
    def ok(self) -> bool:
        return self.user is not None


def client_ip(request: HttpRequest | None) -> str:
    """The client address for the per-address limit: the one rule of `portal.client_ip`
    (behind the proxy, the address the proxy saw), the same django-axes and the audit trail
    use. A request with no address at all (not over a socket) gets a key of its own rather
    than one shared by everyone."""
    if request is None:
        return "no-request"
    return trusted_client_ip(request) or f"no-address:{id(request)}"


def door_admits(kind: str, door: str | None) -> bool:
    """Whether a user of `kind` may pass a password check at `door` (None: no door named)."""
    user_model = get_user_model()
    if door == ACCOUNT:
        return kind in (user_model.Kind.RESIDENT, user_model.Kind.ORGANIZATION)
    if door == ADMIN:
        return kind == user_model.Kind.STAFF
    return False


def password_is_known_leaked(password: str) -> bool:
    """True when the password is in the offline list of leaked passwords (QUALITY A3).

    The list is Django's CommonPasswordValidator list (20,000 passwords taken from public
    breach corpora), shipped with Django: no network call, nothing downloaded.
    """
    try:
        CommonPasswordValidator().validate(password)
    except ValidationError:
        return True
    return False


def flag_leaked_password(user, password: str, *, request: HttpRequest | None = None) -> bool:
    """A right password found in the leaked list must be changed before anything else
    (QUALITY A3; NIST: force a change on evidence of compromise). Returns True if flagged."""
    if not password_is_known_leaked(password):
        return False
    get_user_model().objects.filter(pk=user.pk).update(password_must_change=True)
    user.password_must_change = True
    record("account.password_leaked", request=request, actor=user, target=user)
    return True


def check_password(
    request: HttpRequest,
    *,
    username: str,
    password: str,
    door: str,
    action: str = "login",
) -> Outcome:
    """Check `password` for `username` at `door` under the whole policy (module docstring).

    `action` names the audit events: ``login`` for a sign-in, ``password.reauth`` for a
    signed-in person confirming their current password. A wrong password, an unknown ID and
    an ID of the other door answer alike. The caller creates the session (or not).
    """
    if door not in DOORS:
        raise ValueError(f"unknown door {door!r}")
    ip = client_ip(request)
    if throttle.exceeded("login-ip", ip, limit=FAILURES_PER_IP, window=WINDOW):
        record(
            f"{action}.failure",
            request=request,
            outcome=AuditEvent.Outcome.DENIED,
            details={"reason": "rate", "door": door},
        )
        return Outcome(throttled=True)
    user_model = get_user_model()
    with transaction.atomic():
        # The row lock serialises every check for this ID, django-axes' own lockout check and
        # failure count included (QUALITY A8).
        target = user_model.objects.select_for_update().filter(username=username).first()
        user = authenticate(request, username=username, password=password, **{DOOR_KEYWORD: door})
    kind = target.kind if target is not None else None
    if user is None:
        if getattr(request, "axes_locked_out", False):
            record(
                "login.locked",
                request=request,
                outcome=AuditEvent.Outcome.DENIED,
                target=target,
                target_type="portal.user",
                target_id=username[:64],
                details={"door": door, "action": action},
            )
            return Outcome(locked=True, target_kind=kind)
        throttle.hit("login-ip", ip, limit=FAILURES_PER_IP, window=WINDOW)
        record(
            f"{action}.failure",
            request=request,
            outcome=AuditEvent.Outcome.FAILURE,
            target=target,
            target_type="portal.user",
            target_id=username[:64],
            details={"door": door},
        )
        return Outcome(target_kind=kind)
    flag_leaked_password(user, password, request=request)
    return Outcome(user=user, target_kind=kind)
