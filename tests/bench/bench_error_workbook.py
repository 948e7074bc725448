"""The error workbook (SPEC N3): what the worker's task spends building it, for the files that
cost the most within the upload limits.

- "300 rows, every row wrong": the portal's template filled with 300 people, one problem on
  every row. Goal: ≤ 1 s and ≤ 64 MB extra memory;
- "many cells outside the template": the same people plus short texts in hundreds of columns
  past the template's, as many as the limits allow (a 10 MB sheet part): the shape of file that
  once took 37 s to download. Goal: ≤ 5 s;
- "many formatted empty cells": the same people plus formatted empty cells past the template's
  columns, as many as a 10 MB sheet part holds (the most XML elements a file can carry).
  Goal: ≤ 5 s;
- "max bytes": the same people plus long, incompressible texts in every column the reader
  reads (64), as close to the 2 MB limit as it goes, and every template cell of every row
  marked. Goal: ≤ 5 s.

Each file passes `check_upload` (the limits the upload form applies) before it is timed. The
measure is `filings.xlsx.build_error_workbook` on the bytes, as the task calls it; the task's
own database reads are a few queries. Prints the median of the runs, the peak Python memory of
one extra run (tracemalloc), and how far one build in a fresh process (Django set up, the file
read, one small build done to load what a worker loads once) takes its peak RSS over its RSS
just before, as a worker's would grow. Linux only (RSS from /proc).

    python -m tests.bench.bench_error_workbook [--runs 3] [--json]

Needs no database or server.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import statistics
import string
import subprocess
import sys
import tempfile
import time
import tracemalloc

GOALS = {"300 rows, every row wrong": (1.0, 64.0)}
WORST_SECONDS = 5.0


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()


def _people() -> bytes:
    from filings.xlsx import build_template
    from tests.filings.bulk.conftest import TODAY, fill, make_rows

    template = build_template("acceptance", "ja", choices={}, today=TODAY)
    return fill(template, make_rows("acceptance", 300))


def _with_extra_cells(content: bytes, columns: range, length: int) -> bytes:
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(content))
    sheet = workbook.worksheets[0]
    rnd = random.Random(7)
    letters = string.ascii_letters + string.digits
    for row in range(3, 303):
        for column in columns:
            sheet.cell(row=row, column=column, value="".join(rnd.choices(letters, k=length)))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _with_empty_cells(content: bytes, first: int, per_row: int) -> bytes:
    """Formatted empty cells written straight into the sheet's XML (openpyxl would take
    minutes to make half a million of them)."""
    import re
    import zipfile

    from openpyxl.utils import get_column_letter

    letters = [get_column_letter(column) for column in range(first, first + per_row)]

    def grow(match: re.Match) -> str:
        row = match.group(0)
        number = re.search(r' r="(\d+)"', row).group(1)
        cells = "".join(f'<c r="{letter}{number}" s="1"/>' for letter in letters)
        return row.replace("</row>", cells + "</row>")

    source = zipfile.ZipFile(io.BytesIO(content))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            data = source.read(entry.filename)
            if entry.filename == "xl/worksheets/sheet1.xml":
                text = re.sub(r"<row [^>]*>.*?</row>", grow, data.decode(), flags=re.S)
                data = text.encode()
            target.writestr(entry, data)
    return buffer.getvalue()


def _files() -> list[tuple[str, bytes, list]]:
    from filings.xlsx import CellProblem, read_upload
    from filings.xlsx.reader import MAX_COLUMNS
    from filings.xlsx.safety import check_upload

    people = _people()
    columns = read_upload(people, "p.xlsx").column_letters
    first_free = len(columns) + 2  # past the template's columns and its stamp
    one_per_row = [CellProblem(row, "birth_date", "E-DATE-FUTURE", {}) for row in range(3, 303)]
    every_cell = [
        CellProblem(row, code, "E-CHOICE-INVALID", {}) for row in range(3, 303) for code in columns
    ]
    files = [
        ("300 rows, every row wrong", people, one_per_row),
        (
            "many cells outside the template",
            _with_extra_cells(people, range(first_free, first_free + 600), 3),
            one_per_row,
        ),
        (
            "many formatted empty cells",
            _with_empty_cells(people, first_free, 1580),
            one_per_row,
        ),
        (
            "max bytes",
            _with_extra_cells(people, range(first_free, MAX_COLUMNS + 1), 165),
            every_cell,
        ),
    ]
    for name, content, _problems in files:
        check_upload(content, "people.xlsx")  # within every limit of the upload form
        assert read_upload(content, "people.xlsx").rows, name
    return files


def _measure(function, runs: int) -> tuple[float, float]:
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
    return statistics.median(samples), peak / (1024 * 1024)


def _max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _peak_rss_mb() -> float:
    with open("/proc/self/status") as handle:
        line = next(line for line in handle if line.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def _current_rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def _rss_growth(content: bytes, problems: list) -> float:
    """One build in a fresh process, after a warm-up on a one-person file: its peak RSS during
    the build over its RSS just before."""
    with tempfile.TemporaryDirectory(prefix="bench-errwb-") as folder:
        path = os.path.join(folder, "people.xlsx")
        with open(path, "wb") as handle:
            handle.write(content)
        spec = json.dumps([[p.row, p.column, p.code] for p in problems])
        with open(path + ".json", "w") as handle:
            handle.write(spec)
        completed = subprocess.run(
            [sys.executable, "-m", "tests.bench.bench_error_workbook", "--one", path],
            capture_output=True,
            text=True,
            check=True,
        )
    return float(completed.stdout.strip().splitlines()[-1])


def _one(path: str) -> None:
    from filings.xlsx import CellProblem, build_error_workbook

    with open(path, "rb") as handle:
        content = handle.read()
    with open(path + ".json") as handle:
        problems = [CellProblem(row, column, code, {}) for row, column, code in json.load(handle)]
    # Warm-up on a one-person file: imports and message catalogues, which a worker has loaded
    # once for all, are not this file's cost.
    from filings.xlsx import build_template
    from tests.filings.bulk.conftest import TODAY, fill, make_rows

    small = fill(
        build_template("acceptance", "ja", choices={}, today=TODAY), make_rows("acceptance", 1)
    )
    build_error_workbook(small, "one.xlsx", problems[:1], language="ja")
    del small
    before = _current_rss_mb()
    with open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")  # resets the peak RSS (VmHWM) to the RSS now
    build_error_workbook(content, "people.xlsx", problems, language="ja")
    print(f"{_peak_rss_mb() - before:.1f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # one build in this process (RSS)
    args, _unknown = parser.parse_known_args(argv)
    _setup()
    if args.one:
        _one(args.one)
        return
    from filings.xlsx import build_error_workbook

    results: list[list[str]] = []
    for name, content, problems in _files():
        bench = f"error workbook: {name}"
        seconds, peak = _measure(
            lambda c=content, p=problems: build_error_workbook(c, "people.xlsx", p, language="ja"),
            args.runs,
        )
        rss_growth = _rss_growth(content, problems)
        limit_s, limit_mb = GOALS.get(name, (WORST_SECONDS, None))
        within = seconds <= limit_s and (limit_mb is None or max(peak, rss_growth) <= limit_mb)
        results.append([bench, "file size", f"{len(content) / 1024:.0f} KB"])
        results.append([bench, "problems marked", str(len(problems))])
        results.append([bench, "build median", f"{seconds * 1000:.0f} ms"])
        results.append([bench, "peak Python memory", f"{peak:.1f} MB"])
        results.append([bench, "peak RSS growth", f"{rss_growth:.1f} MB"])
        goal = f"≤ {limit_s:g} s" + (f", ≤ {limit_mb:g} MB" if limit_mb else "")
        results.append([bench, f"goal {goal}", "met" if within else "MISSED"])
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        from tests.bench import print_table

        print_table(results)


if __name__ == "__main__":
    main(sys.argv[1:])
