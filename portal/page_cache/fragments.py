"""Site-wide fragments kept until the next purge, and the view restrictions read through one.

A fragment (the help desk, the maintenance windows, the who-must-file list, the page routes)
is stored with the generation it was built under; inside a request, a copy this process
already holds for the request's generation costs no round trip.
"""

from __future__ import annotations

import pickle
import time
from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache import cache

from portal.page_cache.generation import (
    FRAGMENT_KEY,
    GENERATION_KEY,
    enabled,
    generation_of,
    put_bounded,
    request_generation_var,
    ttl,
)

T = TypeVar("T")

# name -> (generation, expires at, pickled value). Pickled, so that no two requests (threads)
# ever share one mutable object; bounded, since names carry page ids and dates.
_local: dict[str, tuple[str, float, bytes]] = {}
LOCAL_MAX_ENTRIES = 2048


def _remember(name: str, generation: str, timeout: int, value: Any) -> None:
    data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    put_bounded(_local, name, (generation, time.monotonic() + timeout, data), LOCAL_MAX_ENTRIES)


def cached_fragment(name: str, build: Callable[[], T], timeout: int | None = None) -> T:
    """`build()`, kept in the cache until the next purge (or `timeout`, default the TTL).

    Inside a request whose generation is known, a copy this process already holds for that
    generation costs no round trip; otherwise one round trip reads the generation and the
    entry together. Without the cache (tests, or PORTAL_PAGE_CACHE off) `build()` runs every
    time.
    """
    if not enabled():
        return build()
    timeout = timeout or ttl()
    generation = request_generation_var.get()
    if generation is not None:
        local = _local.get(name)
        if local is not None and local[0] == generation and time.monotonic() < local[1]:
            return pickle.loads(local[2])  # noqa: S301 - bytes this process pickled itself
    key = FRAGMENT_KEY + name
    found = cache.get_many([GENERATION_KEY, key])
    current = generation_of(found)
    entry = found.get(key)
    if entry is not None and entry[0] == current:
        value = entry[1]
    else:
        value = build()
        cache.set(key, (current, value), timeout)
    if generation == current:
        _remember(name, current, timeout, value)
    return value


def restricted_paths() -> list[str]:
    """The tree paths of every page with a view restriction (usually none)."""
    from wagtail.models import PageViewRestriction

    return cached_fragment(
        "restricted-paths",
        lambda: sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True))),
    )


def public(queryset):
    """`queryset.public()` without reading the view restrictions every time.

    Wagtail's `public()` reads every PageViewRestriction on each call; the restricted paths are
    kept as a fragment instead (a restriction saved or deleted purges).
    """
    from django.db.models import Q

    paths = restricted_paths()
    if not paths:
        return queryset
    restricted = Q()
    for path in paths:
        restricted |= Q(path__startswith=path)
    return queryset.exclude(restricted)


def page_fragment(page, request, name: str, build: Callable[[], T]) -> T:
    """Part of a page's context that is the same for every reader until something is
    published: a fragment keyed by the page and the request's site (and `name`). A preview or
    a page that is not live is built every time."""
    if not page.live or getattr(request, "is_preview", False):
        return build()
    site = getattr(request, "_wagtail_site", None)
    return cached_fragment(f"{name}:{page.pk}:{getattr(site, 'pk', '')}", build)


class CachedViewRestrictionsMixin:
    """Pages skip the two view-restriction queries while no restriction exists anywhere.

    Wagtail reads the restrictions of a page and its ancestors before serving it; a portal
    whose pages are all public has none, and whether any exists is a site-wide fragment (a
    restriction saved or deleted purges it). With one or more restrictions, Wagtail decides.
    """

    def get_view_restrictions(self):
        if enabled() and not restricted_paths():
            from wagtail.models import PageViewRestriction

            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
