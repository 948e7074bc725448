"""Files as offices really save them (SPEC K2, N3): the template saved as CSV the way its own
instructions say (headings row, code row with its stamp cell, BOM, CRLF, quotes; tab- or
semicolon-separated; Excel's "Unicode text"), a CSV that lost its Japanese to "?", the data
sheet moved behind another sheet, and several formulas at once. Each built with openpyxl and,
where LibreOffice is installed (always in CI), re-saved by a real soffice as well."""

from __future__ import annotations

import csv
import datetime
import io

import pytest
from openpyxl import load_workbook

from filings import errors
from filings.xlsx import BulkFileError, CellProblem, build_error_workbook, build_template
from filings.xlsx import read_upload as read
from filings.xlsx.report import MARK_FILL
from tests.filings.bulk import office
from tests.filings.bulk.conftest import TODAY, code_columns, fill, make_rows, saved_as_csv

LANGUAGES = ("ja", "en", "zh-hant", "zh-hans", "ko", "es", "pt", "tl")
FORMULA_CELLS = ("H3", "B4", "K5", "K6", "I7")


@pytest.fixture(scope="module")
def filled() -> bytes:
    """A Japanese acceptance template with three people, one address needing quotes."""
    rows = make_rows("acceptance", 3)
    rows[1]["address_rest"] = '西新宿2-8-1, "都庁" 45階'
    return fill(build_template("acceptance", "ja", choices={}, today=TODAY), rows)


@pytest.fixture(scope="module")
def filled_en() -> bytes:
    return fill(build_template("snapshot", "en", choices={}, today=TODAY), make_rows("snapshot", 3))


def people(content: bytes, name: str, **kwargs) -> list[tuple[int, dict[str, object]]]:
    """(row, values) as read, dates as text, so a workbook and its CSV compare."""
    return [
        (
            row.number,
            {
                k: v.isoformat() if isinstance(v, datetime.date) else v
                for k, v in row.values.items()
            },
        )
        for row in read(content, name, **kwargs).rows
    ]


def shifted(rows, by: int):
    return [(number + by, values) for number, values in rows]


def moved_behind_the_instructions(content: bytes) -> bytes:
    workbook = load_workbook(io.BytesIO(content))
    workbook.move_sheet(workbook.worksheets[0], offset=1)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def with_formulas(content: bytes) -> bytes:
    workbook = load_workbook(io.BytesIO(content))
    sheet = workbook.worksheets[0]
    for cell in FORMULA_CELLS:
        sheet[cell] = f"=LEN({cell[0]}1)"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def column_codes(content: bytes) -> dict[str, str]:
    """Column letter -> field code of the template's data sheet."""
    sheet = load_workbook(io.BytesIO(content)).worksheets[0]
    return {sheet.cell(row=2, column=i).column_letter: c for c, i in code_columns(sheet).items()}


# --- CSV as the template's instructions produce it ------------------------------------------


@pytest.mark.parametrize(
    ("saving", "first_data_row"),
    [
        ({}, 3),  # Excel "CSV UTF-8": headings row, code row with stamp, BOM, CRLF, quotes
        ({"headings": False}, 2),  # the headings row deleted, codes first
        ({"delimiter": "\t", "encoding": "utf-8"}, 3),
        ({"delimiter": ";"}, 3),
        ({"delimiter": "\t", "encoding": "utf-16"}, 3),  # Excel's "Unicode text"
        ({"quoting": csv.QUOTE_ALL, "line_end": "\n", "encoding": "utf-8"}, 3),
    ],
)
def test_the_template_saved_as_csv_reads_like_the_workbook(filled, saving, first_data_row):
    content = saved_as_csv(filled, **saving)
    assert (
        b"portal-template=acceptance:"
        in content.decode("utf-16" if saving.get("encoding") == "utf-16" else "utf-8-sig").encode()
    )
    sheet = read(content, "people.csv")
    assert sheet.family.code == "acceptance" and sheet.source_format == "csv"
    assert people(content, "people.csv") == shifted(people(filled, "p.xlsx"), first_data_row - 3)
    assert sheet.column_letters == read(filled, "p.xlsx").column_letters


def test_a_csv_stamped_for_another_template_is_refused_as_such(filled):
    with pytest.raises(BulkFileError) as caught:
        read(saved_as_csv(filled), "people.csv", family="snapshot")
    assert caught.value.code == "E-BULK-TEMPLATE-VERSION"


def test_japanese_lost_to_question_marks_is_one_clear_file_level_error(filled, filled_en):
    with pytest.raises(BulkFileError) as caught:
        read(saved_as_csv(filled, encoding="cp1252"), "people.csv")
    # The Japanese heading of column A ("届出 *") arrived as "?? *".
    assert (caught.value.code, caught.value.params) == (
        "E-BULK-CSV-LOST-CHARACTERS",
        {"cell": "A1"},
    )
    letter = next(k for k, v in column_codes(filled_en).items() if v == "address_rest")
    with pytest.raises(BulkFileError) as caught:
        read(saved_as_csv(filled_en, encoding="cp1252"), "people.csv")
    assert caught.value.params == {"cell": f"{letter}3"}


def test_a_question_mark_typed_in_a_text_is_not_lost_characters(filled_en):
    workbook = load_workbook(io.BytesIO(filled_en))
    sheet = workbook.worksheets[0]
    columns = code_columns(sheet)
    for row in (3, 4, 5):
        sheet.cell(row=row, column=columns["address_rest"]).value = "1-2-3 Shinjuku (flat 2?)"
    buffer = io.BytesIO()
    workbook.save(buffer)
    rows = read(saved_as_csv(buffer.getvalue(), encoding="cp1252"), "people.csv").rows
    assert rows[0].values["address_rest"] == "1-2-3 Shinjuku (flat 2?)"


def test_the_lost_characters_message_is_in_every_language():
    code = "E-BULK-CSV-LOST-CHARACTERS"
    for render in (
        lambda lang: errors.message(code, lang, cell="A1"),
        lambda lang: errors.remedy(code, lang),
    ):
        texts = {language: render(language) for language in LANGUAGES}
        assert all(texts.values()) and len(set(texts.values())) == len(LANGUAGES)
    assert "A1" in errors.message(code, "ja", cell="A1")
    assert "CSV UTF-8" in errors.remedy(code, "en")


def test_the_error_workbook_of_a_tab_separated_csv_marks_the_right_cell(filled):
    content = saved_as_csv(filled, delimiter="\t", encoding="utf-8")
    letter = read(content, "people.csv").column_letters["birth_date"]
    problems = [CellProblem(4, "birth_date", "E-DATE-FUTURE", {})]
    data = load_workbook(
        io.BytesIO(build_error_workbook(content, "people.csv", problems, language="en"))
    ).worksheets[0]
    assert data["A2"].value == "kind" and data[f"{letter}2"].value == "birth_date"
    assert {c.coordinate for row in data.iter_rows() for c in row if c.fill == MARK_FILL} == {
        f"{letter}4"
    }


# --- the data sheet behind another sheet ----------------------------------------------------


def test_a_moved_data_sheet_is_read_and_marked_where_it_is(filled):
    moved = moved_behind_the_instructions(filled)
    assert load_workbook(io.BytesIO(moved)).worksheets[1].cell(row=2, column=1).value == "kind"
    assert people(moved, "p.xlsx") == people(filled, "p.xlsx")
    letter = read(moved, "p.xlsx").column_letters["birth_date"]
    problems = [CellProblem(4, "birth_date", "E-DATE-FUTURE", {})]
    result = load_workbook(
        io.BytesIO(build_error_workbook(moved, "p.xlsx", problems, language="en"))
    )
    instructions, data = result.worksheets[:2]
    assert data[f"{letter}4"].fill == MARK_FILL and data[f"{letter}4"].comment is not None
    assert not any(c.comment for row in instructions.iter_rows() for c in row)


# --- formulas -------------------------------------------------------------------------------


def test_every_formula_is_named_at_its_own_cell_under_its_own_column(filled):
    codes = column_codes(filled)
    with pytest.raises(BulkFileError) as caught:
        read(with_formulas(filled), "p.xlsx")
    error = caught.value
    assert (error.code, error.cell, error.family) == ("E-BULK-FORMULA", "H3", "acceptance")
    assert error.cells == [(int(c[1:]), codes[c[0]], c) for c in FORMULA_CELLS]


def test_the_error_workbook_marks_every_formula_cell(filled):
    content = with_formulas(filled)
    codes = column_codes(filled)
    problems = [
        CellProblem(int(c[1:]), codes[c[0]], "E-BULK-FORMULA", {"cell": c}) for c in FORMULA_CELLS
    ]
    result = load_workbook(
        io.BytesIO(build_error_workbook(content, "p.xlsx", problems, language="en"))
    )
    data = result.worksheets[0]
    marked = {c.coordinate for row in data.iter_rows() for c in row if c.fill == MARK_FILL}
    assert marked == set(FORMULA_CELLS)
    assert data["H3"].value == "=LEN(H1)" and data["H3"].data_type == "s"


def test_a_formula_outside_the_templates_columns_is_marked_at_its_cell(filled):
    problems = [CellProblem(5, "", "E-BULK-FORMULA", {"cell": "Z5"})]
    data = load_workbook(
        io.BytesIO(build_error_workbook(filled, "p.xlsx", problems, language="en"))
    ).worksheets[0]
    assert data["Z5"].fill == MARK_FILL and data["A5"].fill != MARK_FILL


# --- the same files re-saved by LibreOffice -------------------------------------------------


@pytest.fixture(scope="module")
def resaved(filled, filled_en):
    """LibreOffice's CSV UTF-8, tab-separated UTF-8 and Western CSV of the filled templates,
    and its xlsx re-save of the moved and the formula workbooks: one soffice run per filter
    (about two seconds each), made when a test first asks for it."""
    sources = {
        "csv": ({"ja.xlsx": filled, "en.xlsx": filled_en}, office.CSV_UTF8),
        "tsv": ({"ja.xlsx": filled, "en.xlsx": filled_en}, office.TSV_UTF8),
        "western": ({"ja.xlsx": filled, "en.xlsx": filled_en}, office.CSV_WESTERN),
        "xlsx": (
            {
                "moved.xlsx": moved_behind_the_instructions(filled),
                "formulas.xlsx": with_formulas(filled),
            },
            office.XLSX,
        ),
    }
    done: dict[str, dict[str, bytes]] = {}

    def get(kind: str) -> dict[str, bytes]:
        if kind not in done:
            done[kind] = office.convert(*sources[kind])
        return done[kind]

    return get


@pytest.mark.soffice
@pytest.mark.parametrize("saved", ["csv", "tsv"])
def test_libreoffice_csv_utf8_reads_like_the_workbook(resaved, filled, filled_en, saved):
    for name, workbook in (("ja.xlsx", filled), ("en.xlsx", filled_en)):
        content = resaved(saved)[name]
        assert read(content, "people.csv").family == read(workbook, "p.xlsx").family
        assert people(content, "people.csv") == people(workbook, "p.xlsx")


@pytest.mark.soffice
def test_libreoffice_western_csv_is_refused_for_its_lost_characters(resaved):
    for name in ("ja.xlsx", "en.xlsx"):
        with pytest.raises(BulkFileError) as caught:
            read(resaved("western")[name], "people.csv")
        assert caught.value.code == "E-BULK-CSV-LOST-CHARACTERS"


@pytest.mark.soffice
def test_libreoffice_resaves_keep_the_moved_sheet_and_every_formula(resaved, filled):
    moved = resaved("xlsx")["moved.xlsx"]
    assert load_workbook(io.BytesIO(moved)).worksheets[1]["A2"].value == "kind"
    assert people(moved, "p.xlsx") == people(filled, "p.xlsx")
    codes = column_codes(filled)
    with pytest.raises(BulkFileError) as caught:
        read(resaved("xlsx")["formulas.xlsx"], "p.xlsx")
    assert caught.value.cells == [(int(c[1:]), codes[c[0]], c) for c in FORMULA_CELLS]
