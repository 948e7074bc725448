"""Hooks of the filing pages: demo pages, maintenance guard, back office and dashboard.

Imported by `filings.wagtail_hooks` (Wagtail only discovers modules of that name).
"""

from __future__ import annotations

from wagtail import hooks

from portal.hooks import MAINTENANCE_GUARDED_PAGES, SEED_DEMO


@hooks.register(SEED_DEMO)
def seed_filing_pages(stdout) -> None:
    """The guided check, filing and status pages in every language."""
    from filings.demo import filings as filing_demo

    filing_demo.seed(stdout)


@hooks.register(MAINTENANCE_GUARDED_PAGES)
def guarded_pages():
    """Filing and status pages close during maintenance; the guided check only reads."""
    from filings.models import BulkPage, FilingPage, StatusPage

    return [FilingPage, StatusPage, BulkPage]


@hooks.register("register_admin_viewset")
def register_filing_viewset():
    from filings.admin.filings import FilingViewSet

    return FilingViewSet()


@hooks.register("register_admin_viewset")
def register_bulk_viewset():
    from filings.admin.bulk import BulkUploadViewSet

    return BulkUploadViewSet()


@hooks.register("construct_homepage_panels")
def add_filings_panel(request, panels) -> None:
    """Today's volumes, backlog and errors on the back office's home page (O6)."""
    if request.user.has_perm("filings.view_filing"):
        from filings.admin.filings import FilingsDashboardPanel

        panels.append(FilingsDashboardPanel())
