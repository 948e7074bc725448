"""The cache of anonymous public pages and of site-wide fragments, and its purge (issue 8 §3).

Public reading pages (home, notices, Q&A, manuals, standard pages) are the same for every
anonymous reader of one language, and the URL carries the language (/ja/, /en/, ...), so the
whole response of an anonymous GET is kept in the Django cache (Redis in production), keyed by
its path. What is never cached: POSTs, requests with a query string, requests carrying a session
or messages cookie, signed-in users, page types not listed in
``settings.PORTAL_PAGE_CACHE_PAGE_TYPES`` (filing, account, status and bulk pages are not),
non-200 answers, answers that set a cookie or say ``private``/``no-store``, and answers whose
rendering asked for a CSP nonce: a nonce must be new for every response, so a page with a
nonce'd inline script or style is rendered every time (docs/deployment.md, "Caching").

Purging is "everything at once": a generation token in the cache is replaced whenever a page is
published, unpublished, moved or deleted, a view restriction changes, or a maintenance window,
the help desk, a site or a locale is saved or deleted. Entries stored under an older generation
are ignored. Each entry also carries the instant it must stop being served: the end of its time
to live, or the next moment a maintenance banner appears, changes or disappears, whichever comes
first, so the banner is on cached pages the minute a window starts without anyone publishing.

The same generation guards small site-wide fragments (the help desk, the maintenance windows,
the who-must-file list, the page routes), which cuts the queries of a page rendered afresh.
Within a request the generation is read once (`request_generation`), and fragments already
fetched by this process under that generation are taken from a small in-process copy instead
of one Redis round trip each: a copy is only used while the generation it was stored under is
still the current one, so a purge by any process reaches every process at its next request.

Each web process also keeps the pages it served from the shared cache in memory, and asks the
shared cache for the current generation at most once every ``PORTAL_PAGE_CACHE_LOCAL_SECONDS``
(default 1): a page read in the meantime is answered from memory without any round trip, which
is what brings a cached page close to the cost of Django answering bytes it holds (issue 8 §4).
A purge therefore reaches the process that made it at once and every other process within that
second; nginx and CDNs in front may keep a page for its whole ``s-maxage`` anyway. 0 turns the
in-memory copies off.

Every cache call goes through ``portal.cache.ResilientRedisCache`` in production: while Redis
is down, lookups miss and pages are rendered as if there were no cache.
"""

from __future__ import annotations

import contextvars
import hashlib
import logging
import pickle
import time
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

logger = logging.getLogger("portal.page_cache")

T = TypeVar("T")
GENERATION_KEY = "pagecache:generation"
PAGE_KEY = "pagecache:page:"
FRAGMENT_KEY = "pagecache:fragment:"
HIT_HEADER = "X-Page-Cache"
# Headers that belong to one response only, never replayed from the cache.
NOT_STORED_HEADERS = {"set-cookie", "x-request-id", "date"}


def enabled() -> bool:
    return bool(getattr(settings, "PORTAL_PAGE_CACHE", False))


def ttl() -> int:
    return int(getattr(settings, "PORTAL_PAGE_CACHE_SECONDS", 60))


def local_seconds() -> float:
    return float(getattr(settings, "PORTAL_PAGE_CACHE_LOCAL_SECONDS", 1.0))


# --- the generation (purge) ------------------------------------------------------------------


def _generation_of(found: dict[str, Any]) -> str:
    return str(found.get(GENERATION_KEY) or "0")


def current_generation() -> str:
    return _generation_of({GENERATION_KEY: cache.get(GENERATION_KEY)})


def _bump() -> None:
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def purge(reason: str = "") -> None:
    """Invalidate every cached page and fragment, now and again once the transaction commits.

    Now, so that the rest of this request (and a test inside a transaction) already sees it;
    after the commit, so that a page rendered by another process from the data of before the
    commit, and stored in between, is dropped as well.
    """
    if reason:
        logger.debug("page cache purged: %s", reason)
    # The rest of this request reads every fragment from the cache again, and this process
    # forgets its page copies and the generation it last saw.
    _request_generation.set(None)
    _forget_local_pages()
    _bump()
    transaction.on_commit(_bump)


# --- fragments -------------------------------------------------------------------------------


# The generation read at the start of the current request (None outside a request: a task or
# a command reads it with each fragment).
_request_generation: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "page_cache_generation", default=None
)
# name -> (generation, expires at, pickled value). Pickled, so that no two requests (threads)
# ever share one mutable object; bounded, since names carry page ids and dates.
_local: dict[str, tuple[str, float, bytes]] = {}
LOCAL_MAX_ENTRIES = 2048


def _put_bounded(store: dict, key: str, value: Any, limit: int) -> None:
    """This process's copies are a convenience: past `limit` entries they start over."""
    if len(store) >= limit:
        store.clear()
    store[key] = value


def request_generation(generation: str | None) -> contextvars.Token:
    """Remember the generation for the rest of this request (PageCacheMiddleware)."""
    return _request_generation.set(generation)


def _remember(name: str, generation: str, timeout: int, value: Any) -> None:
    data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    _put_bounded(_local, name, (generation, time.monotonic() + timeout, data), LOCAL_MAX_ENTRIES)


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
    generation = _request_generation.get()
    if generation is not None:
        local = _local.get(name)
        if local is not None and local[0] == generation and time.monotonic() < local[1]:
            return pickle.loads(local[2])  # noqa: S301 - bytes this process pickled itself
    key = FRAGMENT_KEY + name
    found = cache.get_many([GENERATION_KEY, key])
    current = _generation_of(found)
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


# --- moments a page changes by itself ----------------------------------------------------------

# Functions `now -> sorted instants after now` at which cached pages change without any save
# (a maintenance banner appearing, the filing pages closing); a cached page lives no longer
# than the earliest of them. The maintenance windows register theirs (portal.models.maintenance).
_CHANGE_SOURCES: list[Callable[[datetime], list[datetime]]] = []


def changes_at(source: Callable[[datetime], list[datetime]]):
    """Register a source of moments at which cached pages change by themselves (decorator)."""
    _CHANGE_SOURCES.append(source)
    return source


def _valid_until(now_ts: float) -> float:
    """The TTL's end, or the next moment a page changes by itself if that comes first."""
    from django.utils import timezone

    now = timezone.now()
    until = now_ts + ttl()
    for source in _CHANGE_SOURCES:
        moments = source(now)
        if moments:
            until = min(until, moments[0].timestamp())
    return until


# --- this process's copies of pages ------------------------------------------------------------

# (monotonic time it was read, generation) of the last generation read from the shared cache.
_generation_seen: tuple[float, str] | None = None
# page key -> the entry as stored in the shared cache; bounded like the fragments' copies.
_local_pages: dict[str, dict[str, Any]] = {}
LOCAL_MAX_PAGES = 512


def _forget_local_pages() -> None:
    global _generation_seen
    _generation_seen = None
    _local_pages.clear()


def _saw_generation(generation: str) -> None:
    """Remember the generation just read, unless the shared cache did not answer (then the
    "generation" is a default, and nothing may be served from or kept in memory on it)."""
    global _generation_seen
    if getattr(cache, "available", lambda: True)():
        _generation_seen = (time.monotonic(), generation)
    else:
        _forget_local_pages()


def _recent_generation() -> str | None:
    """The generation read less than PORTAL_PAGE_CACHE_LOCAL_SECONDS ago, if any."""
    seen = _generation_seen
    if seen is None or time.monotonic() - seen[0] >= local_seconds():
        return None
    return seen[1]


def _keep_local(key: str, entry: dict[str, Any]) -> None:
    if local_seconds() > 0 and _generation_seen is not None:
        _put_bounded(_local_pages, key, entry, LOCAL_MAX_PAGES)


# --- the middleware --------------------------------------------------------------------------


def _page_key(path: str) -> str:
    return PAGE_KEY + hashlib.sha256(path.encode()).hexdigest()


def _candidate(request: HttpRequest) -> bool:
    """Whether this request may be answered from, or stored in, the page cache."""
    if request.method != "GET" or request.META.get("QUERY_STRING"):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies:
        return False
    return getattr(settings, "MESSAGE_COOKIE_NAME", "messages") not in cookies


def cacheable_page_types() -> tuple[type, ...]:
    from django.apps import apps

    types = []
    for label in getattr(settings, "PORTAL_PAGE_CACHE_PAGE_TYPES", ()):
        try:
            types.append(apps.get_model(label))
        except LookupError:
            continue
    return tuple(types)


def mark_cacheable_page(page, request) -> None:
    """Called by the `before_serve_page` hook: this page type may be cached when anonymous."""
    if isinstance(page, cacheable_page_types()):
        request.page_cache_allowed = True


def _response_cacheable(request: HttpRequest, response: HttpResponse) -> bool:
    if not getattr(request, "page_cache_allowed", False):
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if "private" in cache_control or "no-store" in cache_control or "no-cache" in cache_control:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    # A nonce used while rendering belongs to this response alone (CSP): never replay it.
    return not isinstance(getattr(request, "_csp_nonce", None), str)


class PageCacheMiddleware:
    """Serves and stores anonymous public pages (see the module docstring).

    Placed right after SecurityMiddleware and WhiteNoise, so the https redirect and HSTS still
    apply to every answer, while a hit costs one cache round trip and no database query.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        candidate = _candidate(request)
        key = _page_key(request.path) if candidate else ""
        use_cache = candidate and enabled()
        found: dict[str, Any] = {}
        if use_cache:
            now = time.time()
            recent = _recent_generation()
            entry = _local_pages.get(key) if recent is not None else None
            if entry is not None and entry["generation"] == recent and now < entry["until"]:
                return _replay(entry, now)
            found = cache.get_many([GENERATION_KEY, key])
            _saw_generation(_generation_of(found))
            entry = found.get(key)
            fresh = entry is not None and entry["generation"] == _generation_of(found)
            if fresh and now < entry["until"]:
                _keep_local(key, entry)
                return _replay(entry, now)
        elif enabled():
            found = cache.get_many([GENERATION_KEY])
        token = request_generation(_generation_of(found) if enabled() else None)
        try:
            response = self.get_response(request)
        finally:
            _request_generation.reset(token)
        if candidate and _response_cacheable(request, response):
            now = time.time()
            until = _valid_until(now)
            max_age = max(0, min(ttl(), int(until - now)))
            # Shared caches (nginx, a CDN) keep the page briefly; browsers ask again every time,
            # so a reader sees a notice or a maintenance banner as soon as it is published.
            patch_cache_control(response, public=True, max_age=0, s_maxage=max_age)
            patch_vary_headers(response, ("Cookie",))
            if use_cache and max_age > 0:
                _store(key, response, found, until)
            response[HIT_HEADER] = "miss"
        return response


def _store(key: str, response: HttpResponse, found: dict, until: float) -> None:
    entry = {
        "generation": _generation_of(found),
        "until": until,
        "content": response.content,
        "status": response.status_code,
        "headers": [
            (name, value)
            for name, value in response.items()
            if name.lower() not in NOT_STORED_HEADERS
        ],
    }
    cache.set(key, entry, timeout=max(1, int(until - time.time())) + 1)
    _keep_local(key, entry)


def _replay(entry: dict, now: float) -> HttpResponse:
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    # What a downstream cache may still keep it: never longer than this copy is valid.
    remaining = max(0, min(ttl(), int(entry["until"] - now)))
    response["Cache-Control"] = f"public, max-age=0, s-maxage={remaining}"
    response[HIT_HEADER] = "hit"
    return response


# --- signals ---------------------------------------------------------------------------------


def _on_page(sender, instance=None, **kwargs) -> None:
    purge(f"page {getattr(instance, 'pk', '')}")


def _on_delete(sender, instance=None, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(instance, Page):
        purge(f"page {instance.pk} deleted")


def _on_model(sender, instance=None, **kwargs) -> None:
    purge(f"{sender._meta.label} {getattr(instance, 'pk', '')}")


def connect_signals() -> None:
    """Purge on every change that can show on a public page (called from PortalConfig.ready)."""
    from django.db.models.signals import post_delete, post_save

    from wagtail.models import Locale, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(_on_page, dispatch_uid="page_cache_published")
    page_unpublished.connect(_on_page, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(_on_page, dispatch_uid="page_cache_moved")
    post_delete.connect(_on_delete, dispatch_uid="page_cache_page_deleted")
    # By label: the site shell's own models are named, not imported, so this module stays
    # below them.
    for model in (
        PageViewRestriction,
        "portal.MaintenanceWindow",
        "portal.HelpDeskSettings",
        "portal.HelpDeskText",
        Site,
        Locale,
    ):
        label = model if isinstance(model, str) else model._meta.label
        uid = label.lower()
        post_save.connect(_on_model, sender=model, dispatch_uid=f"page_cache_save_{uid}")
        post_delete.connect(_on_model, sender=model, dispatch_uid=f"page_cache_delete_{uid}")
