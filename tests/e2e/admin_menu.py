"""Moving through the Wagtail admin as staff do: by its sidebar menu and a listing's search box.

The sidebar is hidden behind its toggle on a phone and may be slim on a wide screen; a group
(Accounts, Snippets ...) opens a panel of its own. Labels are the ones the admin shows in the
staff member's language, so a menu item that is missing or renamed fails the journey.
"""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from django.utils import translation


def label(text: str, language: str) -> str:
    """`text` as the admin shows it in `language` (the project's or Wagtail's catalogue)."""
    with translation.override(language):
        return str(translation.gettext(text))


def _exactly(text: str) -> re.Pattern:
    return re.compile(rf"^\s*{re.escape(text)}\s*$")


def open_sidebar(page: Page) -> None:
    """On a narrow screen the sidebar is behind the toggle in the header's corner."""
    toggle = page.locator("button.sidebar-nav-toggle--mobile")
    if toggle.count() and toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
        expect(toggle).to_have_attribute("aria-expanded", "true")


def menu(page: Page, *labels: str, group: bool = False) -> None:
    """Click through the sidebar: every label but the last opens a group; the last is the item
    followed, and the page it leads to waited for. With `group`, the last opens a panel too
    (Pages opens the page explorer)."""
    open_sidebar(page)
    sidebar = page.locator(".sidebar")
    groups = labels if group else labels[:-1]
    for name in groups:
        item = sidebar.locator("button.sidebar-menu-item__link").filter(
            has=page.locator(".menuitem-label", has_text=_exactly(name))
        )
        item.click()
        expect(item).to_have_attribute("aria-expanded", "true")
    if group:
        return
    link = sidebar.locator("a.sidebar-menu-item__link:visible").filter(
        has=page.locator(".menuitem-label", has_text=_exactly(labels[-1]))
    )
    link.click()
    page.wait_for_load_state("load")


def search(page: Page, words: str) -> None:
    """Type into the listing's own search box (not the sidebar's search of the whole admin) and
    submit it, as with the Enter key."""
    box = page.locator('#main input[name="q"]:visible').first
    box.fill(words)
    box.press("Enter")
    page.wait_for_load_state("load")
