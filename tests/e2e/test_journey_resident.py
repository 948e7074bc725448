"""A resident's whole journey in a real browser (SPEC L1-L3, N1, N2, N8, A1, F6).

They read the Q&A in their language, ask "do I need to file?", register, file what the check
suggested, find the result on the status page and in the inbox, and print the receipt. In
Japanese and in Tagalog, on a 360 px phone and a 1280 px screen: four runs, four demo people
(README), each registering in the browser. Every page is checked with axe-core and saved as a
full-page screenshot under var/test-artifacts/screenshots/resident/.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

import pytest
from playwright.sync_api import Browser, expect

from django.contrib.auth import get_user_model
from django.core import mail as django_mail

from faq import demo as faq_demo
from faq.demo_content import SECTIONS
from faq.models import FAQIndexPage, FAQSectionPage
from filings.models import Filing, FilingState, Mail
from filings.rules import today_in_japan
from portal import demo_content
from portal.seeding import translate_all, upsert_child
from tests.e2e.filing_site import build
from tests.e2e.journey import Run, runs

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LANGUAGES = ("ja", "tl")
PASSWORD = "Journey#Pass2026"


@dataclass(frozen=True)
class Person:
    """A README demo identity and the event the guided check is asked about."""

    card_number: str
    name_latin: str
    birth_date: str
    sex: str
    nationality: str
    status: str
    event: str
    kind: str
    date_field: str
    with_org: bool = True


PEOPLE = {
    ("ja", 1280): Person(
        "AB12345678CD", "NGUYEN THI LAN", "2003-04-15", "F", "VNM",
        "student", "left_org", "activity_org_left", "left_on",
    ),
    ("ja", 360): Person(
        "EF23456789GH", "SHARMA RAHUL", "1991-08-20", "M", "IND",
        "engineer-humanities-international", "contract_ended", "contract_ended", "left_on",
    ),
    ("tl", 1280): Person(
        "UV67890123WX", "PUTRI AYU LESTARI", "2000-01-22", "F", "IDN",
        "specified-skilled-worker-1", "contract_ended", "contract_ended", "left_on",
    ),
    ("tl", 360): Person(
        "IJ34567890KL", "SANTOS MARIA CLARA", "1993-11-03", "F", "PHL",
        "dependent", "divorce", "spouse_divorce", "event_date", with_org=False,
    ),
}  # fmt: skip


def _qa(languages: tuple[str, ...]) -> dict:
    """The Q&A index and its first section, translated like the demo does."""
    from portal.models import HomePage

    home = HomePage.objects.get(locale__language_code="ja")
    spec = demo_content.QA_INDEX
    index = upsert_child(
        home, FAQIndexPage, spec["slug"], title=spec["ja"]["title"], intro=spec["ja"]["intro"]
    )
    others = [code for code in languages if code != "ja"]
    translate_all(index, spec, languages=others)
    section = SECTIONS[0]
    section_spec = faq_demo.section_spec(section)
    page = upsert_child(
        index,
        FAQSectionPage,
        section["key"],
        title=section_spec["ja"]["title"],
        intro=section_spec["ja"]["intro"],
        body=faq_demo.source_stream(section),
    )
    translate_all(page, section_spec, languages=others)
    return section_spec


@pytest.fixture
def resident_site(live_server, reference_data):
    from django.core.cache import cache

    site = build(LANGUAGES)
    cache.clear()  # registration and sign-in rate limits outlive a test in Redis
    qa = _qa(LANGUAGES)
    _front_door(site["home"])
    yield {"base": live_server.url, "qa": qa}
    cache.clear()


def _front_door(home) -> None:
    """The top page as the demo has it: the Q&A among its guidance links and the residents'
    service buttons, so the journey can walk in from `/`."""
    from portal.localization import translate_page
    from portal.seeding import service_group

    qa_index = FAQIndexPage.objects.get(locale=home.locale)
    home.links = [{"type": "link", "value": {"page": qa_index.pk, "label": "", "description": ""}}]
    slugs = demo_content.SERVICE_LINKS["residents"]
    home.services = [{"type": "services", "value": service_group(home, "residents", slugs)}]
    home.save_revision().publish()
    for code in LANGUAGES:
        if code != "ja":
            translate_page(
                home, code, {"ホーム": f"Home {code}", "リード": f"Lead {code}", "portal": "portal"}
            )


def journey(run: Run, person: Person, qa: dict) -> None:
    page, lang = run.page, run.language
    username = f"journey.{lang}.{run.width}"
    event_day = today_in_japan() - datetime.timedelta(days=3)

    # 0. The front door, in their language; 1. the Q&A, reached from the top page.
    run.enter()
    run.click(".guidance-links a", "qa")
    page.locator(".qa-list h3 a").first.click()
    expect(page.locator("h1")).to_have_text(qa[lang]["title"])
    question = next(item["question"] for item in qa[lang]["body"] if "question" in item)
    expect(page.locator("main")).to_contain_text(question)
    run.step("qa-section")

    # 2. "Do I need to file, and by when?": back to the top page, then its service button.
    run.click("a.site-name", "home-again")
    run.click(f'.service-links--residents a[href$="/{lang}/check/"]', "check")
    page.select_option("#id_status", person.status)
    page.fill("#id_granted_on", "2023-04-01")
    page.select_option("#id_event", person.event)
    page.fill("#id_event_date", event_day.isoformat())
    page.locator("main form button[type=submit]").click()
    answer = page.locator("#answer")
    expect(answer).to_have_attribute("data-outcome", "file")
    due = event_day + datetime.timedelta(days=14)
    expect(answer.locator("[data-due]")).to_have_attribute("data-due", due.isoformat())
    offer = answer.locator(f'[data-kind="{person.kind}"] a.button')
    run.step("check-answer")

    # 3. Start the filing: not signed in yet, so sign in, or register first.
    offer.click()
    expect(page.locator("#id_auth_id")).to_be_visible()
    run.step("sign-in")
    page.locator(f'main a[href$="/{lang}/account/register/"]').click()
    expect(page).to_have_url(re.compile(rf"/{lang}/account/register/$"))
    run.step("register")
    page.fill("#id_card_number", person.card_number)
    page.fill("#id_name_latin", person.name_latin)
    page.fill("#id_birth_date", person.birth_date)
    page.check(f"input[name=sex][value={person.sex}]")
    page.select_option("#id_nationality", person.nationality)
    page.fill("#id_auth_id", username)
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.fill("#id_email", f"{username}@example.com")
    page.locator("main form.form button[type=submit]").click()
    expect(page).to_have_url(re.compile(rf"/{lang}/account/register/done/$"))
    user = get_user_model().objects.get(username=username)
    assert user.language_code == lang
    assert user.resident_account.resident.name_latin == person.name_latin
    run.step("registered")

    # 4. The filing the check suggested: from My page in the header, "File a notification".
    run.click(".account-menu a[href$='/account/profile/']", "my-page")
    run.click(f'.services-hub a[href$="/{lang}/filing/"]', "filing-index")
    run.click(f'.offer[data-kind="{person.kind}"] a.button >> nth=0', "filing-start")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/draft/.*/identity/$"))
    expect(page.locator("#id_name_latin")).to_have_value(person.name_latin)
    run.step("filing-identity")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/details/$"))
    page.fill(f"#id_{person.date_field}", event_day.isoformat())
    if person.with_org:
        page.fill("#id_org_name", "株式会社デモテック")
        page.fill("#id_org_address", "東京都千代田区1-1-1")
    run.step("filing-details")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/confirm/$"))
    run.step("filing-confirm")
    page.locator("#submit-button").click()
    expect(page).to_have_url(re.compile(rf"/{lang}/status/[0-9a-f-]+/\?sent=new$"))
    receipt = page.locator(".receipt__number").inner_text()
    filing = Filing.objects.get(filed_by=user)
    assert filing.receipt_number == receipt
    assert filing.kind == person.kind
    run.step("receipt")

    # 5. The result on the status page, from My page ...
    run.click(".account-menu a[href$='/account/profile/']", "my-page-again")
    run.click(f'.services-hub a[href$="/{lang}/status/"]', "status")
    item = page.locator(f'[data-receipt="{receipt}"]')
    expect(item).to_have_attribute("data-state", "completed")
    item.locator("a").click()
    expect(page.locator(".receipt [data-state]")).to_have_attribute("data-state", "completed")
    expect(page.locator(f'[data-field="{person.date_field}"] td')).not_to_have_text("")
    run.step("status-detail")
    assert Filing.objects.get(pk=filing.pk).state == FilingState.COMPLETED

    # ... printed: only the receipt and the content are on paper (Q76).
    page.emulate_media(media="print")
    for selector in (".site-header", ".site-footer", ".language-switcher", ".form-actions"):
        assert page.locator(selector).evaluate("e => getComputedStyle(e).display") == "none"
    expect(page.locator(".receipt__number")).to_have_text(receipt)
    expect(page.locator(".receipt__number")).to_be_visible()
    run.step("status-detail-print")
    page.emulate_media(media="screen")

    # ... and in the inbox: the registration, the receipt and the completion mails.
    run.click(".account-menu a[href$='/account/profile/']", "my-page-inbox")
    run.click('.services-hub a[href$="/account/inbox/"]', "inbox")
    mails = Mail.objects.filter(recipient=user)
    assert sorted(mails.values_list("template", flat=True)) == [
        "filing_completed",
        "filing_received",
        "registration",
    ]
    expect(page.locator("main table a")).to_have_count(3)
    completed = mails.get(template="filing_completed")
    page.locator(f'main table a[href*="{completed.public_id}"]').click()
    expect(page.locator(".mail-body")).to_contain_text(receipt)
    run.step("inbox-mail")
    assert any(receipt in m.body for m in django_mail.outbox if m.to == [user.email])


def test_resident_reads_checks_registers_files_and_prints(resident_site, browser: Browser):
    filed = []
    for language, width in runs(LANGUAGES):
        run = Run(browser, resident_site["base"], "resident", language, width)
        try:
            journey(run, PEOPLE[language, width], resident_site["qa"])
        finally:
            run.close()
        filed.append(run.pages)
    # Four people, four completed filings; every run visited and checked its pages.
    assert Filing.objects.filter(state=FilingState.COMPLETED).count() == 4
    assert all(len(pages) >= 15 for pages in filed), [len(pages) for pages in filed]
