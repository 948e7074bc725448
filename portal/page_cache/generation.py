"""The page cache's generation, and what this process keeps under it.

One token in the shared cache names the current generation; `purge` replaces it, so every
page and fragment stored under an older one is ignored. The generation of the current request
is read once (`request_generation`), and the pages this process served from the shared cache
are kept in memory while the generation they were stored under is the one last seen.
"""

from __future__ import annotations

import contextvars
import logging
import time
import uuid
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

logger = logging.getLogger("portal.page_cache")

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


def generation_of(found: dict[str, Any]) -> str:
    return str(found.get(GENERATION_KEY) or "0")


def current_generation() -> str:
    return generation_of({GENERATION_KEY: cache.get(GENERATION_KEY)})


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
    request_generation_var.set(None)
    _forget_local_pages()
    _bump()
    transaction.on_commit(_bump)


# --- the generation of the current request ---------------------------------------------------

# The generation read at the start of the current request (None outside a request: a task or
# a command reads it with each fragment).
request_generation_var: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "page_cache_generation", default=None
)


def request_generation(generation: str | None) -> contextvars.Token:
    """Remember the generation for the rest of this request (PageCacheMiddleware)."""
    return request_generation_var.set(generation)


def put_bounded(store: dict, key: str, value: Any, limit: int) -> None:
    """This process's copies are a convenience: past `limit` entries they start over."""
    if len(store) >= limit:
        store.clear()
    store[key] = value


# --- this process's copies of pages ------------------------------------------------------------

# (monotonic time it was read, generation) of the last generation read from the shared cache.
_generation_seen: tuple[float, str] | None = None
# page key -> the entry as stored in the shared cache; bounded like the fragments' copies.
local_pages: dict[str, dict[str, Any]] = {}
LOCAL_MAX_PAGES = 512


def _forget_local_pages() -> None:
    global _generation_seen
    _generation_seen = None
    local_pages.clear()


def saw_generation(generation: str) -> None:
    """Remember the generation just read, unless the shared cache did not answer (then the
    "generation" is a default, and nothing may be served from or kept in memory on it)."""
    global _generation_seen
    if getattr(cache, "available", lambda: True)():
        _generation_seen = (time.monotonic(), generation)
    else:
        _forget_local_pages()


def recent_generation() -> str | None:
    """The generation read less than PORTAL_PAGE_CACHE_LOCAL_SECONDS ago, if any."""
    seen = _generation_seen
    if seen is None or time.monotonic() - seen[0] >= local_seconds():
        return None
    return seen[1]


def keep_local(key: str, entry: dict[str, Any]) -> None:
    if local_seconds() > 0 and _generation_seen is not None:
        put_bounded(local_pages, key, entry, LOCAL_MAX_PAGES)
