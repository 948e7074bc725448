"""Hooks of the account pages and their back office (SPEC A2, O2, O4, X1).

Imported by `filings.wagtail_hooks` (Wagtail only discovers modules of that name).
"""

from __future__ import annotations

from wagtail import hooks

from portal.hooks import MAINTENANCE_GUARDED_PAGES, SEED_DEMO


@hooks.register(SEED_DEMO)
def seed_account_pages(stdout) -> None:
    from filings.demo import accounts as account_demo

    account_demo.seed(stdout)


@hooks.register(MAINTENANCE_GUARDED_PAGES)
def guarded_account_pages():
    """Sign-in and registration write; they close while a maintenance window runs."""
    from filings.models import AccountPage, OrganizationRegistrationPage

    return [AccountPage, OrganizationRegistrationPage]


from filings.admin import accounts as account_admin  # noqa: E402, F401  (registers the back-office viewsets)
