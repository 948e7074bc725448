"""Fixtures of the content tests: a small two-language site, editors and moderators, and the
full demo built once per module instead of once per test (it takes tens of seconds)."""

import os

import pytest

from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="module")
def _demo_site_once(django_db_setup, django_db_blocker):
    """Seed inside a transaction held open for the module; each test runs in a savepoint of
    it, so tests still never see each other's changes."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("seed_demo", quiet=True, stdout=open(os.devnull, "w"))  # noqa: SIM115
        except BaseException:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            raise
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


@pytest.fixture
def demo_site(_demo_site_once, db):
    """The demo page tree in all eight languages, as `make run` builds it."""


@pytest.fixture
def clear_hooks(monkeypatch):
    """Remove whatever other apps registered under a hook name, for this test only."""
    from wagtail import hooks

    hooks.search_for_hooks()

    def clear(name):
        monkeypatch.setitem(hooks._hooks, name, [])

    return clear
