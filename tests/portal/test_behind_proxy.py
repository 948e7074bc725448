"""The per-address limits and the audit behind the real proxy (security issue point 4).

The topology of docs/deployment.md on loopback: nginx with `deploy/nginx.conf` (TLS and the
port turned into loopback ones, as `make bench` does) in front of gunicorn with
`deploy/gunicorn.conf.py`, `portal.settings.production` and `PORTAL_TRUSTED_PROXIES=1`, as the
guide says. Clients connect from different loopback source addresses (127.0.0.2, 127.0.0.3,
...), so gunicorn sees only nginx's address and the portal must take the client's from the
`X-Forwarded-For` nginx writes.

Without the rule every client was one "unknown" bucket: 30 wrong passwords from one client
refused everyone's sign-in, 20 registrations refused everyone's, audit rows had no address.
"""

from __future__ import annotations

import http.client
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import pytest

from tests.bench.bench_http import Processes, _free_port, nginx_conf
from tests.filings.accounts.helpers import (
    PASSWORD,
    build_account_site,
    demo_identities,
    register_student,
)

ROOT = Path(__file__).resolve().parents[2]
HOST_NAME = "portal.example.jp"
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

pytestmark = [
    pytest.mark.nginx,
    pytest.mark.postgres,
    pytest.mark.redis,
    pytest.mark.django_db(transaction=True),
]


class Visitor:
    """One browser on its own source address, talking to nginx over plain HTTP (nginx's
    `X-Forwarded-Proto https` makes the portal treat it as HTTPS, so its cookies are Secure:
    they are kept here by hand)."""

    def __init__(self, port: int, source: str):
        self.port = port
        self.source = source
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: dict | None = None) -> tuple[int, str]:
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=60, source_address=(self.source, 0)
        )
        headers = {
            "Host": HOST_NAME,
            "Origin": f"https://{HOST_NAME}",
            "Referer": f"https://{HOST_NAME}{path}",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            for header in response.headers.get_all("Set-Cookie") or []:
                cookie = SimpleCookie()
                cookie.load(header)
                for name, morsel in cookie.items():
                    self.cookies[name] = morsel.value
        finally:
            connection.close()
        return response.status, text

    def post_form(self, path: str, form: dict) -> int:
        status, text = self.request("GET", path)
        assert status == 200, (status, text[:500])
        token = CSRF.search(text)
        assert token, text[:500]
        status, _ = self.request("POST", path, {"csrfmiddlewaretoken": token.group(1), **form})
        return status


def _production_env(var_dir: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "GUNICORN_", "AXES_", "PORTAL_TRUSTED"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": HOST_NAME,
            "PORTAL_PUBLIC_BASE_URL": f"https://{HOST_NAME}",
            "PORTAL_VAR_DIR": str(var_dir),
            # As docs/deployment.md says for one nginx in front of gunicorn.
            "PORTAL_TRUSTED_PROXIES": "1",
            "GUNICORN_WORKERS": "1",
            "GUNICORN_THREADS": "2",
        }
    )
    return env


@pytest.fixture(scope="module")
def var_dir():
    """A var/ directory with the static files collected once for the module (production
    settings serve them through a manifest, as after `collectstatic` in a deployment)."""
    scratch = Path(tempfile.mkdtemp(prefix="portal-proxy-var-"))
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env={**_production_env(scratch), "DATABASE_URL": "postgres://unused@127.0.0.1/unused"},
        check=True,
    )
    yield scratch
    shutil.rmtree(scratch, ignore_errors=True)


@pytest.fixture
def behind_nginx(transactional_db, var_dir):
    """gunicorn (production settings, one trusted proxy) behind nginx on free loopback ports;
    yields nginx's port. The database is this test's own (committed) one."""
    from django.core.cache import cache
    from django.db import connection

    build_account_site(languages=("ja",))
    demo_identities()
    cache.clear()
    scratch = Path(tempfile.mkdtemp(prefix="portal-proxy-"))
    db = connection.settings_dict
    env = _production_env(var_dir)
    env["DATABASE_URL"] = (
        f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}:"
        f"{db['PORT'] or 5432}/{db['NAME']}"
    )
    app_port, proxy_port, static_port = _free_port(), _free_port(), _free_port()
    (scratch / "static-copy").mkdir()
    processes = Processes(scratch)
    try:
        processes.gunicorn(env, "portal.wsgi", app_port, "gunicorn")
        processes.nginx(nginx_conf(scratch, app_port, proxy_port, static_port))
        _wait_until_answering(proxy_port, scratch)
        yield proxy_port
    finally:
        processes.stop()
        shutil.rmtree(scratch, ignore_errors=True)


def _wait_until_answering(port: int, scratch: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    visitor = Visitor(port, "127.0.0.1")
    while True:
        try:
            status, _ = visitor.request("GET", "/ja/account/login/")
            if status == 200:
                return
        except OSError:
            status = None
        if time.monotonic() > deadline:
            log = (scratch / "gunicorn.log").read_text(errors="replace")[-3000:]
            raise AssertionError(f"portal behind nginx did not answer ({status}):\n{log}")
        time.sleep(0.3)


@pytest.fixture
def resident(behind_nginx, client, django_capture_on_commit_callbacks):
    """The demo student with an account (auth ID lan.nguyen), registered in this process."""
    from portal.hashers import PortalArgon2PasswordHasher

    user = register_student(client, django_capture_on_commit_callbacks)
    client.logout()
    # The test settings hash with MD5 for speed; production knows only Argon2.
    hasher = PortalArgon2PasswordHasher()
    user.password = hasher.encode(PASSWORD, hasher.salt())
    user.save(update_fields=["password"])
    return user


def _sign_in(visitor: Visitor, auth_id: str, password: str) -> int:
    return visitor.post_form("/ja/account/login/", {"auth_id": auth_id, "password": password})


def _forged_sign_in(port: int, source: str, forged: str) -> int:
    """A wrong password sent with an X-Forwarded-For header the client wrote itself."""
    visitor = Visitor(port, source)
    _, text = visitor.request("GET", "/ja/account/login/")
    token = CSRF.search(text).group(1)
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=60, source_address=(source, 0)
    )
    try:
        connection.request(
            "POST",
            "/ja/account/login/",
            body=urlencode(
                {"csrfmiddlewaretoken": token, "auth_id": "lan.nguyen", "password": "Wrong#1a"}
            ),
            headers={
                "Host": HOST_NAME,
                "Origin": f"https://{HOST_NAME}",
                "Referer": f"https://{HOST_NAME}/ja/account/login/",
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": "; ".join(f"{k}={v}" for k, v in visitor.cookies.items()),
                "X-Forwarded-For": forged,
            },
        )
        return connection.getresponse().status
    finally:
        connection.close()


def test_one_clients_wrong_passwords_do_not_lock_out_another(behind_nginx, resident):
    from axes.models import AccessAttempt

    from portal.models import AuditEvent

    # nginx appends the address it saw; what the client wrote to the left is never read.
    assert _forged_sign_in(behind_nginx, "127.0.0.4", "203.0.113.9") == 200
    forged = AuditEvent.objects.get(action="login.failure")
    assert forged.ip_address == "127.0.0.4"

    attacker = Visitor(behind_nginx, "127.0.0.2")
    other = Visitor(behind_nginx, "127.0.0.3")
    statuses = [_sign_in(attacker, f"nobody{i}", "Wrong#Pass1") for i in range(30)]
    assert statuses == [200] * 30
    # The per-address limit still holds for the client that made the failures ...
    assert _sign_in(attacker, "nobody99", "Wrong#Pass1") == 429
    # ... and only for it: the other client signs in with the right password.
    assert _sign_in(other, "lan.nguyen", PASSWORD) == 302

    failures = AuditEvent.objects.filter(action="login.failure", outcome="failure")
    assert failures.count() == 31
    assert sorted(set(failures.values_list("ip_address", flat=True))) == [
        "127.0.0.2",
        "127.0.0.4",
    ]
    assert failures.filter(ip_address="127.0.0.2").count() == 30
    success = AuditEvent.objects.filter(action="login.success").order_by("-occurred_at").first()
    assert success.ip_address == "127.0.0.3"
    attempts = AccessAttempt.objects.filter(username__startswith="nobody")
    assert attempts.exists()
    assert set(attempts.values_list("ip_address", flat=True)) == {"127.0.0.2"}


def test_registrations_from_many_addresses_are_not_one_bucket(behind_nginx):
    junk = {
        "card_number": "XX00000000XX",
        "name_latin": "JUNK",
        "birth_date": "2000-01-01",
        "sex": "F",
        "nationality": "VNM",
        "auth_id": "junk",
        "password1": "short",
        "password2": "short",
        "email": "junk@example.com",
    }
    statuses = [
        Visitor(behind_nginx, f"127.0.0.{10 + n}").post_form("/ja/account/register/", junk)
        for n in range(21)
    ]
    # Refused for their content (the form again), never for the rate: 21 different clients.
    assert statuses == [200] * 21
    # One client alone still meets its own limit of 20 an hour.
    same = Visitor(behind_nginx, "127.0.0.10")
    statuses = [same.post_form("/ja/account/register/", junk) for _ in range(20)]
    assert statuses == [200] * 19 + [429]
