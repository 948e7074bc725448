"""Views of the filing and status pages (SPEC F1–F7, S1, N2, N4, N7, N9, X3).

Thin: they read requests, show forms and hand every write to `filings.services.filing`. Every
step is Post/Redirect/Get, so back, forward and reload re-show a page built from the draft on
the server and never re-send anything. Objects are looked up through the signed-in filer
(`Filing.objects.visible_to`, drafts by user), so another person's id is a 404 (QUALITY C1).
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from filings import errors, fields, rules
from filings.forms.filing import SpecForm
from filings.models import (
    FilerType,
    Filing,
    FilingDraft,
    FilingState,
    Municipality,
    Nationality,
    Prefecture,
    ProxyConsent,
)
from filings.pages.accounts import AccountPage
from filings.services import filing as filing_services
from filings.services.filing import ALL, Filer, NotAllowed, filer_for
from portal.page_cache import cached_fragment

STEPS = ("identity", "details", "confirm")
STEP_LABELS = {
    "identity": _("Personal details"),
    "details": _("What happened"),
    "confirm": _("Check and send"),
}


class SeeOther(HttpResponseRedirect):
    """303: the browser fetches the target with GET, so reload never re-sends a form."""

    status_code = 303


# --- helpers ----------------------------------------------------------------------------------


def _render(request, page, template: str, context: dict, status: int = 200) -> HttpResponse:
    return TemplateResponse(
        request,
        f"filings/filing/{template}.html",
        {"page": page, "self": page, **context},
        status=status,
    )


def _sub(page, request, path: str = "") -> str:
    return page.get_url(request) + path


def _login_redirect(request, page) -> HttpResponse:
    accounts = AccountPage.objects.live()
    account = accounts.filter(locale=page.locale).first() or accounts.first()
    base = account.get_url(request) + "login/" if account else "/"
    return HttpResponseRedirect(f"{base}?{urlencode({'next': request.get_full_path()})}")


def _filer_or_response(request, page) -> Filer | HttpResponse:
    """The signed-in filer; anonymous visitors go to sign in and come back, anyone else
    (officers, deactivated accounts) is told that filing is for residents and organizations."""
    if not request.user.is_authenticated:
        return _login_redirect(request, page)
    filer = filer_for(request.user)
    if filer is None:
        return _render(request, page, "not_a_filer", {}, status=403)
    return filer


def _status_page(page):
    from filings.models import StatusPage

    return cached_fragment(
        f"status-page:{page.locale_id}",
        lambda: StatusPage.objects.live().filter(locale_id=page.locale_id).first(),
    )


def _filing_page(page):
    from filings.models import FilingPage

    return cached_fragment(
        f"filing-page:{page.locale_id}",
        lambda: FilingPage.objects.live().filter(locale_id=page.locale_id).first(),
    )


def _filing_url(request, page, filing: Filing, query: str = "") -> str:
    status = _status_page(page)
    base = status.get_url(request) if status else "/"
    return f"{base}{filing.public_id}/{query}"


def _draft(request, token) -> FilingDraft:
    try:
        return FilingDraft.objects.select_related("resident__status", "organization").get(
            token=token, user=request.user
        )
    except FilingDraft.DoesNotExist:
        raise Http404 from None


def _offers(request, page, filer: Filer, today) -> list[dict]:
    kinds = filing_services.kinds_for(filer, today)
    return [
        {"kind": kind, "label": fields.kind_label(kind), "url": _sub(page, request, f"new/{kind}/")}
        for kind in kinds
    ]


# --- the filing page --------------------------------------------------------------------------


def index(request: HttpRequest, page) -> HttpResponse:
    filer = _filer_or_response(request, page)
    if isinstance(filer, HttpResponse):
        return filer
    today = rules.today_in_japan()
    status = _status_page(page)
    context: dict = {
        "filer": filer,
        "offers": _offers(request, page, filer, today),
        "status_url": status.get_url(request) if status else "",
    }
    if filer.filer_type == FilerType.RESIDENT:
        obligation = filing_services.obligation_of(filer.resident, today)
        if not obligation.must_file:
            context["no_filing"] = {
                "message": errors.message(obligation.reason),
                "remedy": errors.remedy(obligation.reason),
            }
    else:
        consents = (
            ProxyConsent.objects.active()
            .filter(organization=filer.organization)
            .select_related("resident__status")
        )
        context["proxies"] = [
            {
                "resident": consent.resident,
                "offers": [
                    {
                        "kind": kind,
                        "label": fields.kind_label(kind),
                        "url": _sub(page, request, f"proxy/{consent.public_id}/{kind}/"),
                    }
                    for kind in filing_services.kinds_for(filer, today, consent.resident)
                ],
            }
            for consent in consents
        ]
    context["drafts"] = [
        {
            "label": fields.kind_label(d.kind),
            "updated_at": d.updated_at,
            "due_date": d.due_date,
            "url": _sub(page, request, f"draft/{d.token}/{d.step}/"),
        }
        for d in FilingDraft.objects.filter(user=request.user, filing__isnull=True)[:20]
    ]
    return _render(request, page, "index", context)


def _start(request, page, filer: Filer, kind: str, consent: ProxyConsent | None = None):
    today = rules.today_in_japan()
    resident = consent.resident if consent is not None else None
    if kind not in filing_services.kinds_for(filer, today, resident):
        raise Http404
    if request.method == "POST":
        try:
            draft = filing_services.start_draft(filer, kind, today=today, proxy_for=consent)
        except NotAllowed:
            raise Http404 from None
        return SeeOther(_sub(page, request, f"draft/{draft.token}/identity/"))
    spec = fields.kind_spec(kind)
    return _render(
        request,
        page,
        "start",
        {
            "spec": spec,
            "kind_label": spec.label,
            "consent": consent,
            "fields_list": [f.label for f in spec.fields],
        },
    )


def new(request: HttpRequest, page, kind: str) -> HttpResponse:
    filer = _filer_or_response(request, page)
    if isinstance(filer, HttpResponse):
        return filer
    return _start(request, page, filer, kind)


def new_proxy(request: HttpRequest, page, consent_id, kind: str) -> HttpResponse:
    filer = _filer_or_response(request, page)
    if isinstance(filer, HttpResponse):
        return filer
    if filer.filer_type != FilerType.ORGANIZATION:
        raise Http404
    consent = (
        ProxyConsent.objects.active()
        .select_related("resident__status")
        .filter(public_id=consent_id, organization=filer.organization)
        .first()
    )
    if consent is None:
        raise Http404
    return _start(request, page, filer, kind, consent)


def _steps(page, request, draft: FilingDraft, current: str) -> list[dict]:
    return [
        {
            "name": name,
            "label": STEP_LABELS[name],
            "url": _sub(page, request, f"draft/{draft.token}/{name}/"),
            "current": name == current,
        }
        for name in STEPS
    ]


def _due_banner(draft: FilingDraft, today) -> dict | None:
    spec = fields.kind_spec(draft.kind)
    try:
        found = fields.deadline_of(spec, draft.data, today)
    except ValueError:
        return None
    if any(day > today for day in fields.event_dates(spec, draft.data)):
        return None
    return {"due": found.due, "days_left": found.days_left, "late": found.late}


def step(request: HttpRequest, page, token, step: str) -> HttpResponse:
    filer = _filer_or_response(request, page)
    if isinstance(filer, HttpResponse):
        return filer
    draft = _draft(request, token)
    if draft.filing_id:
        # Already sent: every step of it leads to its receipt (back button, old tabs).
        return SeeOther(_filing_url(request, page, draft.filing, "?sent=again"))
    if step not in STEPS:
        raise Http404
    today = rules.today_in_japan()
    if step == "identity":
        return _identity_step(request, page, draft, today)
    identity = filing_services.check_identity(draft, draft.data, today=today)
    if not identity.ok:
        return SeeOther(_sub(page, request, f"draft/{draft.token}/identity/"))
    student = filing_services.is_student(identity.match.resident)
    if step == "details":
        return _details_step(request, page, draft, today, student)
    return _confirm_step(request, page, draft, today, identity)


def _identity_step(request, page, draft: FilingDraft, today) -> HttpResponse:
    form = SpecForm(
        fields.IDENTITY_FIELDS,
        data=request.POST if request.method == "POST" else None,
        initial=draft.data,
        today=today,
    )
    mark_identity = False
    if request.method == "POST":
        draft = filing_services.save_step(draft, "identity", form.typed(), today=today)
        if form.is_valid():
            cleaned = {spec.code: form.cleaned_data[spec.code] for spec in fields.IDENTITY_FIELDS}
            checked = filing_services.check_identity(draft, cleaned, today=today)
            if checked.ok:
                filing_services.save_step(draft, "details", cleaned, today=today)
                return SeeOther(_sub(page, request, f"draft/{draft.token}/details/"))
            for error in checked.errors.get(ALL, ()):
                form.add_error(None, errors.as_validation_error(error))
                mark_identity = error.code == "E-IDENTITY-MISMATCH"
    return _step_page(request, page, draft, "identity", form, today, mark_identity=mark_identity)


def _details_step(request, page, draft: FilingDraft, today, student) -> HttpResponse:
    spec = fields.kind_spec(draft.kind)
    form = SpecForm(
        spec.event_fields(student),
        data=request.POST if request.method == "POST" else None,
        initial=draft.data,
        today=today,
        required=filing_services.required_overrides(spec, student),
    )
    if request.method == "POST":
        draft = filing_services.save_step(draft, "details", form.typed(), today=today)
        if form.is_valid():
            cleaned = {f.code: form.cleaned_data[f.code] for f in spec.event_fields(student)}
            filing_services.save_step(draft, "confirm", cleaned, today=today)
            return SeeOther(_sub(page, request, f"draft/{draft.token}/confirm/"))
    return _step_page(request, page, draft, "details", form, today)


def _step_page(request, page, draft, name, form, today, **extra) -> HttpResponse:
    return _render(
        request,
        page,
        "step",
        {
            "draft": draft,
            "form": form,
            "step_name": name,
            "steps": _steps(page, request, draft, name),
            "kind_label": fields.kind_label(draft.kind),
            "due": _due_banner(draft, today),
            "back_url": _sub(page, request, f"draft/{draft.token}/identity/")
            if name != "identity"
            else "",
            **extra,
        },
    )


def display_rows(spec: fields.KindSpec, data: dict, student: bool | None) -> list[dict[str, str]]:
    """Each field filed, labelled, with codes shown as names in the reader's language."""
    lookups = {
        fields.ChoiceSource.NATIONALITY: lambda code: _label(Nationality, code),
        fields.ChoiceSource.PREFECTURE: lambda code: _label(Prefecture, code),
        fields.ChoiceSource.MUNICIPALITY: lambda code: _label(Municipality, code),
        fields.ChoiceSource.SEX: lambda code: dict(_choices("sex")).get(code, code),
        fields.ChoiceSource.LEAVING_REASON: lambda code: dict(_choices("reason")).get(code, code),
    }
    rows = []
    for field_spec in spec.all_fields(student):
        value = str(data.get(field_spec.code, "") or "")
        if field_spec.choices in lookups and value:
            shown = lookups[field_spec.choices](value)
        elif field_spec.type in (fields.FieldType.PAST_DATE, fields.FieldType.EVENT_DATE) and value:
            from filings.templatetags.filing_tags import long_date

            shown = long_date(value)
        else:
            shown = value
        rows.append({"code": field_spec.code, "label": field_spec.label, "value": shown})
    return rows


def _label(model, code: str) -> str:
    found = model.objects.filter(code=code).first()
    return found.label if found else code


def _choices(name: str):
    from filings.constants import Sex, StudentLeavingReason

    return (Sex if name == "sex" else StudentLeavingReason).choices


def _confirm_step(request, page, draft: FilingDraft, today, identity) -> HttpResponse:
    checked = filing_services.check_draft(draft, today=today, identity=identity)
    student = filing_services.is_student(identity.match.resident)
    if not checked.ok:
        return SeeOther(_sub(page, request, f"draft/{draft.token}/details/"))
    spec = fields.kind_spec(draft.kind)
    late = rules.late_notice(min(fields.event_dates(spec, checked.cleaned)), today)
    return _render(
        request,
        page,
        "confirm",
        {
            "draft": draft,
            "steps": _steps(page, request, draft, "confirm"),
            "kind_label": spec.label,
            "rows": display_rows(spec, checked.cleaned, student),
            "due": _due_banner(draft, today),
            "late": late,
            "submit_url": _sub(page, request, f"draft/{draft.token}/submit/"),
            "form_errors": [],
        },
    )


def submit(request: HttpRequest, page, token) -> HttpResponse:
    filer = _filer_or_response(request, page)
    if isinstance(filer, HttpResponse):
        return filer
    if request.method != "POST":
        return SeeOther(_sub(page, request, f"draft/{token}/confirm/"))
    try:
        result = filing_services.submit_draft(
            user=request.user,
            token=token,
            submission_token=request.POST.get("submission_token", ""),
            request=request,
        )
    except FilingDraft.DoesNotExist:
        raise Http404 from None
    if result.filing is not None:
        query = "?sent=new" if result.created else "?sent=again"
        return SeeOther(_filing_url(request, page, result.filing, query))
    draft = _draft(request, token)
    problems = result.checked.errors if result.checked else {}
    if set(problems) - {ALL}:
        # A field no longer passes (the date moved into a new day, a list changed): show it
        # on its step with what was typed.
        step_name = "identity" if set(problems) & set(fields.IDENTITY_CODES) else "details"
        return SeeOther(_sub(page, request, f"draft/{draft.token}/{step_name}/"))
    return _render(
        request,
        page,
        "confirm",
        {
            "draft": draft,
            "steps": _steps(page, request, draft, "confirm"),
            "kind_label": fields.kind_label(draft.kind),
            "rows": [],
            "submit_url": _sub(page, request, f"draft/{draft.token}/submit/"),
            "form_errors": [
                {"message": e.message(), "remedy": e.remedy()} for e in problems.get(ALL, ())
            ],
        },
        status=409,
    )


def again(request: HttpRequest, page, filing_id) -> HttpResponse:
    """ "File again from this copy" (N2, F7): a new draft pre-filled with an earlier filing."""
    filer = _filer_or_response(request, page)
    if isinstance(filer, HttpResponse):
        return filer
    filing = Filing.objects.visible_to(request.user).filter(public_id=filing_id).first()
    if filing is None:
        raise Http404
    consent = None
    if filer.filer_type == FilerType.ORGANIZATION and filing.filer_type == FilerType.PROXY:
        consent = filing_services.active_consent(filer.organization, filing.resident)
        if consent is None:
            raise Http404
    today = rules.today_in_japan()
    if request.method == "POST":
        try:
            draft = filing_services.start_draft(
                filer, filing.spec_key, today=today, proxy_for=consent, copy_of=filing
            )
        except NotAllowed:
            raise Http404 from None
        return SeeOther(_sub(page, request, f"draft/{draft.token}/identity/"))
    return _render(request, page, "again", {"filing": filing, "kind_label": filing.kind_label})


def municipalities(request: HttpRequest, page) -> HttpResponse:
    """The municipalities of a prefecture for the address picker (reference data, Q62)."""
    code = request.GET.get("prefecture", "")
    found = (
        Municipality.objects.active().filter(prefecture__code=code).values_list("code", "name_ja")
    )
    return JsonResponse({"municipalities": [list(row) for row in found]})


# --- the status page --------------------------------------------------------------------------


def status_index(request: HttpRequest, page) -> HttpResponse:
    filer = _filer_or_response(request, page)
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
    return _render(
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
    from filings.models import BulkPage, BulkUpload

    bulk_page = BulkPage.objects.live().filter(locale=page.locale).first()
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
    filer = _filer_or_response(request, page)
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
    filing_page = _filing_page(page)
    can_file_again = filing.state == FilingState.REGISTRATION_ERROR and filing_page is not None
    return _render(
        request,
        page,
        "status_detail",
        {
            "filing": filing,
            "rows": rows_as_filed(spec, filing.data),
            "error_rows": error_rows,
            "sent": request.GET.get("sent", ""),
            "late": rules.late_notice(filing.event_date, filing.filed_on),
            "again_url": filing_page.get_url(request) + f"again/{filing.public_id}/"
            if can_file_again
            else "",
            "back_url": page.get_url(request),
        },
    )


def rows_as_filed(spec: fields.KindSpec, data: dict) -> list[dict[str, str]]:
    """Every field that was filed, in the spec's order: identity always, event fields where a
    value was given (a field for students only is absent for everyone else)."""
    return [
        row
        for row in display_rows(spec, data, None)
        if row["code"] in fields.IDENTITY_CODES or data.get(row["code"])
    ]
