"""The pauses that keep a hung Redis from holding web requests (QUALITY I2; found by
test_redis.py): after one failure, the cache and the broker are left alone for a few seconds.

A listening socket that never answers stands in for a hung Redis: connections are accepted by
the kernel, nothing ever replies, as with a SIGSTOPped server.
"""

from __future__ import annotations

import socket

import pytest
from celery import Task
from kombu.exceptions import OperationalError
from redis.exceptions import ConnectionError as RedisConnectionError

from django.core.cache.backends.redis import RedisCache

from portal import cache as portal_cache
from portal import celery as portal_celery

pytestmark = [pytest.mark.faults(ci=True)]


@pytest.fixture
def silent_redis():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    yield f"redis://127.0.0.1:{server.getsockname()[1]}/0"
    server.close()


def test_cache_leaves_a_hung_redis_alone_after_one_failure(silent_redis, monkeypatch):
    monkeypatch.setattr(portal_cache, "_paused_until", {})
    calls = []
    real_get = RedisCache.get

    def spy(self, *args, **kwargs):
        calls.append(args[0])
        return real_get(self, *args, **kwargs)

    monkeypatch.setattr(RedisCache, "get", spy)
    cache = portal_cache.ResilientRedisCache(
        silent_redis, {"OPTIONS": {"socket_timeout": 0.2, "socket_connect_timeout": 0.2}}
    )
    assert cache.get("first", "missed") == "missed"
    assert cache.get("second", "missed") == "missed"
    assert cache.set("third", 1) is None
    with pytest.raises(RedisConnectionError):
        cache.incr("counter")
    assert calls == ["first"]  # only the first call waited for Redis
    monkeypatch.setattr(portal_cache, "_paused_until", {})
    assert cache.get("after-the-pause", "missed") == "missed"
    assert calls == ["first", "after-the-pause"]


def test_publishing_pauses_after_a_broker_failure(real_broker, monkeypatch):
    from filings.tasks.mail import send_mail

    monkeypatch.setattr(portal_celery, "_broker_paused_until", 0.0)
    attempts = []

    def failing_publish(self, *args, **kwargs):
        attempts.append(args)
        raise OperationalError("Timeout reading from socket")

    monkeypatch.setattr(Task, "apply_async", failing_publish)
    with pytest.raises(OperationalError, match="Timeout"):
        send_mail.delay(1)
    with pytest.raises(OperationalError, match="paused"):
        send_mail.delay(2)
    assert len(attempts) == 1
    monkeypatch.setattr(portal_celery, "_broker_paused_until", 0.0)
    with pytest.raises(OperationalError, match="Timeout"):
        send_mail.delay(3)
    assert len(attempts) == 2
