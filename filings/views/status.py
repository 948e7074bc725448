"""Views of the status page (SPEC S1, N2; Q71, Q72, Q76): a filer's filings with their states,
and one filing in full with its errors and "file again from this copy". Another person's
filing is a 404 (QUALITY C1): filings are looked up through `Filing.objects.visible_to`.
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse

from filings import errors, fields, rules, service_pages
from filings.display import rows_as_filed
from filings.models.bulk import BulkUpload
from filings.models.filing import FilerType, Filing, FilingState
from filings.services.drafts import Filer
from filings.views.common import filer_or_response, filing_page, render_page


def status_index(request: HttpRequest, page) -> HttpResponse:
    filer = filer_or_response(request, page)
    if isinstance(filer, HttpResponse):
        return filer
    filings = (
        Filing.objects.visible_to(request.user)
        .only(
            "public_id",
            "receipt_number",
            "kind",
            "second_kind",
            "name_latin",
            "state",
            "received_at",
            "due_date",
            "is_late",
            "filer_type",
        )
        .order_by("-received_at", "-id")
    )
    paginator = Paginator(filings, 50)
    listing = paginator.get_page(request.GET.get("page"))
    return render_page(
        request,
        page,
        "status_index",
        {
            "filer": filer,
            "listing": listing,
            "base_url": page.get_url(request),
            **_bulk_uploads(request, page, filer),
        },
    )


def _bulk_uploads(request, page, filer: Filer) -> dict:
    """An organization's bulk files with state and counts, linked to their result pages (S1);
    each row's filing is also in the filing list above."""
    if filer.filer_type != FilerType.ORGANIZATION:
        return {}
    bulk_page = service_pages.live_page(service_pages.BULK, page.locale_id)
    if bulk_page is None:
        return {}
    base = bulk_page.get_url(request)
    return {
        "bulk_uploads": [
            {"upload": upload, "url": f"{base}{upload.public_id}/"}
            for upload in BulkUpload.objects.visible_to(request.user)[:20]
        ],
        "bulk_url": base,
    }


def status_detail(request: HttpRequest, page, filing_id) -> HttpResponse:
    filer = filer_or_response(request, page)
    if isinstance(filer, HttpResponse):
        return filer
    filing = (
        Filing.objects.visible_to(request.user)
        .select_related("organization", "superseded_by")
        .filter(public_id=filing_id)
        .first()
    )
    if filing is None:
        raise Http404
    spec = fields.kind_spec(filing.spec_key)
    error_rows = [
        {
            "code": e.get("code", ""),
            "message": errors.message(
                e.get("code", "E-REGISTRATION-FAILED"), **e.get("params", {})
            ),
            "remedy": errors.remedy(e.get("code", "E-REGISTRATION-FAILED")),
        }
        for e in filing.errors
    ]
    again_page = filing_page(page)
    can_file_again = filing.state == FilingState.REGISTRATION_ERROR and again_page is not None
    return render_page(
        request,
        page,
        "status_detail",
        {
            "filing": filing,
            "rows": rows_as_filed(spec, filing.data),
            "error_rows": error_rows,
            "sent": request.GET.get("sent", ""),
            "late": rules.late_notice(
                filing.event_date,
                filing.filed_on,
                duty_to_try=filing.filer_type == FilerType.ORGANIZATION,
            ),
            "again_url": again_page.get_url(request) + f"again/{filing.public_id}/"
            if can_file_again
            else "",
            "back_url": page.get_url(request),
        },
    )
