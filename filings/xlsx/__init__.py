"""Bulk workbooks: the templates, the safe reader and the error workbook (SPEC K1–K3, N3, N5).

No ORM in this package: reference lists come in from the caller (`filings.services.templates` for
the downloads), rows go out as raw values for the reception to check with `filings.fields`.
The interface below is what the upload, reception and status code call.
"""

from .families import FAMILIES, KIND_COLUMN, Family
from .reader import Sheet, SheetRow
from .report import ERRORS_SHEET, CellProblem, build_error_workbook
from .safety import XLSX_CONTENT_TYPE, BulkFileError
from .template import build_template
from .upload import read_upload

__all__ = [
    "ERRORS_SHEET",
    "FAMILIES",
    "KIND_COLUMN",
    "XLSX_CONTENT_TYPE",
    "BulkFileError",
    "CellProblem",
    "Family",
    "Sheet",
    "SheetRow",
    "build_error_workbook",
    "build_template",
    "read_upload",
]
