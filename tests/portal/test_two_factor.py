"""Staff must pass a second factor before any admin URL (SPEC X2, QUALITY A16, A17)."""

import re
from datetime import timedelta

import pytest
import time_machine
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth import get_user_model
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

User = get_user_model()


def _admin_paths() -> list[str]:
    """Every admin URL pattern, with placeholder values for its arguments."""
    paths: list[str] = []

    def walk(patterns, prefix: str):
        for entry in patterns:
            route = str(entry.pattern)
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, prefix + route)
            elif isinstance(entry, URLPattern):
                full = prefix + route
                full = re.sub(r"<int:[^>]+>", "1", full)
                full = re.sub(r"<path:[^>]+>", "x/y", full)
                full = re.sub(r"<[^>]+>", "x", full)
                full = full.replace("^", "").replace("$", "")
                if re.search(r"[()\[\]\\?*+]", full):
                    continue  # a raw regex we cannot fill in generically
                paths.append("/" + full)

    for entry in get_resolver().url_patterns:
        if isinstance(entry, URLResolver) and str(entry.pattern) == "admin/":
            walk(entry.url_patterns, "admin/")
    return sorted(set(paths))


OPEN = ("/admin/login/", "/admin/logout/", "/admin/password_reset/")


@pytest.fixture
def staff(db):
    return User.objects.create_user(
        "officer01", password="Officer#Pass1", is_staff=True, is_superuser=True
    )


def _totp_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


@pytest.mark.django_db
def test_no_admin_url_is_reachable_without_a_second_factor(client, staff):
    client.force_login(staff)
    paths = [p for p in _admin_paths() if not p.startswith(OPEN)]
    assert len(paths) > 100, "the walk should cover Wagtail's whole admin"
    for path in paths:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith("/admin-2fa/setup/"), path


@pytest.mark.django_db
def test_enrolment_then_verified_access(client, staff):
    client.force_login(staff)
    page = client.get("/admin-2fa/setup/?next=/admin/")
    assert page.status_code == 200
    assert b"<svg" in page.content
    device = TOTPDevice.objects.get(user=staff, confirmed=False)

    wrong = client.post("/admin-2fa/setup/", {"otp_token": "000000", "next": "/admin/"})
    assert wrong.status_code == 200
    device.refresh_from_db()
    assert device.confirmed is False

    device.throttling_failure_count = 0
    device.throttling_failure_timestamp = None
    device.save()
    done = client.post("/admin-2fa/setup/", {"otp_token": _totp_code(device), "next": "/admin/"})
    assert done.status_code == 200
    assert b"backup" in done.content.lower() or "バックアップ".encode() in done.content
    device.refresh_from_db()
    assert device.confirmed is True
    assert StaticDevice.objects.get(user=staff).token_set.count() == 10
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_user_with_a_device_is_asked_to_verify_and_code_reuse_fails(client, staff):
    device = TOTPDevice.objects.create(user=staff, name="app", confirmed=True)
    client.force_login(staff)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin-2fa/verify/")

    code = _totp_code(device)
    ok = client.post("/admin-2fa/verify/", {"otp_token": code, "next": "/admin/pages/"})
    assert ok.status_code == 302 and ok["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200

    # A second session may not reuse the same code within its time step (QUALITY A17).
    from django.test import Client

    other = Client()
    other.force_login(staff)
    again = other.post("/admin-2fa/verify/", {"otp_token": code, "next": "/admin/"})
    assert again.status_code == 200
    assert other.get("/admin/").status_code == 302


@pytest.mark.django_db
def test_backup_code_works_once(client, staff):
    TOTPDevice.objects.create(user=staff, name="app", confirmed=True)
    static = StaticDevice.objects.create(user=staff, name="backup", confirmed=True)
    static.token_set.create(token="abcd1234")
    client.force_login(staff)
    assert client.post("/admin-2fa/verify/", {"otp_token": "abcd1234"}).status_code == 302
    client.logout()
    client.force_login(staff)
    assert client.post("/admin-2fa/verify/", {"otp_token": "abcd1234"}).status_code == 200


@pytest.mark.django_db
def test_wrong_codes_throttle_the_device(client, staff):
    device = TOTPDevice.objects.create(user=staff, name="app", confirmed=True)
    client.force_login(staff)
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        client.post("/admin-2fa/verify/", {"otp_token": "000000"})
        # Straight after a failure even the right code is refused, with a clear reason.
        refused = client.post("/admin-2fa/verify/", {"otp_token": _totp_code(device)})
        assert refused.status_code == 200
        assert "otp_token" in refused.context["form"].errors
        assert refused.context["form"].errors.as_data()["otp_token"][0].code == "throttled"
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    with time_machine.travel(start + timedelta(seconds=5), tick=False):
        accepted = client.post("/admin-2fa/verify/", {"otp_token": _totp_code(device)})
    assert accepted.status_code == 302


@pytest.mark.django_db
def test_next_parameter_cannot_leave_the_site(client, staff):
    device = TOTPDevice.objects.create(user=staff, name="app", confirmed=True)
    client.force_login(staff)
    response = client.post(
        "/admin-2fa/verify/", {"otp_token": _totp_code(device), "next": "https://evil.example/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


@pytest.mark.django_db
def test_signed_out_visitors_go_to_the_login_page(client):
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.django_db
@pytest.mark.parametrize("kind", [User.Kind.RESIDENT, User.Kind.ORGANIZATION])
def test_filers_are_sent_back_to_the_site_never_asked_to_enrol(client, kind):
    filer = User.objects.create_user(
        "filer01", password="Filer#Pass1", kind=kind, language_code="pt"
    )
    client.force_login(filer)
    for path in ("/admin/", "/admin/pages/", "/admin-2fa/setup/", "/admin-2fa/verify/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"] == "/pt/", path
    assert not TOTPDevice.objects.filter(user=filer).exists()
