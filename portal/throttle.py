"""Fixed-window rate limits kept in Django's cache (QUALITY A9, A11, §3.7).

Used for the per-IP login throttle and the per-address and per-IP limits of registration and
re-notification. The cache is shared by every web process (Redis in production), so a limit
holds across processes. If the cache is down the request is allowed: a Redis outage must not
lock everyone out (QUALITY B6); the per-account lockout in the database still applies.
"""

from __future__ import annotations

import hashlib
import logging
import time

from django.core.cache import cache

logger = logging.getLogger("portal.throttle")


def _key(scope: str, ident: str, window: int) -> str:
    bucket = int(time.time() // window)
    digest = hashlib.sha256(ident.encode()).hexdigest()[:32]
    return f"throttle:{scope}:{digest}:{bucket}"


def hit(scope: str, ident: str, *, limit: int, window: int) -> bool:
    """Count one attempt; True while the attempt is within `limit` per `window` seconds.

    Identifiers are hashed before they become cache keys, so addresses never sit in Redis.
    """
    key = _key(scope, ident, window)
    try:
        cache.add(key, 0, timeout=window + 1)
        count = cache.incr(key)
    except Exception:  # cache unavailable: fail open, logged once per call
        logger.warning("rate limit cache unavailable for scope %s", scope)
        return True
    return count <= limit


def exceeded(scope: str, ident: str, *, limit: int, window: int) -> bool:
    """Whether `ident` is already over the limit, without counting an attempt."""
    try:
        count = cache.get(_key(scope, ident, window)) or 0
    except Exception:
        return False
    return count >= limit
