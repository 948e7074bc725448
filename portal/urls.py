from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from . import views
from .sitemaps import PortalSitemap

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("admin-2fa/setup/", views.otp_setup, name="portal_otp_setup"),
    path("admin-2fa/verify/", views.otp_verify, name="portal_otp_verify"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("filings.urls")),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": PortalSitemap}},
        name="sitemap",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page carries its language in the URL, Japanese included (/ja/ ... /tl/).
urlpatterns += i18n_patterns(
    path("search/", views.search, name="portal_search"),
    # Replaces Wagtail's own front-end login form, which would sign anyone in without the
    # sign-in policy: it only sends the visitor to the account sign-in page.
    path("_util/login/", views.frontend_login, name="wagtailcore_login"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler500 = "portal.views.server_error"
