"""Run every benchmark in tests/bench, each in its own process, and print one table."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.bench import print_table


def main() -> int:
    here = Path(__file__).parent
    modules = sorted(path.stem for path in here.glob("bench_*.py"))
    rows: list[list[str]] = []
    failed = []
    for module in modules:
        print(f"running {module} ...", file=sys.stderr, flush=True)
        completed = subprocess.run(
            [sys.executable, "-m", f"tests.bench.{module}", "--json", *sys.argv[1:]],
            capture_output=True,
            text=True,
            check=False,
        )
        if completed.returncode != 0:
            failed.append(module)
            print(completed.stderr[-4000:], file=sys.stderr)
            continue
        lines = [line for line in completed.stdout.splitlines() if line.startswith("[")]
        rows.extend(json.loads(lines[-1]))
    print_table(rows)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
