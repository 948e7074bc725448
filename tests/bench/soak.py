"""Soak of the zero-setup portal (`make run`): bulk uploads and page requests in a row, then every
mail delivered once and the three processes still the ones that started.

    python -m tests.bench.soak [--uploads 300] [--pages 1000] [--rows 3] [--keep]   (make soak)

What it does, from the current checkout and with no service variable at all (whatever this shell
has, DATABASE_URL, CELERY_BROKER_URL, REDIS_URL and REQUIRE_SERVICES are dropped):

1. A fresh var/ directory (a temporary one) and a free port; then what `make run` does: migrate
   the SQLite database, seed the demo content, start the Procfile's web, worker and beat under
   portal/supervise.py with the development settings and the zero-setup broker (atomicfs://).
2. A member of a demo organization is added (signed in by a session cookie, as Django's test
   client does: the soak is about the processes, not the sign-in) and the people of the files are
   added to the registry before the clock starts.
3. ``--uploads`` bulk files of ``--rows`` people, each posted to /ja/bulk/ over HTTP, with
   ``--pages`` page requests spread between them (public pages in several languages, the health
   page and the organization's bulk page). Every answer must be the expected one.
4. It waits until no mail is left queued and every upload has left reception, then checks: each
   mail row is sent with exactly one attempt, var/mail/ holds exactly one message per mail, and
   supervise reported no stopped process (web, worker and beat still have their first pids).

Prints the numbers and exits 1 if a check failed. Takes a while on a small machine: the demo
content alone is built in a minute or two.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVICE_VARIABLES = ("DATABASE_URL", "CELERY_BROKER_URL", "REDIS_URL", "REQUIRE_SERVICES")
PAGES = [
    "/ja/",
    "/en/",
    "/ko/",
    "/zh-hant/",
    "/pt/",
    "/ja/check/",
    "/ja/qa/",
    "/ja/manuals/",
    "/healthz",
    "/ja/bulk/",
]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def zero_setup_env(var_dir: Path, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in SERVICE_VARIABLES}
    for name in ("PYTEST_XDIST_WORKER", "PORTAL_XDIST_SHIFTED", "CELERY_EAGER", "EMAIL_BACKEND"):
        env.pop(name, None)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
            "PORTAL_VAR_DIR": str(var_dir),
            "PORTAL_PORT": str(port),
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uploads", type=int, default=300)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--rows", type=int, default=3, help="people per bulk file")
    parser.add_argument("--settle", type=float, default=900, help="seconds to wait for the mail")
    parser.add_argument("--keep", action="store_true", help="keep the var/ directory")
    args = parser.parse_args(argv)

    var_dir = Path(tempfile.mkdtemp(prefix="portal-soak-var-"))
    port = free_port()
    env = zero_setup_env(var_dir, port)
    # One organization uploads every file: its daily upload limit (100 by default, tested on
    # its own) is raised to the number of files, so the soak measures the processes.
    env["PORTAL_BULK_UPLOADS_PER_DAY"] = str(max(args.uploads, 100))
    python = sys.executable
    started = time.monotonic()
    print(f"soak: var/ in {var_dir}, port {port}", flush=True)
    for step in (["migrate", "--noinput", "-v0"], ["seed_demo", "--quiet"]):
        subprocess.run([python, "manage.py", *step], cwd=ROOT, env=env, check=True)
    print(f"soak: migrated and seeded in {time.monotonic() - started:.0f} s", flush=True)

    log_path = var_dir / "supervise.log"
    log = open(log_path, "wb")  # noqa: SIM115 (closed in the finally below)
    supervisor = subprocess.Popen(
        [python, "-m", "portal.supervise", "Procfile"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    failures: list[str] = []
    try:
        failures = soak(args, env, port, log_path)
        text = log_path.read_text(errors="replace")
        stopped = re.findall(r"supervise \| (\S+) stopped \(([^)]*)\)", text)
        first_pids = dict(re.findall(r"started (\S+) \(pid (\d+)\)", text))
        alive = {}
        for name, pid in first_pids.items():
            try:
                os.kill(int(pid), 0)
                alive[name] = True
            except ProcessLookupError:
                alive[name] = False
        shown = ", ".join(f"{name} {'alive' if up else 'GONE'}" for name, up in alive.items())
        print(f"processes: {shown}")
        if supervisor.poll() is not None:
            failures.append(f"supervise itself stopped ({supervisor.returncode})")
        if stopped:
            failures.append(f"processes stopped during the soak: {stopped}")
        if sorted(alive) != ["beat", "web", "worker"] or not all(alive.values()):
            failures.append(f"not all three first processes are alive: {alive}")
    finally:
        if supervisor.poll() is None:
            supervisor.send_signal(signal.SIGINT)
            try:
                supervisor.wait(timeout=60)
            except subprocess.TimeoutExpired:
                supervisor.kill()
        log.close()
        if not args.keep and not failures:
            shutil.rmtree(var_dir, ignore_errors=True)
    print(f"soak: {time.monotonic() - started:.0f} s in all")
    if failures:
        print("soak FAILED:\n  " + "\n  ".join(failures) + f"\n  (log: {log_path})")
        return 1
    print("soak passed")
    return 0


def soak(args, env: dict[str, str], port: int, log_path: Path) -> list[str]:
    import requests

    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.test import Client

    from filings.models import BulkUpload, Mail, Organization
    from tests.filings.bulk.bulk_files import make_people, valid_file
    from tests.filings.conftest import make_org_user

    base = f"http://127.0.0.1:{port}"
    failures: list[str] = []
    deadline = time.monotonic() + 300
    while True:
        try:
            if requests.get(f"{base}/healthz", timeout=10).status_code == 200:
                break
        except requests.RequestException:
            pass
        if time.monotonic() > deadline:
            return [f"the web server never answered /healthz:\n{log_path.read_text()[-3000:]}"]
        time.sleep(1)

    organization = Organization.objects.order_by("pk").first()
    user = make_org_user(organization, username="soak-organization")
    client = Client()
    client.force_login(user)
    people = make_people(args.uploads * args.rows, prefix="SK")
    files = [
        valid_file("acceptance", people[i * args.rows : (i + 1) * args.rows])
        for i in range(args.uploads)
    ]
    print(f"soak: {len(files)} files of {args.rows} people ready", flush=True)

    http = requests.Session()
    http.cookies.set("sessionid", client.cookies["sessionid"].value, domain="127.0.0.1")
    upload_times: list[float] = []
    page_times: list[float] = []
    bad: list[str] = []
    pages_per_upload = args.pages / max(1, args.uploads)
    pages_done = 0
    clock = time.monotonic()
    for number, content in enumerate(files, start=1):
        form = http.get(f"{base}/ja/bulk/", timeout=60)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text)
        if form.status_code != 200 or not token:
            bad.append(f"upload {number}: the form answered {form.status_code}")
            continue
        begun = time.monotonic()
        answer = http.post(
            f"{base}/ja/bulk/",
            data={"csrfmiddlewaretoken": token.group(1), "family": ""},
            files={"file": (f"people-{number}.xlsx", content, XLSX)},
            headers={"Referer": f"{base}/ja/bulk/"},
            allow_redirects=False,
            timeout=120,
        )
        upload_times.append(time.monotonic() - begun)
        if answer.status_code != 303:
            bad.append(f"upload {number}: {answer.status_code}")
        while pages_done < min(args.pages, round(number * pages_per_upload)):
            path = PAGES[pages_done % len(PAGES)]
            begun = time.monotonic()
            page = http.get(f"{base}{path}", timeout=60)
            page_times.append(time.monotonic() - begun)
            if page.status_code != 200:
                bad.append(f"page {path}: {page.status_code}")
            pages_done += 1
    while pages_done < args.pages:
        path = PAGES[pages_done % len(PAGES)]
        begun = time.monotonic()
        page = http.get(f"{base}{path}", timeout=60)
        page_times.append(time.monotonic() - begun)
        if page.status_code != 200:
            bad.append(f"page {path}: {page.status_code}")
        pages_done += 1
    sent_in = time.monotonic() - clock
    print(
        f"uploads: {len(upload_times)} in {sent_in:.0f} s with the pages; median "
        f"{statistics.median(upload_times) * 1000:.0f} ms, p95 "
        f"{percentile(upload_times, 0.95) * 1000:.0f} ms",
        flush=True,
    )
    print(
        f"pages: {len(page_times)}; median {statistics.median(page_times) * 1000:.0f} ms, "
        f"p95 {percentile(page_times, 0.95) * 1000:.0f} ms",
        flush=True,
    )
    if bad:
        failures.append(f"{len(bad)} unexpected answers, first ones: {bad[:10]}")

    from filings.services import registration

    uploads = BulkUpload.objects.filter(organization=organization, uploaded_by=user)
    # Uploads still on their way: received (not yet checked) and, when registration runs at
    # once, accepted or registering.
    open_states = ["received", "registering"]
    if registration.registration_mode() == registration.IMMEDIATE:
        open_states.append("accepted")
    settle_until = time.monotonic() + args.settle
    while time.monotonic() < settle_until:
        queued = Mail.objects.filter(state=Mail.State.QUEUED).count()
        waiting = uploads.filter(state__in=open_states).count()
        if not queued and not waiting:
            break
        time.sleep(2)
    settled_in = time.monotonic() - clock
    mails = Mail.objects.all()
    sent = mails.filter(state=Mail.State.SENT)
    messages = sum(
        len(re.findall(r"^Message-ID:", path.read_text(errors="replace"), re.MULTILINE))
        for path in (Path(env["PORTAL_VAR_DIR"]) / "mail").glob("*")
        if path.is_file()
    )
    states = {
        state: uploads.filter(state=state).count()
        for state in uploads.values_list("state", flat=True).distinct()
    }
    print(f"uploads by state after {settled_in:.0f} s: {states}")
    print(
        f"mail: {mails.count()} rows, {sent.count()} sent, "
        f"{sent.exclude(attempts=1).count()} sent after more than one attempt, "
        f"{messages} messages in var/mail/"
    )
    if uploads.count() != args.uploads:
        failures.append(f"{uploads.count()} uploads stored, not {args.uploads}")
    if sent.count() != mails.count():
        left = list(mails.exclude(state=Mail.State.SENT).values_list("pk", "state", "last_error"))
        failures.append(f"mails not sent: {left[:10]}")
    if messages != mails.count():
        failures.append(f"{messages} messages written for {mails.count()} mails")
    if sent.exclude(attempts=1).exists():
        failures.append("some mails needed more than one attempt")
    return failures


if __name__ == "__main__":
    sys.exit(main())
