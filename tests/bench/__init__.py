"""Benchmarks: not collected by pytest (pyproject's norecursedirs); `make bench` runs them all.

Each `bench_*.py` module has a `main()` that accepts `--json` and prints its results as a list
of (benchmark, metric, value) rows; `python -m tests.bench` runs each in its own process and
prints one table.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def print_table(rows: Iterable[Sequence[str]]) -> None:
    rows = [tuple(str(cell) for cell in row) for row in rows]
    header = ("benchmark", "metric", "value")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
    line = "  ".join("-" * w for w in widths)
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print(line)
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
