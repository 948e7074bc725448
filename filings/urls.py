"""Downloads served by the filing domain (SPEC C5). Included by portal/urls.py under the
namespace "filings"; the downloads page links here through PORTAL_DOWNLOAD_URL_NAMES."""

from django.http import HttpResponse
from django.urls import path
from django.views.decorators.http import require_GET

from filings import org_template

app_name = "filings"


@require_GET
def organization_registration_template(request):
    response = HttpResponse(
        org_template.build(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="organization-registration.xlsx"'
    return response


urlpatterns = [
    path(
        "downloads/organization-registration.xlsx",
        organization_registration_template,
        name="organization_registration_template",
    ),
]
