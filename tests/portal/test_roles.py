"""The back office's roles (SPEC O2, X1): each group exists once the database does, and each
role reaches what its work needs in the admin and nothing more."""

from __future__ import annotations

import pytest
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from portal import roles, services
from tests.content_helpers import make_site

User = get_user_model()

# Every listing or screen of the back office a role may or may not open.
SCREENS = {
    "pages": "/admin/pages/",
    "maintenance": "/admin/snippets/portal/maintenancewindow/",
    "filings": "/admin/filings/",
    "bulk_files": "/admin/bulk-files/",
    "registrations": "/admin/organization_registrations/",
    "resident_accounts": "/admin/resident_accounts/",
    "organization_users": "/admin/organization_users/",
    "mails": "/admin/mails/",
    "audit": "/admin/audit_events/",
    "residents": "/admin/snippets/filings/resident/",
    "cards": "/admin/snippets/filings/residencecard/",
    "users": "/admin/users/",
    "groups": "/admin/groups/",
}
# What each role's work needs; every other screen must stay closed to it.
NEEDS = {
    "editors": {"pages"},
    "moderators": {"pages", "maintenance"},
    "translators": {"pages"},
    "counter": {"registrations", "resident_accounts", "organization_users", "mails"},
    "filing_officers": {"filings", "bulk_files", "residents", "cards"},
    "help_desk": {"resident_accounts", "organization_users", "mails"},
    "supervisors": {"audit", "filings", "bulk_files"},
    "administrators": {"users", "groups", "residents", "cards", "audit"},
}


def test_every_role_has_its_group_after_migrating(db):
    names = set(Group.objects.values_list("name", flat=True))
    assert {role.name for role in roles.ROLES} <= names
    filing_officers = Group.objects.get(name="届出担当 / Filing officers")
    codenames = set(filing_officers.permissions.values_list("codename", flat=True))
    assert {"view_filing", "change_filing", "view_personal_data"} <= codenames
    assert "change_user" not in codenames
    help_desk = Group.objects.get(name="ヘルプデスク / Help desk")
    assert "view_personal_data" not in set(help_desk.permissions.values_list("codename", flat=True))


def test_ensure_roles_takes_away_what_a_role_no_longer_lists(db):
    from django.contrib.auth.models import Permission

    help_desk = Group.objects.get(name="ヘルプデスク / Help desk")
    help_desk.permissions.add(Permission.objects.get(codename="view_personal_data"))
    roles.ensure_roles()
    assert not help_desk.permissions.filter(codename="view_personal_data").exists()


def _client_for(role: roles.Role) -> Client:
    user = User.objects.create_user(f"role-{role.key}", password="Role#Pass1234", is_staff=True)
    user.groups.add(Group.objects.get(name=role.name))
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    client = Client(raise_request_exception=False)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


@pytest.mark.django_db
def test_each_role_sees_what_it_needs_and_nothing_more():
    make_site(("ja",))
    services.ensure_editorial_workflow()
    assert set(NEEDS) == {role.key for role in roles.ROLES}
    problems = []
    for role in roles.ROLES:
        client = _client_for(role)
        home = client.get("/admin/")
        if home.status_code != 200:
            problems.append(f"{role.key}: the dashboard answers {home.status_code}")
        for screen, url in SCREENS.items():
            status = client.get(url).status_code
            if screen in NEEDS[role.key] and status != 200:
                problems.append(f"{role.key}: {url} -> {status}, needs it")
            elif screen not in NEEDS[role.key] and status == 200:
                problems.append(f"{role.key}: {url} -> 200, should be closed")
    assert problems == [], "\n".join(problems)
