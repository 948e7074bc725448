"""The cache of anonymous public pages and of site-wide fragments, and its purge.

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
is what brings a cached page close to the cost of Django answering bytes it holds.
A purge therefore reaches the process that made it at once and every other process within that
second; nginx and CDNs in front may keep a page for its whole ``s-maxage`` anyway. 0 turns the
in-memory copies off.

Every cache call goes through ``portal.cache.ResilientRedisCache`` in production: while Redis
is down, lookups miss and pages are rendered as if there were no cache.

The package face is what callers use (`from portal import page_cache`); inside, `generation`
holds the token, `purge` and this process's page copies, `fragments` the site-wide fragments,
`middleware` the page cache itself and `signals` what purges it.
"""

from .fragments import (
    LOCAL_MAX_ENTRIES,
    CachedViewRestrictionsMixin,
    cached_fragment,
    page_fragment,
    public,
    restricted_paths,
)
from .generation import (
    FRAGMENT_KEY,
    GENERATION_KEY,
    HIT_HEADER,
    LOCAL_MAX_PAGES,
    NOT_STORED_HEADERS,
    PAGE_KEY,
    current_generation,
    enabled,
    local_seconds,
    purge,
    request_generation,
    ttl,
)
from .middleware import PageCacheMiddleware, cacheable_page_types, changes_at, mark_cacheable_page
from .signals import connect_signals

__all__ = [
    "FRAGMENT_KEY",
    "GENERATION_KEY",
    "HIT_HEADER",
    "LOCAL_MAX_ENTRIES",
    "LOCAL_MAX_PAGES",
    "NOT_STORED_HEADERS",
    "PAGE_KEY",
    "CachedViewRestrictionsMixin",
    "PageCacheMiddleware",
    "cacheable_page_types",
    "cached_fragment",
    "changes_at",
    "connect_signals",
    "current_generation",
    "enabled",
    "local_seconds",
    "mark_cacheable_page",
    "page_fragment",
    "public",
    "purge",
    "request_generation",
    "restricted_paths",
    "ttl",
]
