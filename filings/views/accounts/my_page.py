"""My page (SPEC A7, A8, N4, N8): the account at a glance and the way on to the services, the
language of later mails, the mailbox, and a resident's proxy consents."""

from __future__ import annotations

from django_otp import user_has_device

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from filings import service_pages
from filings.forms.accounts import ConsentForm, PreferredLanguageForm
from filings.models.accounts import ProxyConsent
from filings.models.mail import Mail
from filings.models.registry import Organization
from filings.services import accounts as services
from filings.services.mail import mark_read, render
from filings.views.accounts.common import (
    login_redirect,
    membership_of,
    public_user,
    render_account,
    resident_account_of,
    route_url,
)
from portal import policy


def profile(request, page):
    """Auth ID, address, validity and password age (A7, A8, Q40)."""
    if not public_user(request):
        return login_redirect(request, page)
    user = request.user
    expires = policy.password_expires_at(
        user.password_changed_at, settings.PORTAL_PASSWORD_MAX_AGE_DAYS
    )
    account = resident_account_of(request)
    membership = membership_of(request)
    if account is not None:
        valid_until = account.valid_until
    elif membership is not None:
        from filings.rules.accounts import organization_user_valid_until

        valid_until = organization_user_valid_until(user.last_login or user.date_joined)
    else:
        valid_until = None
    context = {
        "account": account,
        "membership": membership,
        "valid_until": valid_until,
        "password_changed_at": user.password_changed_at,
        "password_expires_at": expires,
        "password_age_days": (timezone.now() - user.password_changed_at).days
        if user.password_changed_at
        else None,
        "two_factor": user_has_device(user, confirmed=True),
        "unread": Mail.objects.filter(recipient=user, read_at__isnull=True).count(),
        "services": _my_services(page, membership),
        "preferred_language": dict(settings.LANGUAGES).get(user.language_code, user.language_code),
        "optional_reminders": user.optional_reminders,
    }
    return render_account(request, page, "profile", context)


def _my_services(page, membership) -> list[dict]:
    """My page's way on: filing, the filings filed so far and, for organizations, bulk
    filing; each the service page of this language, found by its type."""
    keys = [service_pages.FILING, service_pages.STATUS]
    if membership is not None:
        keys.append(service_pages.BULK)
    keys.append(service_pages.CHECK)
    found = []
    for key in keys:
        target = service_pages.live_page(key, page.locale_id)
        if target is not None:
            found.append({"key": key, "page": target})
    return found


def inbox(request, page):
    """N8: every mail is also here, so a lost mail never hides anything."""
    if not public_user(request):
        return login_redirect(request, page)
    mails = Mail.objects.filter(recipient=request.user).order_by("-created_at")[:100]
    rows = [{"mail": mail, "subject": render(mail, for_inbox=True).subject} for mail in mails]
    return render_account(request, page, "inbox", {"rows": rows})


def inbox_mail(request, page, mail_id):
    if not public_user(request):
        return login_redirect(request, page)
    mail = Mail.objects.filter(public_id=mail_id, recipient=request.user).first()
    if mail is None:
        raise Http404
    mark_read(mail)
    return render_account(
        request, page, "inbox_mail", {"mail": mail, "content": render(mail, for_inbox=True)}
    )


def consents(request, page):
    """N4: a resident grants or revokes proxy filing by an organization (Q20)."""
    if not public_user(request):
        return login_redirect(request, page)
    account = resident_account_of(request)
    if account is None:
        raise Http404
    form = ConsentForm(request.POST if "grant" in request.POST else None)
    if request.method == "POST" and "revoke" in request.POST:
        consent = ProxyConsent.objects.filter(
            public_id=request.POST.get("revoke"), resident=account.resident
        ).first()
        if consent is not None:
            services.revoke_proxy_consent(account, consent, request=request)
        return redirect(route_url(page, request, "consents"))
    if request.method == "POST" and form.is_valid():
        organization = Organization.objects.filter(
            corporate_number=form.cleaned_data["corporate_number"], is_active=True
        ).first()
        if organization is None or not organization.memberships.exists():
            form.add_error(
                "corporate_number",
                _(
                    "No organization with this corporate number uses the portal. Check the number "
                    "with the organization."
                ),
            )
            form._describe()
        else:
            services.grant_proxy_consent(account, organization, request=request)
            return redirect(route_url(page, request, "consents"))
    active = (
        ProxyConsent.objects.active()
        .filter(resident=account.resident)
        .select_related("organization")
    )
    return render_account(request, page, "consents", {"form": form, "consents": active})


def preferred_language(request, page):
    """The mail settings: the language of later mails (A7; the language travels with the
    person) and the optional reminders."""
    if not public_user(request):
        return login_redirect(request, page)
    form = PreferredLanguageForm(
        request.POST or None,
        initial={
            "language_code": request.user.language_code,
            "optional_reminders": request.user.optional_reminders,
        },
    )
    if request.method == "POST" and form.is_valid():
        services.set_preferred_language(
            request.user, form.cleaned_data["language_code"], request=request
        )
        services.set_optional_reminders(
            request.user, form.cleaned_data["optional_reminders"], request=request
        )
        return redirect(route_url(page, request, "profile"))
    return render_account(request, page, "language", {"form": form})
