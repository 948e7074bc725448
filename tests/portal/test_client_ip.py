"""The client-address rule (`portal.client_ip`) on its own, and that django-axes, the audit
trail and the per-address limits all follow it. tests/portal/test_behind_proxy.py checks the
same through the real nginx."""

from __future__ import annotations

import pytest

from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from portal.client_ip import client_ip, parse_trusted_proxies


def _request(remote="127.0.0.1", forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.mark.parametrize(
    "trusted, remote, forwarded, expected",
    [
        # No proxy configured: the socket's address, whatever the header says.
        (0, "198.51.100.7", "203.0.113.9", "198.51.100.7"),
        # One proxy: the entry that proxy appended, not what the client wrote before it.
        (1, "127.0.0.1", "203.0.113.9", "203.0.113.9"),
        (1, "127.0.0.1", "6.6.6.6, 203.0.113.9", "203.0.113.9"),
        (1, "127.0.0.1", "not-an-address, 203.0.113.9", "203.0.113.9"),
        # Two proxies: two hops from the right.
        (2, "10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.1", "203.0.113.9"),
        # Fewer hops than configured (the request bypassed the proxy): the left-most address
        # seen, never an empty answer.
        (1, "198.51.100.7", None, "198.51.100.7"),
        (2, "10.0.0.2", "203.0.113.9", "203.0.113.9"),
        # Networks: every hop inside them is ours; the first one outside is the client.
        (("127.0.0.1",), "127.0.0.1", "6.6.6.6, 203.0.113.9", "203.0.113.9"),
        (("10.0.0.0/8",), "10.0.0.2", "6.6.6.6, 203.0.113.9, 10.1.2.3", "203.0.113.9"),
        (("10.0.0.0/8",), "198.51.100.7", "203.0.113.9", "198.51.100.7"),
        (("10.0.0.0/8",), "10.0.0.2", "10.0.0.9", "10.0.0.9"),
        # A hop that is not an address stops the walk at the proxy that wrote it.
        (1, "127.0.0.1", "garbage", "127.0.0.1"),
        (("127.0.0.1",), "127.0.0.1", "203.0.113.9, garbage", "127.0.0.1"),
        # IPv6, with brackets and port, and IPv4 written as IPv6.
        (1, "::1", "[2001:db8::5]:443", "2001:db8::5"),
        (1, "127.0.0.1", "::ffff:203.0.113.9", "203.0.113.9"),
    ],
)
def test_the_client_is_read_only_as_far_as_the_trusted_proxies_go(
    settings, trusted, remote, forwarded, expected
):
    settings.PORTAL_TRUSTED_PROXIES = trusted
    assert client_ip(_request(remote, forwarded)) == expected


@pytest.mark.parametrize(
    "value, parsed",
    [
        ("", 0),
        ("0", 0),
        ("1", 1),
        (" 2 ", 2),
        ("10.0.0.0/8, 127.0.0.1", ("10.0.0.0/8", "127.0.0.1")),
        ("::1", ("::1",)),
    ],
)
def test_the_setting_is_a_count_or_networks(value, parsed):
    assert parse_trusted_proxies(value) == parsed


@pytest.mark.parametrize("value", ["one", "10.0.0.0/33", "1.2.3"])
def test_a_malformed_setting_stops_start_up(value):
    with pytest.raises(ImproperlyConfigured):
        parse_trusted_proxies(value)


def test_axes_uses_the_same_rule(settings):
    from axes.helpers import get_client_ip_address

    settings.PORTAL_TRUSTED_PROXIES = 1
    request = _request("127.0.0.1", "6.6.6.6, 203.0.113.9")
    assert get_client_ip_address(request) == "203.0.113.9"


@pytest.mark.django_db
def test_the_audit_stores_the_forwarded_client_behind_one_proxy(settings):
    from portal.audit import record

    settings.PORTAL_TRUSTED_PROXIES = 1
    event = record("test.event", request=_request("127.0.0.1", "6.6.6.6, 203.0.113.9"))
    assert event.ip_address == "203.0.113.9"
