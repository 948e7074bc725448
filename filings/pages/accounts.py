"""The account pages of the public site (SPEC A1–A8, N4, N12).

Editors place an `AccountPage` (slug "account" in every language, so the maintenance guard on
/<lang>/account/ covers it) and an `OrganizationRegistrationPage` below it. The pages only
route; the views live in `filings.views.accounts`, and every write goes through
`filings.services.accounts`.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from filings import service_pages
from portal.page_cache import CachedViewRestrictionsMixin


def _views():
    from filings.views import accounts as account_views

    return account_views


@service_pages.register(service_pages.ACCOUNT)
class AccountPage(CachedViewRestrictionsMixin, RoutablePageMixin, Page):
    """Registration, sign-in, re-notification and everything a signed-in filer manages."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["filings.OrganizationRegistrationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("account page")

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # Account pages show personal data: never stored by browsers or proxies (QUALITY B4).
        response["Cache-Control"] = "no-store"
        return response

    def get_sitemap_urls(self, request=None):
        return []  # its top is My page, for signed-in filers only

    @path("")
    def index(self, request):
        return _views().index(request, self)

    @path("register/")
    def register(self, request):
        return _views().register(request, self)

    @path("register/done/")
    def register_done(self, request):
        return _views().register_done(request, self)

    @path("login/")
    def login(self, request):
        return _views().login_view(request, self)

    @path("login/verify/")
    def login_verify(self, request):
        return _views().login_verify(request, self)

    @path("logout/")
    def logout(self, request):
        return _views().logout_view(request, self)

    @path("renotify/")
    def renotify(self, request):
        return _views().renotify(request, self)

    @path("renotify/password/")
    def renotify_password(self, request):
        return _views().renotify_password(request, self)

    @path("activate/<str:token>/")
    def activate(self, request, token):
        return _views().activate(request, self, token)

    @path("profile/")
    def profile(self, request):
        return _views().profile(request, self)

    @path("email/")
    def email(self, request):
        return _views().change_email(request, self)

    @path("email/confirm/<str:token>/")
    def email_confirm(self, request, token):
        return _views().confirm_email(request, self, token)

    @path("password/")
    def password(self, request):
        return _views().change_password(request, self)

    @path("two-factor/")
    def two_factor(self, request):
        return _views().two_factor(request, self)

    @path("inbox/")
    def inbox(self, request):
        return _views().inbox(request, self)

    @path("inbox/<uuid:mail_id>/")
    def inbox_mail(self, request, mail_id):
        return _views().inbox_mail(request, self, mail_id)

    @path("language/")
    def language(self, request):
        return _views().preferred_language(request, self)

    @path("consents/")
    def consents(self, request):
        return _views().consents(request, self)

    @path("organization/")
    def organization(self, request):
        return _views().organization_users(request, self)

    @path("organization/add/")
    def organization_add(self, request):
        return _views().organization_add_user(request, self)

    @path("organization/<uuid:member_id>/")
    def organization_member(self, request, member_id):
        return _views().organization_member(request, self, member_id)


@service_pages.register(service_pages.ORGANIZATION_REGISTRATION)
class OrganizationRegistrationPage(CachedViewRestrictionsMixin, RoutablePageMixin, Page):
    """Online pre-registration of an accepting organization (A2, Q33): the form an officer
    would otherwise type at the counter; the organization gets a reference number to bring."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["filings.AccountPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("organization registration page")

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        response["Cache-Control"] = "no-store"
        return response

    @path("")
    def form(self, request):
        return _views().organization_registration(request, self)

    @path("done/")
    def done(self, request):
        return _views().organization_registration_done(request, self)
