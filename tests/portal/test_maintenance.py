"""Maintenance windows (SPEC C2, N10): before, during and after, with time travel."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from wagtail import hooks

from portal.hooks import MAINTENANCE_GUARDED_PAGES
from portal.models import MaintenanceWindow, StandardPage
from portal.rules import (
    MaintenancePhase,
    WindowTimes,
    compile_guarded_paths,
    is_guarded_path,
    maintenance_phase,
    pick_window,
    retry_after_seconds,
)
from tests.content_helpers import make_site

START = datetime(2030, 3, 10, 1, 0, tzinfo=UTC)
END = START + timedelta(hours=4)
LEAD = timedelta(days=7)
TIMES = WindowTimes(START, END, LEAD)

BEFORE_ANNOUNCEMENT = START - LEAD - timedelta(minutes=1)
ANNOUNCED = START - timedelta(days=2)
DURING = START + timedelta(hours=1)
AFTER = END + timedelta(seconds=1)


# --- pure rules ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "phase"),
    [
        (BEFORE_ANNOUNCEMENT, MaintenancePhase.NONE),
        (START - LEAD, MaintenancePhase.UPCOMING),
        (ANNOUNCED, MaintenancePhase.UPCOMING),
        (START, MaintenancePhase.ACTIVE),
        (END - timedelta(seconds=1), MaintenancePhase.ACTIVE),
        (END, MaintenancePhase.NONE),
        (AFTER, MaintenancePhase.NONE),
    ],
)
def test_phase_boundaries(now, phase):
    assert maintenance_phase(now, TIMES) is phase


def test_a_window_that_ends_before_it_starts_never_applies():
    assert maintenance_phase(START, WindowTimes(START, START, LEAD)) is MaintenancePhase.NONE


def test_a_running_window_wins_over_an_announced_one():
    later = WindowTimes(START + timedelta(days=1), END + timedelta(days=1), LEAD)
    assert pick_window(DURING, [("later", later), ("now", TIMES)]) == (
        "now",
        MaintenancePhase.ACTIVE,
    )
    assert pick_window(ANNOUNCED, [("later", later), ("now", TIMES)]) == (
        "now",
        MaintenancePhase.UPCOMING,
    )
    assert pick_window(AFTER + timedelta(days=2), [("now", TIMES)]) is None


def test_retry_after_counts_whole_seconds_to_the_end():
    assert retry_after_seconds(END - timedelta(seconds=90.2), END) == 91
    assert retry_after_seconds(END, END) == 1


def test_guarded_paths_with_and_without_language():
    pattern = compile_guarded_paths(["filing/", "account/", "/api/"], ["ja", "en", "zh-hant", "tl"])
    for path in ["/ja/filing/", "/zh-hant/filing/new/", "/tl/account/", "/filing/x", "/api/v1/"]:
        assert is_guarded_path(path, pattern), path
    for path in ["/ja/", "/ja/filing-guide/", "/en/about/", "/ja/qa/filing/", "/admin/"]:
        assert not is_guarded_path(path, pattern), path


# --- through HTTP ----------------------------------------------------------------------------


@pytest.fixture
def site(db):
    return make_site(("ja", "en"))


@pytest.fixture
def window(site):
    return MaintenanceWindow.objects.create(
        title="定期メンテナンス",
        start=START,
        end=END,
        announce_days=7,
        message="終了後は通常どおり利用できます。",
        locale=site["locales"]["ja"],
    )


pytestmark = pytest.mark.urls("tests.portal.maintenance_urls")


@pytest.mark.django_db
def test_long_before_the_window_nothing_shows(client, window):
    with time_machine.travel(BEFORE_ANNOUNCEMENT, tick=False):
        page = client.get("/ja/about/")
        filing = client.get("/ja/filing/probe/")
    assert page.status_code == 200
    assert b"maintenance-banner" not in page.content
    assert filing.status_code == 200 and filing.content == b"filing open"


@pytest.mark.django_db
def test_beforehand_a_banner_announces_it_and_filing_still_works(client, window):
    with time_machine.travel(ANNOUNCED, tick=False):
        page = client.get("/en/about/")
        filing = client.get("/en/filing/probe/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "maintenance-banner" in html
    # Times are shown in Japan time, in the reader's language.
    assert "Scheduled maintenance from 2030-03-10 10:00 to 2030-03-10 14:00" in html
    assert filing.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/ja/filing/probe/", "/en/account/probe/", "/en/status/probe/", "/api/probe/"]
)
def test_during_the_window_the_filing_side_answers_503(client, window, path):
    with time_machine.travel(DURING, tick=False):
        response = client.get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == str(3 * 3600)
    assert b"open" not in response.content
    # Closed for maintenance, so it does not promise filing at any hour.
    html = response.content.decode()
    assert "24 hours a day" not in html and "24時間" not in html


@pytest.mark.django_db
def test_during_the_window_reading_pages_keep_working(client, window):
    with time_machine.travel(DURING, tick=False):
        about = client.get("/en/about/")
        home = client.get("/ja/")
        guide = client.get("/en/filing-guide/")
    assert about.status_code == 200 and home.status_code == 200
    assert guide.status_code == 200, "a similar name is not a guarded section"
    assert "Maintenance in progress until 2030-03-10 14:00" in about.content.decode()


@pytest.mark.django_db
def test_an_untranslated_message_waits_for_its_translation(client, window):
    """The editor's extra text is Japanese only: the English pages show the translated times
    and explanation, never the Japanese sentence."""
    with time_machine.travel(DURING, tick=False):
        english_page = client.get("/en/about/").content.decode()
        english_503 = client.get("/en/filing/probe/").content.decode()
        japanese_page = client.get("/ja/about/").content.decode()
    assert "Maintenance in progress until 2030-03-10 14:00" in english_page
    assert "終了後は通常どおり利用できます。" not in english_page
    assert "終了後は通常どおり利用できます。" not in english_503
    assert "終了後は通常どおり利用できます。" in japanese_page


@pytest.mark.django_db
def test_the_maintenance_page_is_in_the_readers_language(client, window, site):
    window.get_translation_or_none(site["locales"]["en"]) or MaintenanceWindow.objects.create(
        title="Regular maintenance",
        start=window.start,
        end=window.end,
        message="Everything works as usual afterwards.",
        locale=site["locales"]["en"],
        translation_key=window.translation_key,
    )
    with time_machine.travel(DURING, tick=False):
        english = client.get("/en/filing/probe/")
        japanese = client.get("/ja/filing/probe/")
    assert '<html lang="en"' in english.content.decode()
    assert "Under maintenance" in english.content.decode()
    assert "Everything works as usual afterwards." in english.content.decode()
    assert '<html lang="ja"' in japanese.content.decode()
    assert "終了後は通常どおり利用できます。" in japanese.content.decode()


@pytest.mark.django_db
def test_afterwards_everything_is_back_without_anyone_touching_it(client, window):
    with time_machine.travel(AFTER, tick=False):
        page = client.get("/ja/about/")
        filing = client.get("/ja/filing/probe/")
    assert b"maintenance-banner" not in page.content
    assert filing.status_code == 200 and filing.content == b"filing open"


@pytest.mark.django_db
def test_page_types_can_declare_themselves_guarded(client, window):
    with (
        hooks.register_temporarily(MAINTENANCE_GUARDED_PAGES, lambda: [StandardPage]),
        time_machine.travel(DURING, tick=False),
    ):
        guarded = client.get("/ja/about/")
        home = client.get("/ja/")
    assert guarded.status_code == 503
    assert home.status_code == 200
    with (
        hooks.register_temporarily(MAINTENANCE_GUARDED_PAGES, lambda: [StandardPage]),
        time_machine.travel(AFTER, tick=False),
    ):
        assert client.get("/ja/about/").status_code == 200


@pytest.mark.django_db
def test_times_are_one_value_for_every_language(window, site):
    english = MaintenanceWindow.objects.create(
        title="Regular maintenance",
        start=window.start,
        end=window.end,
        locale=site["locales"]["en"],
        translation_key=window.translation_key,
    )
    english.end = END + timedelta(hours=2)
    english.save()
    window.refresh_from_db()
    assert window.end == END + timedelta(hours=2)
    assert window.title == "定期メンテナンス"  # the text stays per language
