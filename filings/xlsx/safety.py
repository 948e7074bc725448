"""Checks an uploaded workbook passes before any parser sees it (QUALITY D2–D5, D7, E1).

Everything here works on the zip directory and raw bytes only: a file is refused for its size,
for not being a zip with a workbook inside, for macros, embedded objects or links to other
files, for a zip bomb (too many parts, too much once unpacked, compressed suspiciously well),
and for XML that declares a DTD or entities (billion laughs, XXE). openpyxl, which parses with
defusedxml here, is only ever handed a file that passed. The registry importer
(`filings.services.importers`) and the bulk reader share these checks; the error is a catalogue
code so each caller words it in its reader's language.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from typing import Any

from django.conf import settings

# QUALITY D2/D4, proposed limits; a filled 300-row template is about 60 KB zipped, 1 MB
# unpacked, with some 25 parts.
DEFAULT_MAX_BYTES = 2 * 1024 * 1024
MAX_ZIP_ENTRIES = 100
MAX_PART_BYTES = 10 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 20 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
# Small parts (styles, empty sheets) legitimately compress very well; the ratio is only
# meaningful for parts big enough to hurt.
RATIO_CHECK_FROM_BYTES = 256 * 1024

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

_MACRO_PARTS = re.compile(
    r"(^|/)(vbaproject\.bin|vbaprojectsignature[^/]*\.bin|vbadata\.xml)$"
    r"|^xl/(macrosheets|dialogsheets)/",
    re.IGNORECASE,
)
_EMBEDDED_PARTS = re.compile(
    r"^xl/(embeddings|activex|externallinks|ctrlprops)/|\.(exe|dll|ole)$", re.IGNORECASE
)
_XML_PART = re.compile(r"\.(xml|rels|vml)$", re.IGNORECASE)
_MACRO_CONTENT_TYPES = (
    b"macroenabled",
    b"vbaproject",
    b"ms-office.activex",
    b"ms-excel.sheet.binary",
)
_DTD_MARKERS = (b"<!doctype", b"<!entity")
_SCAN_CHUNK = 64 * 1024


class BulkFileError(Exception):
    """The whole file is refused before any row is looked at.

    `code` is a catalogue code (E-BULK-...), `params` fill its message, `cell` names the cell
    for a formula ("D7"). `cells` names every formula cell as (row, field code of its column or
    "", cell name), and `family` the template the file was recognised as ("" if none), so each
    cell can be reported and marked on its own.
    """

    def __init__(
        self,
        code: str,
        params: Mapping[str, Any] | None = None,
        *,
        cell: str | None = None,
        cells: Sequence[tuple[int, str, str]] = (),
        family: str = "",
    ):
        self.code = code
        self.params = dict(params or {})
        self.cell = cell
        self.cells = list(cells)
        self.family = family
        super().__init__(code if not self.params else f"{code} {self.params}")

    def message(self, language: str | None = None) -> str:
        from filings.errors import message

        return message(self.code, language, **self.params)


def max_upload_bytes() -> int:
    return int(getattr(settings, "PORTAL_BULK_MAX_BYTES", DEFAULT_MAX_BYTES))


def check_size(content: bytes, max_bytes: int | None = None) -> None:
    limit = max_upload_bytes() if max_bytes is None else max_bytes
    if len(content) > limit:
        raise BulkFileError("E-BULK-FILE-TOO-LARGE", {"max_mb": max(1, limit // (1024 * 1024))})
    if not content:
        raise BulkFileError("E-BULK-NO-ROWS")


def check_extension(filename: str) -> str:
    """ "xlsx" or "csv" from the name; macro-enabled and old binary workbooks are refused."""
    name = (filename or "").lower().strip()
    if name.endswith(".csv"):
        return "csv"
    if name.endswith(".xlsx"):
        return "xlsx"
    if name.endswith((".xlsm", ".xltm", ".xlam")):
        raise BulkFileError("E-BULK-MACRO")
    raise BulkFileError("E-BULK-NOT-XLSX")


def check_workbook_zip(
    content: bytes,
    *,
    max_entries: int = MAX_ZIP_ENTRIES,
    max_part_bytes: int = MAX_PART_BYTES,
    max_total_bytes: int = MAX_UNCOMPRESSED_BYTES,
    max_ratio: int = MAX_COMPRESSION_RATIO,
) -> None:
    """Refuse anything but a plain, reasonably sized xlsx package; opens nothing but the zip
    directory, [Content_Types].xml and (in bounded chunks) the XML parts for a DTD.

    The limits suit a 300-row bulk file; the registry importer passes larger ones. A refusal
    for size carries `reason` ("entries", "size" or "ratio") for callers that word it."""
    if not content.startswith(b"PK"):
        raise BulkFileError("E-BULK-NOT-XLSX")
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BulkFileError("E-BULK-NOT-XLSX") from exc
    with archive:
        entries = archive.infolist()
        if len(entries) > max_entries:
            raise BulkFileError("E-BULK-TOO-COMPLEX", {"reason": "entries"})
        names = {entry.filename for entry in entries}
        if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
            raise BulkFileError("E-BULK-NOT-XLSX")
        if any(_MACRO_PARTS.search(name) for name in names):
            raise BulkFileError("E-BULK-MACRO")
        if any(_EMBEDDED_PARTS.search(name) for name in names):
            raise BulkFileError("E-BULK-EMBEDDED")
        total = 0
        for entry in entries:
            if entry.flag_bits & 0x1:
                raise BulkFileError("E-BULK-UNREADABLE")  # encrypted member
            total += entry.file_size
            if entry.file_size >= RATIO_CHECK_FROM_BYTES and (
                entry.compress_size == 0 or entry.file_size / entry.compress_size > max_ratio
            ):
                raise BulkFileError("E-BULK-TOO-COMPLEX", {"reason": "ratio"})
            if entry.file_size > max_part_bytes or total > max_total_bytes:
                raise BulkFileError("E-BULK-TOO-COMPLEX", {"reason": "size"})
        try:
            types = archive.read("[Content_Types].xml").lower()
            if any(marker in types for marker in _MACRO_CONTENT_TYPES):
                raise BulkFileError("E-BULK-MACRO")
            for entry in entries:
                if _XML_PART.search(entry.filename):
                    _refuse_dtd(archive, entry)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
            # RuntimeError: encrypted; NotImplementedError: unknown compression method.
            raise BulkFileError("E-BULK-UNREADABLE") from exc


def _refuse_dtd(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> None:
    """A document type declaration has no place in an xlsx part; it is how entity expansion
    (billion laughs) and external entities (XXE) get in. defusedxml refuses them too when
    openpyxl parses; this makes the refusal explicit and independent of the parser.

    Parts must be UTF-8 (what every spreadsheet program writes): a UTF-16 part could hide a
    declaration from a byte scan, so it is refused as unreadable."""
    with archive.open(entry) as part:
        tail = b""
        first = True
        while True:
            chunk = part.read(_SCAN_CHUNK)
            if not chunk:
                return
            if first:
                if chunk.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in chunk[:64]:
                    raise BulkFileError("E-BULK-UNREADABLE")
                first = False
            window = (tail + chunk).lower()
            if any(marker in window for marker in _DTD_MARKERS):
                raise BulkFileError("E-BULK-UNREADABLE")
            tail = window[-16:]


def check_upload(content: bytes, filename: str, *, max_bytes: int | None = None) -> str:
    """Every check that needs no parser; returns the format ("xlsx" or "csv")."""
    check_size(content, max_bytes)
    source_format = check_extension(filename)
    if source_format == "xlsx":
        if content.startswith(b"\xd0\xcf\x11\xe0"):
            # An old .xls (or an encrypted .xlsx, which is an OLE file too) renamed .xlsx.
            raise BulkFileError("E-BULK-NOT-XLSX")
        check_workbook_zip(content)
    return source_format


# --- writing user text into a workbook (QUALITY E1) -------------------------------------------

_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def needs_escape(text: str) -> bool:
    return text.startswith(_FORMULA_TRIGGERS)


def set_text(cell: Any, value: Any) -> None:
    """Write `value` into an openpyxl cell so that it can never become a formula: text that
    a spreadsheet would run (= + - @ tab CR) is stored as a string with the quote prefix,
    the same as typing an apostrophe first; characters XML cannot hold are dropped."""
    if not isinstance(value, str):
        cell.value = value
        return
    text = _ILLEGAL_XML.sub("", value)
    cell.value = text
    if needs_escape(value):
        cell.data_type = "s"
        cell.quotePrefix = True
