"""Optional deadline reminders: a resident's period of stay ending (3 months, 1 month and
2 weeks before), and the 1 May and 1 November student reports of organizations that accept
students; each mail once, in the recipient's language, in the inbox, and none for a person who
turned reminders off on My page (SPEC N7, N8)."""

from __future__ import annotations

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
import time_machine

from django.conf import settings
from django.utils import timezone

from filings import rules
from filings.constants import FilingKind
from filings.models import Mail
from filings.models.filing import FilerType, Filing
from filings.services import reminders
from filings.services.mail import render
from filings.tasks import filing as filing_tasks
from tests.factories import OrganizationFactory
from tests.filings.conftest import make_org_user, make_resident, make_resident_user

JAPAN = ZoneInfo("Asia/Tokyo")
ENDS_ON = datetime.date(2027, 3, 31)


def noon_in_japan(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(12, 0), tzinfo=JAPAN)


def run(job, day: datetime.date, capture) -> None:
    """The daily job on `day`, twice: a second run (a second beat, a retry) sends nothing."""
    with time_machine.travel(noon_in_japan(day), tick=False):
        for _ in range(2):
            with capture(execute=True):
                job()


def stay_mails(user):
    return Mail.objects.filter(recipient=user, template="stay_end_reminder")


def snapshot_mails(user):
    return Mail.objects.filter(recipient=user, template="snapshot_reminder")


@pytest.fixture
def staying(ja_filing_site):
    """A resident with an account whose period of stay ends on ENDS_ON."""
    resident = make_resident(period_of_stay_until=ENDS_ON)
    return make_resident_user(resident=resident)


# --- the rules -----------------------------------------------------------------------------


def test_three_months_before_a_day_the_month_lacks_is_that_month_s_last_day():
    assert rules.months_before(datetime.date(2027, 5, 31), 3) == datetime.date(2027, 2, 28)
    assert rules.months_before(datetime.date(2028, 5, 31), 3) == datetime.date(2028, 2, 29)
    assert rules.months_before(datetime.date(2027, 1, 15), 1) == datetime.date(2026, 12, 15)
    assert rules.months_before(datetime.date(2027, 3, 31), 3) == datetime.date(2026, 12, 31)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (datetime.date(2026, 12, 30), None),
        (datetime.date(2026, 12, 31), "3m"),
        (datetime.date(2027, 2, 27), "3m"),
        (datetime.date(2027, 2, 28), "1m"),
        (datetime.date(2027, 3, 16), "1m"),
        (datetime.date(2027, 3, 17), "2w"),
        (datetime.date(2027, 3, 31), "2w"),
        (datetime.date(2027, 4, 1), None),
    ],
)
def test_the_boundary_reached_before_a_stay_ends(today, expected):
    assert rules.stay_end_reminder(ENDS_ON, today) == expected


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (datetime.date(2027, 4, 30), None),
        (datetime.date(2027, 5, 1), datetime.date(2027, 5, 1)),
        (datetime.date(2027, 5, 15), datetime.date(2027, 5, 1)),
        (datetime.date(2027, 5, 16), None),
        (datetime.date(2027, 10, 31), None),
        (datetime.date(2027, 11, 1), datetime.date(2027, 11, 1)),
    ],
)
def test_a_student_report_is_reminded_fourteen_days_before_it_is_due(today, expected):
    assert rules.student_snapshot_to_remind(today) == expected
    if expected:
        assert rules.student_snapshot_due(expected) == expected + datetime.timedelta(days=14)


# --- period of stay ------------------------------------------------------------------------

# (day, mails so far): nothing the day before each boundary, one on it, none more the day after.
STAY_WALK = [
    (datetime.date(2026, 12, 30), []),
    (datetime.date(2026, 12, 31), ["3m"]),
    (datetime.date(2027, 1, 1), ["3m"]),
    (datetime.date(2027, 2, 27), ["3m"]),
    (datetime.date(2027, 2, 28), ["3m", "1m"]),
    (datetime.date(2027, 3, 1), ["3m", "1m"]),
    (datetime.date(2027, 3, 16), ["3m", "1m"]),
    (datetime.date(2027, 3, 17), ["3m", "1m", "2w"]),
    (datetime.date(2027, 3, 18), ["3m", "1m", "2w"]),
    (datetime.date(2027, 4, 1), ["3m", "1m", "2w"]),
]


def test_a_stay_ending_is_reminded_once_at_each_boundary(
    staying, django_capture_on_commit_callbacks, mailoutbox
):
    card = staying.resident_account.resident.current_card
    for day, expected in STAY_WALK:
        run(reminders.send_stay_end_reminders, day, django_capture_on_commit_callbacks)
        keys = sorted(stay_mails(staying).values_list("dedupe_key", flat=True))
        assert keys == sorted(f"stay-end:{card.pk}:{ENDS_ON}:{b}" for b in expected), day
    assert len(mailoutbox) == 3  # each went out once
    assert all(m.to == [staying.email] for m in mailoutbox)


def test_an_extension_starts_the_reminders_of_the_new_end_date(
    staying, django_capture_on_commit_callbacks
):
    before_end = datetime.date(2027, 3, 29)
    run(reminders.send_stay_end_reminders, before_end, django_capture_on_commit_callbacks)
    assert stay_mails(staying).count() == 1
    resident = staying.resident_account.resident
    resident.period_of_stay_until = datetime.date(2027, 6, 30)
    resident.save()
    run(reminders.send_stay_end_reminders, before_end, django_capture_on_commit_callbacks)
    assert stay_mails(staying).count() == 1  # 3 months before 30 June is 30 March
    run(
        reminders.send_stay_end_reminders,
        datetime.date(2027, 3, 30),
        django_capture_on_commit_callbacks,
    )
    assert stay_mails(staying).count() == 2
    assert stay_mails(staying).latest("created_at").context["stay_ends_on"] == "2027-06-30"


def test_no_stay_reminder_for_a_person_who_turned_reminders_off(
    staying, django_capture_on_commit_callbacks
):
    staying.optional_reminders = False
    staying.save()
    for day in (datetime.date(2026, 12, 31), datetime.date(2027, 3, 17)):
        run(reminders.send_stay_end_reminders, day, django_capture_on_commit_callbacks)
    assert not stay_mails(staying).exists()


def test_no_stay_reminder_without_an_end_date_or_for_an_ended_account(
    ja_filing_site, django_capture_on_commit_callbacks
):
    permanent = make_resident_user(resident=make_resident(period_of_stay_until=None))
    ended = make_resident_user(resident=make_resident(period_of_stay_until=ENDS_ON))
    ended.is_active = False
    ended.save()
    run(reminders.send_stay_end_reminders, ENDS_ON, django_capture_on_commit_callbacks)
    assert not Mail.objects.filter(template="stay_end_reminder").exists()
    assert permanent.is_active


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("ja", ("2027年3月31日", "在留期間更新許可申請", "地方出入国在留管理官署")),
        ("en", ("31 March 2027", "regional immigration services bureau", "not be applied")),
        ("ko", ("재류기간", "지방출입국재류관리관서")),
        ("tl", ("panahon ng pananatili", "regional immigration services bureau")),
    ],
)
def test_a_stay_reminder_is_in_the_residents_language_with_the_guidance_link(
    ja_filing_site, django_capture_on_commit_callbacks, language, words
):
    user = make_resident_user(
        resident=make_resident(period_of_stay_until=ENDS_ON), language=language
    )
    run(reminders.send_stay_end_reminders, ENDS_ON, django_capture_on_commit_callbacks)
    mail = stay_mails(user).get()
    assert mail.language_code == language
    content = render(mail)
    base = settings.PORTAL_PUBLIC_BASE_URL.rstrip("/")
    assert f"{base}/{language}/qa/operation/#q-auth-id-expiry" in content.body
    assert f"{base}/{language}/account/language/" in content.body  # where to turn them off
    for word in words:
        assert word in content.body, word
    assert "2027" in content.subject


def test_a_stay_reminder_is_in_the_inbox(staying, client, django_capture_on_commit_callbacks):
    run(reminders.send_stay_end_reminders, ENDS_ON, django_capture_on_commit_callbacks)
    mail = stay_mails(staying).get()
    client.force_login(staying)
    inbox = client.get("/ja/account/inbox/").content.decode()
    assert "在留期間は2027年3月31日に満了します" in inbox
    opened = client.get(f"/ja/account/inbox/{mail.public_id}/").content.decode()
    assert "在留期間更新許可申請" in opened


def test_the_stay_task_runs_the_service(staying, django_capture_on_commit_callbacks):
    run(filing_tasks.send_stay_end_reminders, ENDS_ON, django_capture_on_commit_callbacks)
    assert stay_mails(staying).count() == 1
    schedule = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert {
        "filings.tasks.send_stay_end_reminders",
        "filings.tasks.send_snapshot_reminders",
    } <= schedule


# --- student reports -----------------------------------------------------------------------


def organization_filing(organization, kind, resident, event_date=datetime.date(2026, 11, 1)):
    """An organization's own 19-17 filing, as registration leaves it."""
    card = resident.current_card
    return Filing.objects.create(
        kind=kind,
        filer_type=FilerType.ORGANIZATION,
        organization=organization,
        resident=resident,
        card_number=card.number,
        name_latin=resident.name_latin,
        language_code="ja",
        event_date=event_date,
        due_date=rules.due_date(event_date),
        content_digest=f"{organization.pk}-{kind}-{resident.pk}",
        filed_on=event_date,
        received_at=timezone.now(),
    )


@pytest.fixture
def school(ja_filing_site):
    """An organization that filed the start of a student's acceptance, with two users."""
    organization = OrganizationFactory()
    organization_filing(organization, FilingKind.ACCEPTANCE_STARTED, make_resident("student"))
    return organization, make_org_user(organization), make_org_user(organization, role="staff")


# (day, mails per user so far): before, on and after each reminder day.
SNAPSHOT_WALK = [
    (datetime.date(2027, 4, 30), []),
    (datetime.date(2027, 5, 1), ["2027-05-15"]),
    (datetime.date(2027, 5, 2), ["2027-05-15"]),
    (datetime.date(2027, 5, 15), ["2027-05-15"]),
    (datetime.date(2027, 10, 31), ["2027-05-15"]),
    (datetime.date(2027, 11, 1), ["2027-05-15", "2027-11-15"]),
    (datetime.date(2027, 11, 2), ["2027-05-15", "2027-11-15"]),
]


def test_a_student_report_is_reminded_once_per_user_and_due_date(
    school, django_capture_on_commit_callbacks, mailoutbox
):
    organization, admin, staff = school
    for day, expected in SNAPSHOT_WALK:
        run(reminders.send_snapshot_reminders, day, django_capture_on_commit_callbacks)
        for user in (admin, staff):
            keys = sorted(snapshot_mails(user).values_list("dedupe_key", flat=True))
            assert keys == [
                f"snapshot-reminder:{organization.pk}:{due}:{user.pk}" for due in expected
            ], (day, user)
    assert len(mailoutbox) == 4
    first = snapshot_mails(admin).order_by("created_at").first()
    assert first.context["snapshot_date"] == "2027-05-01"
    assert first.context["due_date"] == "2027-05-15"


def test_an_organization_that_filed_a_student_report_is_reminded(
    ja_filing_site, django_capture_on_commit_callbacks
):
    organization = OrganizationFactory()
    # The resident's status is not a student's any more: the report itself says enough.
    resident = make_resident("engineer-humanities-international")
    organization_filing(organization, FilingKind.STUDENT_SNAPSHOT, resident)
    user = make_org_user(organization)
    run(
        reminders.send_snapshot_reminders,
        datetime.date(2027, 5, 1),
        django_capture_on_commit_callbacks,
    )
    assert snapshot_mails(user).count() == 1


def test_organizations_without_students_are_not_reminded(
    ja_filing_site, django_capture_on_commit_callbacks
):
    employer = OrganizationFactory()
    organization_filing(
        employer,
        FilingKind.ACCEPTANCE_STARTED,
        make_resident("engineer-humanities-international"),
    )
    employer_user = make_org_user(employer)
    silent = make_org_user(OrganizationFactory())  # filed nothing
    run(
        reminders.send_snapshot_reminders,
        datetime.date(2027, 5, 1),
        django_capture_on_commit_callbacks,
    )
    assert not snapshot_mails(employer_user).exists()
    assert not snapshot_mails(silent).exists()


def test_no_student_report_reminder_for_a_user_who_turned_reminders_off(
    school, django_capture_on_commit_callbacks
):
    _organization, admin, staff = school
    staff.optional_reminders = False
    staff.save()
    run(
        reminders.send_snapshot_reminders,
        datetime.date(2027, 5, 1),
        django_capture_on_commit_callbacks,
    )
    assert snapshot_mails(admin).count() == 1
    assert not snapshot_mails(staff).exists()


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("ja", ("2027年5月1日", "2027年5月15日", "第19条の17")),
        ("en", ("1 May 2027", "15 May 2027", "Art. 19-17")),
        ("es", ("Recordatorio", "vence")),
        ("zh-hant", ("在籍學生", "申報期限")),
    ],
)
def test_a_student_report_reminder_is_in_the_users_language(
    school, django_capture_on_commit_callbacks, language, words
):
    organization, admin, _staff = school
    admin.language_code = language
    admin.save()
    run(
        reminders.send_snapshot_reminders,
        datetime.date(2027, 5, 1),
        django_capture_on_commit_callbacks,
    )
    mail = snapshot_mails(admin).get()
    assert mail.language_code == language
    content = render(mail)
    text = content.subject + content.body
    for word in words:
        assert word in text, word
    assert organization.name in content.body
    base = settings.PORTAL_PUBLIC_BASE_URL.rstrip("/")
    assert f"{base}/{language}/bulk/" in content.body


def test_a_student_report_reminder_is_in_the_inbox(
    school, client, django_capture_on_commit_callbacks
):
    _organization, admin, _staff = school
    run(
        reminders.send_snapshot_reminders,
        datetime.date(2027, 11, 1),
        django_capture_on_commit_callbacks,
    )
    client.force_login(admin)
    inbox = client.get("/ja/account/inbox/").content.decode()
    assert "2027年11月1日時点の在籍状況の届出期限は2027年11月15日です" in inbox


# --- the setting on My page ----------------------------------------------------------------


def test_reminders_are_turned_off_and_on_again_on_my_page(client, staying):
    assert staying.optional_reminders  # on unless turned off
    client.force_login(staying)
    page = client.get("/ja/account/language/").content.decode()
    assert "期限のお知らせメールを受け取る" in page
    assert "在留期間の満了日の3か月前" in page  # the help text
    assert re.search(r'<input type="checkbox" name="optional_reminders"[^>]* checked', page)
    saved = client.post("/ja/account/language/", {"language_code": "ja"})
    assert saved.status_code == 302
    staying.refresh_from_db()
    assert not staying.optional_reminders and staying.language_code == "ja"
    profile = client.get("/ja/account/profile/").content.decode()
    assert "<dt>期限のお知らせ</dt><dd>無効" in profile
    client.post("/ja/account/language/", {"language_code": "en", "optional_reminders": "on"})
    staying.refresh_from_db()
    assert staying.optional_reminders and staying.language_code == "en"


def test_the_guidance_link_of_a_stay_reminder_opens_the_question_in_every_language(
    demo_site, client
):
    """The link the mail gives (the Q&A answer on the account ending with the stay, which
    says an extension keeps it) is a live page holding that question, in every language."""
    for language, _name in settings.LANGUAGES:
        mail = Mail(
            template="stay_end_reminder",
            language_code=language,
            context={"stay_ends_on": ENDS_ON.isoformat()},
        )
        base = settings.PORTAL_PUBLIC_BASE_URL.rstrip("/")
        link = next(line for line in render(mail).body.splitlines() if "#q-auth-id-expiry" in line)
        path, anchor = link.removeprefix(base).split("#")
        page = client.get(path)
        assert page.status_code == 200, (language, path)
        assert f'id="{anchor}"' in page.content.decode(), (language, path)
