"""Every public page type of the demo site in a real Chromium, checked by axe-core with its WCAG
and best-practice rules (SPEC L3), on a 360 px phone and a 1280 px screen.

The journeys check the pages a person passes on their way; this walk adds the reading pages
none of them opens (the manuals, their error list and downloads, the notices), one live page
of each type, in Japanese and Tagalog.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from tests.content_helpers import one_page_per_type
from tests.e2e.journey import Run, runs

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LANGUAGES = ("ja", "tl")
FOUND = {"ja": "在留", "tl": "paninirahan", "ko": "재류"}
# Korean once more, on a phone: the third script whose screenshots are looked at.


def _public_paths(language: str) -> list[str]:
    """One live page of each public page type (the services have their own browser tests),
    the two entry pages and the search page with results."""
    urls = one_page_per_type(language, services=False)
    seen, paths = set(urls), list(urls.values())
    assert "manuals.ErrorListPage" in seen and "manuals.DownloadsPage" in seen, seen
    return [
        *paths,
        f"/{language}/residents/",
        f"/{language}/organizations/",
        f"/{language}/search/?q={FOUND[language]}",
    ]


def test_every_public_page_type_passes_axe_best_practice(live_server, demo_site, browser: Browser):
    for language, width in [*runs(LANGUAGES), ("ko", 360)]:
        run = Run(browser, live_server.url, "public-pages", language, width)
        try:
            for path in _public_paths(language):
                run.goto(path)
        finally:
            run.close()
        assert len(run.pages) >= 13
