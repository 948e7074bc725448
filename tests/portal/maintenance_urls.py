"""URLs for the maintenance tests: the site plus stand-ins for filing-side views, which the
filings app does not serve yet."""

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns


def probe(request, section):
    return HttpResponse(f"{section} open")


def broken(request):
    raise RuntimeError("a bug")


urlpatterns = [
    *i18n_patterns(
        path("filing/probe/", probe, {"section": "filing"}),
        path("account/probe/", probe, {"section": "account"}),
        path("status/probe/", probe, {"section": "status"}),
        path("filing-guide/", probe, {"section": "guide"}),
        path("broken/", broken),
        prefix_default_language=True,
    ),
    path("api/probe/", probe, {"section": "api"}),
    *portal_urlpatterns,
]

handler500 = "portal.views.server_error"
