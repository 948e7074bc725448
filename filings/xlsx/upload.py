"""The reader's entry point: an uploaded bulk file, xlsx (`reader`) or CSV (`csvfile`), checked
before any parser sees it (`safety.check_upload`), read into a `Sheet` of people."""

from __future__ import annotations

from filings.constants import BULK_MAX_ROWS

from .csvfile import read_csv
from .families import FAMILIES, Family
from .reader import Sheet, read_xlsx
from .safety import check_upload


def read_upload(
    content: bytes, filename: str, *, family: str | None = None, max_rows: int = BULK_MAX_ROWS
) -> Sheet:
    """The people in an uploaded file, or `BulkFileError` for a file refused as a whole.

    `family` is the template the uploader chose (None: taken from the file's stamp, or for a
    CSV from its kind column). At most `max_rows` non-empty rows are accepted; empty rows are
    skipped and never counted.
    """
    expected = _family_or_none(family)
    source_format = check_upload(content, filename)
    if source_format == "csv":
        return read_csv(content, expected, max_rows)
    return read_xlsx(content, expected, max_rows)


def _family_or_none(code: str | None) -> Family | None:
    if code is None:
        return None
    try:
        return FAMILIES[code]
    except KeyError:
        raise ValueError(f"unknown bulk family {code!r}") from None
