"""Opening an upload for the error workbook with a bound on what is copied (SPEC N3).

An upload within every limit (2 MB, 300 people, 10,000 row elements) can still hold hundreds of
thousands of cells outside the template's columns; openpyxl's full load makes an object of
each, and writing them back took tens of seconds and hundreds of megabytes. Only the cells the
correction loop needs are loaded here:

- the first sheet: its header rows (up to `HEADER_SEARCH_ROWS`, within the reader's
  `MAX_COLUMNS`), then, in the columns the code row names, the rows with something in them, up
  to one more than the people a file may hold (the reader never looks further); every other
  cell is dropped before openpyxl makes an object of it;
- the other sheets (the template's instructions and hidden lists): their first
  `OTHER_SHEETS_MAX_CELLS` cells in all, within `MAX_COLUMNS`, which holds the template's lists
  many times over.

Everything else of the workbook (styles, data validations, column widths, frozen panes, the
custom properties carrying the template stamp, the kept cells' comments) is read as openpyxl
reads it; tables, drawings and pivot tables are left out. The cost grows
with the bounded cells, not with what the file holds; the XML is still scanned once by the
parser, which is cheap next to making cells.
"""

from __future__ import annotations

import io
import re
from typing import Any

from openpyxl.reader.excel import ExcelReader
from openpyxl.utils import column_index_from_string, coordinate_to_tuple, get_column_letter
from openpyxl.worksheet._reader import WorkSheetParser, WorksheetReader

from filings.constants import BULK_MAX_ROWS

from .reader import HEADER_SEARCH_ROWS, MAX_COLUMNS, is_code_row, stamp_in

OTHER_SHEETS_MAX_CELLS = 30_000
_CELL_REFERENCE = re.compile(r"([A-Za-z]{1,3})(\d+)$")


class _Budget:
    """What is still to be copied: the first sheet's data columns once its code row is read,
    the content rows left, the cells left for the other sheets."""

    def __init__(self, max_rows: int):
        self.data_rows_left = max_rows + 1
        self.other_cells_left = OTHER_SHEETS_MAX_CELLS
        self.columns: set[int] | None = None


class _BoundedParser(WorkSheetParser):
    def __init__(self, *args: Any, budget: _Budget, first: bool, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.budget = budget
        self.first = first
        self.header_rows = 0

    def parse_row(self, row):
        if self.first:
            return self._parse_first_sheet_row(row)
        if self.budget.other_cells_left <= 0:
            return self.row_counter, []
        _keep_columns(row, lambda column: column <= MAX_COLUMNS)
        number, cells = super().parse_row(row)
        cells = cells[: self.budget.other_cells_left]
        self.budget.other_cells_left -= len(cells)
        return number, cells

    def _parse_first_sheet_row(self, row):
        budget = self.budget
        if budget.data_rows_left <= 0:
            return self.row_counter, []
        header = self.header_rows < HEADER_SEARCH_ROWS and budget.columns is None
        if header:
            self.header_rows += 1
            _keep_columns(row, lambda column: column <= MAX_COLUMNS)
        else:
            wanted = budget.columns
            _keep_columns(row, (lambda c: c in wanted) if wanted else (lambda c: c <= MAX_COLUMNS))
        number, cells = super().parse_row(row)
        values = {cell["column"]: cell["value"] for cell in cells if cell["value"] is not None}
        if header and values and (stamp_in(values) or is_code_row(values)):
            budget.columns = {
                column
                for column, value in values.items()
                if isinstance(value, str) and value.strip() and not stamp_in({column: value})
            }
        elif not header and values:
            budget.data_rows_left -= 1
        return number, cells


def _keep_columns(row, keep) -> None:
    """Drop the row's cell elements whose column `keep` refuses; the kept ones get an explicit
    reference, so a cell written without one keeps its place."""
    column = 0
    number = row.get("r")
    for element in list(row):
        reference = element.get("r")
        match = _CELL_REFERENCE.match(reference) if reference else None
        column = column_index_from_string(match.group(1).upper()) if match else column + 1
        if not keep(column):
            row.remove(element)
        elif not match and number:
            element.set("r", f"{get_column_letter(column)}{number}")


class _BoundedWorksheetReader(WorksheetReader):
    def __init__(self, ws, xml_source, shared_strings, data_only, rich_text, *, budget, first):
        self.ws = ws
        self.parser = _BoundedParser(
            xml_source,
            shared_strings,
            data_only,
            ws.parent.epoch,
            ws.parent._date_formats,
            ws.parent._timedelta_formats,
            rich_text,
            budget=budget,
            first=first,
        )
        self.tables = []


def _bind_comments(archive, rels, ws) -> None:
    """The comments of the cells that were kept (an earlier round's marks are recognised by
    them and cleared; the user's own stay)."""
    from openpyxl.comments.comment_sheet import CommentSheet
    from openpyxl.xml.constants import COMMENTS_NS
    from openpyxl.xml.functions import fromstring

    for rel in rels.find(COMMENTS_NS):
        comments = CommentSheet.from_tree(fromstring(archive.read(rel.target)))
        for reference, comment in comments.comments:
            cell = ws._cells.get(coordinate_to_tuple(reference))
            if cell is not None:
                cell.comment = comment


class _BoundedExcelReader(ExcelReader):
    """openpyxl's reader with the worksheets read by `_BoundedWorksheetReader`; tables,
    drawings and pivots are left out, and comments are kept only on the cells kept."""

    def __init__(self, source, *, max_rows: int):
        super().__init__(source, read_only=False, keep_vba=False, data_only=False, keep_links=False)
        self.budget = _Budget(max_rows)

    def read_worksheets(self):
        from openpyxl.packaging.relationship import RelationshipList, get_dependents, get_rels_path

        first = True
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files or "chartsheet" in rel.Type:
                continue
            rels_path = get_rels_path(rel.target)
            rels = RelationshipList()
            if rels_path in self.valid_files:
                rels = get_dependents(self.archive, rels_path)
            with self.archive.open(rel.target) as handle:
                ws = self.wb.create_sheet(sheet.name)
                ws._rels = rels
                reader = _BoundedWorksheetReader(
                    ws,
                    handle,
                    self.shared_strings,
                    self.data_only,
                    self.rich_text,
                    budget=self.budget,
                    first=first,
                )
                reader.bind_all()
            _bind_comments(self.archive, rels, ws)
            ws.legacy_drawing = None
            ws.sheet_state = sheet.state
            first = False


def open_bounded(content: bytes, *, max_rows: int = BULK_MAX_ROWS):
    """The workbook of an upload that passed `check_upload`, with only the cells the error
    workbook needs (see the module's docstring); any parser failure is E-BULK-UNREADABLE."""
    from .safety import BulkFileError

    try:
        reader = _BoundedExcelReader(io.BytesIO(content), max_rows=max_rows)
        reader.read()
    except Exception as exc:  # openpyxl raises many types for damaged files
        raise BulkFileError("E-BULK-UNREADABLE") from exc
    return reader.wb
