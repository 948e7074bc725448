"""Fixtures of the account tests: the account pages and demo identities built once per module,
and rate limits reset around every test."""

from .helpers import _account_site_once, _fresh_rate_limits, account_site  # noqa: F401
