"""Fifty wrong passwords for one auth ID at the same moment cannot slip past the lockout
(QUALITY A8, django-axes #592): password checks for one ID run one at a time."""

from __future__ import annotations

import re
import threading
import time
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import MD5PasswordHasher

from tests.filings.accounts.helpers import build_account_site

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
User = get_user_model()
VERIFIED: list[str] = []
_LOCK = threading.Lock()


class CountingHasher(MD5PasswordHasher):
    """Counts how many times a password is actually checked."""

    algorithm = "counting_md5"

    def verify(self, password, encoded):
        with _LOCK:
            VERIFIED.append(password)
        return super().verify(password, encoded)


ACCOUNT_LOGIN = ("/ja/account/login/", "auth_id")
ADMIN_LOGIN = ("/admin/login/", "username")


def _prepare(base: str, door=ACCOUNT_LOGIN, auth_id: str = "lan.nguyen"):
    """A browser session with its CSRF token, opened one after the other."""
    path, field = door
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"{base}{path}").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    body = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, field: auth_id, "password": "Wrong#Pass1"}
    ).encode()
    return opener, body, path


def _attempt(base: str, prepared, results: list[int], start: threading.Barrier) -> None:
    opener, body, path = prepared
    request = urllib.request.Request(f"{base}{path}", data=body)
    start.wait()
    status = 0
    for _retry in range(10):  # the test server's listen queue is short: resend when reset
        try:
            status = opener.open(request, timeout=120).status
        except urllib.error.HTTPError as exc:
            status = exc.code
        except (ConnectionResetError, urllib.error.URLError):
            time.sleep(0.2)
            continue
        break
    with _LOCK:
        results.append(status)


def test_parallel_guesses_are_checked_at_most_failure_limit_times(
    live_server, settings, reference_data
):
    settings.PASSWORD_HASHERS = ["tests.filings.accounts.test_lockout_concurrency.CountingHasher"]
    build_account_site(languages=("ja",))
    User.objects.create_user("lan.nguyen", password="Right#Pass1", kind=User.Kind.RESIDENT)
    VERIFIED.clear()
    results: list[int] = []
    parallel = 50
    start = threading.Barrier(parallel)
    sessions = [_prepare(live_server.url) for _ in range(parallel)]
    threads = [
        threading.Thread(target=_attempt, args=(live_server.url, prepared, results, start))
        for prepared in sessions
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(results) == parallel
    assert len(VERIFIED) == settings.AXES_FAILURE_LIMIT
    assert results.count(429) == parallel - settings.AXES_FAILURE_LIMIT + 1


def test_parallel_guesses_at_the_admin_login_are_checked_at_most_failure_limit_times(
    live_server, settings
):
    """The admin login checked 9 of 16 parallel guesses against the limit of 5: it now
    checks passwords under the same row lock as the account sign-in page."""
    settings.PASSWORD_HASHERS = ["tests.filings.accounts.test_lockout_concurrency.CountingHasher"]
    User.objects.create_user(
        "officer.parallel", password="Right#Pass1", kind=User.Kind.STAFF, is_staff=True
    )
    VERIFIED.clear()
    results: list[int] = []
    parallel = 16
    start = threading.Barrier(parallel)
    sessions = [_prepare(live_server.url, ADMIN_LOGIN, "officer.parallel") for _ in range(parallel)]
    threads = [
        threading.Thread(target=_attempt, args=(live_server.url, prepared, results, start))
        for prepared in sessions
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(results) == parallel
    assert len(VERIFIED) == settings.AXES_FAILURE_LIMIT
    assert results.count(429) == parallel - settings.AXES_FAILURE_LIMIT + 1
