"""Admin integration of the site shell: maintenance windows, the maintenance guard for page
types, and the translation status report (SPEC N10, N11)."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.account import ChangePasswordPanel
from wagtail.admin.views.reports import ReportView
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .forms import StaffPasswordChangeForm
from .hooks import MAINTENANCE_GUARDED_PAGES
from .middleware import maintenance_response
from .models import MaintenanceWindow
from .translation_report import STATUS_LABELS, build_report


class MaintenanceWindowViewSet(SnippetViewSet):
    model = MaintenanceWindow
    icon = "warning"
    menu_label = _("Maintenance")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["title", "start", "end", "announce_days", "locale"]
    ordering = ["-start"]


register_snippet(MaintenanceWindowViewSet)


def guarded_page_types() -> tuple[type, ...]:
    types: list[type] = []
    for fn in hooks.get_hooks(MAINTENANCE_GUARDED_PAGES):
        types.extend(fn())
    return tuple(types)


@hooks.register("before_serve_page")
def close_guarded_pages_during_maintenance(page, request, serve_args, serve_kwargs):
    """Filing, account and status page types answer the maintenance page while a window runs."""
    types = guarded_page_types()
    if not types or not issubclass(page.specific_class, types):
        return None
    state = getattr(request, "maintenance", None)
    if state and state.active:
        return maintenance_response(request, state)
    return None


@hooks.register("before_serve_page")
def allow_page_cache(page, request, serve_args, serve_kwargs):
    """Reading pages may be kept in the page cache when served to anonymous readers."""
    from .page_cache import mark_cacheable_page

    mark_cacheable_page(page, request)


class TranslationReportView(ReportView):
    """Per page and language: missing, incomplete, out of date or current (N11)."""

    page_title = _("Translation status")
    header_icon = "site"
    index_url_name = "portal_translation_report"
    index_results_url_name = "portal_translation_report_results"
    results_template_name = "portal/admin/translation_report_results.html"
    paginate_by = 100
    list_export: list[str] = []

    def get_queryset(self):
        self.locales, rows = build_report()
        wanted = self.request.GET.get("status", "")
        if wanted in STATUS_LABELS:
            rows = [row for row in rows if wanted in row.statuses]
        return rows

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["locales"] = self.locales
        context["status_labels"] = STATUS_LABELS
        context["active_status"] = self.request.GET.get("status", "")
        return context


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    return [
        path(
            "reports/translation-status/",
            TranslationReportView.as_view(),
            name="portal_translation_report",
        ),
        path(
            "reports/translation-status/results/",
            TranslationReportView.as_view(results_only=True),
            name="portal_translation_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("portal_translation_report"),
        icon_name="site",
        order=900,
    )


class StaffPasswordPanel(ChangePasswordPanel):
    """The admin account page's password panel, with the current password checked under the
    sign-in policy (portal.forms.StaffPasswordChangeForm). Wagtail's own panel, which checks
    it without counting, is off (`WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False`)."""

    form_class = StaffPasswordChangeForm

    def is_active(self):
        return self.user.has_usable_password()

    def get_form(self):
        bind = self.request.method == "POST" and any(
            self.request.POST.get(f"{self.name}-{field}")
            for field in ("old_password", "new_password1", "new_password2")
        )
        data = self.request.POST if bind else None
        # Wagtail builds the panels again to show errors: one form per request, so a wrong
        # current password is checked, and counted, once.
        form = getattr(self.request, "_portal_password_form", None)
        if form is None:
            form = self.form_class(self.user, data, prefix=self.name, request=self.request)
            self.request._portal_password_form = form
        return form


@hooks.register("register_account_settings_panel")
def staff_password_panel(request, user, profile):
    return StaffPasswordPanel(request, user, profile)


@hooks.register("register_log_actions")
def register_publishing_log_actions(actions):
    """The history entry of a translation kept hidden until its Japanese source is live."""
    from .publishing import HELD

    actions.register_action(
        HELD,
        _("Hold until the source page is published"),
        _("Held until the source page is published"),
    )
    from .maintenance_notices import GENERATED

    actions.register_action(
        GENERATED,
        _("Write for a maintenance window"),
        _("Written for a maintenance window; moved and withdrawn with it"),
    )


ANNOUNCEMENT_MESSAGES = {
    "created": (
        messages.success,
        _(
            "Its announcement notice was written in every language and scheduled from the "
            "banner's start to the window's end. Check it under Notices before it goes live."
        ),
    ),
    "rewritten": (
        messages.success,
        _("Its announcement notice was moved and its times written again in every language."),
    ),
    "rescheduled": (
        messages.warning,
        _(
            "Its announcement notice was moved, but its text was edited by hand: check the "
            "times written in it, in every language."
        ),
    ),
    "withdrawn": (
        messages.info,
        _("The announcement notice written for this window was withdrawn in every language."),
    ),
}


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def tell_about_the_announcement(request, instance):
    """Say what saving a window did to its notice (written by `portal.maintenance_notices`)."""
    outcome = getattr(instance, "announcement_outcome", None)
    if not isinstance(instance, MaintenanceWindow) or outcome not in ANNOUNCEMENT_MESSAGES:
        return
    add, text = ANNOUNCEMENT_MESSAGES[outcome]
    add(request, text)
