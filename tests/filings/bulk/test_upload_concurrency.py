"""Two uploads at once (QUALITY J3): the same file twice, or two overlapping files, never count
anybody twice. Real threads with their own PostgreSQL connections, committing for real."""

from __future__ import annotations

import threading

import pytest

from django.db import connection

from filings.models import BulkUpload, BulkUploadState, Filing, FilingState
from filings.services import bulk as bulk_services
from filings.tasks import bulk as bulk_tasks
from tests.filings.bulk.bulk_files import make_people, valid_file, with_cards
from tests.filings.conftest import make_org_user

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _at_once(user, organization, contents: list[bytes]) -> list:
    """Receive each content in its own thread, all released together; returns the results
    (or the exception a thread raised)."""
    barrier = threading.Barrier(len(contents))
    results: list = [None] * len(contents)

    def run(index: int, content: bytes) -> None:
        try:
            barrier.wait(timeout=30)
            results[index] = bulk_services.receive(
                user=user,
                organization=organization,
                content=content,
                filename=f"file{index}.xlsx",
                language_code="ja",
            )
        except Exception as exc:  # reported by the assertions below
            results[index] = exc
        finally:
            connection.close()

    threads = [
        threading.Thread(target=run, args=(index, content))
        for index, content in enumerate(contents)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads)
    return results


@pytest.fixture
def org(ja_filing_site_tx, monkeypatch, settings, tmp_path):
    uploads = settings.STORAGES["bulk_uploads"]
    settings.STORAGES = {
        **settings.STORAGES,
        "bulk_uploads": {
            **uploads,
            "OPTIONS": {**uploads["OPTIONS"], "location": str(tmp_path / "bulk-uploads")},
        },
    }
    monkeypatch.setattr(bulk_tasks.bulk_register, "delay", lambda upload_id: None)
    user = make_org_user()
    return user, user.organization_membership.organization


def test_the_same_file_uploaded_twice_at_once_files_300_people_not_600(org):
    user, organization = org
    content = valid_file("acceptance", make_people(300))
    first, second = _at_once(user, organization, [content, content])
    assert not isinstance(first, Exception), first
    assert not isinstance(second, Exception), second
    assert first.upload.pk == second.upload.pk
    assert sorted([first.created, second.created]) == [False, True]
    assert BulkUpload.objects.filter(state=BulkUploadState.ACCEPTED).count() == 1
    assert Filing.objects.count() == 300
    assert Filing.objects.values("card_number").distinct().count() == 300
    # The loser's copy of the file is not left behind.
    assert list(bulk_services.upload_dir().iterdir()) == [bulk_services.stored_path(first.upload)]


def test_two_overlapping_files_at_once_leave_each_person_in_force_once(org):
    user, organization = org
    people = with_cards(make_people(300))
    first_file = valid_file("snapshot", people[:200])
    second_file = valid_file("snapshot", people[100:])
    results = _at_once(user, organization, [first_file, second_file])
    assert all(not isinstance(result, Exception) for result in results), results
    assert BulkUpload.objects.filter(state=BulkUploadState.ACCEPTED).count() == 2
    assert Filing.objects.count() == 400
    in_force = Filing.objects.exclude(state=FilingState.SUPERSEDED)
    assert in_force.count() == 300
    assert in_force.values("card_number").distinct().count() == 300
    assert Filing.objects.filter(state=FilingState.SUPERSEDED).count() == 100
