"""Views of the bulk filing page (SPEC K1–K4, N3, S1; QUALITY D2, D10, C1).

Thin: they read the upload form and hand the file to `filings.services.bulk.receive`; results
are read through `BulkUpload.objects.visible_to`, so another organization's upload is a 404.
Only organization users file in bulk: anonymous visitors sign in first, anyone else is told
what the page is for. A file that cannot be taken at all (none, empty, too big, not a
workbook) re-shows the form with the reason; nothing about it is stored.
"""

from __future__ import annotations

from django import forms
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from filings import errors, fields
from filings.models.bulk import BulkUpload, BulkUploadState, ErrorWorkbookState
from filings.models.filing import FilerType
from filings.services import bulk as bulk_services
from filings.views import bulk_summaries as summaries
from filings.views.common import SeeOther, filer_or_response, status_page

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
LISTED_UPLOADS = 20


def _families() -> dict:
    from filings.xlsx import FAMILIES

    return FAMILIES


class UploadForm(forms.Form):
    family = forms.ChoiceField(
        label=_("Kind of notification"),
        required=False,
        help_text=_(
            "Leave this as it is to recognise it from the template the file was made from."
        ),
    )
    file = forms.FileField(
        label=_("File"),
        help_text=_(
            "The filled-in template (.xlsx), or a CSV file (UTF-8) with the same columns. "
            "At most 300 people and 2 MB per file."
        ),
    )

    again = forms.BooleanField(
        label=_("Yes, file this content again as new notifications"),
        required=False,
    )

    def __init__(self, *args, repeat: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["family"].choices = [("", _("Recognise it from the file"))] + [
            (code, family.label) for code, family in _families().items()
        ]
        self.fields["file"].widget.attrs["accept"] = ".xlsx,.csv"
        if not repeat:
            self.fields["again"].widget = forms.HiddenInput()

    # The catalogue's remedy of the refusal shown, next to its message (how to put it right).
    remedy = ""

    def refuse(self, code: str, **params) -> None:
        """Show the catalogue's message and remedy of a refusal of the whole file."""
        self.add_error("file", errors.message(code, **params))
        self.remedy = errors.remedy(code)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        limit = bulk_services.max_bytes()
        if upload.size > limit:
            self.remedy = errors.remedy("E-BULK-FILE-TOO-LARGE")
            raise forms.ValidationError(
                errors.message("E-BULK-FILE-TOO-LARGE", max_mb=limit // (1024 * 1024))
            )
        if upload.size == 0:
            self.remedy = errors.remedy("E-BULK-NO-ROWS")
            raise forms.ValidationError(errors.message("E-BULK-NO-ROWS"))
        return upload


def _organization_or_response(request, page):
    filer = filer_or_response(request, page)
    if isinstance(filer, HttpResponse):
        return filer
    if filer.filer_type != FilerType.ORGANIZATION:
        return _bulk_render(request, page, "not_organization", {}, status=403)
    return filer


def _bulk_render(request, page, template: str, context: dict, status: int = 200):
    return TemplateResponse(
        request,
        f"filings/bulk/{template}.html",
        {"page": page, "self": page, **context},
        status=status,
    )


def _upload(request, upload_id) -> BulkUpload:
    upload = (
        BulkUpload.objects.visible_to(request.user)
        .select_related("organization")
        .filter(public_id=upload_id)
        .first()
    )
    if upload is None:
        raise Http404
    return upload


def _template_links() -> list[dict]:
    """Download links of every family's template in the reader's language (BULK-A's view)."""
    language = translation.get_language() or "ja"
    links = []
    for code, family in _families().items():
        try:
            url = reverse("filings:bulk_template", kwargs={"family": code, "language": language})
        except NoReverseMatch:
            url = ""
        links.append({"code": code, "label": family.label, "url": url})
    return links


def _upload_url(request, page, upload: BulkUpload, path: str = "") -> str:
    return f"{page.get_url(request)}{upload.public_id}/{path}"


def index(request: HttpRequest, page) -> HttpResponse:
    filer = _organization_or_response(request, page)
    if isinstance(filer, HttpResponse):
        return filer
    form = UploadForm()
    status = 200
    repeat = None
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                received = bulk_services.receive(
                    user=request.user,
                    organization=filer.organization,
                    content=upload.read(),
                    filename=upload.name,
                    family=form.cleaned_data["family"] or None,
                    language_code=translation.get_language(),
                    request=request,
                    again=form.cleaned_data["again"],
                )
            except bulk_services.UploadRefused as refused:
                form.refuse(refused.code, **refused.params)
            else:
                if not received.earlier_day:
                    query = "" if received.created else "?again=1"
                    return SeeOther(_upload_url(request, page, received.upload, query))
                # The same file was filed on an earlier day: ask before filing it again.
                repeat = {
                    "upload": received.upload,
                    "url": _upload_url(request, page, received.upload),
                }
                form = UploadForm(initial={"family": form.cleaned_data["family"]}, repeat=True)
        status = 200 if repeat else 400
    uploads = BulkUpload.objects.visible_to(request.user)[:LISTED_UPLOADS]
    return _bulk_render(
        request,
        page,
        "index",
        {
            "filer": filer,
            "form": form,
            "repeat": repeat,
            "templates": _template_links(),
            "uploads": [
                {"upload": upload, "url": _upload_url(request, page, upload)} for upload in uploads
            ],
        },
        status=status,
    )


def _column_label(family, code: str) -> str:
    if not code:
        return str(_("Personal details"))
    if family is not None:
        try:
            return str(family.header(code))
        except KeyError:
            pass
    return code


def problem_rows(upload: BulkUpload, problems: list[dict]) -> list[dict]:
    family = _families().get(upload.family)
    letters = {}
    if family is not None:
        from openpyxl.utils import get_column_letter

        letters = {code: get_column_letter(i) for i, code in enumerate(family.columns, start=1)}
    return [
        {
            "row": found.get("row") or "",
            "column": _column_label(family, found.get("column", "")),
            # The cell the reader named (a formula), else the template's letter of the column.
            "cell": found.get("params", {}).get("cell")
            or (
                f"{letters[found['column']]}{found['row']}"
                if found.get("column") in letters and found.get("row")
                else ""
            ),
            "code": found.get("code", ""),
            "message": errors.message(found.get("code", ""), **found.get("params", {})),
        }
        for found in problems
    ]


def result(request: HttpRequest, page, upload_id) -> HttpResponse:
    filer = _organization_or_response(request, page)
    if isinstance(filer, HttpResponse):
        return filer
    upload = _upload(request, upload_id)
    shown = None
    if upload.state != BulkUploadState.RECEPTION_ERROR:
        shown = bulk_services.result_rows(upload)
    rows = [
        {
            "number": row.number,
            "filing": row.filing,
            "state": row.shown_state,
            "state_label": row.shown_label,
            "kind_label": fields.kind_label(row.filing.spec_key),
            "errors": [
                errors.message(e.get("code", ""), **e.get("params", {})) for e in row.filing.errors
            ],
        }
        for row in (shown.rows if shown else [])
    ]
    completed = upload.state == BulkUploadState.COMPLETED
    failed = completed and upload.rows_failed
    status = status_page(page)
    return _bulk_render(
        request,
        page,
        "result",
        {
            "upload": upload,
            "family": _families().get(upload.family),
            "progress": bulk_services.progress(upload),
            "problems": problem_rows(upload, upload.problems),
            "summary": summaries.reception(len(upload.problems))
            if upload.state == BulkUploadState.RECEPTION_ERROR
            else "",
            "registration_summary": summaries.registration(upload.rows_failed) if failed else "",
            "all_registered": completed and shown is not None and shown.all_registered,
            "rows": rows,
            "again": request.GET.get("again") == "1",
            "progress_url": _upload_url(request, page, upload, "progress/"),
            "self_url": _upload_url(request, page, upload),
            "workbook": upload.error_workbook_state,
            "workbook_url": _upload_url(request, page, upload, "errors/"),
            "status_url": status.get_url(request) if status else "",
            "back_url": page.get_url(request),
        },
    )


def progress(request: HttpRequest, page, upload_id) -> HttpResponse:
    """The progress bar's data (rows done / total, errors so far); never cached (the page's
    serve sets no-store on every route)."""
    filer = _organization_or_response(request, page)
    if isinstance(filer, HttpResponse):
        return filer
    return JsonResponse(bulk_services.progress(_upload(request, upload_id)))


def error_workbook(request: HttpRequest, page, upload_id) -> HttpResponse:
    """The uploaded workbook back with failing cells marked and explained (N3), as a worker
    built it once: streamed from its storage. Before it is ready, or once it is no longer
    kept, a page says so; an upload with nothing to mark is a 404."""
    filer = _organization_or_response(request, page)
    if isinstance(filer, HttpResponse):
        return filer
    upload = _upload(request, upload_id)
    state = upload.error_workbook_state
    if not state:
        raise Http404
    if state == ErrorWorkbookState.READY and upload.error_workbook:
        try:
            handle = upload.error_workbook.open("rb")
        except FileNotFoundError:
            state = ErrorWorkbookState.UNAVAILABLE
        else:
            stem = upload.filename.rsplit(".", 1)[0] if "." in upload.filename else upload.filename
            return FileResponse(
                handle, as_attachment=True, filename=f"{stem}-errors.xlsx", content_type=XLSX
            )
    building = state == ErrorWorkbookState.BUILDING
    response = _bulk_render(
        request,
        page,
        "workbook_not_ready",
        {
            "upload": upload,
            "building": building,
            "result_url": _upload_url(request, page, upload),
        },
        # 202: accepted and being prepared, ask again shortly; 410: it will not be there again.
        status=202 if building else 410,
    )
    if building:
        response["Retry-After"] = "5"
    return response
