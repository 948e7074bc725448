"""The service pages by what they do, so that code can link to them without their classes.

Each page type of the services registers itself here under a key ("account", "filing",
"status", ...). Views, services and mails ask for "the live status page of this locale" by
that key: they sit below the page types (DESIGN.md) and must not import them, and an editor
may move or rename a page without breaking a link, because the page is found by its type, not
by its path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from portal.page_cache import cached_fragment

ACCOUNT = "account"
ORGANIZATION_REGISTRATION = "organization-registration"
CHECK = "check"
FILING = "filing"
STATUS = "status"
BULK = "bulk"

_TYPES: dict[str, type] = {}
P = TypeVar("P", bound=type)


def register(key: str) -> Callable[[P], P]:
    """Class decorator of a service page type: `@service_pages.register(STATUS)`."""

    def decorate(page_type: P) -> P:
        _TYPES[key] = page_type
        return page_type

    return decorate


def page_type(key: str) -> type:
    return _TYPES[key]


def live_page(key: str, locale_id: int):
    """The live page of service `key` in a locale, or None; cached with the page cache's
    fragments (purged on every publish, move and unpublish)."""
    return cached_fragment(
        f"service-page:{key}:{locale_id}",
        lambda: _TYPES[key].objects.live().filter(locale_id=locale_id).first(),
    )


def live_page_for_language(key: str, language_code: str):
    """The live page of service `key` in the tree of `language_code`, or None."""
    return _TYPES[key].objects.live().filter(locale__language_code=language_code).first()


def any_live_page(key: str, locale_id: int):
    """The page of this locale, or of any other when this tree has none yet."""
    return live_page(key, locale_id) or _TYPES[key].objects.live().first()
