"""The client's address: one rule for the per-address limits, django-axes and the audit trail.

Behind a reverse proxy `REMOTE_ADDR` is the proxy, the same for every visitor: limits keyed on
it would be one bucket for everybody, and the audit would name the proxy. The proxy appends the
address it received the connection from to `X-Forwarded-For` (nginx:
`proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;`), so the header reads
"what the client claimed, ..., what each proxy saw", and only the entries written by our own
proxies can be believed. `PORTAL_TRUSTED_PROXIES` says which these are:

- `0` or empty (the default): no proxy; the client is `REMOTE_ADDR` and the header is ignored,
  so a visitor cannot choose its own address by sending one.
- a number N: exactly N proxies of ours stand in front of the web process. The chain
  (header entries, then `REMOTE_ADDR`) is read from the right past N hops; the next entry is the
  client. Entries further left were written by the client and are never read.
- a list of networks ("10.0.0.0/8", "127.0.0.1"): every hop whose address is in one of them is a
  proxy of ours; reading from the right, the first address outside them is the client.

The answer is always a real address, never an empty or shared placeholder: when the chain is
shorter than the trusted hops (a request that did not pass through the proxy) the left-most
address seen is the client, and an entry that is not an address stops the walk at the hop that
wrote it (one of our proxies could only do so when misconfigured).
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

if TYPE_CHECKING:  # the settings module imports this file: keep it light
    from django.http import HttpRequest

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_trusted_proxies(value: str | int | list | tuple | None) -> int | tuple[str, ...]:
    """The setting from its environment form: "", "0", "2" or "10.0.0.0/8,127.0.0.1".

    A malformed value is a start-up error: a guessed meaning could hand every visitor the same
    address or let one choose its own.
    """
    if value is None:
        return 0
    if isinstance(value, int):
        if value < 0:
            raise ImproperlyConfigured("PORTAL_TRUSTED_PROXIES must not be negative.")
        return value
    if isinstance(value, list | tuple):
        items = [str(item).strip() for item in value if str(item).strip()]
    else:
        text = value.strip()
        if not text:
            return 0
        if text.isdigit():
            return int(text)
        items = [item.strip() for item in text.split(",") if item.strip()]
    for item in items:
        try:
            ipaddress.ip_network(item, strict=False)
        except ValueError as error:
            raise ImproperlyConfigured(
                f"PORTAL_TRUSTED_PROXIES: {item!r} is neither a proxy count nor a network."
            ) from error
    return tuple(items)


@lru_cache(maxsize=8)
def _networks(items: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(item, strict=False) for item in items)


def _address(text: str) -> IPAddress | None:
    text = text.strip()
    if text.startswith("[") and "]" in text:  # "[2001:db8::1]:443"
        text = text[1 : text.index("]")]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    mapped = getattr(address, "ipv4_mapped", None)
    return mapped or address


def client_ip(request: HttpRequest) -> str | None:
    """The address of the client that sent `request`, by `PORTAL_TRUSTED_PROXIES`.

    None only when the request has no usable `REMOTE_ADDR` at all (never the case for a request
    that came over a socket).
    """
    remote = _address(request.META.get("REMOTE_ADDR", "") or "")
    if remote is None:
        return None
    trusted = parse_trusted_proxies(getattr(settings, "PORTAL_TRUSTED_PROXIES", 0))
    if not trusted:
        return str(remote)
    header = request.META.get("HTTP_X_FORWARDED_FOR", "") or ""
    entries = [entry for entry in header.split(",") if entry.strip()]
    # Right to left: what our nearest proxy is (REMOTE_ADDR), then what each hop wrote.
    chain: list[IPAddress | None] = [remote, *(_address(e) for e in reversed(entries))]
    if isinstance(trusted, int):
        hops = min(trusted, len(chain) - 1)
        current = remote
        for address in chain[1 : hops + 1]:
            if address is None:
                return str(current)
            current = address
        return str(current)
    networks = _networks(trusted)
    current = remote
    for address in chain[1:]:
        if not any(current in network for network in networks):
            return str(current)
        if address is None:
            return str(current)
        current = address
    return str(current)
