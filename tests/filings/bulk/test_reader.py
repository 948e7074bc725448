"""The reader's normalisation of what spreadsheets do to values, and its column checks."""

from __future__ import annotations

import datetime
import io

import pytest
from openpyxl import load_workbook

from filings.xlsx import FAMILIES, BulkFileError, build_template, read_upload
from tests.filings.bulk.conftest import TODAY, code_columns, fill, make_rows


@pytest.fixture(scope="module")
def template() -> bytes:
    return build_template("acceptance", "en", choices={}, today=TODAY)


def edited(content: bytes, cells: dict[tuple[int, str], object], *, row: int = 3) -> bytes:
    """`content` with raw values typed into the first data row (by field code)."""
    workbook = load_workbook(io.BytesIO(content))
    sheet = workbook.worksheets[0]
    columns = code_columns(sheet)
    for (number, code), value in cells.items():
        sheet.cell(row=number, column=columns[code]).value = value
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_spreadsheet_values_are_normalised(template):
    content = edited(
        fill(template, make_rows("acceptance", 1)),
        {
            (3, "birth_date"): 37726,  # an Excel serial in a General-formatted cell
            (3, "event_date"): datetime.datetime(2026, 5, 20, 0, 0),
            (3, "prefecture"): 1,  # "01" lost its zero
            (3, "municipality"): 13104.0,
            (3, "kind"): "acceptance_ended: Acceptance ended",  # as the drop-down enters it
            (3, "sex"): " F ",
            (3, "nationality"): "VNM：Viet Nam",  # a full-width colon
            (3, "activity"): "   ",
        },
    )
    [row] = read_upload(content, "people.xlsx").rows
    assert row.values["birth_date"] == datetime.date(2003, 4, 15)
    assert row.values["event_date"] == datetime.date(2026, 5, 20)
    assert row.values["prefecture"] == "01"
    assert row.values["municipality"] == "13104"
    assert row.values["kind"] == "acceptance_ended"
    assert row.values["sex"] == "F"
    assert row.values["nationality"] == "VNM"
    assert row.values["activity"] is None


def test_iso_text_dates_stay_text_for_the_reception(template):
    content = edited(fill(template, make_rows("acceptance", 1)), {(3, "birth_date"): "2003-04-15"})
    assert read_upload(content, "people.xlsx").rows[0].values["birth_date"] == "2003-04-15"


def test_an_unknown_column_code_is_refused(template):
    content = edited(fill(template, make_rows("acceptance", 1)), {(2, "activity"): "salary"})
    with pytest.raises(BulkFileError) as caught:
        read_upload(content, "people.xlsx")
    assert (caught.value.code, caught.value.params) == (
        "E-BULK-UNKNOWN-COLUMN",
        {"column": "salary"},
    )


def test_a_deleted_required_column_is_refused(template):
    workbook = load_workbook(io.BytesIO(fill(template, make_rows("acceptance", 1))))
    sheet = workbook.worksheets[0]
    sheet.delete_cols(code_columns(sheet)["card_number"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    with pytest.raises(BulkFileError) as caught:
        read_upload(buffer.getvalue(), "people.xlsx")
    assert caught.value.params == {"column": "card_number"}
    assert caught.value.code == "E-BULK-MISSING-COLUMN"


def test_moved_columns_are_still_found_by_code(template):
    rows = make_rows("acceptance", 2)
    workbook = load_workbook(io.BytesIO(fill(template, rows)))
    sheet = workbook.worksheets[0]
    sheet.move_range("A1:A4", cols=20)  # the kind column moved to the far right
    buffer = io.BytesIO()
    workbook.save(buffer)
    sheet = read_upload(buffer.getvalue(), "people.xlsx")
    assert sheet.column_letters["kind"] == "U"
    assert [row.values for row in sheet.rows] == rows


def test_a_csv_that_is_not_utf8_is_refused():
    content = "name_latin,birth_date\nグエン,2003-04-15\n".encode("cp932")
    with pytest.raises(BulkFileError) as caught:
        read_upload(content, "people.csv")
    assert caught.value.code == "E-BULK-CSV-ENCODING"


def test_a_csv_family_follows_its_kind_column():
    family = FAMILIES["proxy"]
    header = ",".join(family.columns)
    line = ",".join("contract_org_moved" if c == "kind" else "" for c in family.columns)
    sheet = read_upload(f"{header}\n{line}\n".encode(), "people.csv")
    assert sheet.family is family
    assert sheet.rows[0].values["kind"] == "contract_org_moved"
    with pytest.raises(BulkFileError) as caught:
        read_upload(f"{header}\n{line}\n".encode(), "people.csv", family="acceptance")
    assert caught.value.code == "E-BULK-UNKNOWN-COLUMN"


def test_other_file_types_are_refused():
    with pytest.raises(BulkFileError) as caught:
        read_upload(b"%PDF-1.4", "people.pdf")
    assert caught.value.code == "E-BULK-NOT-XLSX"
