"""An organization's journey in a real browser (SPEC K1–K4,
N3, N4, Q20, Q78, L1–L3).

A school's user comes in at `/`, signs in from the header and from there moves only by
clicking (My page's services, the result page's way back to bulk filing). The user downloads
the bulk template through the page, fills it in (as a spreadsheet program would, with
openpyxl), uploads it and watches the progress bar reach 100 % without the page being
reloaded; then uploads a file with two mistakes (a malformed card number
in row 3, an impossible date in row 5), reads the reception error naming exactly those cells,
downloads the error workbook, finds exactly those cells marked, fixes them there and uploads
that workbook again, which is accepted. Last, it files "the organization was renamed" on behalf
of a resident who consented (the proxy route) and finds it completed on the status page.

In Japanese and in Portuguese, on a 360 px phone and a 1280 px screen: four runs in one test
(the live server flushes the database after each test, which costs more than a run). Every
page is checked with axe-core and saved as a full-page screenshot under
var/test-artifacts/screenshots/organization/.

Registration runs in one real Celery worker, as in production. So that the progress bar is
seen moving rather than already full, the test holds the registry card of the file's first
person (registration locks it; reception only reads it) until the page is showing 0 people
processed, then lets go.
"""

from __future__ import annotations

import datetime
import io
import re
from pathlib import Path

import psycopg
import pytest
import redis
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from playwright.sync_api import Browser, Page, expect

from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone

from filings.constants import FilingKind
from filings.errors import RuleError
from filings.models import (
    BulkUpload,
    BulkUploadState,
    Filing,
    FilingState,
    ProxyConsent,
)
from filings.xlsx import ERRORS_SHEET
from filings.xlsx.report import MARK_AUTHOR, MARK_FILL
from tests.e2e.filing_site import build
from tests.e2e.journey import Run, runs
from tests.filings.bulk.bulk_files import make_people, row_values, with_cards
from tests.filings.conftest import make_org_user, make_resident_user
from tests.filings.wizard import identity_of, today
from tests.worker import celery_worker, wait_for

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.postgres,
    pytest.mark.redis,
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True),
]

LANGUAGES = ("ja", "pt")
PASSWORD = "Gakuin#Bulk2026"
FAMILY = "acceptance"
# People in the first, valid file: a phone user's file is smaller; a wider file still takes
# two registration batches (50 rows each), so the bar moves more than once.
VALID_ROWS = {360: 20, 1280: 60}
MISTAKE_ROWS = 5
CARD_MISTAKE_ROW, DATE_MISTAKE_ROW = 3, 5  # sheet rows (row 3 is the first person)
FIRST_DATA_ROW = 3
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
STEP_TIMEOUT = 10_000  # ms: a link that is not there fails the journey in seconds
SLOW = 30_000  # ms: a request that does real work (reception, a page of 60 rows) on a busy CI box
# Records every value the progress bar shows, and leaves a marker a reload would wipe out.
WATCH_PROGRESS = """() => {
    window.__journeyMarker = "set before registration";
    window.__progressSeen = [document.getElementById("bulk-progress-bar").value];
    const bar = document.getElementById("bulk-progress-bar");
    new MutationObserver(() => window.__progressSeen.push(bar.value))
        .observe(bar, {attributes: true, attributeFilter: ["value"]});
}"""


@pytest.fixture
def organization_site(live_server, reference_data, real_broker, settings):
    from django.core.cache import cache

    redis.Redis.from_url(settings.CELERY_BROKER_URL).flushdb()
    build(LANGUAGES)
    cache.clear()  # sign-in rate limits outlive a test in Redis
    with celery_worker(settings.CELERY_BROKER_URL) as worker:
        yield {"base": live_server.url}
        assert worker.poll() is None, "the worker died during the journey"
    cache.clear()


def _org_user(language: str, width: int):
    user = make_org_user(username=f"gakuin.{language}.{width}")
    user.set_password(PASSWORD)
    user.language_code = language
    user.password_changed_at = timezone.now()
    user.save(update_fields=["password", "language_code", "password_changed_at"])
    return user


def _consenting_resident(organization):
    """A registered resident (a student) who allowed the organization to file for them."""
    resident = make_resident_user().resident_account.resident
    ProxyConsent.objects.create(resident=resident, organization=organization)
    return resident


# --- workbooks -------------------------------------------------------------------------------


def _columns(sheet) -> dict[str, int]:
    """Field code -> column number, from the template's code row (row 2)."""
    return {
        cell.value: cell.column
        for cell in sheet[2]
        if isinstance(cell.value, str) and not cell.value.startswith("portal-template=")
    }


def _put(sheet, row: int, column: int, value: object) -> None:
    cell = sheet.cell(row=row, column=column)
    cell.value = value
    if isinstance(value, datetime.date):
        cell.number_format = "yyyy-mm-dd"
    elif isinstance(value, str):
        cell.data_type = "s"


def _filled(template: bytes, rows: list[dict[str, object]]) -> bytes:
    """The downloaded template with one row per person typed in, by field code."""
    book = load_workbook(io.BytesIO(template))
    sheet = book.worksheets[0]
    columns = _columns(sheet)
    for offset, values in enumerate(rows):
        for code, value in values.items():
            if code in columns and value is not None:
                _put(sheet, FIRST_DATA_ROW + offset, columns[code], value)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _marked_cells(sheet) -> dict[str, str]:
    """Cells the error workbook marked (fill or comment) -> the comment's text."""
    return {
        cell.coordinate: cell.comment.text if cell.comment is not None else ""
        for row in sheet.iter_rows()
        for cell in row
        if cell.fill == MARK_FILL or cell.comment is not None
    }


def _download(page: Page, link) -> bytes:
    with page.expect_download() as info:
        link.click()
    download = info.value
    assert download.failure() is None, download.failure()
    return Path(download.path()).read_bytes()


def _upload(run: Run, content: bytes, name: str) -> None:
    page = run.page
    page.set_input_files("#id_file", files=[{"name": name, "mimeType": XLSX, "buffer": content}])
    page.locator("form[data-bulk-upload] button[type=submit]").click()
    expect(page).to_have_url(re.compile(rf"/{run.language}/bulk/[0-9a-f-]{{36}}/$"), timeout=SLOW)


def _upload_shown(page: Page) -> BulkUpload:
    public_id = page.locator(".bulk-result").get_attribute("data-upload")
    return BulkUpload.objects.get(public_id=public_id)


# --- holding registration --------------------------------------------------------------------


def _hold_card(card_id: int) -> psycopg.Connection:
    """Another session holding a person's registry card, as a registry import would: the
    worker's registration waits for it (it locks the card to re-read it), reception does not
    (it only reads cards)."""
    db = connection.settings_dict
    holder = psycopg.connect(
        host=db["HOST"] or "127.0.0.1",
        port=db["PORT"] or 5432,
        user=db["USER"],
        password=db.get("PASSWORD") or None,
        dbname=db["NAME"],
    )
    holder.execute("SELECT id FROM filings_residencecard WHERE id = %s FOR UPDATE", [card_id])
    return holder


def _release(holder: psycopg.Connection) -> None:
    try:
        holder.rollback()
    finally:
        holder.close()


# --- the journey -----------------------------------------------------------------------------


def my_page(run: Run, service: str, step: str) -> None:
    """The header's "My page", then one of its services (the page's slug: bulk, filing ...)."""
    lang = run.language
    run.click(f".account-menu a[href$='/{lang}/account/profile/']", f"my-page-{step}")
    run.click(f'.services-hub a[href$="/{lang}/{service}/"]', step)


def back_to_bulk(run: Run, step: str) -> None:
    """A bulk file's result page leads back to bulk filing."""
    run.click(f'main p.no-print a[href$="/{run.language}/bulk/"]', step)
    expect(run.page.locator("form[data-bulk-upload]")).to_be_visible()


def sign_in(run: Run, user) -> None:
    """In at `/`, signed in from the header, on to bulk filing from My page."""
    page, lang = run.page, run.language
    run.enter()
    run.click(".account-menu a.account-menu__link", "sign-in")
    expect(page).to_have_url(re.compile(rf"/{lang}/account/login/"))
    page.fill("#id_auth_id", user.username)
    page.fill("#id_password", PASSWORD)
    page.locator("main form.form button[type=submit]").click()
    expect(page).to_have_url(re.compile(rf"/{lang}/account/profile/$"))
    run.step("my-page")
    run.click(f'.services-hub a[href$="/{lang}/bulk/"]', "bulk-page")
    expect(page.locator("form[data-bulk-upload]")).to_be_visible()


def upload_and_watch_progress(run: Run, user, template: bytes) -> BulkUpload:
    """A valid file; the bar goes from 0 to every person through the JSON endpoint."""
    page = run.page
    total = VALID_ROWS[run.width]
    people = with_cards(make_people(total, prefix=f"V{run.language[0].upper()}"))
    content = _filled(template, [row_values(FAMILY, person) for person in people])
    holder = _hold_card(people[0]._card.pk)
    try:
        _upload(run, content, f"enrolment-{run.width}.xlsx")
        upload = _upload_shown(page)
        assert upload.row_count == total
        assert upload.state in (BulkUploadState.ACCEPTED, BulkUploadState.REGISTERING)
        bar = page.locator("#bulk-progress-bar")
        expect(bar).to_have_attribute("max", str(total))
        expect(bar).to_have_attribute("value", "0")
        page.evaluate(WATCH_PROGRESS)
        # JavaScript polls instead of the refresh link; the deferred script may still be loading.
        expect(page.locator("[data-refresh]")).to_be_hidden()
        assert page.locator("[data-refresh]").is_hidden()
        run.step("upload-registering")
        # The page polls the JSON endpoint while registration is held: nobody processed yet.
        with page.expect_response(re.compile(r"/bulk/[0-9a-f-]{36}/progress/$")) as polled:
            pass
        assert polled.value.ok
        assert polled.value.json()["finished"] == 0
        assert polled.value.json()["total"] == total
    finally:
        _release(holder)

    page.wait_for_function(
        f"() => document.getElementById('bulk-progress-bar').value === {total}", timeout=120_000
    )
    expect(page.locator(".bulk-result")).to_have_attribute("data-state", "completed", timeout=SLOW)
    seen = page.evaluate("window.__progressSeen")
    assert page.evaluate("window.__journeyMarker") == "set before registration", "reloaded"
    assert seen[0] == 0 and seen[-1] == total, seen
    assert seen == sorted(seen), seen  # never backwards
    text = page.locator("[data-progress-text]").inner_text()
    # Digits bounded by non-digits: in Japanese "20人中20人" has no word boundary.
    assert re.search(rf"(?<!\d){total}(?!\d).*(?<!\d){total}(?!\d)", text), text
    assert page.locator("[data-progress-percent]").inner_text().strip() == "100 %"
    # The rows' table and the outcome were swapped in place, from the same page.
    expect(page.locator("[data-progress-outcome] .notice-box")).to_be_visible()
    expect(page.locator("[data-rows-body] tr")).to_have_count(total)
    assert page.locator("[data-refresh]").count() == 0
    upload.refresh_from_db()
    assert upload.state == BulkUploadState.COMPLETED
    assert (upload.rows_done, upload.rows_failed) == (total, 0)
    run.step("upload-registered")
    # The rows' filings complete once the result mail has gone out (S2).
    completed = wait_for(
        lambda: (
            Filing.objects.filter(bulk_row__upload=upload, state=FilingState.COMPLETED).count()
            == total
        ),
        timeout=60,
    )
    assert completed, list(
        Filing.objects.filter(bulk_row__upload=upload).values_list("state", flat=True)
    )
    return upload


def correct_a_file_with_mistakes(run: Run, template: bytes) -> BulkUpload:
    """Two mistakes: a reception error naming exactly those cells, an error workbook marking
    exactly those cells; fixed there and uploaded again, it is accepted."""
    page, lang = run.page, run.language
    back_to_bulk(run, "bulk-page-again")
    people = with_cards(make_people(MISTAKE_ROWS, prefix=f"M{lang[0].upper()}"))
    rows = [row_values(FAMILY, person) for person in people]
    card_person = people[CARD_MISTAKE_ROW - FIRST_DATA_ROW]
    good_date = rows[DATE_MISTAKE_ROW - FIRST_DATA_ROW]["event_date"]
    rows[CARD_MISTAKE_ROW - FIRST_DATA_ROW]["card_number"] = (
        "AB1234567"  # not 2 letters, 8 digits, 2 letters
    )
    rows[DATE_MISTAKE_ROW - FIRST_DATA_ROW]["event_date"] = f"{today().year}-02-30"
    content = _filled(template, rows)
    columns = _columns(load_workbook(io.BytesIO(template)).worksheets[0])
    card_cell = f"{get_column_letter(columns['card_number'])}{CARD_MISTAKE_ROW}"
    date_cell = f"{get_column_letter(columns['event_date'])}{DATE_MISTAKE_ROW}"
    expected = {
        card_cell: RuleError("E-CARD-NUMBER").message(lang),
        date_cell: RuleError("E-DATE-INVALID").message(lang),
    }

    _upload(run, content, f"mistakes-{run.width}.xlsx")
    expect(page.locator(".bulk-result")).to_have_attribute("data-state", "reception_error")
    problems = page.locator("[data-problems] tbody tr")
    expect(problems).to_have_count(2)
    named = {
        problems.nth(i).get_attribute("data-cell"): problems.nth(i).get_attribute("data-code")
        for i in range(2)
    }
    assert named == {card_cell: "E-CARD-NUMBER", date_cell: "E-DATE-INVALID"}
    for i in range(2):
        cell = problems.nth(i).get_attribute("data-cell")
        assert expected[cell] in problems.nth(i).inner_text()
        assert f"({cell})" in problems.nth(i).inner_text()
    refused = _upload_shown(page)
    assert refused.state == BulkUploadState.RECEPTION_ERROR
    assert not Filing.objects.filter(card_number__in=[p._card.number for p in people]).exists()
    run.step("reception-error")

    returned = _download(page, page.locator("[data-error-workbook]"))
    book = load_workbook(io.BytesIO(returned))
    sheet = book.worksheets[0]
    assert _marked_cells(sheet) == expected
    for coordinate in expected:
        assert sheet[coordinate].fill == MARK_FILL
        assert sheet[coordinate].comment.author == MARK_AUTHOR
    assert ERRORS_SHEET in book.sheetnames
    listed = [line[2] for line in book[ERRORS_SHEET].iter_rows(min_row=2, values_only=True)]
    assert sorted(listed) == ["E-CARD-NUMBER", "E-DATE-INVALID"]

    # The whole correction: fix the two marked cells in the returned workbook, upload it.
    sheet[card_cell].value = card_person._card.number
    sheet[card_cell].data_type = "s"
    sheet[date_cell].value = good_date
    sheet[date_cell].number_format = "yyyy-mm-dd"
    buffer = io.BytesIO()
    book.save(buffer)
    back_to_bulk(run, "bulk-page-corrected")
    _upload(run, buffer.getvalue(), f"mistakes-{run.width}-errors.xlsx")
    expect(page.locator(".bulk-result")).not_to_have_attribute("data-state", "reception_error")
    fixed = _upload_shown(page)
    assert fixed.pk != refused.pk and fixed.row_count == MISTAKE_ROWS
    assert fixed.state != BulkUploadState.RECEPTION_ERROR and not fixed.problems
    expect(page.locator(".bulk-result")).to_have_attribute(
        "data-state", "completed", timeout=120_000
    )
    expect(page.locator("[data-progress-percent]")).to_have_text("100 %")
    run.step("corrected-registered")
    fixed.refresh_from_db()
    assert (fixed.state, fixed.rows_done, fixed.rows_failed) == ("completed", MISTAKE_ROWS, 0)
    return fixed


def file_for_a_consenting_resident(run: Run, user, resident) -> Filing:
    """Q20: the organization was renamed; filed for a resident who consented (Q78)."""
    page, lang = run.page, run.language
    kind = FilingKind.ACTIVITY_ORG_RENAMED
    my_page(run, "filing", "filing-page")
    proxies = page.locator("section[aria-labelledby=proxy-title]")
    person = proxies.locator("li.filing-list__item", has_text=resident.name_latin)
    expect(person).to_have_count(1)
    person.locator(f'li.offer[data-kind="{kind}"] a').click()
    expect(page).to_have_url(re.compile(rf"/{lang}/filing/proxy/[0-9a-f-]{{36}}/{kind}/$"))
    run.step("proxy-start")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/draft/[0-9a-f-]{36}/identity/$"))
    run.step("proxy-identity")

    identity = identity_of(resident)
    page.fill("#id_name_latin", identity["name_latin"])
    page.fill("#id_birth_date", identity["birth_date"])
    page.select_option("#id_sex", identity["sex"])
    page.select_option("#id_nationality", identity["nationality"])
    # The municipality list follows the prefecture (Q62): wait until it has been replaced.
    page.eval_on_selector_all(
        "#id_municipality option", "os => os.slice(1).forEach(o => o.dataset.old = 1)"
    )
    page.select_option("#id_prefecture", identity["prefecture"])
    expect(page.locator("#id_municipality option[data-old]")).to_have_count(0)
    municipality = page.locator(f'#id_municipality option[value="{identity["municipality"]}"]')
    expect(municipality).to_have_count(1)
    page.select_option("#id_municipality", identity["municipality"])
    page.fill("#id_address_rest", identity["address_rest"])
    page.fill("#id_card_number", identity["card_number"])
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/details/$"))

    renamed_on = today() - datetime.timedelta(days=3)
    page.fill("#id_event_date", renamed_on.isoformat())
    page.fill("#id_org_old_name", "株式会社デモテック")
    page.fill("#id_org_address", "東京都千代田区霞が関１丁目１番１号")
    page.fill("#id_org_new_name", "株式会社ニューテック")
    run.step("proxy-details")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/confirm/$"))
    expect(page.locator('[data-field="org_new_name"] td')).to_have_text("株式会社ニューテック")
    run.step("proxy-confirm")
    page.locator("#submit-button").click()
    expect(page).to_have_url(
        re.compile(rf"/{lang}/status/[0-9a-f-]{{36}}/\?sent=new$"), timeout=SLOW
    )
    receipt = page.locator(".receipt__number").inner_text()
    filing = Filing.objects.get(receipt_number=receipt)
    assert (filing.kind, filing.filer_type) == (kind, "proxy")
    assert filing.resident == resident and filing.filed_by == user
    assert filing.organization == user.organization_membership.organization
    assert filing.data["org_new_name"] == "株式会社ニューテック"
    run.step("proxy-receipt")

    # Registered by the worker; completed once its mails have gone out (S2).
    done = wait_for(
        lambda: Filing.objects.get(pk=filing.pk).state == FilingState.COMPLETED, timeout=60
    )
    assert done, Filing.objects.get(pk=filing.pk).state
    my_page(run, "status", "status")
    item = page.locator(f'[data-receipt="{receipt}"]')
    expect(item).to_have_attribute("data-state", "completed")
    item.locator("a").first.click()
    expect(page.locator(".receipt__number")).to_have_text(receipt)
    expect(page.locator(".receipt [data-state]")).to_have_attribute("data-state", "completed")
    expect(page.locator('[data-field="org_new_name"] td')).to_have_text("株式会社ニューテック")
    run.step("proxy-status-detail")
    return filing


def journey(run: Run) -> None:
    run.page.set_default_timeout(STEP_TIMEOUT)
    user = _org_user(run.language, run.width)
    organization = user.organization_membership.organization
    resident = _consenting_resident(organization)

    sign_in(run, user)
    offer = run.page.locator(f'li.offer[data-family="{FAMILY}"] a[data-template-link]')
    assert offer.get_attribute("href").endswith(f"/downloads/bulk/{FAMILY}-{run.language}.xlsx")
    template = _download(run.page, offer)
    assert template[:2] == b"PK"
    code_row = [cell.value for cell in load_workbook(io.BytesIO(template)).worksheets[0][2]]
    assert any(str(value).startswith("portal-template=") for value in code_row), code_row
    assert {"kind", "card_number", "event_date"} <= set(code_row)

    first = upload_and_watch_progress(run, user, template)
    fixed = correct_a_file_with_mistakes(run, template)
    file_for_a_consenting_resident(run, user, resident)

    # The organization's own list shows its three files.
    my_page(run, "bulk", "bulk-page-files")
    listed = run.page.locator("table.bulk-table tbody tr[data-upload]")
    expect(listed).to_have_count(3)
    states = {
        listed.nth(i).get_attribute("data-upload"): listed.nth(i).get_attribute("data-state")
        for i in range(3)
    }
    assert states[str(first.public_id)] == states[str(fixed.public_id)] == "completed"
    assert sorted(states.values()) == ["completed", "completed", "reception_error"]


def test_organization_bulk_files_corrects_and_files_for_a_resident(
    organization_site, browser: Browser
):
    visited = []
    for language, width in runs(LANGUAGES):
        run = Run(browser, organization_site["base"], "organization", language, width)
        try:
            journey(run)
        finally:
            run.close()
        visited.append(run.pages)
    expected_people = sum(VALID_ROWS[width] + MISTAKE_ROWS for _l, width in runs(LANGUAGES))
    bulk_filings = Filing.objects.filter(bulk_row__isnull=False)
    assert bulk_filings.count() == expected_people
    assert bulk_filings.filter(state=FilingState.COMPLETED).count() == expected_people
    assert Filing.objects.filter(filer_type="proxy", state=FilingState.COMPLETED).count() == 4
    assert all(len(pages) >= 15 for pages in visited), [len(p) for p in visited]
    assert get_user_model().objects.filter(username__startswith="gakuin.").count() == 4
