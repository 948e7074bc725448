"""Filing under load: submit latency with 20 people sending at once, and the status page of a
filer with 1,000 filings, against a live server on PostgreSQL.

Builds a throw-away database (portal_bench_filing by default) with the project's migrations,
the filing pages and the users, starts Django's threaded live server on a free port, and times
real HTTP requests: each of the concurrent users posts the final "send" of prepared drafts
(what a person waits for after clicking; registration itself runs later in a worker, so the
benchmark uses the nightly mode to leave it out), then one user's status list and detail are
fetched repeatedly. Prints median and 95th percentile, then drops the database.

    python -m tests.bench.bench_filing [--users 20] [--rounds 5] [--filings 1000] [--keep] [--json]

Needs DATABASE_URL pointing at a PostgreSQL server whose user may create databases.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import statistics
import sys
import tempfile
import threading
import time
from urllib.parse import urlparse, urlunparse

from tests.bench.bench_http import session_cookie

BENCH_DATABASE = os.environ.get("BENCH_FILING_DATABASE", "portal_bench_filing")
_scratch = tempfile.TemporaryDirectory(prefix="bench-filing-")
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _urls() -> tuple[str, str]:
    base = urlparse(os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal"))
    if not base.scheme.startswith("postgres"):
        sys.exit("The filing benchmark needs PostgreSQL: set DATABASE_URL=postgres://...")
    return urlunparse(base._replace(path="/postgres")), urlunparse(
        base._replace(path=f"/{BENCH_DATABASE}")
    )


def _recreate(admin_url: str, drop_only: bool = False) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{BENCH_DATABASE}" WITH (FORCE)')
        if not drop_only:
            connection.execute(f'CREATE DATABASE "{BENCH_DATABASE}"')


def _setup_django(bench_url: str) -> None:
    os.environ["DATABASE_URL"] = bench_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    os.environ["PORTAL_FILING_REGISTRATION"] = "nightly"
    # Mails and registrations are queued as in production, not run in the request; nobody
    # consumes them here, so they go to a private filesystem queue that is thrown away.
    os.environ["CELERY_EAGER"] = "0"
    os.environ["CELERY_BROKER_URL"] = "filesystem://"
    os.environ["PORTAL_VAR_DIR"] = _scratch.name
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.PORTAL_FILING_REGISTRATION = "nightly"
    call_command("migrate", verbosity=0, interactive=False)


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]
    return statistics.median(ordered) * 1000, p95 * 1000


def _prepare(users: int, rounds: int):
    """Users with ready drafts (identity and event filled in, waiting for "send")."""
    from filings import filing_services
    from filings.constants import FilingKind
    from filings.models import FilingDraft
    from tests.e2e.filing_site import build
    from tests.filings.conftest import make_resident_user
    from tests.filings.wizard import event_values

    build(("ja",))
    prepared = []
    kind = FilingKind.ACTIVITY_ORG_LEFT
    for _ in range(users):
        user = make_resident_user()
        filer = filing_services.filer_for(user)
        drafts = []
        for round_ in range(rounds):
            draft = filing_services.start_draft(
                filer, kind, today=filing_services.rules.today_in_japan()
            )
            data = {**draft.data, **event_values(kind, days_ago=1 + round_ % 10)}
            data["org_name"] = f"ベンチ大学{round_}"
            FilingDraft.objects.filter(pk=draft.pk).update(data=data, step="confirm")
            drafts.append(draft.token)
        prepared.append((session_cookie(user), drafts))
    return prepared


def _submit_all(base: str, prepared) -> tuple[list[float], int]:
    import requests

    from filings.models import FilingDraft

    tokens = {
        str(d.token): str(d.submission_token)
        for d in FilingDraft.objects.filter(token__in=[t for _, ts in prepared for t in ts])
    }
    timings: list[float] = []
    failures = 0
    lock = threading.Lock()
    barrier = threading.Barrier(len(prepared))

    def user(cookie: str, drafts: list) -> None:
        nonlocal failures
        http = requests.Session()
        http.cookies.set(_cookie_name(), cookie)
        barrier.wait()
        for token in drafts:
            page = http.get(f"{base}/ja/filing/draft/{token}/confirm/", timeout=60)
            csrf = CSRF.search(page.text).group(1)
            start = time.perf_counter()
            response = http.post(
                f"{base}/ja/filing/draft/{token}/submit/",
                data={"csrfmiddlewaretoken": csrf, "submission_token": tokens[str(token)]},
                headers={"Referer": page.url},
                allow_redirects=False,
                timeout=60,
            )
            elapsed = time.perf_counter() - start
            with lock:
                timings.append(elapsed)
                if response.status_code != 303:
                    failures += 1

    threads = [threading.Thread(target=user, args=item) for item in prepared]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return timings, failures


def _status_filer(filings: int):
    """One resident with `filings` filings on record, written directly (no pipeline needed)."""
    from django.utils import timezone

    from filings.constants import FilingKind
    from filings.filing_services import registry_identity
    from filings.models import Filing, FilingState
    from tests.filings.conftest import make_resident_user

    user = make_resident_user()
    resident = user.resident_account.resident
    identity = registry_identity(resident, resident.cards.get())
    now = timezone.now()
    rows = []
    for n in range(filings):
        day = datetime.date(2025, 1, 1) + datetime.timedelta(days=n % 600)
        rows.append(
            Filing(
                kind=FilingKind.ACTIVITY_ORG_LEFT,
                filer_type="resident",
                filed_by=user,
                resident=resident,
                card_number=identity["card_number"],
                name_latin=identity["name_latin"],
                data={**identity, "left_on": day.isoformat(), "org_name": f"機関{n}"},
                language_code="ja",
                state=FilingState.COMPLETED,
                event_date=day,
                due_date=day + datetime.timedelta(days=14),
                content_digest=f"bench-{n}",
                filed_on=day,
                received_at=now - datetime.timedelta(minutes=n),
            )
        )
    created = Filing.objects.bulk_create(rows, batch_size=500)
    return session_cookie(user), created


def _time_pages(base: str, cookie: str, urls: list[str], repeat: int) -> list[float]:
    import requests

    http = requests.Session()
    http.cookies.set(_cookie_name(), cookie)
    for url in urls:  # warm up
        assert http.get(base + url, timeout=60).status_code == 200, url
    timings = []
    for _ in range(repeat):
        for url in urls:
            start = time.perf_counter()
            response = http.get(base + url, timeout=60)
            timings.append(time.perf_counter() - start)
            assert response.status_code == 200, url
    return timings


def run(users: int, rounds: int, filings: int, keep: bool) -> list[tuple[str, str, str]]:
    admin_url, bench_url = _urls()
    _recreate(admin_url)
    try:
        _setup_django(bench_url)
        from django.test.testcases import LiveServerThread

        prepared = _prepare(users, rounds)
        cookie, created = _status_filer(filings)
        from django.db import connections

        connections.close_all()
        server = LiveServerThread("127.0.0.1", static_handler=_static_handler(), port=0)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        base = f"http://127.0.0.1:{server.port}"
        try:
            submit, failures = _submit_all(base, prepared)
            lists = _time_pages(base, cookie, ["/ja/status/", "/ja/status/?page=20"], 25)
            detail_urls = [f"/ja/status/{f.public_id}/" for f in created[:: max(1, filings // 25)]]
            details = _time_pages(base, cookie, detail_urls, 2)
        finally:
            server.terminate()
        from filings.models import Filing

        received = Filing.objects.exclude(content_digest__startswith="bench-").count()
        results = []
        label = f"submit, {users} concurrent users"
        median, p95 = _percentiles(submit)
        results += [
            (label, "requests", str(len(submit))),
            (label, "filings created", str(received)),
            (label, "failed requests", str(failures)),
            (label, "median", f"{median:.1f} ms"),
            (label, "p95", f"{p95:.1f} ms"),
        ]
        label = f"status list, filer with {filings} filings"
        median, p95 = _percentiles(lists)
        results += [(label, "median", f"{median:.1f} ms"), (label, "p95", f"{p95:.1f} ms")]
        label = f"status detail, filer with {filings} filings"
        median, p95 = _percentiles(details)
        results += [(label, "median", f"{median:.1f} ms"), (label, "p95", f"{p95:.1f} ms")]
        return results
    finally:
        from django.db import connections

        connections.close_all()
        _scratch.cleanup()
        if not keep:
            _recreate(admin_url, drop_only=True)


def _cookie_name() -> str:
    from django.conf import settings

    return settings.SESSION_COOKIE_NAME


def _static_handler():
    from django.contrib.staticfiles.handlers import StaticFilesHandler

    return StaticFilesHandler


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=5, help="filings sent by each user")
    parser.add_argument("--filings", type=int, default=1000, help="filings on the status page")
    parser.add_argument("--keep", action="store_true", help="keep the bench database afterwards")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args, _unknown = parser.parse_known_args(argv)
    results = run(args.users, args.rounds, args.filings, args.keep)
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        from tests.bench import print_table

        print_table(results)


if __name__ == "__main__":
    main()
