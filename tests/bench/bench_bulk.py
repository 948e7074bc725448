"""Bulk filing end to end, for 300 and 3,000 people (SPEC K2–K4; QUALITY K3): the bare
reads of the file (the anchors), the full reception, and registration by one real worker.

For each size, on the same workbook (the portal's template filled with registry people):

- bare read: openpyxl read-only and python-calamine over the file, nothing else (the functions
  of `bench_bulk_read`, which also times the safe reader alone);
- reception: `bulk_services.receive(...)`, i.e. what the upload view does with the bytes — the
  safe reader, every row checked against the registry, the upload, its rows and one filing per
  row stored in one transaction. Each run is a fresh organization, so nothing is deduplicated.
  Goal for 300 rows: ≤ 300 ms and ≤ 64 MB extra Python memory (tracemalloc, one extra run);
- registration: a file accepted with the registration mode "immediate" (as in production: the
  upload's commit queues it on the `bulk` queue), then one real `celery worker -c 1` on the
  Redis broker registers every row in batches; the clock runs from the accepted upload until
  the database shows every row with an outcome (polled every 20 ms), and until every row's
  filing is completed (after the result mail, S2). Goal for 300 rows: ≤ 3 s.

The product's limit of 300 people per file is raised for the 3,000-row case inside this
process only (the module constant the service passes to the reader), never in settings.
The last rows give the ratio 3,000 / 300 of each measure: about 10 means the cost grows
linearly with the number of people.

    python -m tests.bench.bench_bulk [--runs 5] [--sizes 300,3000] [--keep] [--json]

Needs DATABASE_URL pointing at a PostgreSQL server whose user may create databases (a
throw-away database, portal_bench_bulk, is created and dropped) and CELERY_BROKER_URL pointing
at Redis (the worker's broker; nothing in it is flushed).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import tracemalloc

from tests.bench import database_urls, recreate_database

BENCH_DATABASE = os.environ.get("BENCH_BULK_DATABASE", "portal_bench_bulk")
_scratch = tempfile.TemporaryDirectory(prefix="bench-bulk-")
FAMILY = "acceptance"


def _urls() -> tuple[str, str]:
    urls = database_urls(BENCH_DATABASE, "bulk")
    broker = os.environ.get("CELERY_BROKER_URL", "")
    if not broker.startswith(("redis://", "rediss://")):
        sys.exit("The bulk benchmark needs a Redis broker: set CELERY_BROKER_URL=redis://...")
    return urls


def _setup_django(bench_url: str) -> None:
    os.environ["DATABASE_URL"] = bench_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    # Tasks go through the broker, as in production; the worker started below runs them.
    os.environ["CELERY_EAGER"] = "0"
    os.environ["PORTAL_VAR_DIR"] = _scratch.name
    import django

    django.setup()
    from django.apps import apps
    from django.core.management import call_command

    from filings.management.reference_data import ensure_loaded

    call_command("migrate", verbosity=0, interactive=False)
    ensure_loaded(apps)


def _raise_row_limit(rows: int) -> None:
    """The service passes this module constant to the reader as its row limit (K2: 300)."""
    from filings.services import bulk as bulk_services

    bulk_services.BULK_MAX_ROWS = max(rows, 300)


def _organization_users(count: int) -> list:
    from tests.filings.conftest import make_org_user

    return [make_org_user() for _ in range(count)]


def _receive(user, content: bytes, name: str):
    from filings.services import bulk as bulk_services

    return bulk_services.receive(
        user=user,
        organization=user.organization_membership.organization,
        content=content,
        filename=name,
        language_code="ja",
    )


def _time_reception(content: bytes, runs: int, rows: int) -> tuple[float, float]:
    """Median ms of `runs` receptions (after a warm-up) and the tracemalloc peak in MB of one
    more, each by a fresh organization; nothing is queued (nightly mode)."""
    from django.test import override_settings

    from filings.models import BulkUploadState

    users = _organization_users(runs + 2)
    samples = []
    with override_settings(PORTAL_FILING_REGISTRATION="nightly"):
        for index, user in enumerate(users):
            traced = index == len(users) - 1
            if traced:
                tracemalloc.start()
            start = time.perf_counter()
            upload = _receive(user, content, f"bench-{rows}.xlsx").upload
            elapsed = time.perf_counter() - start
            if traced:
                _current, peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
            elif index:  # the first run warms caches and connections up
                samples.append(elapsed)
            assert upload.state == BulkUploadState.ACCEPTED, (upload.state, upload.problems[:3])
            assert upload.row_count == rows
    return statistics.median(samples) * 1000, peak / (1024 * 1024)


def _wait(predicate, timeout: float, interval: float = 0.02) -> float:
    """Seconds until `predicate()` is true (polled); fails after `timeout`."""
    start = time.perf_counter()
    while not predicate():
        if time.perf_counter() - start > timeout:
            raise TimeoutError(f"not done after {timeout:.0f} s")
        time.sleep(interval)
    return time.perf_counter() - start


def _drain_mails(timeout: float = 300) -> None:
    """Let the worker send the mails the reception runs queued, so it is idle and warm before
    the clock starts."""
    from filings.models import Mail

    _wait(lambda: not Mail.objects.filter(state=Mail.State.QUEUED).exists(), timeout, 0.2)


def _time_registration(content: bytes, rows: int) -> tuple[float, float]:
    """Seconds from the accepted upload to every row registered, and to every row's filing
    completed (result mail sent)."""
    from django.test import override_settings

    from filings.models import BulkUpload, BulkUploadState, Filing, FilingState

    (user,) = _organization_users(1)
    with override_settings(PORTAL_FILING_REGISTRATION="immediate"):
        upload = _receive(user, content, f"bench-registration-{rows}.xlsx").upload
    accepted = time.perf_counter()
    assert upload.state == BulkUploadState.ACCEPTED, upload.state
    timeout = max(120.0, rows * 0.5)
    _wait(
        lambda: BulkUpload.objects.filter(pk=upload.pk, state=BulkUploadState.COMPLETED).exists(),
        timeout,
    )
    registered = time.perf_counter() - accepted
    _wait(
        lambda: (
            Filing.objects.filter(bulk_row__upload=upload, state=FilingState.COMPLETED).count()
            == rows
        ),
        timeout,
    )
    completed = time.perf_counter() - accepted
    final = BulkUpload.objects.get(pk=upload.pk)
    assert (final.rows_done, final.rows_failed) == (rows, 0), (final.rows_done, final.rows_failed)
    return registered, completed


def run(sizes: list[int], runs: int, keep: bool) -> list[list[str]]:
    admin_url, bench_url = _urls()
    recreate_database(admin_url, BENCH_DATABASE)
    try:
        _setup_django(bench_url)
        from django.conf import settings

        from tests.bench.bench_bulk_read import _calamine, _measure, _openpyxl
        from tests.filings.bulk.bulk_files import make_people, valid_file
        from tests.worker import celery_worker

        files: dict[int, bytes] = {}
        for index, rows in enumerate(sizes):
            # Each size its own people (cards "BA…", "BB…"), so no file touches another's.
            prefix = "B" + chr(ord("A") + index)
            files[rows] = valid_file(FAMILY, make_people(rows, prefix=prefix))
        _raise_row_limit(max(sizes))

        measured: dict[int, dict[str, float]] = {}
        # Absolute times depend on how busy the machine is; the ratios to the bare reads do not.
        results: list[list[str]] = [["machine", "load average (1 min) at start", _load()]]
        for rows in sizes:
            content = files[rows]
            name = f"bulk {rows:,} rows"
            openpyxl_ms, _peak = _measure(lambda c=content: _openpyxl(c), runs)
            calamine_ms, _peak = _measure(lambda c=content: _calamine(c), runs)
            reception_ms, reception_mb = _time_reception(content, runs, rows)
            measured[rows] = {
                "openpyxl": openpyxl_ms,
                "calamine": calamine_ms,
                "reception": reception_ms,
            }
            results += [
                [name, "file size", f"{len(content) / 1024:.0f} KB"],
                [name, "bare read, openpyxl read-only (median)", f"{openpyxl_ms:.1f} ms"],
                [name, "bare read, python-calamine (median)", f"{calamine_ms:.1f} ms"],
                [name, "reception: read + check + store (median)", f"{reception_ms:.1f} ms"],
                [name, "reception peak Python memory", f"{reception_mb:.1f} MB"],
                [name, "reception / openpyxl bare read", f"{reception_ms / openpyxl_ms:.1f}x"],
            ]

        from django.db import connections

        connections.close_all()  # the worker process opens its own
        with celery_worker(settings.CELERY_BROKER_URL, concurrency=1) as worker:
            _drain_mails()
            for rows in sizes:
                registered, completed = _time_registration(files[rows], rows)
                measured[rows]["registration"] = registered * 1000
                measured[rows]["completion"] = completed * 1000
                name = f"bulk {rows:,} rows"
                results += [
                    [name, "registration by 1 worker: all rows", f"{registered * 1000:.0f} ms"],
                    [name, "... and every filing completed", f"{completed * 1000:.0f} ms"],
                    [name, "registration per row", f"{registered * 1000 / rows:.1f} ms"],
                ]
            assert worker.poll() is None, "the worker died"

        small, large = min(sizes), max(sizes)
        if small != large:
            name = f"ratio {large:,} / {small:,} rows"
            for key, label in (
                ("openpyxl", "bare read, openpyxl"),
                ("calamine", "bare read, python-calamine"),
                ("reception", "reception"),
                ("registration", "registration"),
            ):
                ratio = measured[large][key] / measured[small][key]
                results.append([name, label, f"{ratio:.1f}x (rows x{large / small:.0f})"])
        results.append(["machine", "load average (1 min) at end", _load()])
        goals = measured.get(300)
        if goals:
            results += [
                ["goals, 300 rows", "reception ≤ 300 ms", _verdict(goals["reception"], 300)],
                ["goals, 300 rows", "registration ≤ 3 s", _verdict(goals["registration"], 3000)],
            ]
        return results
    finally:
        from django.db import connections

        connections.close_all()
        _scratch.cleanup()
        if not keep:
            recreate_database(admin_url, BENCH_DATABASE, drop_only=True)


def _load() -> str:
    return f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"


def _verdict(value_ms: float, goal_ms: float) -> str:
    return f"{'met' if value_ms <= goal_ms else 'MISSED'} ({value_ms:.0f} ms)"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per measure")
    parser.add_argument("--sizes", default="300,3000", help="people per file, comma separated")
    parser.add_argument("--keep", action="store_true", help="keep the bench database afterwards")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args, _unknown = parser.parse_known_args(argv)
    sizes = sorted({int(size) for size in args.sizes.split(",") if size.strip()})
    results = run(sizes, args.runs, args.keep)
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        from tests.bench import print_table

        print_table(results)


if __name__ == "__main__":
    main(sys.argv[1:])
