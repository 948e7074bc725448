"""The filing pages of the public site (SPEC F, S, N1, N2, N7).

Editors place, below each language's home page, a `FilingCheckPage` (slug "check": public, the
"do I need to file, and by when?" guide), a `FilingPage` (slug "filing": the wizards), a
`StatusPage` (slug "status": the filer's filings) and a `BulkPage` (slug "bulk": organizations'
workbooks). The filing, status and bulk slugs lie under the maintenance guard's sections
(/<lang>/filing/, /<lang>/status/, /<lang>/bulk/) and the page types are registered with
`portal.hooks.MAINTENANCE_GUARDED_PAGES` as well, so a page moved elsewhere stays guarded; the
check stays open during maintenance because it only reads.

The pages only route: the views live in `filings.views.filing`, `filings.views.check` and
`filings.views.bulk`, and every write goes through `filings.services.filing` or
`filings.services.bulk`.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from filings import service_pages
from portal.page_cache import CachedViewRestrictionsMixin


def _filing_views():
    from filings.views import filing as filing_views

    return filing_views


class _ServicePage(CachedViewRestrictionsMixin, RoutablePageMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # Filing pages show personal data: never kept by browsers or proxies (QUALITY B4).
        response["Cache-Control"] = "no-store"
        return response

    def get_sitemap_urls(self, request=None):
        return []  # a page for signed-in filers: nothing for a search engine


@service_pages.register(service_pages.CHECK)
class FilingCheckPage(CachedViewRestrictionsMixin, RoutablePageMixin, Page):
    """ "Do I need to file, and by when?" (N1): answers from `filings.rules` only."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("filing check page")

    @path("")
    def guide(self, request):
        from filings.views import check as check_views

        return check_views.check(request, self)


@service_pages.register(service_pages.FILING)
class FilingPage(_ServicePage):
    """The filing wizards: residents (F1, N9), organizations (F2) and proxy filing (Q20)."""

    class Meta:
        verbose_name = _("filing page")

    @path("")
    def index(self, request):
        return _filing_views().index(request, self)

    @path("new/<str:kind>/")
    def new(self, request, kind):
        return _filing_views().new(request, self, kind)

    @path("proxy/<uuid:consent_id>/<str:kind>/")
    def new_proxy(self, request, consent_id, kind):
        return _filing_views().new_proxy(request, self, consent_id, kind)

    @path("draft/<uuid:token>/submit/", name="submit")
    def submit(self, request, token):
        return _filing_views().submit(request, self, token)

    @path("draft/<uuid:token>/<str:step>/")
    def step(self, request, token, step):
        return _filing_views().step(request, self, token, step)

    @path("again/<uuid:filing_id>/")
    def again(self, request, filing_id):
        return _filing_views().again(request, self, filing_id)

    @path("municipalities/")
    def municipalities(self, request):
        return _filing_views().municipalities(request, self)


@service_pages.register(service_pages.STATUS)
class StatusPage(_ServicePage):
    """The filer's filings with state, due date and lateness, and each one's full content (S1,
    N2)."""

    class Meta:
        verbose_name = _("status page")

    @path("")
    def index(self, request):
        from filings.views import status

        return status.status_index(request, self)

    @path("<uuid:filing_id>/")
    def detail(self, request, filing_id):
        from filings.views import status

        return status.status_detail(request, self, filing_id)


def _bulk_views():
    from filings.views import bulk as bulk_views

    return bulk_views


@service_pages.register(service_pages.BULK)
class BulkPage(_ServicePage):
    """Bulk filing from a workbook for organization users (K1–K4, N3): the upload form, the
    organization's files, each file's result with live progress and its error workbook."""

    class Meta:
        verbose_name = _("bulk filing page")

    @path("")
    def index(self, request):
        return _bulk_views().index(request, self)

    @path("<uuid:upload_id>/")
    def result(self, request, upload_id):
        return _bulk_views().result(request, self, upload_id)

    @path("<uuid:upload_id>/progress/")
    def progress(self, request, upload_id):
        return _bulk_views().progress(request, self, upload_id)

    # Wagtail serves page paths of word characters only, so no ".xlsx" here: the download's
    # Content-Disposition names the file.
    @path("<uuid:upload_id>/errors/")
    def error_workbook(self, request, upload_id):
        return _bulk_views().error_workbook(request, self, upload_id)
