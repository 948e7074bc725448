"""Limits per organization on bulk uploads, and how long uploaded workbooks are kept
(QUALITY §3.8): one account cannot fill the disk or the queue, and a refused file does not
stay on disk longer than its error workbook is useful."""

from __future__ import annotations

import datetime

import pytest

from django.utils import timezone

from filings.models import BulkUpload, BulkUploadState
from filings.services import bulk as bulk_services
from filings.services import retention
from tests.filings.bulk.bulk_files import make_people, valid_file
from tests.filings.conftest import make_org_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def org(ja_filing_site):
    user = make_org_user()
    return user, user.organization_membership.organization


def _receive(user, organization, content):
    return bulk_services.receive(
        user=user, organization=organization, content=content, filename="list.xlsx"
    )


def _file(prefix: str) -> bytes:
    return valid_file("acceptance", make_people(1, prefix=prefix))


def test_uploads_per_day_are_limited_per_organization(org, settings):
    settings.PORTAL_BULK_UPLOADS_PER_DAY = 3
    user, organization = org
    for prefix in ("QA", "QB", "QC"):
        assert _receive(user, organization, _file(prefix)).created
    with pytest.raises(bulk_services.UploadRefused) as refused:
        _receive(user, organization, _file("QD"))
    assert refused.value.code == "E-BULK-QUOTA-UPLOADS"
    assert "3" in refused.value.message()
    assert BulkUpload.objects.filter(organization=organization).count() == 3
    # Another organization is not touched by the first one's limit.
    other = make_org_user()
    received = _receive(other, other.organization_membership.organization, _file("QE"))
    assert received.created


def test_bytes_kept_are_limited_and_a_refused_upload_leaves_no_file(org, settings):
    user, organization = org
    first = _receive(user, organization, _file("QF"))
    settings.PORTAL_BULK_STORED_MB_PER_ORGANIZATION = 1
    # What is kept already fills the megabyte but for a few bytes.
    BulkUpload.objects.filter(pk=first.upload.pk).update(size=1024 * 1024 - 10)
    files_before = set(bulk_services.upload_dir().iterdir())
    with pytest.raises(bulk_services.UploadRefused) as refused:
        _receive(user, organization, _file("QG"))
    assert refused.value.code == "E-BULK-QUOTA-BYTES"
    assert set(bulk_services.upload_dir().iterdir()) == files_before
    # Once the kept workbook is gone, there is room again.
    BulkUpload.objects.filter(pk=first.upload.pk).update(stored_name="")
    assert _receive(user, organization, _file("QH")).created


def test_kept_workbooks_are_removed_by_the_nightly_retention(org, settings):
    settings.PORTAL_BULK_KEEP_DAYS = 30
    user, organization = org
    now = timezone.now()
    old_done, recent_done, old_refused = (
        _receive(user, organization, _file(prefix)).upload for prefix in ("QI", "QJ", "QK")
    )
    BulkUpload.objects.filter(pk=old_done.pk).update(
        state=BulkUploadState.COMPLETED, completed_at=now - datetime.timedelta(days=31)
    )
    BulkUpload.objects.filter(pk=recent_done.pk).update(
        state=BulkUploadState.COMPLETED, completed_at=now - datetime.timedelta(days=5)
    )
    BulkUpload.objects.filter(pk=old_refused.pk).update(
        state=BulkUploadState.RECEPTION_ERROR,
        received_at=now - datetime.timedelta(days=31),
        problems=[bulk_services.problem(3, "card_number", "E-REQUIRED")],
    )
    paths = {u.pk: bulk_services.stored_path(u) for u in (old_done, recent_done, old_refused)}
    assert all(path.exists() for path in paths.values())

    result = retention.apply_retention(now)

    assert result.workbooks_removed == 2
    assert not paths[old_done.pk].exists() and not paths[old_refused.pk].exists()
    assert paths[recent_done.pk].exists()
    old_refused.refresh_from_db()
    assert old_refused.stored_name == ""
    assert bulk_services.error_workbook(old_refused, language="en") is None
    # A second run finds nothing more to remove.
    assert retention.apply_retention(now).workbooks_removed == 0
