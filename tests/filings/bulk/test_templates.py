"""The bulk templates (K1, N5): downloaded through the view, filled with 300 people by a
spreadsheet program, read back by the same reader the upload uses."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from filings.errors import LANGUAGES
from filings.services import templates as bulk_templates
from filings.xlsx import FAMILIES, XLSX_CONTENT_TYPE, BulkFileError, build_template, read_upload
from filings.xlsx.reader import STAMP_PREFIX
from tests.filings.bulk.conftest import TODAY, code_columns, fill, make_rows

SMALL_CHOICES = {
    "nationality": [("VNM", "Viet Nam"), ("PHL", "Philippines")],
    "prefecture": [("01", "北海道"), ("13", "東京都")],
    "municipality": [("01101", "札幌市中央区"), ("13101", "千代田区"), ("13104", "新宿区")],
}


def download(client, family: str, language: str) -> bytes:
    response = client.get(
        reverse("filings:bulk_template", kwargs={"family": family, "language": language})
    )
    assert response.status_code == 200
    assert response["Content-Type"] == XLSX_CONTENT_TYPE
    assert response["Content-Disposition"] == (
        f'attachment; filename="bulk-{family}-{language}.xlsx"'
    )
    return response.content


def small_template(family: str, language: str = "ja") -> bytes:
    return build_template(family, language, choices=SMALL_CHOICES, today=TODAY)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_a_downloaded_template_filled_with_300_people_reads_back(client, family, language):
    template = download(client, family, language)
    rows = make_rows(family, 300)
    sheet = read_upload(fill(template, rows), "people.xlsx")
    assert sheet.family is FAMILIES[family]
    assert sheet.version == FAMILIES[family].version
    assert sheet.source_format == "xlsx"
    assert len(sheet.rows) == 300
    assert [row.number for row in sheet.rows] == list(range(3, 303))
    assert [row.values for row in sheet.rows] == rows
    assert list(sheet.column_letters) == list(FAMILIES[family].columns)


@pytest.mark.django_db
def test_the_template_offers_the_reference_lists_as_drop_downs(client):
    workbook = load_workbook(io.BytesIO(download(client, "acceptance", "ja")))
    data, instructions, lists = workbook.worksheets
    assert workbook.sheetnames.index(data.title) == 0
    assert lists.sheet_state == "hidden" and instructions.sheet_state == "visible"
    columns = code_columns(data)
    formulas = {}
    for validation in data.data_validations.dataValidation:
        for area in str(validation.sqref).split():
            formulas[area.split(":")[0]] = (validation.type, validation.formula1)
    letter = {code: data.cell(row=2, column=index).column_letter for code, index in columns.items()}
    for code in ("kind", "sex", "nationality", "prefecture", "leaving_reason"):
        kind, formula = formulas[f"{letter[code]}3"]
        assert kind == "list" and formula.startswith("'lists'!$"), code
    assert formulas[f"{letter['municipality']}3"] == (
        "list",
        f'INDIRECT("municipalities_"&LEFT(${letter["prefecture"]}3,2))',
    )
    assert formulas[f"{letter['birth_date']}3"][0] == "date"
    # The municipality list of each prefecture is a named block of the hidden list.
    tokyo = workbook.defined_names["municipalities_13"]
    first, last = (part.replace("$", "") for part in tokyo.attr_text.split("!")[1].split(":"))
    column = first.rstrip("0123456789")
    names = [lists[f"{column}{row}"].value for row in range(int(first[1:]), int(last[1:]) + 1)]
    assert "13104: 新宿区" in names
    assert all(name.startswith("13") for name in names)
    nationalities = [c.value for c in lists["C"][1:] if c.value]
    assert any(value.startswith("VNM: ") for value in nationalities)


@pytest.mark.django_db
def test_a_template_in_another_language_maps_the_same_codes(client):
    japanese = load_workbook(io.BytesIO(download(client, "proxy", "ja"))).worksheets[0]
    korean_bytes = download(client, "proxy", "ko")
    korean = load_workbook(io.BytesIO(korean_bytes)).worksheets[0]
    assert [c.value for c in korean[2]] == [c.value for c in japanese[2]]
    rows = make_rows("proxy", 5)
    from_korean = read_upload(fill(korean_bytes, rows), "people.xlsx", family="proxy")
    assert [row.values for row in from_korean.rows] == rows
    assert from_korean.column_letters == {
        code: korean.cell(row=2, column=index).column_letter
        for code, index in code_columns(korean).items()
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_headings_instructions_and_the_codes(language):
    family = FAMILIES["acceptance"]
    workbook = load_workbook(io.BytesIO(small_template("acceptance", language)))
    data, instructions, _lists = workbook.worksheets
    headings = [c.value for c in data[1]]
    codes = [c.value for c in data[2]]
    assert codes == [*family.columns, STAMP_PREFIX + family.stamp]
    with translation.override(language):
        expected = [str(family.header(code)) for code in family.columns]
    assert [h.removesuffix(" *") for h in headings if h] == expected
    assert headings[0].endswith(" *")  # the kind column is required
    table = {row[2]: row for row in instructions.iter_rows(values_only=True) if row[2] in codes}
    assert set(table) == set(family.columns)
    assert table["event_date"][6] == "2026-04-01"
    assert table["sex"][6].startswith("F")
    assert workbook.custom_doc_props["portal-template"].value == family.stamp


def test_the_japanese_heading_is_japanese():
    with translation.override("ja"):
        translated = str(FAMILIES["snapshot"].header("name_latin"))
    if translated == "Name (Latin letters)":
        pytest.fail("the Japanese catalogue has no translation for this heading yet")
    data = load_workbook(io.BytesIO(small_template("snapshot", "ja"))).worksheets[0]
    assert data["A1"].value == f"{translated} *"
    assert data["A1"].value != "Name (Latin letters) *"


def test_301_people_are_refused():
    content = fill(small_template("snapshot"), make_rows("snapshot", 301))
    with pytest.raises(BulkFileError) as caught:
        read_upload(content, "people.xlsx")
    assert caught.value.code == "E-BULK-TOO-MANY-ROWS"
    assert caught.value.params == {"max": 300}


def test_an_empty_template_is_refused():
    with pytest.raises(BulkFileError) as caught:
        read_upload(small_template("acceptance"), "people.xlsx")
    assert caught.value.code == "E-BULK-NO-ROWS"


def test_empty_rows_are_skipped_and_not_counted():
    rows = make_rows("snapshot", 300)
    template = fill(small_template("snapshot"), rows[:150])
    content = fill(template, rows[150:], first_row=3 + 150 + 20)
    sheet = read_upload(content, "people.xlsx")
    assert len(sheet.rows) == 300
    assert sheet.rows[150].number == 173


def _restamp(content: bytes, stamp: str) -> bytes:
    workbook = load_workbook(io.BytesIO(content))
    data = workbook.worksheets[0]
    for cell in data[2]:
        if isinstance(cell.value, str) and cell.value.startswith(STAMP_PREFIX):
            cell.value = STAMP_PREFIX + stamp
    workbook.custom_doc_props["portal-template"].value = stamp
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("stamp", "family"),
    [
        ("acceptance:0.00000000", None),  # outdated
        ("acceptance:" + FAMILIES["acceptance"].version, "snapshot"),  # another template
        ("payroll:1", None),  # not ours
    ],
)
def test_an_outdated_or_foreign_template_is_recognised(stamp, family):
    content = _restamp(fill(small_template("acceptance"), make_rows("acceptance", 2)), stamp)
    with pytest.raises(BulkFileError) as caught:
        read_upload(content, "people.xlsx", family=family)
    assert caught.value.code == "E-BULK-TEMPLATE-VERSION"


def test_a_workbook_without_any_stamp_is_refused():
    from filings.services.templates import organization_template_bytes

    with pytest.raises(BulkFileError) as caught:
        read_upload(organization_template_bytes("ja"), "organization.xlsx")
    assert caught.value.code == "E-BULK-TEMPLATE-VERSION"


def test_the_property_stamp_is_enough_when_the_stamp_cell_was_deleted():
    content = fill(small_template("proxy"), make_rows("proxy", 3))
    workbook = load_workbook(io.BytesIO(content))
    data = workbook.worksheets[0]
    data.cell(row=2, column=len(FAMILIES["proxy"].columns) + 1).value = None
    buffer = io.BytesIO()
    workbook.save(buffer)
    sheet = read_upload(buffer.getvalue(), "people.xlsx")
    assert sheet.family.code == "proxy" and len(sheet.rows) == 3


def _csv(rows: list[dict[str, object]], columns) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for values in rows:
        writer.writerow(
            [
                value.isoformat() if hasattr(value, "isoformat") else (value or "")
                for value in (values[c] for c in columns)
            ]
        )
    return buffer.getvalue().encode("utf-8-sig")


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_csv_with_the_field_codes_as_header_is_an_alternative(family):
    rows = make_rows(family, 300)
    columns = FAMILIES[family].columns
    sheet = read_upload(_csv(rows, columns), "people.csv")
    assert sheet.family.code == family
    assert sheet.source_format == "csv"
    assert len(sheet.rows) == 300
    assert sheet.rows[0].number == 2
    expected = [
        {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in values.items()}
        for values in rows
    ]
    assert [row.values for row in sheet.rows] == expected


def test_csv_over_300_people_is_refused():
    family = FAMILIES["acceptance"]
    with pytest.raises(BulkFileError) as caught:
        read_upload(_csv(make_rows("acceptance", 301), family.columns), "people.csv")
    assert caught.value.code == "E-BULK-TOO-MANY-ROWS"


@pytest.mark.django_db
def test_the_downloads_link_each_family_in_the_readers_language(client):
    from manuals.downloads import resolve_download

    for key, family in (
        ("bulk-acceptance", "acceptance"),
        ("bulk-snapshot", "snapshot"),
        ("bulk-proxy", "proxy"),
    ):
        with translation.override("zh-hant"):
            url = resolve_download(key)
        assert url == f"/downloads/bulk/{family}-zh-hant.xlsx"
    assert client.get("/downloads/bulk/acceptance-xx.xlsx").status_code == 404
    assert client.get("/downloads/bulk/payroll-ja.xlsx").status_code == 404


@pytest.mark.django_db
def test_the_built_template_is_cached_per_reference_lists(monkeypatch, client):
    calls = []
    real = bulk_templates.build_template

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(bulk_templates, "build_template", counting)
    cache.clear()
    first = bulk_templates.template_bytes("snapshot", "tl", today=TODAY)
    second = bulk_templates.template_bytes("snapshot", "tl", today=TODAY)
    assert first == second
    assert len(calls) == 1
