"""A Redis cache that degrades to "no cache" while Redis is unreachable (QUALITY B6, I2).

Sessions are in the database, but Wagtail caches site root paths and rendition data in the
default cache: with Django's plain Redis backend a Redis outage turned every page into a server
error. Reads now miss and writes are dropped until Redis answers again; each failure is logged.
Counters (`incr`, used by the rate limits) still raise, so their callers decide (they fail
open, portal/throttle.py).
"""

import logging

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger("portal.cache")
UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, OSError)


class ResilientRedisCache(RedisCache):
    def _soft(self, name, default, *args, **kwargs):
        try:
            return getattr(super(), name)(*args, **kwargs)
        except UNAVAILABLE:
            logger.warning("cache unavailable: %s skipped", name)
            return default

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
