"""Every route that can authenticate, sign someone in, or set or reset a password is known,
and each applies the sign-in policy (security issue: "the tests that keep doors closed").

The routes are found, not listed: every Django URL pattern (the admin, Wagtail's, wagtail-
localize's, django-otp's and django-axes' included) and every page route is scanned with
`tests/portal/credential_scan.py`, which follows each view's code into the project and those
dependencies and flags what reaches `authenticate`, `login`, `check_password`,
`set_password` or `set_unusable_password`. The result must equal the explicit list below: a
dependency upgrade or a new view that adds such a route fails until it is classified here and
shown to follow the policy.

The routes that check a password are then driven one by one and shown to apply the same
policy: the lockout per ID (django-axes, under the row lock of `portal.signin`), the
per-address limit, the leaked-password flag and the audit trail; the second factor where the
person enrolled one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from axes.models import AccessAttempt
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.resolvers import LocalePrefixPattern
from django.utils import timezone

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import get_page_models

from filings.models import AccountToken
from portal import signin, throttle
from portal.models import AuditEvent
from tests.filings.accounts.helpers import (  # noqa: F401 (fixtures)
    _account_site_once,
    _fresh_rate_limits,
    account_site,
)
from tests.portal.credential_scan import Scanner

User = get_user_model()
PASSWORD = "Route#Check2026"
NEW_PASSWORD = "Route#Fresh2027"
LEAKED = "password1"  # in Django's list of common (leaked) passwords

# How each route that touches credentials is allowed, and where that is shown.
POLICY = "password checked through portal.signin.check_password (driven below)"
AFTER_CHECK = "session created only after the policy's own check or second factor"
NEW_ACCOUNT = "session for an account created in the same request (registration)"
LINK_OR_CODE = "password set through a single-use mailed link or code (filings.services)"
BY_OFFICER = "password set or reset for someone else by an officer or administrator"
OFF = "answers 404: WAGTAIL_PASSWORD_RESET_ENABLED = False"
SHADOWED = "shadowed by portal.views.frontend_login, which reads no password"

ALLOWED: dict[str | tuple[str, str], str] = {
    # The two doors and the current-password checks of signed-in people.
    "admin/login/": POLICY,
    ("filings.AccountPage", "login/"): POLICY,
    ("filings.AccountPage", "password/"): POLICY,
    ("filings.AccountPage", "email/"): POLICY,
    "admin/account/": POLICY,
    # Sign-in steps that follow the policy's check.
    ("filings.AccountPage", "login/verify/"): AFTER_CHECK,
    ("filings.AccountPage", "register/"): NEW_ACCOUNT,
    # Passwords set without the old one.
    ("filings.AccountPage", "renotify/password/"): LINK_OR_CODE,
    ("filings.AccountPage", "activate/<str:token>/"): LINK_OR_CODE,
    ("filings.AccountPage", "organization/<uuid:member_id>/"): BY_OFFICER,
    "admin/resident_accounts/edit/<int:pk>/": BY_OFFICER,
    "admin/organization_users/edit/<int:pk>/": BY_OFFICER,
    "admin/users/new/": BY_OFFICER,
    "admin/users/edit/<int:pk>/": BY_OFFICER,
    "admin/users/copy/<int:pk>/": BY_OFFICER,
    # Wagtail's own, closed.
    "admin/password_reset/confirm/<uidb64>/<token>/": OFF,
    "<lang>/_util/login/": SHADOWED,
}


def _django_routes():
    found = []

    def walk(entries, prefix: str):
        for entry in entries:
            if isinstance(entry.pattern, LocalePrefixPattern):
                route = "<lang>/"
            else:
                route = str(entry.pattern)
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, prefix + route)
            elif isinstance(entry, URLPattern):
                found.append((prefix + route, entry.callback))

    walk(get_resolver().url_patterns, "")
    return found


def _page_routes():
    for model in get_page_models():
        if issubclass(model, RoutablePageMixin) and not model._meta.abstract:
            for pattern in model.get_subpage_urls():
                yield (model._meta.label, str(pattern.pattern)), pattern.callback


def credential_routes() -> dict[str | tuple[str, str], frozenset[str]]:
    scanner = Scanner()
    found: dict = {}
    for key, callback in [*_django_routes(), *_page_routes()]:
        touched = scanner.scan(callback)
        if touched:
            found[key] = found.get(key, frozenset()) | touched
    return found


def test_every_route_that_touches_credentials_is_known():
    found = credential_routes()
    assert set(found) - set(ALLOWED) == set(), "classify the new route and test its policy"
    assert set(ALLOWED) - set(found) == set(), "a listed route no longer touches credentials"
    # The walk does see the sign-in operations it looks for.
    assert {"authenticate", "login"} <= found["admin/login/"]
    assert "check_password" in found[("filings.AccountPage", "password/")]


def test_the_scan_would_catch_a_new_login_route():
    """What a dependency upgrade adding a login view looks like to the scan."""
    from django.contrib.auth import views as auth_views

    scanner = Scanner()
    assert "authenticate" in scanner.scan(auth_views.LoginView.as_view())
    assert "set_password" in scanner.scan(auth_views.PasswordResetConfirmView.as_view())
    assert scanner.scan(auth_views.LogoutView.as_view()) == frozenset()


def test_wagtails_front_end_login_is_shadowed_by_a_redirect(db):
    from portal.views import frontend_login

    assert resolve("/ja/_util/login/").func is frontend_login
    assert Scanner().scan(frontend_login) == frozenset()


def test_the_admin_password_reset_confirm_is_off(client, db):
    from wagtail.admin.views.account import password_reset_enabled

    assert not password_reset_enabled()
    response = client.get("/admin/password_reset/confirm/MQ/set-password/", follow=True)
    assert response.status_code == 404


def test_the_admin_login_uses_the_policy_form():
    from wagtail.admin.views.account import get_user_login_form

    from portal.forms import AdminLoginForm

    assert get_user_login_form() is AdminLoginForm


# --- the policy, door by door ---------------------------------------------------------------


@dataclass
class Door:
    """One route that checks a password: how to try a password there, and whether it took."""

    kind: str
    attempt: Callable[[Client, object, str], object]
    succeeded: Callable[[Client, object], bool]
    audit_action: str
    prepare: Callable[[Client, object], None] = lambda client, user: None

    def client(self, user) -> Client:
        """A browser, signed in where the route is for signed-in people (once: a sign-in
        resets django-axes' count, as a real one does)."""
        client = Client()
        self.prepare(client, user)
        return client


def _signed_in(client, user) -> bool:
    return client.session.get("_auth_user_id") == str(user.pk)


def _verified_staff_session(client, user):
    device = TOTPDevice.objects.get_or_create(user=user, name="app", confirmed=True)[0]
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def _account_login(client, user, password):
    return client.post("/ja/account/login/", {"auth_id": user.username, "password": password})


def _admin_login(client, user, password):
    return client.post("/admin/login/", {"username": user.username, "password": password})


def _account_password(client, user, password):
    return client.post(
        "/ja/account/password/",
        {"current_password": password, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )


def _account_email(client, user, password):
    return client.post(
        "/ja/account/email/", {"current_password": password, "email": "moved@example.jp"}
    )


def _other_panels(client) -> dict:
    """What the admin account page's other panels hold now (they are posted together)."""
    page = client.get("/admin/account/")
    data: dict = {}
    for panels in page.context["panels_by_tab"].values():
        for panel in panels:
            if panel.name in ("password", "avatar"):
                continue
            for field in panel.get_form():
                value = field.value()
                if value is None or value is False:
                    continue
                data[field.html_name] = "on" if value is True else value
    return data


def _admin_account(client, user, password):
    return client.post(
        "/admin/account/",
        {
            **_other_panels(client),
            "password-old_password": password,
            "password-new_password1": NEW_PASSWORD,
            "password-new_password2": NEW_PASSWORD,
        },
    )


def _password_changed(client, user) -> bool:
    user.refresh_from_db()
    return user.check_password(NEW_PASSWORD)


def _email_change_started(client, user) -> bool:
    return AccountToken.objects.filter(
        user=user, purpose=AccountToken.Purpose.EMAIL_CHANGE
    ).exists()


DOORS = {
    "account-login": Door("resident", _account_login, _signed_in, "login"),
    "admin-login": Door("staff", _admin_login, _signed_in, "login"),
    "account-password": Door(
        "resident",
        _account_password,
        _password_changed,
        "password.reauth",
        lambda client, user: client.force_login(user),
    ),
    "account-email": Door(
        "resident",
        _account_email,
        _email_change_started,
        "password.reauth",
        lambda client, user: client.force_login(user),
    ),
    "admin-account": Door(
        "staff", _admin_account, _password_changed, "password.reauth", _verified_staff_session
    ),
}


def test_every_password_checking_route_is_driven_here():
    assert {k for k, v in ALLOWED.items() if v == POLICY} == {
        "admin/login/",
        ("filings.AccountPage", "login/"),
        ("filings.AccountPage", "password/"),
        ("filings.AccountPage", "email/"),
        "admin/account/",
    }
    assert len(DOORS) == 5


def _person(kind: str, password: str = PASSWORD):
    if kind == "staff":
        return User.objects.create_user(
            "route.staff",
            email="route.staff@example.jp",
            first_name="Route",
            last_name="Staff",
            password=password,
            kind=User.Kind.STAFF,
            is_staff=True,
            is_superuser=True,
            password_changed_at=timezone.now(),
        )
    return User.objects.create_user(
        "route.resident",
        email="route.resident@example.jp",
        password=password,
        kind=User.Kind.RESIDENT,
        password_changed_at=timezone.now(),
    )


@pytest.fixture(params=sorted(DOORS))
def door(request):
    request.getfixturevalue("account_site")
    return DOORS[request.param]


def test_wrong_passwords_lock_the_id_and_the_right_one_is_refused_then(door, settings):
    user = _person(door.kind)
    client = door.client(user)
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        door.attempt(client, user, "Wrong#Guess2026")
    assert AccessAttempt.objects.get(username=user.username).failures_since_start == (
        settings.AXES_FAILURE_LIMIT
    )
    door.attempt(client, user, PASSWORD)
    assert not door.succeeded(client, user)
    assert AuditEvent.objects.filter(action="login.locked", target_id=str(user.pk)).exists()


def test_the_per_address_limit_applies(door):
    user = _person(door.kind)
    for _failure in range(signin.FAILURES_PER_IP):
        throttle.hit("login-ip", "127.0.0.1", limit=signin.FAILURES_PER_IP, window=signin.WINDOW)
    client = door.client(user)
    door.attempt(client, user, PASSWORD)
    assert not door.succeeded(client, user)
    assert AuditEvent.objects.filter(
        action=f"{door.audit_action}.failure", details__reason="rate"
    ).exists()


def test_a_right_leaked_password_is_flagged(door):
    """Flagged, so the person must change it; on a change page the change itself lifts the
    flag again (the new password replaced the leaked one)."""
    user = _person(door.kind, password=LEAKED)
    client = door.client(user)
    door.attempt(client, user, LEAKED)
    assert AuditEvent.objects.filter(action="account.password_leaked", actor=user).exists()
    user.refresh_from_db()
    assert user.password_must_change or user.check_password(NEW_PASSWORD)


def test_failures_are_audited_with_their_door(door):
    user = _person(door.kind)
    door.attempt(door.client(user), user, "Wrong#Guess2026")
    # Counted once, audited once.
    assert AccessAttempt.objects.get(username=user.username).failures_since_start == 1
    event = AuditEvent.objects.get(action=f"{door.audit_action}.failure", target_id=str(user.pk))
    assert event.outcome == AuditEvent.Outcome.FAILURE
    assert event.details["door"] == ("admin" if door.kind == "staff" else "account")


def test_the_right_password_works_at_each_door(door):
    """So the refusals above are the policy's, not a broken route."""
    user = _person(door.kind)
    client = door.client(user)
    door.attempt(client, user, PASSWORD)
    assert door.succeeded(client, user)


@pytest.mark.usefixtures("account_site")
def test_the_second_factor_follows_where_enrolled():
    resident = _person("resident")
    TOTPDevice.objects.create(user=resident, name="app", confirmed=True)
    client = Client()
    response = _account_login(client, resident, PASSWORD)
    assert response["Location"].endswith("/account/login/verify/")
    assert "_auth_user_id" not in client.session
    staff = _person("staff")
    client = Client()
    _admin_login(client, staff, PASSWORD)
    assert client.get("/admin/")["Location"].startswith("/admin-2fa/")


def test_staff_with_a_leaked_password_reach_only_the_password_panel(db):
    staff = _person("staff", password=LEAKED)
    client = Client()
    _admin_login(client, staff, LEAKED)
    _verified_staff_session(client, staff)
    assert client.get("/admin/pages/")["Location"] == "/admin/account/"
    assert client.get("/admin/account/").status_code == 200
    _admin_account(client, staff, LEAKED)
    staff.refresh_from_db()
    assert not staff.password_must_change
    assert client.get("/admin/pages/").status_code == 200
