"""Every stored file goes through Django's storage API, and the restore drill's check finds a
file the database names but the storage lacks (deployment: backups and the restore drill)."""

from __future__ import annotations

import os
import stat

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError

from filings.services import bulk as bulk_services
from tests.filings.bulk.bulk_files import make_people, valid_file
from tests.filings.conftest import make_org_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def upload(ja_filing_site, settings, tmp_path):
    uploads = settings.STORAGES["bulk_uploads"]
    settings.STORAGES = {
        **settings.STORAGES,
        "bulk_uploads": {
            **uploads,
            "OPTIONS": {**uploads["OPTIONS"], "location": str(tmp_path / "uploads")},
        },
    }
    user = make_org_user()
    received = bulk_services.receive(
        user=user,
        organization=user.organization_membership.organization,
        content=valid_file("acceptance", make_people(2, prefix="SF")),
        filename="list.xlsx",
    )
    return received.upload


def test_an_uploaded_workbook_is_kept_by_its_storage_readable_by_its_owner_only(upload, tmp_path):
    path = bulk_services.stored_path(upload)
    assert path.parent == tmp_path / "uploads"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert bulk_services.read_stored(upload).startswith(b"PK")  # an xlsx is a zip


def test_the_restore_check_passes_with_every_file_and_names_a_missing_one(upload, capsys):
    call_command("check_stored_files")
    assert "stored files are present" in capsys.readouterr().out

    bulk_services.stored_path(upload).unlink()  # a restore that forgot the files
    with pytest.raises(CommandError) as failed:
        call_command("check_stored_files")
    assert "1 of" in str(failed.value)
    assert str(upload.public_id) in capsys.readouterr().err
