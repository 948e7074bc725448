"""Every Wagtail hook of the filing domain, in one place (Wagtail discovers modules of this name).

The back office: reference data (SPEC O5), the registry (O1), filings and bulk files (O3), and
accounts (O2, O4) as viewset groups defined in `filings.admin`; the dashboard panel (O6). The
site shell: the top page's "who must file" list (C1), the manual's error list (C4), the pages
that close during maintenance (C2) and the demo content of `make run`.
"""

from __future__ import annotations

import datetime

from django.utils import translation

from wagtail import hooks

from filings import rules
from filings.constants import StatusItem
from portal.hooks import (
    ACCOUNT_MENU,
    ERROR_CATALOGUE,
    MAINTENANCE_GUARDED_PAGES,
    SEED_DEMO,
    WHO_MUST_FILE,
)

# --- back office -------------------------------------------------------------------------------


@hooks.register("register_admin_viewset")
def register_viewsets():
    from filings.admin.accounts import AccountsGroup
    from filings.admin.bulk import BulkUploadViewSet
    from filings.admin.filings import FilingViewSet
    from filings.admin.reference import ReferenceDataGroup
    from filings.admin.registry import RegistryGroup

    return [
        ReferenceDataGroup(),
        RegistryGroup(),
        FilingViewSet(),
        BulkUploadViewSet(),
        AccountsGroup(),
    ]


@hooks.register("before_delete_snippet")
def remember_registry_deletions(request, instances):
    """Note each record's id before Django empties it on deletion (see the hook below)."""
    request._portal_deleting = {
        id(instance): getattr(instance, "public_id", None) or instance.pk for instance in instances
    }


@hooks.register("after_delete_snippet")
def audit_registry_deletions(request, instances):
    """Deleting residents, cards, organizations or reference entries, one or many at once from
    a listing, writes one audit event per record (SPEC X1); the hook runs after the delete, so
    only what the officer really removed is recorded."""
    from filings.admin.base import AUDITED_CHANGE_MODELS, record_change

    ids = getattr(request, "_portal_deleting", {})
    for instance in instances:
        if type(instance)._meta.label_lower in AUDITED_CHANGE_MODELS:
            record_change(request, instance, "deleted", target_id=ids.get(id(instance)))


@hooks.register("construct_homepage_panels")
def add_filings_panel(request, panels) -> None:
    """Today's volumes, backlog and errors on the back office's home page (O6)."""
    if request.user.has_perm("filings.view_filing"):
        from filings.admin.filings import FilingsDashboardPanel

        panels.append(FilingsDashboardPanel())


# --- the site shell ------------------------------------------------------------------------------


@hooks.register(MAINTENANCE_GUARDED_PAGES)
def guarded_pages():
    """Pages that write close while a maintenance window runs: sign-in and registration,
    filing, status and bulk filing. The guided check only reads and stays open."""
    from filings.pages.accounts import AccountPage, OrganizationRegistrationPage
    from filings.pages.filing import BulkPage, FilingPage, StatusPage

    return [AccountPage, OrganizationRegistrationPage, FilingPage, StatusPage, BulkPage]


def _with_note(label: str, note: str) -> str:
    note = note.rstrip("。.")
    if not note:
        return label
    language = translation.get_language() or "ja"
    if language.startswith(("ja", "zh")):
        return f"{label}（{note}）"
    return f"{label} ({note})"


@hooks.register(ACCOUNT_MENU)
def account_menu(request) -> dict | None:
    """The header's account links: into the account page of the reader's language, found by
    its type (an editor may move it). Staff sign in to the admin, so they get none."""
    from wagtail.models import Locale

    from filings import service_pages

    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and not user.is_filer:
        return None
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return None
    page = service_pages.live_page(service_pages.ACCOUNT, locale.pk)
    if page is None:
        return None
    base = page.get_url(request)
    if user is None or not user.is_authenticated:
        return {"sign_in": base + page.reverse_subpage("login")}
    return {
        "name": user.get_full_name() or user.username,
        "my_page": base + page.reverse_subpage("profile"),
        "sign_out": base + page.reverse_subpage("logout"),
    }


@hooks.register(WHO_MUST_FILE)
def who_must_file(today: datetime.date) -> list[dict]:
    """The statuses whose holders file under Art. 19-16 on `today`, grouped by item (C1, Q6):
    the rule `rules.filing_statuses` over the reference data, so a change of law is an edit in
    the back office."""
    from filings.models.reference import StatusOfResidence

    statuses = list(StatusOfResidence.objects.order_by("sort_order"))
    by_code = {status.code: status for status in statuses}
    grouped = rules.filing_statuses([status.as_rule() for status in statuses], today)
    return [
        {
            "item": str(item),
            "label": str(StatusItem(item).label),
            "statuses": [
                _with_note(by_code[rule.code].label, by_code[rule.code].note) for rule in members
            ],
        }
        for item, members in grouped.items()
        if members
    ]


@hooks.register(ERROR_CATALOGUE)
def error_catalogue() -> list[dict]:
    """Every message the filing rules can show, for the manual's error list (C4, Q82)."""
    from filings import errors

    return errors.entries()


@hooks.register(SEED_DEMO)
def seed(stdout) -> None:
    """The demo registry (residents, organizations and README.md's named identities), then the
    account pages and the filing pages in every language."""
    from filings.demo import accounts, filings, registry

    registry.seed(stdout)
    accounts.seed(stdout)
    filings.seed(stdout)
