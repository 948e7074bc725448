"""Reading a bulk file: a bare openpyxl read-only pass and a python-calamine pass over the same
workbook, side by side with `filings.xlsx.read_upload` (the safe reader the upload uses: zip
pre-check, DTD scan, code row, stamp, normalised values), for 300 and 3,000 people.

    python -m tests.bench.bench_bulk_read [--runs 5] [--json]

Prints the median of the runs in ms and the peak Python memory of one extra run (tracemalloc).
Needs no database or server: the template is built with the lists that need no database.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()


def _workbook(people: int) -> bytes:
    from filings.xlsx import build_template
    from tests.filings.bulk.conftest import TODAY, fill, make_rows

    template = build_template("acceptance", "ja", choices={}, today=TODAY)
    return fill(template, make_rows("acceptance", people))


def _openpyxl(content: bytes) -> int:
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    rows = sum(1 for _row in workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    return rows


def _calamine(content: bytes) -> int:
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_filelike(io.BytesIO(content))
    return len(workbook.get_sheet_by_index(0).to_python())


def _measure(function: Callable[[], object], runs: int) -> tuple[float, float]:
    function()  # warm-up: imports, caches
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    tracemalloc.start()
    function()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return statistics.median(samples) * 1000, peak / (1024 * 1024)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args, _unknown = parser.parse_known_args(argv)
    _setup()
    from filings.xlsx import read_upload

    results: list[list[str]] = []
    for people in (300, 3000):
        content = _workbook(people)
        name = f"bulk read {people:,} rows"
        results.append([name, "file size", f"{len(content) / 1024:.0f} KB"])
        for label, function in (
            ("openpyxl read-only", lambda c=content: _openpyxl(c)),
            ("python-calamine", lambda c=content: _calamine(c)),
            ("read_upload", lambda c=content, n=people: read_upload(c, "b.xlsx", max_rows=n)),
        ):
            median, peak = _measure(function, args.runs)
            results.append([name, f"{label} median", f"{median:.1f} ms"])
            results.append([name, f"{label} peak memory", f"{peak:.1f} MB"])
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        from tests.bench import print_table

        print_table(results)


if __name__ == "__main__":
    main(sys.argv[1:])
