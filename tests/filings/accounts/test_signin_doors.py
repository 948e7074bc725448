"""One door per kind of user (security issue, point 1): residents and organization users sign
in only through the account sign-in page, staff only through the admin login and then their
second factor. Every other route that could authenticate answers as for an unknown account,
with the same hasher work, and creates no session."""

from __future__ import annotations

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.hashers import MD5PasswordHasher
from django.test import Client, RequestFactory
from django.utils import timezone

from portal.models import AuditEvent

pytestmark = pytest.mark.django_db
User = get_user_model()
PASSWORD = "Door#Check2026"
HASHER_RUNS: list[str] = []


class CountingHasher(MD5PasswordHasher):
    """Counts every run of the hasher: a real check and Django's dummy run alike (a check
    hashes through `encode` too, counted once)."""

    algorithm = "counting_md5_doors"
    _verifying = False

    def encode(self, password, salt):
        if not self._verifying:
            HASHER_RUNS.append("encode")
        return super().encode(password, salt)

    def verify(self, password, encoded):
        HASHER_RUNS.append("verify")
        self._verifying = True
        try:
            return super().verify(password, encoded)
        finally:
            self._verifying = False


def _user(username: str, kind: str, *, totp: bool = False, **extra):
    user = User.objects.create_user(
        username,
        email=f"{username}@example.jp",
        password=PASSWORD,
        kind=kind,
        password_changed_at=timezone.now(),
        **extra,
    )
    if totp:
        TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    return user


@pytest.fixture
def filers(db):
    return {
        "resident": _user("door.resident", User.Kind.RESIDENT, totp=True),
        "organization": _user("door.org", User.Kind.ORGANIZATION, totp=True),
    }


@pytest.fixture
def officer(db):
    return _user("door.officer", User.Kind.STAFF, is_staff=True, is_superuser=True)


def _signed_in(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.mark.parametrize("kind", ["resident", "organization"])
def test_wagtail_front_end_login_signs_no_filer_in(client, filers, kind):
    response = client.post(
        "/ja/_util/login/", {"username": filers[kind].username, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/ja/account/login/"
    assert not _signed_in(client)


def test_wagtail_front_end_login_signs_no_staff_in_either(client, officer):
    response = client.post("/en/_util/login/", {"username": officer.username, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/en/account/login/"
    assert not _signed_in(client)


@pytest.mark.parametrize("kind", ["resident", "organization"])
def test_admin_login_answers_a_filer_as_an_unknown_id(client, filers, kind):
    unknown = client.post("/admin/login/", {"username": "nobody.here", "password": PASSWORD})
    response = client.post(
        "/admin/login/", {"username": filers[kind].username, "password": PASSWORD}
    )
    assert response.status_code == unknown.status_code == 200
    assert response.context["form"].errors == unknown.context["form"].errors
    assert not _signed_in(client)
    # Audited like any failed sign-in, with the door it was tried at.
    event = AuditEvent.objects.filter(action="login.failure", target_id=str(filers[kind].pk))
    assert event.get().details["door"] == "admin"


def test_staff_pass_the_admin_password_step_then_their_second_factor(client, officer):
    response = client.post("/admin/login/", {"username": officer.username, "password": PASSWORD})
    assert response.status_code == 302
    assert _signed_in(client)
    assert client.get("/admin/")["Location"].startswith("/admin-2fa/")
    assert AuditEvent.objects.filter(action="login.success", actor=officer).exists()


def test_staff_cannot_sign_in_at_the_filers_door(client, officer, account_site):
    response = client.post(
        "/ja/account/login/", {"auth_id": officer.username, "password": PASSWORD}
    )
    assert response.status_code == 200
    assert not _signed_in(client)


def test_authenticate_without_a_door_signs_nobody_in(filers, officer):
    request = RequestFactory().post("/somewhere/")
    for user in (*filers.values(), officer):
        assert authenticate(request, username=user.username, password=PASSWORD) is None
    # The policy's own door still works, so the refusal above is the door, not the password.
    assert (
        authenticate(request, username=officer.username, password=PASSWORD, portal_door="admin")
        == officer
    )


def test_a_refused_account_costs_the_hasher_work_of_an_unknown_one(client, settings, db):
    """No timing difference: one hasher run for an unknown ID, for a filer's ID with its right
    password at the admin door, and for a staff ID with a wrong password."""
    settings.PASSWORD_HASHERS = [f"{__name__}.CountingHasher"]
    resident = _user("door.timing", User.Kind.RESIDENT)
    officer = _user("door.timing.staff", User.Kind.STAFF, is_staff=True)
    runs = []
    for username, password in (
        ("nobody.here", PASSWORD),
        (resident.username, PASSWORD),
        (officer.username, "Wrong#Guess2026"),
    ):
        HASHER_RUNS.clear()
        client.post("/admin/login/", {"username": username, "password": password})
        runs.append(len(HASHER_RUNS))
    assert runs == [1, 1, 1]
    assert not _signed_in(client)


# --- the admin's password reset by mail (point 2) -------------------------------------------


def test_the_admin_password_reset_is_off_for_everyone(client, filers, officer):
    """It answered 200 and mailed a reset link to residents and organization users (with
    a timing that told registered addresses apart); now the same 404 for every address,
    before any account is looked up, and no mail."""
    from django.core import mail as django_mail

    # Django's LocaleMiddleware sends an unknown path on to the default language's tree,
    # where it is a 404 too.
    assert client.get("/admin/password_reset/", follow=True).status_code == 404
    answers = set()
    for email in (
        filers["resident"].email,
        filers["organization"].email,
        officer.email,
        "nobody@example.jp",
    ):
        response = client.post("/admin/password_reset/", {"email": email})
        answers.add((response.status_code, response.content))
    assert len(answers) == 1
    assert answers.pop()[0] in (302, 404)
    assert django_mail.outbox == []
    login_page = client.get("/admin/login/")
    assert b"password_reset" not in login_page.content


# --- every password check counts toward the same lockout (point 3) --------------------------


def _locked_out(client, username: str) -> bool:
    from django.test import Client

    response = Client().post("/ja/account/login/", {"auth_id": username, "password": PASSWORD})
    return response.status_code == 429


@pytest.mark.parametrize(
    ("route", "fields"),
    [
        (
            "password/",
            {"password1": "Brand#New2027", "password2": "Brand#New2027"},
        ),
        ("email/", {"email": "new.address@example.jp"}),
    ],
)
def test_wrong_current_passwords_on_account_pages_lock_the_account(
    client, filers, account_site, settings, route, fields
):
    resident = filers["resident"]
    client.force_login(resident)
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(
            f"/ja/account/{route}", {"current_password": "Wrong#Guess2026", **fields}
        )
        assert response.status_code in (200, 429)
    assert _locked_out(client, resident.username)
    # Even the right current password is refused now, and nothing changed.
    client.post(f"/ja/account/{route}", {"current_password": PASSWORD, **fields})
    resident.refresh_from_db()
    assert resident.check_password(PASSWORD)
    assert resident.email == "door.resident@example.jp"
    assert AuditEvent.objects.filter(action="password.reauth.failure", target_id=str(resident.pk))


def test_a_new_password_equal_to_a_wrong_guess_tells_nothing(client, filers, account_site):
    """The "same as the current one" message used to answer for a guess of the current
    password typed as the new one, even with a wrong current password."""
    resident = filers["resident"]
    client.force_login(resident)
    response = client.post(
        "/ja/account/password/",
        {"current_password": "Wrong#Guess2026", "password1": PASSWORD, "password2": PASSWORD},
    )
    errors = response.context["form"].errors.as_data()
    assert "same" not in [e.code for e in errors.get("password1", [])]
    assert [e.code for e in errors["current_password"]] == ["E-PASSWORD-WRONG"]


def test_the_staff_password_panel_counts_toward_the_lockout(client, officer, settings):
    from axes.models import AccessAttempt
    from django_otp import DEVICE_ID_SESSION_KEY

    device = TOTPDevice.objects.create(user=officer, name="app", confirmed=True)
    client.force_login(officer)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    page = client.get("/admin/account/")
    assert page.status_code == 200
    assert b"password-old_password" in page.content
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            "/admin/account/",
            {
                "password-old_password": "Wrong#Guess2026",
                "password-new_password1": "Brand#New2027x",
                "password-new_password2": "Brand#New2027x",
            },
        )
    attempt = AccessAttempt.objects.get(username=officer.username)
    assert attempt.failures_since_start == settings.AXES_FAILURE_LIMIT
    officer.refresh_from_db()
    assert officer.check_password(PASSWORD)
    # Locked: the admin login refuses the right password.
    from django.test import Client

    assert (
        Client()
        .post("/admin/login/", {"username": officer.username, "password": PASSWORD})
        .status_code
        == 429
    )


# --- account validity at sign-in and on every request (point 11) ---------------------------


def test_a_resident_whose_validity_ended_yesterday_is_out_before_the_nightly_job(
    client, account_site
):
    import datetime

    from filings.rules.deadlines import today_in_japan
    from tests.filings.conftest import make_resident_user

    resident = make_resident_user(username="door.expired")
    resident.set_password(PASSWORD)
    resident.password_changed_at = timezone.now()
    resident.save()
    account = resident.resident_account
    account.valid_until = today_in_japan()
    account.save()
    # The last valid day: signed in, and the session works.
    signed_in = Client()
    assert (
        signed_in.post("/ja/account/login/", {"auth_id": resident.username, "password": PASSWORD})
    ).status_code == 302
    assert signed_in.get("/ja/account/profile/").status_code == 200
    # The day after: the open session is anonymous on its next request, sign-in is refused.
    account.valid_until = today_in_japan() - datetime.timedelta(days=1)
    account.save()
    assert signed_in.get("/ja/account/profile/").status_code == 302
    response = client.post(
        "/ja/account/login/", {"auth_id": resident.username, "password": PASSWORD}
    )
    assert response.status_code == 200
    assert not _signed_in(client)
    resident.refresh_from_db()
    assert resident.is_active  # the nightly job has not run


def test_an_organization_user_unused_for_a_year_is_out_before_the_nightly_job(
    client, filers, account_site
):
    import datetime

    org_user = filers["organization"]
    TOTPDevice.objects.filter(user=org_user).delete()
    User.objects.filter(pk=org_user.pk).update(
        last_login=timezone.now() - datetime.timedelta(days=400)
    )
    client.force_login(org_user)  # a session opened a year ago
    User.objects.filter(pk=org_user.pk).update(
        last_login=timezone.now() - datetime.timedelta(days=400)
    )
    assert client.get("/ja/account/profile/").status_code == 302
    response = Client().post(
        "/ja/account/login/", {"auth_id": org_user.username, "password": PASSWORD}
    )
    assert response.status_code == 200


# --- auth IDs cannot be listed (point 7) ----------------------------------------------------


def test_the_anonymous_pre_registration_form_does_not_say_an_id_is_taken(
    client, filers, account_site, django_capture_on_commit_callbacks
):
    from filings.demo.registry import corporate_number
    from filings.models import OrganizationRegistration

    taken = filers["organization"].username
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/ja/account/organization-registration/",
            {
                "name": "デモテック株式会社",
                "corporate_number": corporate_number(7_000_000_002),
                "address": "東京都新宿区",
                "organization_type": "company",
                "contact_name": "田中",
                "email": "tech@example.jp",
                "auth_id_first": taken,
                "auth_id_second": filers["resident"].username,
            },
        )
    assert response.status_code == 302
    # Kept as asked; the counter chooses another ID when approving.
    assert OrganizationRegistration.objects.get(auth_id_first=taken)


def test_the_add_user_form_of_an_organization_administrator_is_limited(
    client, filers, account_site
):
    from filings.models import OrganizationMembership
    from filings.views.accounts import ADD_USER_PER_HOUR
    from tests.factories import OrganizationFactory

    admin = filers["organization"]
    OrganizationMembership.objects.create(
        user=admin,
        organization=OrganizationFactory(),
        role=OrganizationMembership.Role.ADMIN,
    )
    client.force_login(admin)
    statuses = [
        client.post(
            "/ja/account/organization/add/",
            {"auth_id": filers["resident"].username, "email": "x@example.jp", "role": "staff"},
        ).status_code
        for _ in range(ADD_USER_PER_HOUR + 1)
    ]
    assert statuses[:-1] == [200] * ADD_USER_PER_HOUR
    assert statuses[-1] == 429
