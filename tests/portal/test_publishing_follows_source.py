"""Every language follows the Japanese source's publishing (SPEC C2): a notice under embargo
is hidden in all languages until its time, expires and is unpublished everywhere, and its
copies move with it."""

from datetime import date, timedelta

import pytest
import time_machine

from django.utils import timezone

from wagtail.models import Page, PageLogEntry
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import create_aliases_for_new_page

from portal import tasks
from portal.localization import translate_page
from portal.models import NoticeIndexPage, NoticePage
from portal.publishing import HELD
from tests.content_helpers import make_site_with_notices

LANGUAGES = ("ja", "en", "ko", "tl")
TITLE = "解禁前のお知らせ"


@pytest.fixture
def site(db):
    site = make_site_with_notices(LANGUAGES)
    for code in LANGUAGES[1:]:
        LocaleSynchronization.objects.create(
            locale=site["locales"][code], sync_from=site["locales"]["ja"]
        )
    return site


def draft_notice(index, title=TITLE) -> NoticePage:
    """A notice as an editor creates it in the admin: a draft, with its aliases made at once."""
    notice = NoticePage(title=title, date=date(2030, 1, 1), locale=index.locale, live=False)
    index.add_child(instance=notice)
    notice.save_revision()
    create_aliases_for_new_page(notice)
    return notice


def copies(notice) -> list[Page]:
    return list(Page.objects.filter(translation_key=notice.translation_key).order_by("pk"))


def visible_in(client, *titles: str) -> list[str]:
    """The languages whose notice list shows the notice (the source's title or a translation's)."""
    titles = (TITLE, *titles)
    shown = []
    for code in LANGUAGES:
        html = client.get(f"/{code}/notices/").content.decode()
        if any(title in html for title in titles):
            shown.append(code)
    return shown


def schedule(notice, when):
    notice.go_live_at = when
    notice.save_revision().publish()  # with a future go_live_at this only schedules it


@pytest.mark.django_db
def test_a_scheduled_notice_is_hidden_in_every_language_until_its_time(client, site):
    notice = draft_notice(site["notices"])
    assert len(copies(notice)) == len(LANGUAGES)  # the source and an alias per language
    now = timezone.now()
    schedule(notice, now + timedelta(days=1))

    assert [page.live for page in copies(notice)] == [False] * len(LANGUAGES)
    assert visible_in(client) == []
    for page in copies(notice):
        assert client.get(page.url).status_code == 404

    with time_machine.travel(now + timedelta(days=1, minutes=1), tick=False):
        tasks.publish_scheduled()
        assert [page.live for page in copies(notice)] == [True] * len(LANGUAGES)
        assert visible_in(client) == list(LANGUAGES)


@pytest.mark.django_db
def test_a_translation_published_before_its_source_waits_for_the_source(client, site):
    notice = draft_notice(site["notices"])
    now = timezone.now()
    schedule(notice, now + timedelta(days=1))
    english = translate_page(notice, "en", {TITLE: "Embargoed notice"})

    english.refresh_from_db()
    assert english.live is False
    assert english.alias_of_id is None
    assert "Embargoed notice" not in client.get("/en/notices/").content.decode()
    assert english.get_latest_revision().approved_go_live_at == notice.go_live_at
    assert PageLogEntry.objects.filter(page=english, action=HELD).exists()

    with time_machine.travel(now + timedelta(days=1, minutes=1), tick=False):
        tasks.publish_scheduled()
        english.refresh_from_db()
        assert english.live is True
        assert "Embargoed notice" in client.get("/en/notices/").content.decode()


@pytest.mark.django_db
def test_a_translation_of_a_draft_goes_live_when_the_source_is_published(client, site):
    notice = draft_notice(site["notices"])
    english = translate_page(notice, "en", {TITLE: "Draft notice"})
    english.refresh_from_db()
    assert english.live is False

    notice.save_revision().publish()
    english.refresh_from_db()
    assert english.live is True
    assert "Draft notice" in client.get("/en/notices/").content.decode()


@pytest.mark.django_db
def test_expiry_and_unpublishing_take_every_language_down(client, site):
    notice = draft_notice(site["notices"])
    notice.save_revision().publish()
    english = translate_page(notice, "en", {TITLE: "Expiring notice"})
    english.refresh_from_db()
    assert english.live is True
    assert visible_in(client, "Expiring notice") == list(LANGUAGES)
    assert "Expiring notice" in client.get("/en/notices/").content.decode()

    notice.expire_at = timezone.now() + timedelta(hours=1)
    notice.save_revision().publish()
    with time_machine.travel(timezone.now() + timedelta(hours=1, minutes=1), tick=False):
        tasks.publish_scheduled()
    assert [page.live for page in copies(notice)] == [False] * len(LANGUAGES)
    assert visible_in(client, "Expiring notice") == []

    # Published again without an expiry date, every language comes back; unpublished by
    # hand, every language goes down again.
    notice.refresh_from_db()
    notice.expire_at = None
    notice.save_revision().publish()
    assert [page.live for page in copies(notice)] == [True] * len(LANGUAGES)
    assert visible_in(client, "Expiring notice") == list(LANGUAGES)
    notice.refresh_from_db()
    notice.unpublish()
    assert [page.live for page in copies(notice)] == [False] * len(LANGUAGES)
    assert visible_in(client, "Expiring notice") == []


@pytest.mark.django_db
def test_moving_the_source_moves_every_copy(client, site):
    archive = NoticeIndexPage(title="過去の連絡", slug="archive", locale=site["locales"]["ja"])
    site["home"].add_child(instance=archive)
    archive.save_revision().publish()
    for code in LANGUAGES[1:]:
        translate_page(archive, code, {"過去の連絡": f"Archive {code}", "archive": "archive"})
    notice = draft_notice(site["notices"])
    notice.save_revision().publish()
    translate_page(notice, "en", {TITLE: "Moving notice"})

    notice.refresh_from_db()
    notice.move(archive, pos="last-child")
    for page in copies(notice):
        parent = page.get_parent()
        assert parent.translation_key == archive.translation_key, page.locale
        assert parent.locale_id == page.locale_id
    assert "Moving notice" in client.get("/en/archive/").content.decode()
    assert "Moving notice" not in client.get("/en/notices/").content.decode()
