"""Fixtures of the fault suite: one private stack per session, a fresh copy per case.

Which cases run where: every case carries the `faults` marker; those marked
`faults(ci=True)` also run in the normal `make test` (CI), the rest only in `make faults`
(PORTAL_FAULTS=all), which runs them all. Without the PostgreSQL server binaries or
redis-server the cases are skipped with the reason, as the project's other service tests are,
unless REQUIRE_SERVICES=1 (CI), where that is a failure.
"""

from __future__ import annotations

import os
import shutil

import pytest

from tests.faults.harness import ROOT, Stack, missing_requirements


def pytest_collection_modifyitems(config, items):
    if os.environ.get("PORTAL_FAULTS") == "all":
        return
    deselected = [
        item
        for item in items
        if (marker := item.get_closest_marker("faults")) is not None
        and not marker.kwargs.get("ci", False)
    ]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if item not in deselected]


@pytest.fixture(scope="session")
def fault_stack():
    reason = missing_requirements()
    if reason is not None:
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail(f"REQUIRE_SERVICES=1 but the fault suite {reason}", pytrace=False)
        pytest.skip(f"the fault suite {reason}")
    stack = Stack()
    try:
        stack.boot()
        yield stack
    finally:
        stack.close()


@pytest.fixture
def stack(fault_stack, request):
    """The private stack with a fresh database, an empty Redis and SMTP inbox, no processes."""
    fault_stack.new_case(request.node.name)
    yield fault_stack
    fault_stack.stop_processes()
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        kept = ROOT / "var" / "fault-logs" / fault_stack.dbname
        shutil.rmtree(kept, ignore_errors=True)
        shutil.copytree(fault_stack.logs, kept)
        print(f"\nprocess logs of the failed case: {kept}")
    for log in fault_stack.logs.iterdir():
        log.unlink()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report
