"""Registry look-ups at national scale: 1.3 million residents and cards in PostgreSQL.

Builds a throw-away database (portal_bench_registry by default) with the project's migrations,
fills it with generated residents and cards in SQL (generate_series, no fixture file), then times
the two look-ups the portal makes: by residence card number (registration, filing identity check)
and by name and date of birth (officers' search). Prints the median and 95th percentile over
random look-ups through the ORM, and the plan PostgreSQL chose, then drops the database.

    python -m tests.bench.bench_registry [--rows 1300000] [--lookups 1000] [--keep] [--json]

Needs DATABASE_URL pointing at a PostgreSQL server whose user may create databases; only the
server and credentials are taken from it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import time

from tests.bench import database_urls, recreate_database

BENCH_DATABASE = os.environ.get("BENCH_REGISTRY_DATABASE", "portal_bench_registry")

FAMILY_NAMES = [
    "NGUYEN",
    "TRAN",
    "LE",
    "PHAM",
    "HOANG",
    "PHAN",
    "VU",
    "DANG",
    "BUI",
    "DO",
    "WANG",
    "LI",
    "ZHANG",
    "LIU",
    "CHEN",
    "YANG",
    "HUANG",
    "ZHAO",
    "WU",
    "ZHOU",
    "KIM",
    "LEE",
    "PARK",
    "CHOI",
    "JUNG",
    "KANG",
    "CHO",
    "YOON",
    "SANTOS",
    "REYES",
    "CRUZ",
    "BAUTISTA",
    "GARCIA",
    "MENDOZA",
    "SILVA",
    "SOUZA",
    "OLIVEIRA",
    "PEREIRA",
    "COSTA",
    "GURUNG",
    "TAMANG",
    "SHRESTHA",
    "THAPA",
    "RAI",
    "MAGAR",
    "SHARMA",
    "KUMAR",
    "SINGH",
    "PATEL",
    "SMITH",
    "JOHNSON",
    "BROWN",
    "WILLIAMS",
    "JONES",
    "MILLER",
    "DAVIS",
    "WILSON",
    "TAYLOR",
    "ANDERSON",
    "THOMAS",
    "MOORE",
    "MARTIN",
    "JACKSON",
    "WHITE",
    "HARRIS",
    "CLARK",
    "LEWIS",
    "ROBINSON",
    "WALKER",
    "YOUNG",
    "ALLEN",
    "KING",
    "WRIGHT",
    "SCOTT",
    "HILL",
    "GREEN",
    "ADAMS",
    "BAKER",
    "NELSON",
    "CARTER",
    "MITCHELL",
    "ROBERTS",
    "TURNER",
    "PHILLIPS",
    "CAMPBELL",
    "PARKER",
    "EVANS",
    "EDWARDS",
    "COLLINS",
    "STEWART",
    "MORRIS",
    "ROGERS",
    "REED",
    "COOK",
    "MORGAN",
    "BELL",
    "MURPHY",
    "BAILEY",
    "RIVERA",
    "COOPER",
]
GIVEN_NAMES = [
    "AN",
    "BINH",
    "CHI",
    "DUNG",
    "HA",
    "HAI",
    "HANH",
    "HIEU",
    "HOA",
    "HUNG",
    "LAN",
    "LINH",
    "LONG",
    "MAI",
    "NAM",
    "WEI",
    "FANG",
    "JING",
    "LEI",
    "MIN",
    "XIAOMING",
    "YAN",
    "HUI",
    "JUN",
    "MINJUN",
    "SEOYEON",
    "JIHO",
    "HAYOON",
    "DOYUN",
    "JIWOO",
    "MARIA",
    "JOSE",
    "JUAN",
    "ANA",
    "PEDRO",
    "JOAO",
    "LUCAS",
    "GABRIEL",
    "RAHUL",
    "PRIYA",
    "ANIL",
    "SITA",
    "RAM",
    "GITA",
    "JOHN",
    "MARY",
    "JAMES",
    "LINDA",
    "ROBERT",
    "PATRICIA",
    "MICHAEL",
    "BARBARA",
    "DAVID",
    "SUSAN",
    "RICHARD",
    "JESSICA",
    "JOSEPH",
    "SARAH",
    "THOMAS",
    "KAREN",
    "CHARLES",
    "NANCY",
    "DANIEL",
    "LISA",
    "MATTHEW",
    "BETTY",
    "ANTHONY",
    "MARGARET",
    "MARK",
    "SANDRA",
    "DONALD",
    "ASHLEY",
    "STEVEN",
    "KIMBERLY",
    "PAUL",
    "EMILY",
    "ANDREW",
    "DONNA",
    "JOSHUA",
    "MICHELLE",
    "KENNETH",
    "CAROL",
    "KEVIN",
    "AMANDA",
    "BRIAN",
    "MELISSA",
    "GEORGE",
    "DEBORAH",
]


def _setup_django(bench_url: str) -> None:
    os.environ["DATABASE_URL"] = bench_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


GENERATE_SQL = """
WITH muni AS (
    SELECT row_number() OVER (ORDER BY code) AS n, id, prefecture_id FROM filings_municipality
), counts AS (
    SELECT (SELECT count(*) FROM muni) AS munis,
           (SELECT array_agg(id ORDER BY code) FROM filings_nationality WHERE is_active) AS nats,
           (SELECT array_agg(id ORDER BY code) FROM filings_statusofresidence
             WHERE mid_long_term AND valid_to IS NULL) AS statuses
)
INSERT INTO filings_resident (
    id, public_id, name_latin, name_kanji, birth_date, sex, nationality_id, prefecture_id,
    municipality_id, address_rest, status_id, period_of_stay_days, period_of_stay_until,
    status_granted_on, created_at, updated_at
)
SELECT g,
       gen_random_uuid(),
       (%(family)s::text[])[1 + (hashint4(g) & 2147483647) %% %(n_family)s]
         || ' ' || (%(given)s::text[])[1 + (hashint4(g + 7) & 2147483647) %% %(n_given)s],
       '',
       date '1950-01-01' + (hashint4(g + 13) & 2147483647) %% 20000,
       CASE WHEN g %% 2 = 0 THEN 'M' ELSE 'F' END,
       c.nats[1 + g %% array_length(c.nats, 1)],
       m.prefecture_id,
       m.id,
       '本町１丁目１番１号',
       c.statuses[1 + (g / 7) %% array_length(c.statuses, 1)],
       1095,
       date '2027-01-01' + g %% 1000,
       date '2024-01-01' + g %% 1000,
       now(), now()
FROM generate_series(1, %(rows)s) AS g
CROSS JOIN counts c
JOIN muni m ON m.n = 1 + g %% c.munis
"""

CARDS_SQL = """
INSERT INTO filings_residencecard (number, resident_id, issued_on, expires_on, is_valid, created_at)
SELECT chr(65 + (hashint4(g) & 2147483647) %% 26) || chr(65 + (hashint4(g + 1) & 2147483647) %% 26)
         || lpad(g::text, 8, '0')
         || chr(65 + (hashint4(g + 2) & 2147483647) %% 26)
         || chr(65 + (hashint4(g + 3) & 2147483647) %% 26),
       g,
       date '2024-01-01' + g %% 1000,
       date '2027-01-01' + g %% 1000,
       true,
       now()
FROM generate_series(1, %(rows)s) AS g
"""


def _generate(rows: int) -> float:
    from django.db import connection, transaction

    start = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            GENERATE_SQL,
            {
                "rows": rows,
                "family": list(FAMILY_NAMES),
                "given": list(GIVEN_NAMES),
                "n_family": len(FAMILY_NAMES),
                "n_given": len(GIVEN_NAMES),
            },
        )
        cursor.execute(CARDS_SQL, {"rows": rows})
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence('filings_resident', 'id'), %s)", [rows]
        )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE filings_resident")
        cursor.execute("ANALYZE filings_residencecard")
    return time.perf_counter() - start


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]
    return statistics.median(ordered) * 1000, p95 * 1000


def _plan(sql_queryset) -> str:
    lines = sql_queryset.explain().splitlines()
    return next((line.strip() for line in lines if "Index" in line), lines[0].strip())


def _measure(rows: int, lookups: int) -> list[tuple[str, str, str]]:
    from filings.models import ResidenceCard, Resident

    rng = random.Random(20260401)
    ids = rng.sample(range(1, rows + 1), lookups)
    sample = list(
        ResidenceCard.objects.filter(resident_id__in=ids).values_list(
            "number", "resident__name_latin", "resident__birth_date"
        )
    )
    rng.shuffle(sample)

    def by_card(number, name, birth):
        return ResidenceCard.objects.select_related("resident").get(number=number)

    def by_name(number, name, birth):
        return list(Resident.objects.filter(name_latin=name, birth_date=birth))

    results = []
    for label, lookup in (("card number", by_card), ("name + date of birth", by_name)):
        for values in sample[:50]:  # warm the connection and the caches first
            lookup(*values)
        timings = []
        for values in sample:
            start = time.perf_counter()
            found = lookup(*values)
            timings.append(time.perf_counter() - start)
            assert found, values
        median, p95 = _percentiles(timings)
        results.append((f"registry look-up by {label}", "median", f"{median:.3f} ms"))
        results.append((f"registry look-up by {label}", "p95", f"{p95:.3f} ms"))
    number, name, birth = sample[0]
    results.append(
        (
            "registry look-up by card number",
            "plan",
            _plan(ResidenceCard.objects.filter(number=number)),
        )
    )
    results.append(
        (
            "registry look-up by name + date of birth",
            "plan",
            _plan(Resident.objects.filter(name_latin=name, birth_date=birth)),
        )
    )
    return results


def run(
    rows: int = 1_300_000, lookups: int = 1000, keep: bool = False
) -> list[tuple[str, str, str]]:
    admin_url, bench_url = database_urls(BENCH_DATABASE, "registry")
    recreate_database(admin_url, BENCH_DATABASE)
    try:
        _setup_django(bench_url)
        seconds = _generate(rows)
        results = [("registry data", "rows generated", f"{rows:,} residents + {rows:,} cards")]
        results.append(("registry data", "generation time", f"{seconds:.1f} s"))
        results.extend(_measure(rows, lookups))
        results.append(("registry data", "look-ups per measurement", str(lookups)))
        return results
    finally:
        from django.db import connections

        connections.close_all()
        if not keep:
            recreate_database(admin_url, BENCH_DATABASE, drop_only=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_300_000)
    parser.add_argument("--lookups", type=int, default=1000)
    parser.add_argument("--keep", action="store_true", help="keep the bench database afterwards")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    results = run(args.rows, args.lookups, args.keep)
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        from tests.bench import print_table

        print_table(results)


if __name__ == "__main__":
    main()
