"""Benchmarks: not collected by pytest (pyproject's norecursedirs); `make bench` runs them all.

Each `bench_*.py` module has a `main()` that accepts `--json` and prints its results as a list
of (benchmark, metric, value) rows; `python -m tests.bench` runs each in its own process and
prints one table.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Sequence
from urllib.parse import urlparse, urlunparse


def database_urls(name: str, benchmark: str) -> tuple[str, str]:
    """(the server's maintenance database, the throw-away bench database `name`) on the
    PostgreSQL server DATABASE_URL names; only its server and credentials are used."""
    base = urlparse(os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal"))
    if not base.scheme.startswith("postgres"):
        sys.exit(f"The {benchmark} benchmark needs PostgreSQL: set DATABASE_URL=postgres://...")
    return urlunparse(base._replace(path="/postgres")), urlunparse(base._replace(path=f"/{name}"))


def database_exists(admin_url: str, name: str) -> bool:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as connection:
        row = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
    return row is not None


def recreate_database(admin_url: str, name: str, drop_only: bool = False) -> None:
    """Drop the bench database (closing its sessions) and, unless `drop_only`, create it anew."""
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if not drop_only:
            connection.execute(f'CREATE DATABASE "{name}"')


def print_table(rows: Iterable[Sequence[str]]) -> None:
    rows = [tuple(str(cell) for cell in row) for row in rows]
    header = ("benchmark", "metric", "value")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
    line = "  ".join("-" * w for w in widths)
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print(line)
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
