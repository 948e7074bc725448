"""Views of the filing and status pages (SPEC F1–F7, S1, N2, N4, N7, N9, X3).

They read requests and show forms; they write nothing themselves: a draft is started and saved
by `filings.services.drafts`, the submit is `filings.services.filing.submit_draft`. Every
step is Post/Redirect/Get, so back, forward and reload re-show a page built from the draft on
the server and never re-send anything. Objects are looked up through the signed-in filer
(`Filing.objects.visible_to`, drafts by user), so another person's id is a 404 (QUALITY C1).
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from filings import errors, fields, rules
from filings.display import display_rows
from filings.forms.filing import SpecForm
from filings.models.accounts import ProxyConsent
from filings.models.filing import FilerType, Filing, FilingDraft
from filings.models.reference import Municipality
from filings.services import drafts, registration
from filings.services import filing as filing_services
from filings.services.drafts import ALL, Filer, NotAllowed
from filings.views.common import (
    SeeOther,
    filer_or_response,
    filing_url,
    render_page,
    status_page,
    sub_url,
)

STEPS = ("identity", "details", "confirm")
STEP_LABELS = {
    "identity": _("Personal details"),
    "details": _("What happened"),
    "confirm": _("Check and send"),
}


def _draft(request, token) -> FilingDraft:
    try:
        return FilingDraft.objects.select_related("resident__status", "organization").get(
            token=token, user=request.user
        )
    except FilingDraft.DoesNotExist:
        raise Http404 from None


def _offers(request, page, filer: Filer, today) -> list[dict]:
    kinds = drafts.kinds_for(filer, today)
    return [
        {
            "kind": kind,
            "label": fields.kind_label(kind),
            "url": sub_url(page, request, f"new/{kind}/"),
        }
        for kind in kinds
    ]


# --- the filing page --------------------------------------------------------------------------


def index(request: HttpRequest, page) -> HttpResponse:
    filer = filer_or_response(request, page)
    if isinstance(filer, HttpResponse):
        return filer
    today = rules.today_in_japan()
    status = status_page(page)
    context: dict = {
        "filer": filer,
        "offers": _offers(request, page, filer, today),
        "status_url": status.get_url(request) if status else "",
    }
    if filer.filer_type == FilerType.RESIDENT:
        obligation = registration.obligation_of(filer.resident, today)
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
                        "url": sub_url(page, request, f"proxy/{consent.public_id}/{kind}/"),
                    }
                    for kind in drafts.kinds_for(filer, today, consent.resident)
                ],
            }
            for consent in consents
        ]
    context["drafts"] = [
        {
            "label": fields.kind_label(d.kind),
            "updated_at": d.updated_at,
            "due_date": d.due_date,
            "url": sub_url(page, request, f"draft/{d.token}/{d.step}/"),
        }
        for d in FilingDraft.objects.filter(user=request.user, filing__isnull=True)[:20]
    ]
    return render_page(request, page, "index", context)


def _start(request, page, filer: Filer, kind: str, consent: ProxyConsent | None = None):
    today = rules.today_in_japan()
    resident = consent.resident if consent is not None else None
    if kind not in drafts.kinds_for(filer, today, resident):
        raise Http404
    if request.method == "POST":
        try:
            draft = drafts.start_draft(filer, kind, today=today, proxy_for=consent)
        except NotAllowed:
            raise Http404 from None
        return SeeOther(sub_url(page, request, f"draft/{draft.token}/identity/"))
    spec = fields.kind_spec(kind)
    return render_page(
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
    filer = filer_or_response(request, page)
    if isinstance(filer, HttpResponse):
        return filer
    return _start(request, page, filer, kind)


def new_proxy(request: HttpRequest, page, consent_id, kind: str) -> HttpResponse:
    filer = filer_or_response(request, page)
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
            "url": sub_url(page, request, f"draft/{draft.token}/{name}/"),
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
    filer = filer_or_response(request, page)
    if isinstance(filer, HttpResponse):
        return filer
    draft = _draft(request, token)
    if draft.filing_id:
        # Already sent: every step of it leads to its receipt (back button, old tabs).
        return SeeOther(filing_url(request, page, draft.filing, "?sent=again"))
    if step not in STEPS:
        raise Http404
    today = rules.today_in_japan()
    if step == "identity":
        return _identity_step(request, page, draft, today)
    identity = drafts.check_identity(draft, draft.data, today=today)
    if not identity.ok:
        return SeeOther(sub_url(page, request, f"draft/{draft.token}/identity/"))
    student = registration.is_student(identity.match.resident)
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
        draft = drafts.save_step(draft, "identity", form.typed(), today=today)
        if form.is_valid():
            cleaned = {spec.code: form.cleaned_data[spec.code] for spec in fields.IDENTITY_FIELDS}
            checked = drafts.check_identity(draft, cleaned, today=today)
            if checked.ok:
                drafts.save_step(draft, "details", cleaned, today=today)
                return SeeOther(sub_url(page, request, f"draft/{draft.token}/details/"))
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
        required=registration.required_overrides(spec, student),
    )
    if request.method == "POST":
        draft = drafts.save_step(draft, "details", form.typed(), today=today)
        if form.is_valid():
            cleaned = {f.code: form.cleaned_data[f.code] for f in spec.event_fields(student)}
            drafts.save_step(draft, "confirm", cleaned, today=today)
            return SeeOther(sub_url(page, request, f"draft/{draft.token}/confirm/"))
    return _step_page(request, page, draft, "details", form, today)


def _step_page(request, page, draft, name, form, today, **extra) -> HttpResponse:
    return render_page(
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
            "back_url": sub_url(page, request, f"draft/{draft.token}/identity/")
            if name != "identity"
            else "",
            **extra,
        },
    )


def _confirm_step(request, page, draft: FilingDraft, today, identity) -> HttpResponse:
    checked = drafts.check_draft(draft, today=today, identity=identity)
    student = registration.is_student(identity.match.resident)
    if not checked.ok:
        return SeeOther(sub_url(page, request, f"draft/{draft.token}/details/"))
    spec = fields.kind_spec(draft.kind)
    late = rules.late_notice(
        min(fields.event_dates(spec, checked.cleaned)),
        today,
        duty_to_try=draft.filer_type == FilerType.ORGANIZATION,
    )
    return render_page(
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
            "submit_url": sub_url(page, request, f"draft/{draft.token}/submit/"),
            "form_errors": [],
        },
    )


def submit(request: HttpRequest, page, token) -> HttpResponse:
    filer = filer_or_response(request, page)
    if isinstance(filer, HttpResponse):
        return filer
    if request.method != "POST":
        return SeeOther(sub_url(page, request, f"draft/{token}/confirm/"))
    try:
        result = filing_services.submit_draft(
            user=request.user,
            token=token,
            submission_token=request.POST.get("submission_token", ""),
            request=request,
            language_code=translation.get_language(),
        )
    except FilingDraft.DoesNotExist:
        raise Http404 from None
    if result.filing is not None:
        query = "?sent=new" if result.created else "?sent=again"
        return SeeOther(filing_url(request, page, result.filing, query))
    draft = _draft(request, token)
    problems = result.checked.errors if result.checked else {}
    if set(problems) - {ALL}:
        # A field no longer passes (the date moved into a new day, a list changed): show it
        # on its step with what was typed.
        step_name = "identity" if set(problems) & set(fields.IDENTITY_CODES) else "details"
        return SeeOther(sub_url(page, request, f"draft/{draft.token}/{step_name}/"))
    return render_page(
        request,
        page,
        "confirm",
        {
            "draft": draft,
            "steps": _steps(page, request, draft, "confirm"),
            "kind_label": fields.kind_label(draft.kind),
            "rows": [],
            "submit_url": sub_url(page, request, f"draft/{draft.token}/submit/"),
            "form_errors": [
                {"message": e.message(), "remedy": e.remedy()} for e in problems.get(ALL, ())
            ],
        },
        status=409,
    )


def again(request: HttpRequest, page, filing_id) -> HttpResponse:
    """ "File again from this copy" (N2, F7): a new draft pre-filled with an earlier filing."""
    filer = filer_or_response(request, page)
    if isinstance(filer, HttpResponse):
        return filer
    filing = Filing.objects.visible_to(request.user).filter(public_id=filing_id).first()
    if filing is None:
        raise Http404
    consent = None
    if filer.filer_type == FilerType.ORGANIZATION and filing.filer_type == FilerType.PROXY:
        consent = registration.active_consent(filer.organization, filing.resident)
        if consent is None:
            raise Http404
    today = rules.today_in_japan()
    if request.method == "POST":
        try:
            draft = drafts.start_draft(
                filer, filing.spec_key, today=today, proxy_for=consent, copy_of=filing
            )
        except NotAllowed:
            raise Http404 from None
        return SeeOther(sub_url(page, request, f"draft/{draft.token}/identity/"))
    return render_page(request, page, "again", {"filing": filing, "kind_label": filing.kind_label})


def municipalities(request: HttpRequest, page) -> HttpResponse:
    """The municipalities of a prefecture for the address picker (reference data, Q62)."""
    code = request.GET.get("prefecture", "")
    found = (
        Municipality.objects.active().filter(prefecture__code=code).values_list("code", "name_ja")
    )
    return JsonResponse({"municipalities": [list(row) for row in found]})
