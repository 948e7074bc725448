"""Query budgets of public pages rendered afresh: the top page and the Q&A pages
read a fixed number of queries, at most ten, whether there are 5 or 50 notices and questions.

"Afresh" means the page cache is bypassed (a query string does that) while the site-wide
fragments it keeps (help desk, maintenance windows, who must file) are warm, which is the state
of every page the first time it is asked for after a publish.
"""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from faq.models import FAQIndexPage, FAQSectionPage
from portal import page_cache
from portal.models import (
    HelpDeskSettings,
    HelpDeskText,
    MaintenanceWindow,
    NoticeIndexPage,
    NoticePage,
)
from tests.content_helpers import make_site

BUDGET = 10


@pytest.fixture
def cached(settings):
    settings.PORTAL_PAGE_CACHE = True
    page_cache.purge("test start")
    yield settings
    page_cache.purge("test end")


@pytest.fixture
def site(db):
    site = make_site(("ja", "en"))
    ja = site["locales"]["ja"]
    notices = NoticeIndexPage(title="連絡事項", slug="notices", locale=ja)
    site["home"].add_child(instance=notices)
    notices.save_revision().publish()
    qa = FAQIndexPage(title="Q&A", slug="qa", locale=ja)
    site["home"].add_child(instance=qa)
    qa.save_revision().publish()
    sections = []
    for slug in ("basics", "operation"):
        section = FAQSectionPage(title=slug, slug=slug, locale=ja, body=[])
        qa.add_child(instance=section)
        section.save_revision().publish()
        sections.append(section)
    desk = HelpDeskSettings.load()
    desk.phone = "0570-000-000"
    desk.save()
    HelpDeskText.objects.create(setting=desk, language_code="ja", name="ヘルプデスク")
    # An announced window shows its banner, linked to its announcement, on every page: the
    # link must not cost a Locale look-up each time the template asks for it.
    announcement = NoticePage(title="メンテナンスのお知らせ", locale=ja)
    notices.add_child(instance=announcement)
    announcement.save_revision().publish()
    start = timezone.now() + datetime.timedelta(days=2)
    MaintenanceWindow.objects.create(
        title="定期メンテナンス",
        start=start,
        end=start + datetime.timedelta(hours=3),
        announce_days=7,
        message="終了後は通常どおり利用できます。",
        announcement=announcement,
        locale=ja,
    )
    return {
        **site,
        "announcement": announcement,
        "notices": notices,
        "qa": qa,
        "sections": sections,
        "count": 0,
    }


def grow(site, total: int) -> None:
    """Bring the site to `total` notices and `total` questions per section."""
    for number in range(site["count"], total):
        notice = NoticePage(title=f"お知らせ{number}", locale=site["notices"].locale)
        site["notices"].add_child(instance=notice)
        notice.save_revision().publish()
    for section in site["sections"]:
        section.refresh_from_db()
        section.body = [
            {
                "type": "question",
                "value": {
                    "key": f"{section.slug}-{number}",
                    "question": f"質問{number}",
                    "answer": f"<p>回答{number}</p>",
                },
            }
            for number in range(total)
        ]
        section.save_revision().publish()
    site["count"] = total


def queries_of(client, url: str) -> tuple[int, list[str]]:
    fresh = f"{url}?fresh=1"
    assert client.get(fresh).status_code == 200  # warms the fragments and per-process caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(fresh)
    assert response.status_code == 200
    assert page_cache.HIT_HEADER not in response  # really rendered, not replayed
    return len(captured.captured_queries), [q["sql"][:160] for q in captured.captured_queries]


PAGES = ["/ja/", "/ja/qa/", "/ja/qa/operation/"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", PAGES)
def test_pages_rendered_afresh_read_a_fixed_number_of_queries(client, cached, site, url):
    grow(site, 5)
    small, small_sql = queries_of(client, url)
    grow(site, 50)
    large, large_sql = queries_of(client, url)
    html = client.get(f"{url}?fresh=2").content.decode()
    assert ("お知らせ49" in html) if url == "/ja/" else ("質問49" in html)
    assert f'href="{site["announcement"].url}"' in html  # the banner's announcement link
    assert small == large, (small_sql, large_sql)
    assert large <= BUDGET, "\n".join(large_sql)
