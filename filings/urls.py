"""Downloads served by the filing domain (SPEC C5). Included by portal/urls.py under the
namespace "filings"; the downloads page links here through PORTAL_DOWNLOAD_URL_NAMES."""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.urls import path, re_path
from django.views.decorators.http import require_GET

from filings.services import templates as bulk_templates
from filings.xlsx import FAMILIES, XLSX_CONTENT_TYPE

app_name = "filings"


@require_GET
def organization_registration_template(request, language: str = "ja"):
    """The registration template in one of the site's languages (each label also in Japanese,
    which the counter reads). Public, like the bulk templates: it holds no personal data."""
    if language not in dict(settings.LANGUAGES):
        raise Http404
    response = HttpResponse(
        bulk_templates.organization_template_bytes(language), content_type=XLSX_CONTENT_TYPE
    )
    filename = bulk_templates.organization_template_filename(language)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def bulk_template(request, family: str, language: str):
    """A bulk template in one of the eight languages. Public: the downloads page links here
    and the workbook holds no personal data, only the reference lists."""
    if family not in FAMILIES or language not in dict(settings.LANGUAGES):
        raise Http404
    response = HttpResponse(
        bulk_templates.template_bytes(family, language), content_type=XLSX_CONTENT_TYPE
    )
    filename = bulk_templates.template_filename(family, language)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


urlpatterns = [
    path(
        "downloads/organization-registration.xlsx",
        organization_registration_template,
        name="organization_registration_template",
    ),
    re_path(
        r"^downloads/organization-registration-(?P<language>[a-z]{2}(?:-[a-z]{4})?)\.xlsx$",
        organization_registration_template,
        name="organization_registration_template",
    ),
    re_path(
        r"^downloads/bulk/(?P<family>[a-z]+)-(?P<language>[a-z]{2}(?:-[a-z]{4})?)\.xlsx$",
        bulk_template,
        name="bulk_template",
    ),
]
