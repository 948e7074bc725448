"""Top page and notices (SPEC C1, C2): order, the who-must-file hook, the help desk, scheduled
publishing through the beat task, and a query budget that does not grow with content."""

from datetime import date, timedelta

import pytest
import time_machine

from django.utils import timezone

from wagtail import hooks

from portal import tasks
from portal.hooks import WHO_MUST_FILE
from portal.models import HelpDeskSettings, HelpDeskText, NoticeIndexPage, NoticePage
from portal.models.notices import NoticeCategory
from tests.content_helpers import make_site


@pytest.fixture
def site(db):
    site = make_site(("ja", "en"))
    index = NoticeIndexPage(title="連絡事項", slug="notices", locale=site["locales"]["ja"])
    site["home"].add_child(instance=index)
    index.save_revision().publish()
    return {**site, "notices": index}


def add_notice(index, title, category=NoticeCategory.GENERAL, day=date(2030, 1, 1), live=True):
    notice = NoticePage(title=title, date=day, category=category, locale=index.locale)
    index.add_child(instance=notice)
    revision = notice.save_revision()
    if live:
        revision.publish()
    return notice


@pytest.mark.django_db
def test_maintenance_announcements_come_first_then_newest(client, site):
    add_notice(site["notices"], "古いお知らせ", day=date(2030, 1, 1))
    add_notice(site["notices"], "新しいお知らせ", day=date(2030, 2, 1))
    add_notice(site["notices"], "メンテナンス予定", NoticeCategory.MAINTENANCE, date(2029, 12, 1))
    html = client.get("/ja/").content.decode()
    order = [html.index(t) for t in ("メンテナンス予定", "新しいお知らせ", "古いお知らせ")]
    assert order == sorted(order)
    assert 'href="/ja/notices/"' in html


@pytest.mark.django_db
def test_who_must_file_comes_from_the_hook_only(client, site, clear_hooks):
    clear_hooks(WHO_MUST_FILE)
    empty = client.get("/ja/").content.decode()
    assert "who-must-file__group" not in empty
    assert 'class="empty-state"' in empty

    seen = []

    def who(today):
        seen.append(today)
        return [{"item": "1", "label": "Item one", "statuses": ["Professor", "Student"]}]

    with hooks.register_temporarily(WHO_MUST_FILE, who):
        html = client.get("/en/").content.decode()
    assert "<h3>Item one</h3>" in html
    assert "<li>Professor</li><li>Student</li>" in html
    assert seen == [timezone.localdate()]


@pytest.mark.django_db
def test_help_desk_comes_from_the_one_setting_in_the_readers_language(client, site):
    desk = HelpDeskSettings.load()
    desk.phone = "0570-999-999"
    desk.save()
    HelpDeskText.objects.create(setting=desk, language_code="ja", name="ヘルプデスク", hours="平日")
    HelpDeskText.objects.create(
        setting=desk, language_code="en", name="Help desk", hours="Weekdays"
    )
    japanese = client.get("/ja/").content.decode()
    english = client.get("/en/").content.decode()
    assert "0570-999-999" in japanese and "0570-999-999" in english
    assert "平日" in japanese and "Weekdays" not in japanese
    assert "Weekdays" in english


@pytest.mark.django_db
def test_a_scheduled_notice_goes_live_through_the_beat_task(client, site):
    now = timezone.now()
    notice = NoticePage(
        title="予約したお知らせ", date=date(2030, 1, 1), locale=site["locales"]["ja"]
    )
    site["notices"].add_child(instance=notice)
    notice.go_live_at = now + timedelta(hours=1)
    notice.save_revision().publish()  # with a future go_live_at this only schedules it
    notice.refresh_from_db()
    assert notice.live is False
    assert "予約したお知らせ" not in client.get("/ja/").content.decode()

    tasks.publish_scheduled()  # too early: nothing changes
    notice.refresh_from_db()
    assert notice.live is False

    with time_machine.travel(now + timedelta(hours=1, minutes=1), tick=False):
        tasks.publish_scheduled.delay()  # as beat sends it
    notice.refresh_from_db()
    assert notice.live is True
    assert "予約したお知らせ" in client.get("/ja/").content.decode()


@pytest.mark.django_db
def test_an_expired_notice_disappears_through_the_beat_task(client, site):
    notice = add_notice(site["notices"], "期限つきのお知らせ")
    notice.expire_at = timezone.now() + timedelta(days=1)
    notice.save_revision().publish()
    assert "期限つきのお知らせ" in client.get("/ja/").content.decode()
    with time_machine.travel(timezone.now() + timedelta(days=1, minutes=1), tick=False):
        tasks.publish_scheduled()
    notice.refresh_from_db()
    assert notice.live is False
    assert "期限つきのお知らせ" not in client.get("/ja/").content.decode()


@pytest.mark.django_db
def test_notice_index_filters_by_category(client, site):
    add_notice(site["notices"], "一般のお知らせ")
    add_notice(site["notices"], "重要なお知らせ", NoticeCategory.IMPORTANT)
    html = client.get("/ja/notices/", {"category": "important"}).content.decode()
    assert "重要なお知らせ" in html and "一般のお知らせ" not in html
    # An unknown category is ignored rather than an error.
    assert client.get("/ja/notices/", {"category": "<x>"}).status_code == 200


@pytest.mark.django_db
def test_dates_are_synchronised_to_translations(site):
    from portal.localization import translate_page

    notice = add_notice(site["notices"], "日付のあるお知らせ", day=date(2030, 5, 1))
    translate_page(site["notices"], "en", {"連絡事項": "Notices"})
    english = translate_page(notice, "en", {"日付のあるお知らせ": "A dated notice"})
    assert english.specific.date == date(2030, 5, 1)
    notice.date = date(2030, 6, 1)
    notice.save_revision().publish()
    english = translate_page(notice, "en", {"日付のあるお知らせ": "A dated notice"})
    assert english.specific.date == date(2030, 6, 1)
    assert english.title == "A dated notice"


# --- query budget ----------------------------------------------------------------------------

TOP_PAGE_QUERIES = 25
NOTICE_PAGE_QUERIES = 20


@pytest.mark.django_db
def test_top_page_queries_do_not_grow_with_notices(client, site, django_assert_max_num_queries):
    for number in range(3):
        add_notice(site["notices"], f"お知らせ{number}")
    client.get("/ja/")  # warm caches that live for the process (content types, locales)
    with django_assert_max_num_queries(TOP_PAGE_QUERIES):
        assert client.get("/ja/").status_code == 200
    for number in range(3, 15):
        add_notice(site["notices"], f"お知らせ{number}", NoticeCategory.MAINTENANCE)
    with django_assert_max_num_queries(TOP_PAGE_QUERIES):
        assert client.get("/ja/").status_code == 200


@pytest.mark.django_db
def test_notice_pages_have_a_fixed_query_budget(client, site, django_assert_max_num_queries):
    notice = add_notice(site["notices"], "お知らせ")
    for number in range(15):
        add_notice(site["notices"], f"ほかのお知らせ{number}")
    client.get(notice.url)
    with django_assert_max_num_queries(NOTICE_PAGE_QUERIES):
        assert client.get(notice.url).status_code == 200
    with django_assert_max_num_queries(NOTICE_PAGE_QUERIES):
        assert client.get("/ja/notices/").status_code == 200


@pytest.mark.django_db
def test_the_top_page_title_names_the_site_once_and_other_pages_add_it(client, site):
    home = client.get("/en/").content.decode()
    assert "<title>Immigration Electronic Notification System</title>" in home
    about = client.get("/en/about/").content.decode()
    assert "| Immigration Electronic Notification System</title>" in about
    assert "<title>Immigration Electronic Notification System" not in about
