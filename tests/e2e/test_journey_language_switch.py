"""A resident changes language in the middle of a filing (SPEC L1, L2, N2, N8, A9).

Signed in, they start a filing in Japanese, fill in step 1 and go on to step 2, type what they
know there and press "Next" without the date; then they switch to Tagalog with the header's
language menu. They land on the same step of the same draft, in Tagalog, with what they typed
still there, go back to step 1 by the steps' links to see their personal details kept, finish
the filing in Tagalog and receive its mails in Tagalog, with links to the Tagalog site. Only by
clicking, from `/`. At 360 px and 1280 px: two runs in one test, two demo people (README);
every page is checked with axe-core and saved under
var/test-artifacts/screenshots/language-switch/.
"""

from __future__ import annotations

import datetime
import re

import pytest
from playwright.sync_api import Browser, expect

from django.core import mail as django_mail
from django.utils import translation
from django.utils.translation import gettext

from filings.models import Filing, FilingDraft, FilingState, Mail
from filings.rules import today_in_japan
from tests.e2e.filing_site import PASSWORD, build, demo_resident_user
from tests.e2e.journey import Run, runs

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LANGUAGES = ("ja", "tl")
STEP_TIMEOUT = 10_000  # ms: a link that is not there fails the journey in seconds
# Card number, kind of notification (both ask for the day the person left and the organization).
PEOPLE = {1280: ("AB12345678CD", "activity_org_left"), 360: ("EF23456789GH", "contract_ended")}
ORG_NAME, ORG_ADDRESS = "株式会社デモテック", "東京都千代田区霞が関１丁目１番１号"


@pytest.fixture
def switch_site(live_server, reference_data):
    from django.core.cache import cache

    from portal import demo_content
    from portal.localization import translate_page
    from portal.seeding import service_group

    site = build(LANGUAGES)
    home = site["home"]
    slugs = demo_content.SERVICE_LINKS["residents"]
    home.services = [{"type": "services", "value": service_group(home, "residents", slugs)}]
    home.save_revision().publish()
    translate_page(home, "tl", {"ホーム": "Home", "リード": "Lead", "portal": "portal"})
    cache.clear()  # sign-in rate limits outlive a test in Redis
    yield {"base": live_server.url}
    cache.clear()


def _switch_to(run: Run, code: str) -> None:
    """The header's language menu: open it, choose the language."""
    menu = run.page.locator(".language-switcher")
    menu.locator("summary").click()
    menu.locator(f'a[hreflang="{code}"]').click()
    expect(run.page.locator("html")).to_have_attribute("lang", code)


def journey(run: Run, card_number: str, kind: str) -> None:
    page = run.page
    page.set_default_timeout(STEP_TIMEOUT)
    user = demo_resident_user(card_number, f"switch.{run.width}", "ja")
    left_on = today_in_japan() - datetime.timedelta(days=4)

    # 1. In at the front door, in Japanese; signed in from the header, on to My page.
    run.enter()
    run.click(".account-menu a.account-menu__link", "sign-in")
    page.fill("#id_auth_id", user.username)
    page.fill("#id_password", PASSWORD)
    page.locator("main form.form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/ja/account/profile/$"))
    run.step("my-page")

    # 2. A filing in Japanese: step 1 filled in, on to step 2.
    run.click('.services-hub a[href$="/ja/filing/"]', "filing-index")
    run.click(f'.offer[data-kind="{kind}"] a.button', "filing-start")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/ja/filing/draft/[0-9a-f-]{36}/identity/$"))
    token = re.search(r"/draft/([0-9a-f-]{36})/", page.url).group(1)
    # What the card says, typed by the person (the form starts from the registry's copy).
    card = page.locator("#id_card_number")
    card.fill("")
    card.press_sequentially(card_number)
    run.step("step-1-ja")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(rf"/ja/filing/draft/{token}/details/$"))

    # Step 2: the organization typed, the date not yet known; "Next" asks for it.
    page.fill("#id_org_name", ORG_NAME)
    page.fill("#id_org_address", ORG_ADDRESS)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("#error-summary")).to_be_visible()
    expect(page).to_have_url(re.compile(rf"/ja/filing/draft/{token}/details/$"))
    run.step("step-2-ja-date-missing")

    # 3. Tagalog from the header: the same step of the same draft, what was typed still there.
    _switch_to(run, "tl")
    expect(page).to_have_url(re.compile(rf"/tl/filing/draft/{token}/details/$"))
    expect(page.locator("#id_org_name")).to_have_value(ORG_NAME)
    expect(page.locator("#id_org_address")).to_have_value(ORG_ADDRESS)
    with translation.override("tl"):
        expect(page.locator(".steps [aria-current=step]")).to_contain_text(gettext("What happened"))
    run.step("step-2-tl", lang="tl")

    # Step 1 by the steps' links: the personal details kept, in Tagalog labels.
    page.locator(f'.steps a[href$="/tl/filing/draft/{token}/identity/"]').click()
    expect(page.locator("#id_card_number")).to_have_value(card_number)
    expect(page.locator("#id_name_latin")).to_have_value(user.resident_account.resident.name_latin)
    run.step("step-1-tl", lang="tl")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(rf"/tl/filing/draft/{token}/details/$"))
    expect(page.locator("#id_org_name")).to_have_value(ORG_NAME)

    # 4. The filing finished in Tagalog.
    page.fill("#id_left_on", left_on.isoformat())
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(rf"/tl/filing/draft/{token}/confirm/$"))
    expect(page.locator('[data-field="org_name"] td')).to_have_text(ORG_NAME)
    run.step("confirm-tl", lang="tl")
    page.locator("#submit-button").click()
    expect(page).to_have_url(re.compile(r"/tl/status/[0-9a-f-]{36}/\?sent=new$"))
    receipt = page.locator(".receipt__number").inner_text()
    run.step("receipt-tl", lang="tl")
    filing = Filing.objects.get(receipt_number=receipt)
    assert (filing.kind, filing.filed_by, filing.language_code) == (kind, user, "tl")
    assert filing.data["org_name"] == ORG_NAME and filing.data["left_on"] == left_on.isoformat()
    assert FilingDraft.objects.get(token=token).filing == filing

    # 5. Its mails are in Tagalog and link to the Tagalog site, in the outbox and the inbox.
    with translation.override("tl"):
        receipt_label = f"{gettext('Receipt number')}: {receipt}"
    mails = Mail.objects.filter(recipient=user, template__startswith="filing_")
    assert sorted(mails.values_list("template", "language_code")) == [
        ("filing_completed", "tl"),
        ("filing_received", "tl"),
    ]
    sent = [m for m in django_mail.outbox if m.to == [user.email] and receipt in m.body]
    assert len(sent) == 2, [m.subject for m in sent]
    for message in sent:
        assert receipt_label in message.body, message.body
        links = re.findall(r"https?://\S+", message.body)
        assert links and all("/tl/" in link for link in links), links
        assert f"/tl/status/{filing.public_id}/" in message.body
    page.locator(".account-menu a[href$='/tl/account/profile/']").click()
    run.step("my-page-tl", lang="tl")
    page.locator('.services-hub a[href$="/tl/account/inbox/"]').click()
    run.step("inbox-tl", lang="tl")
    received = mails.get(template="filing_received")
    page.locator(f'main table a[href$="/tl/account/inbox/{received.public_id}/"]').click()
    expect(page.locator(".mail-body")).to_contain_text(receipt_label)
    run.step("inbox-mail-tl", lang="tl")


def test_resident_switches_to_tagalog_mid_filing_and_keeps_the_draft(switch_site, browser: Browser):
    visited = []
    for _language, width in runs(("ja",)):
        run = Run(browser, switch_site["base"], "language-switch", "ja", width)
        try:
            journey(run, *PEOPLE[width])
        finally:
            run.close()
        visited.append(run.pages)
    assert all(len(pages) >= 12 for pages in visited), [len(pages) for pages in visited]
    # Registered once their mails had gone (S2), both in Tagalog.
    filings = Filing.objects.filter(filed_by__username__startswith="switch.")
    assert sorted(filings.values_list("state", "language_code")) == [
        (FilingState.COMPLETED, "tl"),
        (FilingState.COMPLETED, "tl"),
    ]
