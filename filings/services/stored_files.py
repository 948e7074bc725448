"""Every file a row of the database names, checked against its storage (the restore drill).

A restore that brings back the database but not the files (or files from another day) leaves
rows pointing at nothing: a bulk file whose result cannot be rebuilt, an error workbook that
answers 404, a manual whose PDF is gone. After a restore this lists them, so the drill fails
loudly instead of people finding out one by one.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.files.storage import storages

from filings.models.bulk import BulkUpload, ErrorWorkbookState, error_workbook_storage


@dataclass(frozen=True)
class StoredFiles:
    checked: int
    missing: list[str]


def check_stored_files() -> StoredFiles:
    """Uploaded bulk workbooks, built error workbooks, and the editors' documents and images."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    checked, missing = 0, []
    uploads = storages["bulk_uploads"]
    for public_id, name in BulkUpload.objects.exclude(stored_name="").values_list(
        "public_id", "stored_name"
    ):
        checked += 1
        if not uploads.exists(name):
            missing.append(f"bulk upload {public_id}: {name}")
    reports = error_workbook_storage()
    for public_id, name in BulkUpload.objects.filter(
        error_workbook_state=ErrorWorkbookState.READY
    ).values_list("public_id", "error_workbook"):
        checked += 1
        if not name or not reports.exists(name):
            missing.append(f"error workbook of bulk upload {public_id}: {name}")
    for model in (get_document_model(), get_image_model()):
        for pk, name in model.objects.values_list("pk", "file"):
            checked += 1
            if not name or not storages["default"].exists(name):
                missing.append(f"{model._meta.verbose_name} {pk}: {name}")
    return StoredFiles(checked=checked, missing=missing)
