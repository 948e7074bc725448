"""A maintenance window writes its own announcement notice (SPEC C2, N10): scheduled from the
banner's start to the window's end in every language, moved with the window, withdrawn with it."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages

from wagtail.models import Page

from portal import tasks
from portal.maintenance_notices import Outcome
from portal.models import MaintenanceWindow, NoticeCategory, NoticePage
from portal.seeding import translate_object
from portal.wagtail_hooks import ANNOUNCEMENT_MESSAGES
from tests.content_helpers import make_site_with_notices

User = get_user_model()

LANGUAGES = ("ja", "en", "ko")
NOW = datetime(2030, 3, 1, 0, 0, tzinfo=UTC)
START = datetime(2030, 3, 10, 1, 0, tzinfo=UTC)  # 10:00 in Japan
END = START + timedelta(hours=4)
BANNER = START - timedelta(days=7)


@pytest.fixture
def site(db):
    return make_site_with_notices(LANGUAGES)


def new_window(site, **fields) -> MaintenanceWindow:
    with time_machine.travel(NOW, tick=False):
        return MaintenanceWindow.objects.create(
            **{
                "title": "定期メンテナンス",
                "start": START,
                "end": END,
                "announce_days": 7,
                "locale": site["locales"]["ja"],
                **fields,
            }
        )


def copies(notice) -> dict[str, NoticePage]:
    pages = NoticePage.objects.filter(translation_key=notice.translation_key, alias_of=None)
    return {page.locale.language_code: page for page in pages.select_related("locale")}


def scheduled_at(page):
    revision = page.revisions.filter(approved_go_live_at__isnull=False).first()
    return revision.approved_go_live_at if revision else None


def listed(client, code: str, title: str) -> bool:
    return title in client.get(f"/{code}/notices/").content.decode()


@pytest.mark.django_db
def test_a_new_window_writes_its_notice_in_every_language_and_schedules_it(client, site):
    window = new_window(site)
    notice = window.announcement
    assert notice is not None and window.announcement_outcome is Outcome.CREATED
    assert notice.category == NoticeCategory.MAINTENANCE
    assert notice.locale.language_code == "ja"
    assert notice.get_parent().pk == site["notices"].pk
    pages = copies(notice)
    assert sorted(pages) == sorted(LANGUAGES)
    # Each language reads its own language, with the times in Japan time.
    assert pages["ja"].title == "2030-03-10のメンテナンスのお知らせ"
    assert pages["en"].title == "Maintenance on 2030-03-10"
    assert "2030-03-10 10:00" in pages["en"].summary and "2030-03-10 14:00" in pages["en"].summary
    english_body = str(pages["en"].body)
    assert "filing, account and status pages cannot be used" in english_body
    assert "can be read as usual" in english_body
    assert "メンテナンス" not in english_body + pages["ko"].title
    assert "점검" in pages["ko"].title
    for page in pages.values():
        assert not page.live
        assert page.expire_at == END
    assert scheduled_at(pages["ja"]) == BANNER
    english, japanese = pages["en"].title, pages["ja"].title

    with time_machine.travel(BANNER - timedelta(minutes=1), tick=False):
        tasks.publish_scheduled()
        assert not NoticePage.objects.filter(pk__in=[p.pk for p in pages.values()], live=True)
        assert not listed(client, "ja", japanese) and not listed(client, "en", english)

    with time_machine.travel(BANNER + timedelta(minutes=1), tick=False):
        tasks.publish_scheduled()
        assert all(page.live for page in copies(notice).values())
        assert listed(client, "ja", japanese) and listed(client, "en", english)

    with time_machine.travel(END + timedelta(minutes=1), tick=False):
        tasks.publish_scheduled()
        assert not any(page.live for page in copies(notice).values())
        assert not listed(client, "ja", japanese) and not listed(client, "en", english)


@pytest.mark.django_db
def test_a_translation_of_the_window_shares_its_notice(site):
    window = new_window(site)
    with time_machine.travel(NOW, tick=False):
        english = translate_object(window, "en", {"定期メンテナンス": "Regular maintenance"})
    assert english.announcement_id == window.announcement_id
    assert NoticePage.objects.filter(locale__language_code="ja").count() == 1


@pytest.mark.django_db
def test_moving_the_window_moves_the_notice_and_writes_the_new_times(site):
    window = new_window(site)
    notice = window.announcement
    with time_machine.travel(NOW + timedelta(hours=1), tick=False):
        window.start += timedelta(days=2)
        window.end += timedelta(days=2, hours=1)
        window.save()
    assert window.announcement_outcome is Outcome.REWRITTEN
    pages = copies(notice)
    assert pages["ja"].title == "2030-03-12のメンテナンスのお知らせ"
    assert pages["en"].title == "Maintenance on 2030-03-12"
    assert "2030-03-12 10:00" in pages["en"].summary
    assert "2030-03-12 15:00" in pages["en"].summary
    for page in pages.values():
        assert page.expire_at == END + timedelta(days=2, hours=1)
        assert not page.live
    assert scheduled_at(pages["ja"]) == BANNER + timedelta(days=2)

    with time_machine.travel(BANNER + timedelta(days=1), tick=False):
        tasks.publish_scheduled()
        assert not any(page.live for page in copies(notice).values())
    with time_machine.travel(BANNER + timedelta(days=2, minutes=1), tick=False):
        tasks.publish_scheduled()
        assert all(page.live for page in copies(notice).values())


@pytest.mark.django_db
def test_a_notice_already_out_stays_out_with_the_new_times(client, site):
    window = new_window(site)
    notice = window.announcement
    with time_machine.travel(BANNER + timedelta(minutes=1), tick=False):
        tasks.publish_scheduled()
        window.start += timedelta(days=10)
        window.end += timedelta(days=10)
        window.save()
        pages = copies(notice)
        assert all(page.live for page in pages.values())
        assert pages["en"].title == "Maintenance on 2030-03-20"
        assert all(page.expire_at == END + timedelta(days=10) for page in pages.values())
        assert listed(client, "en", "Maintenance on 2030-03-20")
    with time_machine.travel(END + timedelta(days=1), tick=False):
        tasks.publish_scheduled()
        assert all(page.live for page in copies(notice).values())


@pytest.mark.django_db
def test_a_text_the_editor_changed_is_kept_and_only_the_schedule_moves(site):
    window = new_window(site)
    notice = window.announcement
    with time_machine.travel(NOW + timedelta(hours=1), tick=False):
        edited = notice.get_latest_revision_as_object()
        edited.title = "システム停止のお知らせ"
        edited.save_revision().publish()
        window.start += timedelta(days=1)
        window.end += timedelta(days=1)
        window.save()
    assert window.announcement_outcome is Outcome.RESCHEDULED
    pages = copies(notice)
    assert pages["ja"].title == "システム停止のお知らせ"
    assert pages["en"].title == "Maintenance on 2030-03-10"  # not rewritten in Japanese
    assert scheduled_at(pages["ja"]) == BANNER + timedelta(days=1)
    for page in pages.values():
        assert page.expire_at == END + timedelta(days=1)


@pytest.mark.django_db
def test_cancelling_a_scheduled_window_withdraws_its_notice(site):
    window = new_window(site)
    notice = window.announcement
    with time_machine.travel(NOW + timedelta(hours=1), tick=False):
        window.delete()
    pages = copies(notice)
    assert pages, "the notice stays as a draft"
    assert all(scheduled_at(page) is None for page in pages.values())
    with time_machine.travel(BANNER + timedelta(minutes=1), tick=False):
        tasks.publish_scheduled()
    assert not Page.objects.filter(translation_key=notice.translation_key, live=True).exists()


@pytest.mark.django_db
def test_cancelling_a_window_takes_its_live_notice_down_in_every_language(client, site):
    window = new_window(site)
    notice = window.announcement
    with time_machine.travel(NOW, tick=False):
        english = translate_object(window, "en", {"定期メンテナンス": "Regular maintenance"})
    with time_machine.travel(BANNER + timedelta(minutes=1), tick=False):
        tasks.publish_scheduled()
        assert all(page.live for page in copies(notice).values())
        english.delete()  # one language of the window only: it still runs
        assert all(page.live for page in copies(notice).values())
        window.delete()
        assert not any(page.live for page in copies(notice).values())
        assert not listed(client, "en", "Maintenance on 2030-03-10")


@pytest.mark.django_db
def test_a_window_with_a_chosen_announcement_keeps_it(site):
    chosen = NoticePage(
        title="メンテナンスの予定", locale=site["locales"]["ja"], category="maintenance"
    )
    site["notices"].add_child(instance=chosen)
    chosen.save_revision().publish()
    window = new_window(site, announcement=chosen)
    assert window.announcement_id == chosen.pk
    assert window.announcement_outcome is None
    assert NoticePage.objects.count() == 1
    with time_machine.travel(NOW, tick=False):
        window.start += timedelta(days=1)
        window.save()
        window.delete()
    chosen.refresh_from_db()
    assert chosen.live and chosen.expire_at is None  # the editor's own notice is left alone


@pytest.mark.django_db
def test_choosing_another_announcement_withdraws_the_written_one(site):
    window = new_window(site)
    written = window.announcement
    chosen = NoticePage(title="メンテナンスの予定", locale=site["locales"]["ja"])
    site["notices"].add_child(instance=chosen)
    with time_machine.travel(NOW, tick=False):
        chosen.save_revision().publish()
        window.announcement = chosen
        window.save()
    assert window.announcement_outcome is Outcome.WITHDRAWN
    assert all(scheduled_at(page) is None for page in copies(written).values())
    with time_machine.travel(BANNER + timedelta(minutes=1), tick=False):
        tasks.publish_scheduled()
    assert not any(page.live for page in copies(written).values())
    chosen.refresh_from_db()
    assert chosen.live


@pytest.fixture
def editor(client, site, settings):
    """A signed-in editor at NOW (a session from another year would have run out)."""
    settings.PORTAL_STAFF_OTP_REQUIRED = False
    chief = User.objects.create_superuser("chief", password="Chief#Pass1")
    with time_machine.travel(NOW, tick=False):
        client.force_login(chief)
        yield client


def admin_messages(response) -> list[tuple[str, str]]:
    return [(m.level_tag, str(m.message)) for m in get_messages(response.wsgi_request)]


@pytest.mark.django_db
def test_through_the_admin_the_editor_is_told_what_happened_to_the_notice(editor, site):
    form = {
        "title": "定期メンテナンス",
        "start": "2030-03-10 10:00",
        "end": "2030-03-10 14:00",
        "announce_days": "7",
        "message": "",
        "locale": site["locales"]["ja"].pk,
    }
    created = editor.post("/admin/snippets/portal/maintenancewindow/add/", form)
    assert created.status_code == 302
    window = MaintenanceWindow.objects.get()
    assert window.start == START and window.announcement is not None
    assert scheduled_at(window.announcement) == BANNER
    assert ("success", str(ANNOUNCEMENT_MESSAGES["created"][1])) in admin_messages(created)

    notice = window.announcement_id
    edited = window.announcement.get_latest_revision_as_object()
    edited.summary = "手で書いた要約"
    edited.save_revision().publish()
    moved = editor.post(
        f"/admin/snippets/portal/maintenancewindow/edit/{window.pk}/",
        {**form, "start": "2030-03-11 10:00", "end": "2030-03-11 14:00", "announcement": notice},
    )
    assert moved.status_code == 302
    assert ("warning", str(ANNOUNCEMENT_MESSAGES["rescheduled"][1])) in admin_messages(moved)
    assert scheduled_at(window.announcement) == BANNER + timedelta(days=1)

    deleted = editor.post(f"/admin/snippets/portal/maintenancewindow/delete/{window.pk}/")
    assert deleted.status_code == 302
    assert not MaintenanceWindow.objects.exists()
    assert all(scheduled_at(page) is None for page in copies(window.announcement).values())
