"""What the parts of bulk filing share: the refusals, limits, the problem record and the
family helpers, and the stored workbook's place on disk."""

from __future__ import annotations

import contextlib
import secrets
from datetime import timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.utils import timezone

from filings.errors import RuleError
from filings.models.bulk import BulkUpload
from filings.models.filing import FilerType
from filings.services import registration

# Refusals of the file as a whole that re-show the form: nothing is stored and nothing mailed,
# because there is no content to report on (QUALITY D2–D5). Every other refusal of the reader
# (too many rows, an old template, formulas, unknown columns) is a reception error with a mail.
FORM_ERRORS = frozenset(
    {
        "E-BULK-FILE-TOO-LARGE",
        "E-BULK-NOT-XLSX",
        "E-BULK-UNREADABLE",
        "E-BULK-MACRO",
        "E-BULK-NO-ROWS",
        "E-BULK-CSV-ENCODING",
        "E-BULK-CSV-LOST-CHARACTERS",
        "E-BULK-TOO-COMPLEX",
        "E-BULK-QUOTA-UPLOADS",
        "E-BULK-QUOTA-BYTES",
    }
)
# An upload queued longer ago than this and still open is queued again by the sweeper.
SWEEP_AFTER = timedelta(minutes=10)
PROXY_FAMILY = "proxy"
# The task that registers the next batch of an upload (filings.tasks.bulk.bulk_register).
REGISTER_TASK = "filings.tasks.bulk_register"
KIND_COLUMN = "kind"


class UploadRefused(Exception):
    """The file as a whole cannot be taken (wrong type, too big, empty): the form says why."""

    def __init__(self, code: str, params: dict[str, Any] | None = None):
        super().__init__(code)
        self.code = code
        self.params = params or {}

    def message(self) -> str:
        from filings import errors

        return errors.message(self.code, **self.params)


def max_bytes() -> int:
    return int(getattr(settings, "PORTAL_BULK_MAX_BYTES", 2 * 1024 * 1024))


def batch_size() -> int:
    return int(getattr(settings, "PORTAL_BULK_BATCH_SIZE", 50))


def upload_storage():
    """Where uploaded workbooks are kept: Django's storage `bulk_uploads` (settings), a
    directory nothing serves on a volume the backups cover, or any other storage backend."""
    return storages["bulk_uploads"]


def upload_dir() -> Path:
    return Path(upload_storage().location)


def stored_path(upload: BulkUpload) -> Path:
    return Path(upload_storage().path(upload.stored_name))


def read_stored(upload: BulkUpload) -> bytes:
    with upload_storage().open(upload.stored_name, "rb") as handle:
        return handle.read()


def safe_filename(name: str) -> str:
    """The uploaded name as shown back: the last path part only, printable, at most 200
    characters (QUALITY D10). It is never used to store or to look up anything."""
    base = str(name or "").replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(ch for ch in base if ch.isprintable() and ch not in '"<>|:*?')
    return cleaned.strip()[:200] or "upload.xlsx"


def problem(row: int, column: str, error: RuleError | str, params: dict | None = None) -> dict:
    """A reception problem as stored in `BulkUpload.problems` (JSON) and listed to the user."""
    if isinstance(error, RuleError):
        code, params = error.code, dict(error.params)
    else:
        code = error
    return {
        "row": row,
        "column": column,
        "code": code,
        "params": registration.json_params(params or {}),
    }


def filer_type_of(family_code: str) -> str:
    return FilerType.PROXY if family_code == PROXY_FAMILY else FilerType.ORGANIZATION


def family_columns(family) -> tuple[str, ...]:
    """The field codes of a family's columns (Family.columns holds codes or field specs)."""
    return tuple(getattr(column, "code", column) for column in family.columns)


def store(content: bytes) -> str:
    """Write the file under a random name (never the uploaded one, D10); returns that name.

    The storage creates the file exclusively and with the permissions its settings give
    (owner only); a name that exists already would get a suffix rather than overwrite."""
    return upload_storage().save(f"{secrets.token_hex(16)}.xlsx", ContentFile(content))


def discard(name: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        upload_storage().delete(name)


def mail_context(upload: BulkUpload) -> dict[str, Any]:
    return {
        "upload_id": str(upload.public_id),
        "filename": upload.filename,
        "family": upload.family,
        "rows": upload.row_count,
        "problems": len(upload.problems),
        "done": upload.rows_done,
        "errors": upload.rows_failed,
        "received_at": timezone.localtime(upload.received_at).strftime("%Y-%m-%d %H:%M"),
    }
