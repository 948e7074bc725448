"""The middleware that serves and stores anonymous public pages (see the package docstring),
and the moments at which a cached page changes by itself."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

from portal.page_cache.generation import (
    GENERATION_KEY,
    HIT_HEADER,
    NOT_STORED_HEADERS,
    PAGE_KEY,
    enabled,
    generation_of,
    keep_local,
    local_pages,
    recent_generation,
    request_generation,
    request_generation_var,
    saw_generation,
    ttl,
)

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
            recent = recent_generation()
            entry = local_pages.get(key) if recent is not None else None
            if entry is not None and entry["generation"] == recent and now < entry["until"]:
                return _replay(entry, now)
            found = cache.get_many([GENERATION_KEY, key])
            saw_generation(generation_of(found))
            entry = found.get(key)
            fresh = entry is not None and entry["generation"] == generation_of(found)
            if fresh and now < entry["until"]:
                keep_local(key, entry)
                return _replay(entry, now)
        elif enabled():
            found = cache.get_many([GENERATION_KEY])
        token = request_generation(generation_of(found) if enabled() else None)
        try:
            response = self.get_response(request)
        finally:
            request_generation_var.reset(token)
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
        "generation": generation_of(found),
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
    keep_local(key, entry)


def _replay(entry: dict, now: float) -> HttpResponse:
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    # What a downstream cache may still keep it: never longer than this copy is valid.
    remaining = max(0, min(ttl(), int(entry["until"] - now)))
    response["Cache-Control"] = f"public, max-age=0, s-maxage={remaining}"
    response[HIT_HEADER] = "hit"
    return response
