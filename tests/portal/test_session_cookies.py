"""Session and CSRF cookies (QUALITY B1): __Host- names, Secure and SameSite in production,
HttpOnly session cookie everywhere; admin sign-ins audited (G1)."""

import json

import pytest

from tests.portal.test_settings import GOOD, _manage

PRINT = (
    "import json; from django.conf import settings as s; print(json.dumps({k: getattr(s, k) "
    "for k in ('SESSION_COOKIE_NAME', 'CSRF_COOKIE_NAME', 'SESSION_COOKIE_SECURE', "
    "'CSRF_COOKIE_SECURE', 'SESSION_COOKIE_HTTPONLY', 'SESSION_COOKIE_SAMESITE', "
    "'CSRF_COOKIE_SAMESITE', 'SESSION_COOKIE_DOMAIN', 'SESSION_COOKIE_PATH', "
    "'SESSION_ENGINE')}))"
)


def test_production_cookies_are_host_only_secure_and_same_site():
    result = _manage(GOOD, "shell", "-c", PRINT)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    assert values["SESSION_COOKIE_NAME"] == "__Host-sessionid"
    assert values["CSRF_COOKIE_NAME"] == "__Host-csrftoken"
    assert values["SESSION_COOKIE_SECURE"] is True and values["CSRF_COOKIE_SECURE"] is True
    assert values["SESSION_COOKIE_HTTPONLY"] is True
    assert values["SESSION_COOKIE_SAMESITE"] == values["CSRF_COOKIE_SAMESITE"] == "Lax"
    assert values["SESSION_COOKIE_DOMAIN"] is None and values["SESSION_COOKIE_PATH"] == "/"
    # Sessions live in the database, so a Redis outage signs nobody out (B6).
    assert values["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"


@pytest.mark.django_db
def test_the_session_cookie_is_http_only_and_same_site(client, django_user_model):
    user = django_user_model.objects.create_user(
        "cookie.user", password="Cookie#Pass1", is_staff=True
    )
    response = client.post("/admin/login/", {"username": "cookie.user", "password": "Cookie#Pass1"})
    assert response.status_code == 302
    morsel = response.cookies["sessionid"]
    assert morsel["httponly"] is True
    assert morsel["samesite"] == "Lax"
    # The admin's own sign-in is in the audit trail too (X1, QUALITY G1).
    from portal.models import AuditEvent

    event = AuditEvent.objects.get(action="login.success")
    assert event.actor_label == "cookie.user" and event.details["door"] == "admin"
    client.post("/admin/logout/")
    client.post("/admin/login/", {"username": "cookie.user", "password": "Wrong#Pass1"})
    assert AuditEvent.objects.filter(
        action="login.failure", target_id=str(user.pk), details__door="admin"
    ).exists()
