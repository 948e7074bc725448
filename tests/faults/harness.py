"""Private services and real processes for the fault suite (QUALITY I1–I6, H1, H3).

The suite never touches the shared PostgreSQL and Redis other tests use: it starts its own
PostgreSQL cluster (initdb into a temporary directory, run as the `postgres` OS user), its own
redis-server and an aiosmtpd sink, then the portal's own processes against them — gunicorn with
`deploy/gunicorn.conf.py` and production settings, a Celery worker on every queue and beat — all
as subprocesses it can SIGKILL, SIGSTOP and restart. The test process itself never imports the
ORM for these databases: it reads rows with plain SQL and prepares data through
`tests/faults/driver.py`, a subprocess with the same environment as the app.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from email import message_from_bytes
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import psycopg
import requests
from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parents[2]
PG_BIN = Path(os.environ.get("FAULT_PG_BIN", "/usr/lib/postgresql/15/bin"))
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
PG_PORT = int(os.environ.get("FAULT_PG_PORT", "5441"))
REDIS_PORT = int(os.environ.get("FAULT_REDIS_PORT", "6391"))
TEMPLATE_DB = "fault_template"
# Short sweeper settings for the harness only; production keeps 300 s / 10 min / 5 min.
SWEEP_INTERVAL = 2
SWEEP_AFTER = 6


# The migrated template database and collected static files are kept between runs, keyed by
# everything that shapes them; a clean machine (CI) builds them once per run.
CACHE_DIR = Path(os.environ.get("FAULT_CACHE_DIR", "/tmp/portal-faults-cache"))


def cache_key() -> str:
    digest = hashlib.sha256()
    inputs = [
        *sorted(ROOT.glob("*/migrations/*.py")),
        *sorted(
            p
            for app in ("portal", "filings", "faq", "manuals")
            for p in (ROOT / app / "static").glob("**/*")
            if p.is_file()
        ),
        ROOT / "uv.lock",
        ROOT / "filings" / "demo" / "filings.py",
        ROOT / "tests" / "content_helpers.py",
        ROOT / "tests" / "filings" / "conftest.py",
        Path(__file__).with_name("driver.py"),
    ]
    for path in inputs:
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def missing_requirements() -> str | None:
    """Why the fault suite cannot run on this machine, or None."""
    if not (PG_BIN / "initdb").exists():
        return f"needs PostgreSQL server binaries in {PG_BIN} (apt-get install postgresql)"
    if not Path(REDIS_SERVER).exists():
        return "needs redis-server (apt-get install redis-server)"
    if os.geteuid() != 0 and shutil.which("runuser") is None:
        return "needs root (to run initdb as the postgres user)"
    for port in (PG_PORT, REDIS_PORT):
        if port_open(port):
            return f"port {port} is taken (set FAULT_PG_PORT / FAULT_REDIS_PORT)"
    return None


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with socket.create_connection((host, port), 0.5):
            return True
    except OSError:
        return False


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(predicate: Callable[[], Any], timeout: float = 30.0, interval: float = 0.1) -> Any:
    """Poll `predicate` until it returns something truthy or the time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return predicate()


# --- PostgreSQL ---------------------------------------------------------------------------------


class PrivatePostgres:
    """A throw-away cluster owned by the `postgres` OS user (initdb refuses root)."""

    def __init__(self, base: Path, port: int = PG_PORT):
        self.dir = base / "pg"
        self.data = self.dir / "data"
        self.port = port
        self.log = self.dir / "server.log"

    def _as_postgres(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(a) for a in args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True)

    def make_dir(self) -> None:
        self.dir.mkdir(parents=True)
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres")

    def init(self) -> None:
        self.make_dir()
        self._as_postgres(
            PG_BIN / "initdb",
            "-D",
            self.data,
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        self.start()

    def start(self) -> None:
        # fsync off: the cluster is thrown away; a restart (`-m fast`) still checkpoints.
        options = (
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c max_connections=200 -c full_page_writes=off"
        )
        started = self._as_postgres(
            PG_BIN / "pg_ctl",
            "-D",
            self.data,
            "-o",
            options,
            "-l",
            self.log,
            "-w",
            "start",
            check=False,
        )
        if started.returncode != 0:
            log = self.log.read_text()[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"private PostgreSQL did not start: {started.stderr}\n{log}")

    def stop(self, mode: str = "fast") -> None:
        self._as_postgres(PG_BIN / "pg_ctl", "-D", self.data, "-m", mode, "-w", "stop", check=False)

    def restart(self, mode: str = "fast") -> None:
        self.stop(mode)
        self.start()

    def url(self, dbname: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{dbname}"

    def connect(self, dbname: str = "postgres", **kwargs) -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname=dbname, **kwargs
        )

    def admin(self, sql: str) -> None:
        with self.connect(autocommit=True) as conn:
            conn.execute(sql)


# --- Redis --------------------------------------------------------------------------------------


class PrivateRedis:
    """A redis-server subprocess: killed, paused (SIGSTOP) and started again at will."""

    def __init__(self, base: Path, port: int = REDIS_PORT):
        self.dir = base / "redis"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.port = port
        self.proc: subprocess.Popen | None = None
        self.flags: list[str] = ["--save", "", "--appendonly", "no"]

    def start(self, flags: list[str] | None = None) -> None:
        if flags is not None:
            self.flags = flags
        log = open(self.dir / "redis.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [
                REDIS_SERVER,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(self.dir),
                "--daemonize",
                "no",
                *self.flags,
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        if not wait_for(lambda: self.ping(), timeout=10):
            raise RuntimeError("private redis-server did not start")

    def ping(self) -> bool:
        import redis

        try:
            return bool(redis.Redis(port=self.port, socket_timeout=0.5).ping())
        except Exception:
            return False

    def client(self, db: int = 0):
        import redis

        return redis.Redis(port=self.port, db=db, socket_timeout=2)

    def kill(self) -> None:
        """SIGKILL: everything not on disk is lost, as in a crash."""
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def pause(self) -> None:
        """SIGSTOP: the port still accepts connections, but nothing answers (a hung server)."""
        os.kill(self.proc.pid, signal.SIGSTOP)

    def resume(self) -> None:
        os.kill(self.proc.pid, signal.SIGCONT)

    def url(self, db: int) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"


# --- SMTP ---------------------------------------------------------------------------------------


class _Inbox:
    def __init__(self):
        self.messages: list[bytes] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.messages.append(envelope.content)
        return "250 OK"


class SmtpSink:
    """aiosmtpd on a fixed loopback port, stopped and started again without losing what it
    received."""

    def __init__(self, port: int | None = None):
        self.port = port or free_port()
        self.inbox = _Inbox()
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def clear(self) -> None:
        with self.inbox.lock:
            self.inbox.messages.clear()

    def keys(self) -> list[tuple[str, str, str]]:
        """One key per message: recipient, subject and body. The same mail sent twice gives
        the same key; two different mails never do (their receipt numbers differ)."""
        with self.inbox.lock:
            raw = list(self.inbox.messages)
        keys = []
        for content in raw:
            message = message_from_bytes(content, policy=default_policy)
            body = message.get_body(preferencelist=("plain",)).get_content()
            keys.append((str(message["To"]), str(message["Subject"]), body))
        return keys

    def duplicates(self) -> int:
        return sum(count - 1 for count in Counter(self.keys()).values())


# --- the portal's processes ----------------------------------------------------------------------


class Process:
    """One of the portal's processes, in its own process group so it can be killed whole."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str], log: Path):
        self.name = name
        self.argv = argv
        self.env = env
        self.log = log
        self.proc: subprocess.Popen | None = None
        self.offset = 0

    def start(self) -> Process:
        self.offset = self.log.stat().st_size if self.log.exists() else 0
        out = open(self.log, "ab")  # noqa: SIM115
        self.proc = subprocess.Popen(
            self.argv,
            cwd=ROOT,
            env=self.env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        out.close()
        return self

    def output(self) -> str:
        if not self.log.exists():
            return ""
        with open(self.log, "rb") as handle:
            handle.seek(self.offset)
            return handle.read().decode("utf-8", "replace")

    def wait_for_output(self, pattern: str, timeout: float = 60) -> None:
        found = wait_for(
            lambda: re.search(pattern, self.output()) or (self.proc.poll() is not None),
            timeout=timeout,
            interval=0.2,
        )
        if not found or self.proc.poll() is not None:
            raise RuntimeError(f"{self.name} not ready:\n{self.output()[-3000:]}")

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def signal_group(self, sig: int) -> None:
        if self.alive():
            with suppress(ProcessLookupError):
                os.killpg(self.proc.pid, sig)

    def kill(self) -> None:
        """SIGKILL the whole group (main process and pool children), as the OOM killer would."""
        self.signal_group(signal.SIGKILL)
        if self.proc is not None:
            self.proc.wait(timeout=10)

    def stop(self, timeout: float = 20) -> None:
        if not self.alive():
            return
        self.signal_group(signal.SIGTERM)
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()


@dataclass
class Answer:
    """One HTTP request as the user saw it."""

    status: int  # 0: no answer at all (connection refused, reset, timed out)
    seconds: float
    location: str = ""
    started: float = 0.0
    error: str = ""


@dataclass
class Browser:
    """A signed-in user's cookies, sent by hand: the production cookies are `Secure` and
    `__Host-`, which an HTTP client refuses to send over plain http to 127.0.0.1. The proxy's
    `X-Forwarded-Proto: https` makes the app see the request as HTTPS, as behind nginx."""

    base: str
    cookies: dict[str, str] = field(default_factory=dict)
    text: str = ""

    def _headers(self, path: str) -> dict[str, str]:
        return {
            "X-Forwarded-Proto": "https",
            "Referer": f"https://{self.base.split('://', 1)[1]}{path}",
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
        }

    def request(self, method: str, path: str, data=None, timeout: float = 10) -> Answer:
        started = time.monotonic()
        try:
            response = requests.request(
                method,
                self.base + path,
                data=data,
                headers=self._headers(path),
                allow_redirects=False,
                timeout=timeout,
            )
        except requests.RequestException as exc:
            return Answer(0, time.monotonic() - started, started=started, error=type(exc).__name__)
        for cookie in response.cookies:
            self.cookies[cookie.name] = cookie.value
        answer = Answer(
            response.status_code,
            time.monotonic() - started,
            response.headers.get("Location", ""),
            started,
        )
        answer.error = response.text[:2000] if response.status_code >= 400 else ""
        self.text = response.text
        return answer


def form_fields(html: str) -> dict[str, str]:
    """The hidden inputs of the page's form (CSRF and submission tokens)."""
    found = {}
    for tag in re.findall(r"<input[^>]+>", html):
        name = re.search(r'name="([^"]+)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if name and value and 'type="hidden"' in tag:
            found[name.group(1)] = value.group(1)
    return found


class Stack:
    """Private PostgreSQL, Redis and SMTP, and the portal's processes on top of them.

    One per test session: the cluster is initialised and migrated once into a template
    database; each case gets a fresh copy (`new_case`), a flushed Redis and its own processes.
    """

    def __init__(self):
        self.base = Path(tempfile.mkdtemp(prefix="portal-faults-"))
        if os.geteuid() == 0:
            os.chmod(self.base, 0o755)  # noqa: S103 (the postgres user must reach pg/)
        self.pg = PrivatePostgres(self.base)
        self.redis = PrivateRedis(self.base)
        self.smtp = SmtpSink()
        self.var = self.base / "var"
        self.var.mkdir()
        self.logs = self.base / "logs"
        self.logs.mkdir()
        self.web_port = free_port()
        self.dbname = TEMPLATE_DB
        self.secret_key = secrets.token_urlsafe(60)
        self.processes: list[Process] = []
        self.case = 0

    # set-up and tear-down

    def boot(self) -> None:
        """Start the services; migrate, collect static files and build the pages once, or
        copy the result of an earlier run with the same migrations and static files."""
        started = time.monotonic()
        cached = CACHE_DIR / cache_key()
        self.redis.start()
        self.smtp.start()
        if (cached / "ok").exists():
            self.pg.make_dir()
            subprocess.run(["cp", "-a", str(cached / "data"), str(self.pg.data)], check=True)
            shutil.rmtree(self.var / "static", ignore_errors=True)
            shutil.copytree(cached / "static", self.var / "static")
            self.pg.start()
        else:
            self.pg.init()
            self.pg.admin(f"CREATE DATABASE {TEMPLATE_DB}")
            self.manage("migrate", "--noinput", "-v0")
            self.manage("collectstatic", "--noinput", "-v0")
            self.driver("site")
            self.pg.stop()
            # Only the newest copy is kept (each is a few hundred MB).
            shutil.rmtree(CACHE_DIR, ignore_errors=True)
            cached.mkdir(parents=True)
            subprocess.run(["cp", "-a", str(self.pg.data), str(cached / "data")], check=True)
            shutil.copytree(self.var / "static", cached / "static")
            (cached / "ok").touch()
            self.pg.start()
        print(f"fault harness ready in {time.monotonic() - started:.0f} s ({self.base})")

    def new_case(self, name: str) -> None:
        """A fresh database copied from the template, an empty Redis and SMTP inbox."""
        self.stop_processes()
        self.case += 1
        self.dbname = f"case_{self.case}_{re.sub(r'[^a-z0-9]', '_', name.lower())}"[:60]
        self.pg.admin(f"CREATE DATABASE {self.dbname} TEMPLATE {TEMPLATE_DB}")
        if not self.redis.ping():
            self.redis.kill()
            self.redis.start()
        self.redis.client().flushall()
        if self.smtp.controller is None:
            self.smtp.start()
        self.smtp.clear()

    def close(self) -> None:
        self.stop_processes()
        self.smtp.stop()
        if self.redis.proc is not None:
            with suppress(ProcessLookupError):
                self.redis.resume()
            self.redis.kill()
        self.pg.stop("immediate")
        shutil.rmtree(self.base, ignore_errors=True)

    def stop_processes(self) -> None:
        for process in reversed(self.processes):
            process.stop()
        self.processes.clear()

    # environment and commands

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PORTAL_", "DJANGO_", "CELERY_", "PYTEST", "EMAIL_"))
            and key not in {"DATABASE_URL", "REDIS_URL", "ALLOWED_HOSTS", "REQUIRE_SERVICES"}
        }
        env.update(
            {
                "DJANGO_SETTINGS_MODULE": "portal.settings.production",
                "DJANGO_SECRET_KEY": self.secret_key,
                "ALLOWED_HOSTS": "127.0.0.1,localhost",
                "PORTAL_PUBLIC_BASE_URL": "https://portal.example.jp",
                "DATABASE_URL": self.pg.url(self.dbname),
                "CELERY_BROKER_URL": self.redis.url(0),
                "REDIS_URL": self.redis.url(1),
                "EMAIL_HOST": "127.0.0.1",
                "EMAIL_PORT": str(self.smtp.port),
                "PORTAL_MAIL_RETRY_BASE_SECONDS": "1",
                "PORTAL_SWEEP_INTERVAL_SECONDS": str(SWEEP_INTERVAL),
                "PORTAL_FILING_SWEEP_AFTER_SECONDS": str(SWEEP_AFTER),
                "PORTAL_MAIL_SWEEP_AFTER_SECONDS": str(SWEEP_AFTER),
                "PORTAL_VAR_DIR": str(self.var),
                "PYTHONUNBUFFERED": "1",
                "LOG_LEVEL": "WARNING",
                "GUNICORN_BIND": f"127.0.0.1:{self.web_port}",
                "GUNICORN_WORKERS": "3",
            }
        )
        env.update(extra)
        return env

    def manage(self, *args: str) -> str:
        completed = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env(),
            capture_output=True,
            text=True,
            check=False,
        )
        if completed.returncode != 0:
            raise RuntimeError(f"manage.py {args[0]} failed:\n{completed.stderr[-4000:]}")
        return completed.stdout

    def driver(self, *args: str, **env: str) -> Any:
        """Run a command of tests/faults/driver.py against this case's database; its JSON."""
        completed = subprocess.run(
            [sys.executable, "-m", "tests.faults.driver", *args],
            cwd=ROOT,
            env=self.env(**env),
            capture_output=True,
            text=True,
            check=False,
        )
        if completed.returncode != 0:
            raise RuntimeError(f"driver {args} failed:\n{completed.stderr[-4000:]}")
        return json.loads(completed.stdout.strip().splitlines()[-1])

    def driver_process(self, name: str, *args: str) -> Process:
        """The driver as a long-running process (a sweeper loop), not waited for."""
        process = Process(
            name,
            [sys.executable, "-m", "tests.faults.driver", *args],
            self.env(),
            self.logs / f"{name}.log",
        )
        self.processes.append(process)
        return process.start()

    # the portal's processes

    def web(self, workers: int = 3) -> Process:
        process = Process(
            "web",
            # --preload: Django is imported once, not by each worker (a 2-core box shared with
            # other test runs); no control socket, which other gunicorns on the host share.
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                "deploy/gunicorn.conf.py",
                "--preload",
                "--no-control-socket",
                "portal.wsgi",
            ],
            self.env(GUNICORN_WORKERS=str(workers)),
            self.logs / "web.log",
        )
        self.processes.append(process.start())
        if not wait_for(lambda: port_open(self.web_port), timeout=60):
            raise RuntimeError(f"gunicorn did not start:\n{process.output()[-3000:]}")
        # Each worker's first requests load the URL configuration, templates and page tree.
        warm = [self.browser().request("GET", "/ja/", timeout=60) for _ in range(8)]
        if not all(answer.status == 200 for answer in warm[-3:]):
            raise RuntimeError(f"web not answering: {warm}\n{process.output()[-3000:]}")
        return process

    def worker(self, name: str = "w1", queues: str = "default,mail,filings,bulk", concurrency=2):
        process = Process(
            f"worker-{name}",
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "portal",
                "worker",
                "-Q",
                queues,
                "-c",
                str(concurrency),
                "-n",
                f"{name}@%h",
                "--prefetch-multiplier=1",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "-l",
                "info",
            ],
            self.env(),
            self.logs / f"worker-{name}.log",
        )
        self.processes.append(process.start())
        process.wait_for_output(r"ready\.")
        return process

    def beat(self, name: str = "beat") -> Process:
        process = Process(
            name,
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "portal",
                "beat",
                "-l",
                "info",
                "-s",
                str(self.base / f"{name}-{self.case}-schedule"),
                "--pidfile",
                str(self.base / f"{name}.pid"),
            ],
            self.env(),
            self.logs / f"{name}.log",
        )
        self.processes.append(process.start())
        process.wait_for_output(r"beat: Starting")
        return process

    def server_seconds(self, method: str = "POST") -> list[float]:
        """Time spent inside the web process per request, from gunicorn's access log."""
        text = (self.logs / "web.log").read_text(errors="replace")
        pattern = rf'"{method} [^"]*" \d+ \S+ (\d+)ms'
        return [int(ms) / 1000 for ms in re.findall(pattern, text)]

    def browser(self) -> Browser:
        return Browser(f"http://127.0.0.1:{self.web_port}")

    # reading the outcome

    def sql(self, query: str, params=()) -> list[tuple]:
        with self.pg.connect(self.dbname, connect_timeout=5) as conn:
            return conn.execute(query, params).fetchall()

    def scalar(self, query: str, params=()) -> Any:
        return self.sql(query, params)[0][0]

    def counts(self) -> dict[str, int]:
        """Rows by outcome, mails by template and state, and what the SMTP sink received."""
        filings = dict(self.sql("SELECT state, count(*) FROM filings_filing GROUP BY state"))
        mails = {
            f"{template}:{state}": n
            for template, state, n in self.sql(
                "SELECT template, state, count(*) FROM filings_mail GROUP BY template, state"
            )
        }
        keys = self.smtp.keys()
        return {
            "filings": sum(filings.values()),
            "completed": filings.get("completed", 0),
            "open": sum(filings.get(s, 0) for s in ("received", "processing")),
            "reception_mails": mails.get("filing_received:sent", 0),
            "completion_mails": mails.get("filing_completed:sent", 0),
            "mail_rows": sum(mails.values()),
            "mails_unsent": sum(n for k, n in mails.items() if not k.endswith(":sent")),
            "smtp_received": len(keys),
            "smtp_duplicates": sum(c - 1 for c in Counter(keys).values()),
            "registrations": self.scalar(
                "SELECT count(*) FROM portal_auditevent WHERE action = 'filing.registered'"
            ),
        }

    def drained(self, expected: int) -> dict[str, int] | None:
        """The counts once every filing is completed and both of its mails have arrived."""
        counts = self.counts()
        done = (
            counts["completed"] == expected
            and counts["reception_mails"] == expected
            and counts["completion_mails"] == expected
            and counts["smtp_received"] >= 2 * expected
        )
        return counts if done else None

    def assert_exactly_once(self, case: str, submitted: int, counts: dict[str, int], **extra):
        """The suite's verdict: every filing completed once, each of its two mails sent and
        received once, nothing left open, nothing duplicated."""
        duplicated = (
            counts["smtp_duplicates"]
            + max(counts["filings"] - submitted, 0)
            + max(counts["registrations"] - counts["completed"], 0)
        )
        lost = (
            (submitted - counts["completed"])
            + (submitted - counts["reception_mails"])
            + (submitted - counts["completion_mails"])
        )
        parts = " ".join(f"{k}={v}" for k, v in extra.items())
        print(
            f"\n{case}: submitted={submitted} {parts}{' ' if parts else ''}"
            f"completed={counts['completed']} reception_mails={counts['reception_mails']} "
            f"completion_mails={counts['completion_mails']} "
            f"smtp_received={counts['smtp_received']} duplicates={duplicated} lost={lost}"
        )
        per_filing = self.sql(
            """
            SELECT f.receipt_number,
                   (SELECT count(*) FROM portal_auditevent a
                     WHERE a.action = 'filing.registered' AND a.target_id = f.public_id::text),
                   (SELECT count(*) FROM filings_mail m WHERE m.template = 'filing_completed'
                     AND m.dedupe_key LIKE 'filing:' || f.public_id::text || ':%%')
              FROM filings_filing f
            """
        )
        assert [row for row in per_filing if row[1] != 1 or row[2] != 1] == []
        assert counts["filings"] == submitted
        assert counts["completed"] == submitted
        assert counts["reception_mails"] == submitted
        assert counts["completion_mails"] == submitted
        assert counts["mails_unsent"] == 0
        assert counts["smtp_received"] == 2 * submitted
        assert duplicated == 0
        assert lost == 0


# --- users of the web process ---------------------------------------------------------------------


@dataclass
class User:
    """A signed-in resident on the confirmation page of a finished draft."""

    browser: Browser
    confirm: str
    submit: str
    form: dict[str, str] = field(default_factory=dict)
    answers: list[Answer] = field(default_factory=list)

    def open_confirmation(self) -> Answer:
        answer = self.browser.request("GET", self.confirm)
        if answer.status == 200:
            self.form = form_fields(self.browser.text)
        return answer

    def send(self, timeout: float = 10) -> Answer:
        """Press "send" once; the answer is kept (a user who saw an error presses again)."""
        answer = self.browser.request("POST", self.submit, data=self.form, timeout=timeout)
        self.answers.append(answer)
        return answer

    @property
    def receipt(self) -> str:
        """The status page the last 303 sent the user to, i.e. the receipt, or ""."""
        for answer in reversed(self.answers):
            if answer.status == 303 and "/status/" in answer.location:
                return answer.location
        return ""


def users(stack: Stack, count: int) -> list[User]:
    """`count` residents, signed in, each looking at the confirmation page of a draft."""
    ready = []
    for row in stack.driver("drafts", str(count)):
        browser = stack.browser()
        browser.cookies[row["cookie"]] = row["session"]
        user = User(browser, row["confirm"], row["submit"])
        answer = user.open_confirmation()
        assert answer.status == 200 and "submission_token" in user.form, answer
        ready.append(user)
    return ready


def send_all(people: list[User], threads: int = 5, timeout: float = 10) -> list[Answer]:
    """Everyone presses "send" at about the same time (`threads` at once)."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(threads) as pool:
        return list(pool.map(lambda user: user.send(timeout), people))
