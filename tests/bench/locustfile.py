"""Load scenarios K1-K5 of QUALITY.md for locust (one process; the load generator shares the
machine, so the results are regression baselines, not capacity). Never imported by the tests.

    locust -f tests/bench/locustfile.py --headless --host https://portal.example.jp \\
        --csv var/locust-k1 --html var/locust-k1.html          # PORTAL_LOAD_SCENARIO=k1 (default)

Scenarios (PORTAL_LOAD_SCENARIO):

- k1  step load: +5 users a minute up to PORTAL_LOAD_MAX_USERS (default 60), journey mix public
      pages 70 %, login 10 %, filing steps 15 %, status page 5 %. Read where it broke in the CSV.
- k2  login cost: 5 logins a second for 5 minutes (Argon2).
- k3  bulk: PORTAL_LOAD_BULK_FILE uploaded by 10 organization users at once.
- k4  deadline surge: 3 x PORTAL_LOAD_K1_USERS (the K1 sustainable level) for 15 minutes;
      429/503 with Retry-After count as the graceful answer, anything over 30 s as a failure.
- k5  soak: 50 % of PORTAL_LOAD_K1_USERS for 2 hours (watch RSS, pg_stat_activity, Redis).

Signed-in journeys need accounts: PORTAL_LOAD_ACCOUNTS names a file of "auth_id,password" lines
(residents; "org:" before the auth ID for organization users), e.g. made on a staging copy with
`manage.py shell` and tests/filings/conftest.py's factories. Without it only anonymous journeys run.
Behind plain http on loopback (no TLS proxy) set PORTAL_LOAD_FORWARDED_PROTO=https.
"""

from __future__ import annotations

import itertools
import os
import random
import re
import threading
from pathlib import Path

from locust import HttpUser, LoadTestShape, between, constant_pacing, events, task

SCENARIO = os.environ.get("PORTAL_LOAD_SCENARIO", "k1").lower()
LANGUAGES = ["ja", "en", "zh-hant", "zh-hans", "ko", "es", "pt", "tl"]
PUBLIC_PATHS = ["", "notices/", "qa/", "qa/basics/", "qa/operation/", "manuals/", "about/"]
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
K1_USERS = int(os.environ.get("PORTAL_LOAD_K1_USERS", "30"))
MAX_USERS = int(os.environ.get("PORTAL_LOAD_MAX_USERS", "60"))
SLOW_SECONDS = 30.0


def _accounts() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    path = os.environ.get("PORTAL_LOAD_ACCOUNTS")
    residents, organizations = [], []
    if path:
        for line in Path(path).read_text().splitlines():
            if "," not in line:
                continue
            auth_id, password = line.strip().split(",", 1)
            if auth_id.startswith("org:"):
                organizations.append((auth_id[4:], password))
            else:
                residents.append((auth_id, password))
    return residents, organizations


RESIDENTS, ORGANIZATIONS = _accounts()
_next_resident = itertools.cycle(RESIDENTS or [("", "")])
_next_organization = itertools.cycle(ORGANIZATIONS or [("", "")])
_lock = threading.Lock()


def _headers(extra: dict | None = None) -> dict:
    headers = dict(extra or {})
    if os.environ.get("PORTAL_LOAD_FORWARDED_PROTO"):
        headers["X-Forwarded-Proto"] = os.environ["PORTAL_LOAD_FORWARDED_PROTO"]
    return headers


class PortalUser(HttpUser):
    """Reads public pages and, with an account, signs in, goes through the filing wizard's
    first steps and reads the status page."""

    wait_time = between(1, 3)
    abstract = True

    def on_start(self):
        self.language = random.choice(LANGUAGES)
        self.signed_in = False

    def get(self, url: str, name: str | None = None):
        with self.client.get(url, name=name, headers=_headers(), catch_response=True) as response:
            self._judge(response)
            return response

    def _judge(self, response) -> None:
        if response.elapsed.total_seconds() > SLOW_SECONDS:
            response.failure(f"slower than {SLOW_SECONDS:.0f} s")
        elif response.status_code in (429, 503) and "Retry-After" in response.headers:
            response.success()  # graceful degradation (K4)
        elif response.status_code >= 400:
            response.failure(f"HTTP {response.status_code}")

    def login(self, auth_id: str, password: str) -> bool:
        if not auth_id:
            return False
        page = self.get(f"/{self.language}/account/login/", name="login form")
        token = CSRF.search(page.text or "")
        if token is None:
            return False
        with self.client.post(
            f"/{self.language}/account/login/",
            data={"csrfmiddlewaretoken": token.group(1), "auth_id": auth_id, "password": password},
            headers=_headers({"Referer": page.url}),
            name="login",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            ok = response.status_code in (302, 303)
            if not ok:
                response.failure(f"login answered {response.status_code}")
            else:
                response.success()
        self.signed_in = ok
        return ok


class JourneyUser(PortalUser):
    """K1, K4, K5: the journey mix of QUALITY K1."""

    @task(70)
    def public_page(self):
        path = random.choice(PUBLIC_PATHS)
        self.get(f"/{self.language}/{path}", name=f"public /{{lang}}/{path}")

    @task(10)
    def sign_in(self):
        with _lock:
            auth_id, password = next(_next_resident)
        if auth_id:
            self.client.cookies.clear()
            self.login(auth_id, password)

    @task(15)
    def filing_steps(self):
        if not self.signed_in:
            return
        self.get(f"/{self.language}/check/", name="check")
        self.get(f"/{self.language}/filing/", name="filing start")

    @task(5)
    def status_page(self):
        if self.signed_in:
            self.get(f"/{self.language}/status/", name="status")


class LoginUser(PortalUser):
    """K2: a steady five sign-ins a second (each user one per second)."""

    wait_time = constant_pacing(1)

    @task
    def sign_in(self):
        with _lock:
            auth_id, password = next(_next_resident)
        self.client.cookies.clear()
        self.login(auth_id, password)


class BulkUser(PortalUser):
    """K3: each organization user uploads the workbook once and then follows its progress."""

    wait_time = between(5, 10)

    def on_start(self):
        super().on_start()
        self.language = "ja"
        with _lock:
            auth_id, password = next(_next_organization)
        self.uploaded = False
        self.login(auth_id, password)

    @task
    def upload_then_watch(self):
        workbook = os.environ.get("PORTAL_LOAD_BULK_FILE")
        if not (self.signed_in and workbook):
            return
        if self.uploaded:
            self.get("/ja/bulk/", name="bulk list")
            return
        page = self.get("/ja/bulk/", name="bulk form")
        token = CSRF.search(page.text or "")
        if token is None:
            return
        with Path(workbook).open("rb") as handle:
            self.client.post(
                "/ja/bulk/",
                data={"csrfmiddlewaretoken": token.group(1)},
                files={"file": handle},
                headers=_headers({"Referer": page.url}),
                name="bulk upload",
            )
        self.uploaded = True


class Steps(LoadTestShape):
    """K1 (+5 users a minute), K2 (5 users), K3 (10 users), K4 (3 x K1 for 15 min), K5 (2 h)."""

    def tick(self):
        elapsed = self.get_run_time()
        if SCENARIO == "k1":
            users = min(MAX_USERS, 5 * (1 + int(elapsed // 60)))
            return (users, 5, [JourneyUser]) if elapsed < 60 * (MAX_USERS // 5 + 2) else None
        if SCENARIO == "k2":
            return (5, 5, [LoginUser]) if elapsed < 300 else None
        if SCENARIO == "k3":
            return (max(1, len(ORGANIZATIONS) or 10), 10, [BulkUser]) if elapsed < 900 else None
        if SCENARIO == "k4":
            return (3 * K1_USERS, 3 * K1_USERS, [JourneyUser]) if elapsed < 900 else None
        if SCENARIO == "k5":
            return (max(1, K1_USERS // 2), 5, [JourneyUser]) if elapsed < 7200 else None
        raise ValueError(f"unknown PORTAL_LOAD_SCENARIO {SCENARIO!r}")


@events.test_start.add_listener
def _announce(environment, **kwargs):
    print(
        f"scenario {SCENARIO}: {len(RESIDENTS)} resident and {len(ORGANIZATIONS)} organization "
        "accounts"
    )
