"""What the views of the filing, status and bulk pages share: rendering a page's template,
finding the signed-in filer (or answering for someone who is not one), and the links to the
other service pages of the same language.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse

from filings import service_pages
from filings.models.filing import Filing
from filings.services.drafts import Filer, filer_for


class SeeOther(HttpResponseRedirect):
    """303: the browser fetches the target with GET, so reload never re-sends a form."""

    status_code = 303


# --- helpers ----------------------------------------------------------------------------------


def render_page(request, page, template: str, context: dict, status: int = 200) -> HttpResponse:
    return TemplateResponse(
        request,
        f"filings/filing/{template}.html",
        {"page": page, "self": page, **context},
        status=status,
    )


def sub_url(page, request, path: str = "") -> str:
    return page.get_url(request) + path


def login_redirect(request, page) -> HttpResponse:
    account = service_pages.any_live_page(service_pages.ACCOUNT, page.locale_id)
    base = account.get_url(request) + "login/" if account else "/"
    return HttpResponseRedirect(f"{base}?{urlencode({'next': request.get_full_path()})}")


def filer_or_response(request, page) -> Filer | HttpResponse:
    """The signed-in filer; anonymous visitors go to sign in and come back, anyone else
    (officers, deactivated accounts) is told that filing is for residents and organizations."""
    if not request.user.is_authenticated:
        return login_redirect(request, page)
    filer = filer_for(request.user)
    if filer is None:
        return render_page(request, page, "not_a_filer", {}, status=403)
    return filer


def status_page(page):
    """The status page of `page`'s language."""
    return service_pages.live_page(service_pages.STATUS, page.locale_id)


def filing_page(page):
    return service_pages.live_page(service_pages.FILING, page.locale_id)


def filing_url(request, page, filing: Filing, query: str = "") -> str:
    status = status_page(page)
    base = status.get_url(request) if status else "/"
    return f"{base}{filing.public_id}/{query}"
