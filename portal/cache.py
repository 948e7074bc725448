"""A Redis cache that degrades to "no cache" while Redis is unreachable (QUALITY B6, I2).

Sessions are in the database, but Wagtail caches site root paths and rendition data in the
default cache: with Django's plain Redis backend a Redis outage turned every page into a server
error. Reads now miss and writes are dropped until Redis answers again; each failure is logged.
Counters (`incr`, used by the rate limits) still raise, so their callers decide (they fail
open, portal/throttle.py).

A Redis that accepts connections but does not answer (hung, paused, a half-open connection)
costs the socket timeout on every call; a request making several calls would take seconds. So
after a failure the process leaves Redis alone for PAUSE_SECONDS: calls miss (or raise, for
counters) at once, and the first call after the pause tries again (QUALITY I2).
"""

import logging
import time

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger("portal.cache")
UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, OSError)
PAUSE_SECONDS = 5.0
# Cache location -> monotonic time until which it is left alone (per process; each thread has
# its own cache object, the pause is shared).
_paused_until: dict[str, float] = {}


class ReusingRedisCacheClient(RedisCacheClient):
    """Django's client builds a new `redis.Redis` for every cache call, and redis-py's
    constructor fills a table of about 170 response callbacks each time: half the CPU of a
    page served from the page cache. The client object is only a handle on the
    connection pool, so one per pool is kept and reused."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients: dict[int, object] = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            if index not in self._pools:
                self._pools[index] = self._pool_class.from_url(
                    self._servers[index], **self._pool_options
                )
            client = self._clients[index] = self._client(connection_pool=self._pools[index])
        return client


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient

    def _paused(self) -> bool:
        return time.monotonic() < _paused_until.get(self._server_key, 0.0)

    def available(self) -> bool:
        """False while calls are skipped after a failure (their answers were defaults)."""
        return not self._paused()

    @property
    def _server_key(self) -> str:
        return str(self._servers)

    def _failed(self, name: str) -> None:
        _paused_until[self._server_key] = time.monotonic() + PAUSE_SECONDS
        logger.warning("cache unavailable: %s skipped; retrying in %.0f s", name, PAUSE_SECONDS)

    def _soft(self, name, default, *args, **kwargs):
        if self._paused():
            return default
        try:
            return getattr(super(), name)(*args, **kwargs)
        except UNAVAILABLE:
            self._failed(name)
            return default

    def incr(self, key, delta=1, version=None):
        if self._paused():
            raise RedisConnectionError("cache paused after a failure")
        try:
            return super().incr(key, delta, version)
        except UNAVAILABLE:
            self._failed("incr")
            raise

    def get(self, key, default=None, version=None):
        return self._soft("get", default, key, default, version)

    def get_many(self, keys, version=None):
        return self._soft("get_many", {}, keys, version)

    def set(self, key, value, timeout=..., version=None):
        kwargs = {"version": version}
        if timeout is not ...:
            kwargs["timeout"] = timeout
        return self._soft("set", None, key, value, **kwargs)

    def set_many(self, data, timeout=..., version=None):
        kwargs = {"version": version}
        if timeout is not ...:
            kwargs["timeout"] = timeout
        return self._soft("set_many", list(data), data, **kwargs)

    def add(self, key, value, timeout=..., version=None):
        kwargs = {"version": version}
        if timeout is not ...:
            kwargs["timeout"] = timeout
        return self._soft("add", False, key, value, **kwargs)

    def delete(self, key, version=None):
        return self._soft("delete", False, key, version)

    def delete_many(self, keys, version=None):
        return self._soft("delete_many", None, keys, version)

    def has_key(self, key, version=None):
        return self._soft("has_key", False, key, version)

    def touch(self, key, timeout=..., version=None):
        kwargs = {"version": version}
        if timeout is not ...:
            kwargs["timeout"] = timeout
        return self._soft("touch", False, key, **kwargs)
