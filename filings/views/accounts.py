"""Views of the account pages (routes of `filings.models.AccountPage` and
`OrganizationRegistrationPage`). Thin: forms check, `filings.services.accounts` writes.

Security notes (QUALITY A5–A11, B2, B4, C5, G1): sign-in rotates the session; sign-out is a
POST; re-notification answers the same whatever the data; per-IP limits use the cache; every
outcome is audited; pages are never cached (the page's serve() sets no-store).
"""

from __future__ import annotations

import base64
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.conf import settings
from django.contrib.auth import get_user_model, login, logout
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from filings import auth_backends, service_pages
from filings.errors import message, remedy, validation_error
from filings.forms.accounts import (
    AddOrganizationUserForm,
    ChangeEmailForm,
    ConsentForm,
    LoginForm,
    OrganizationRegistrationForm,
    OTPCodeForm,
    PreferredLanguageForm,
    RegistrationForm,
    RenotifyForm,
    ResetPasswordForm,
    SetPasswordForm,
)
from filings.models.accounts import (
    AccountToken,
    OrganizationMembership,
    OrganizationRegistration,
    ProxyConsent,
    ResidentAccount,
)
from filings.models.mail import Mail
from filings.models.registry import Organization
from filings.services import accounts as services
from filings.services.accounts import AccountError
from filings.services.mail import mark_read, render
from portal import policy, signin, throttle
from portal.audit import record
from portal.client_ip import client_ip
from portal.models import AuditEvent

User = get_user_model()

PENDING_2FA = "_portal_pending_2fa_user"
REGISTERED_REFERENCE = "_portal_org_registration_reference"
RENOTIFY_PER_IP = 10  # per hour
REGISTER_PER_IP = 20  # per hour
ADD_USER_PER_HOUR = 30  # attempts of one organization administrator to add a user


# --- helpers ---------------------------------------------------------------------------------


def _url(page, request: HttpRequest, name: str, *args) -> str:
    return page.get_url(request) + page.reverse_subpage(name, args=args)


def _render(request, page, template: str, context: dict | None = None, status: int = 200):
    return TemplateResponse(
        request,
        f"filings/account/{template}.html",
        {"page": page, "self": page, "account_page": page, **(context or {})},
        status=status,
    )


def _ip(request: HttpRequest) -> str:
    """The client's address for the per-address limits (`portal.client_ip`: behind the proxy,
    the address the proxy saw, never the proxy's own). A request without any address cannot
    come over a socket; it gets its own key rather than a shared one."""
    return client_ip(request) or f"no-address:{id(request)}"


def _too_many(request, page, action: str) -> HttpResponse:
    record(action, request=request, outcome=AuditEvent.Outcome.DENIED, details={"reason": "rate"})
    response = _render(
        request,
        page,
        "message",
        {
            "title": message("E-TOO-MANY-REQUESTS"),
            "text": remedy("E-TOO-MANY-REQUESTS"),
        },
        status=429,
    )
    response["Retry-After"] = "600"
    return response


def _too_many_logins(request, page) -> HttpResponse:
    """The per-address limit of failed password checks (the check already audited it)."""
    response = _render(
        request,
        page,
        "message",
        {"title": message("E-TOO-MANY-REQUESTS"), "text": remedy("E-TOO-MANY-REQUESTS")},
        status=429,
    )
    response["Retry-After"] = str(signin.WINDOW)
    return response


def _public_user(request) -> bool:
    user = request.user
    return user.is_authenticated and user.kind != User.Kind.STAFF


def _login_redirect(request, page) -> HttpResponse:
    target = _url(page, request, "login")
    return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")


def _safe_next(request, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


def _membership(request) -> OrganizationMembership | None:
    return (
        OrganizationMembership.objects.select_related("organization", "user")
        .filter(user=request.user)
        .first()
    )


def _resident_account(request) -> ResidentAccount | None:
    return ResidentAccount.objects.select_related("resident").filter(user=request.user).first()


def _apply_account_error(form, error: AccountError) -> None:
    identity_fields = set(getattr(form, "identity_fields", ()))
    if error.code == "E-IDENTITY-MISMATCH" and set(error.fields) & identity_fields:
        form.mark_identity(error.code, error.fields)
        return
    target = next((name for name in error.fields if name in form.fields), None)
    form.add_error(target, validation_error(error.code, **dict(error.params)))
    if target is None or error.code in ("E-ACCOUNT-EXISTS", "E-CARD-ISSUED-TODAY"):
        form.remedy = remedy(error.code)
    form._describe()


# --- index, registration ----------------------------------------------------------------------


def index(request, page):
    if _public_user(request):
        return redirect(_url(page, request, "profile"))
    timed_out = request.session.pop("_portal_timed_out", "") if hasattr(request, "session") else ""
    return _render(request, page, "index", {"timed_out": timed_out})


def register(request, page):
    """A1: card data, auth ID, password, e-mail; the registration mail follows (A9)."""
    form = RegistrationForm(request.POST or None)
    if request.method == "POST":
        if not throttle.hit("register-ip", _ip(request), limit=REGISTER_PER_IP, window=3600):
            return _too_many(request, page, "account.register")
        if form.is_valid():
            data = form.cleaned_data
            try:
                user = services.register_resident(
                    identity=form.identity(),
                    auth_id=data["auth_id"],
                    password=data["password1"],
                    email=data["email"],
                    language_code=translation.get_language(),
                    request=request,
                )
            except AccountError as error:
                _apply_account_error(form, error)
            else:
                login(request, user, backend=auth_backends.PATH)
                record(
                    "login.success",
                    request=request,
                    actor=user,
                    target=user,
                    details={"after": "registration"},
                )
                return redirect(_url(page, request, "register_done"))
    return _render(request, page, "register", {"form": form})


def register_done(request, page):
    if not _public_user(request):
        return _login_redirect(request, page)
    return _render(request, page, "register_done")


# --- sign-in ---------------------------------------------------------------------------------


def _locked_response(request, page, form):
    """One lock message for every kind of user, so it tells nobody what kind an ID is."""
    code = "E-ACCOUNT-LOCKED"
    request.portal_lockout_handled = True
    form.add_error(None, services_error(code))
    return _render(
        request, page, "login", {"form": form, "locked": True, "remedy": remedy(code)}, status=429
    )


def services_error(code: str):
    return validation_error(code)


def _link_invalid(request, page):
    """One answer for every used, expired or unknown mailed link (410 Gone)."""
    return _render(
        request,
        page,
        "message",
        {"title": message("E-LINK-INVALID"), "text": remedy("E-LINK-INVALID")},
        status=410,
    )


def login_view(request, page):
    """Auth ID (case-sensitive) and password; django-axes counts failures per auth ID and
    refuses even the right password while locked (A5, QUALITY A7). Password checks for one
    auth ID run one at a time (a row lock), so parallel guesses cannot slip past the limit
    (A8). A wrong password and an unknown ID answer alike (A11)."""
    if _public_user(request):
        return redirect(_safe_next(request, _url(page, request, "profile")))
    form = LoginForm(request.POST or None)
    context = {
        "form": form,
        "next": _safe_next(request, ""),
        "timed_out": request.session.pop("_portal_timed_out", ""),
    }
    if request.method != "POST":
        return _render(request, page, "login", context)
    if not form.is_valid():
        return _render(request, page, "login", context)
    checked = signin.check_password(
        request,
        username=form.cleaned_data["auth_id"],
        password=form.cleaned_data["password"],
        door=signin.ACCOUNT,
    )
    if checked.throttled:
        return _too_many_logins(request, page)
    if checked.locked:
        return _locked_response(request, page, form)
    if not checked.ok:
        form.add_error(None, services_error("E-LOGIN-FAILED"))
        context["remedy"] = remedy("E-LOGIN-FAILED")
        return _render(request, page, "login", context, status=200)
    user = checked.user
    if user_has_device(user, confirmed=True):
        request.session.cycle_key()
        request.session[PENDING_2FA] = user.pk
        request.session["_portal_pending_next"] = context["next"]
        return redirect(_url(page, request, "login_verify"))
    login(request, user)
    record("login.success", request=request, actor=user, target=user)
    return redirect(_safe_next(request, _url(page, request, "profile")))


def login_verify(request, page):
    """The second factor of a resident or organization user who enabled it."""
    user_id = request.session.get(PENDING_2FA)
    user = User.objects.filter(pk=user_id, is_active=True).first() if user_id else None
    if user is None:
        return redirect(_url(page, request, "login"))
    form = OTPCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = _verify_totp(user, form.cleaned_data["otp_token"])
        if device is not None:
            next_url = request.session.pop("_portal_pending_next", "")
            request.session.pop(PENDING_2FA, None)
            login(request, user, backend=auth_backends.PATH)
            otp_login(request, device)
            record(
                "login.success",
                request=request,
                actor=user,
                target=user,
                details={"second_factor": True},
            )
            return redirect(next_url or _url(page, request, "profile"))
        record(
            "otp.failure",
            request=request,
            actor=user,
            target=user,
            outcome=AuditEvent.Outcome.FAILURE,
        )
        form.add_error("otp_token", _("This code is not valid. Try the newest code."))
        form._describe()
    return _render(request, page, "login_verify", {"form": form})


def _verify_totp(user, token: str):
    token = token.replace(" ", "")
    with transaction.atomic():
        for device in TOTPDevice.objects.select_for_update().filter(user=user, confirmed=True):
            allowed, _data = device.verify_is_allowed()
            if allowed and device.verify_token(token):
                return device
    return None


def logout_view(request, page):
    """Sign-out is a POST (no state change on GET, QUALITY C5); the session is flushed."""
    if request.method == "POST":
        if request.user.is_authenticated:
            record("logout", request=request, target=request.user)
        logout(request)
        return _render(request, page, "logged_out")
    if not request.user.is_authenticated:
        return redirect(_url(page, request, "login"))
    return _render(request, page, "logout")


# --- re-notification (A6) -------------------------------------------------------------------


def renotify(request, page):
    form = RenotifyForm(request.POST or None)
    if request.method == "POST":
        if not throttle.hit("renotify-ip", _ip(request), limit=RENOTIFY_PER_IP, window=3600):
            return _too_many(request, page, "account.renotify")
        if form.is_valid():
            services.request_renotification(identity=form.identity(), request=request)
            # The same answer whether or not anything matched (QUALITY A11).
            return redirect(_url(page, request, "renotify_password") + "?sent=1")
    return _render(request, page, "renotify", {"form": form})


def renotify_password(request, page):
    form = ResetPasswordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.reset_password_with_code(
                auth_id=data["auth_id"],
                code=data["code"],
                password=data["password1"],
                request=request,
            )
        except AccountError as error:
            _apply_account_error(form, error)
        else:
            return _render(
                request,
                page,
                "message",
                {
                    "title": _("Your new password is set"),
                    "text": _(
                        "You can sign in with it now. A lock after wrong passwords has been lifted."
                    ),
                    "link": _url(page, request, "login"),
                    "link_label": _("Sign in"),
                },
            )
    return _render(
        request, page, "renotify_password", {"form": form, "sent": request.GET.get("sent") == "1"}
    )


def activate(request, page, token: str):
    """An organization user sets their first password through the mailed link."""
    if not services.peek_link_token(AccountToken.Purpose.ACTIVATION, token):
        return _link_invalid(request, page)
    user_id = token.partition("-")[0]
    user = User.objects.get(pk=int(user_id))
    form = SetPasswordForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.activate_account(
                token, password=form.cleaned_data["password1"], request=request
            )
        except AccountError:
            return _link_invalid(request, page)
        return _render(
            request,
            page,
            "message",
            {
                "title": _("Your password is set"),
                "text": _("Sign in with your auth ID %(auth_id)s and the new password.")
                % {"auth_id": user.username},
                "link": _url(page, request, "login"),
                "link_label": _("Sign in"),
            },
        )
    return _render(request, page, "activate", {"form": form, "auth_id": user.username})


# --- signed in -------------------------------------------------------------------------------


def profile(request, page):
    """Auth ID, address, validity and password age (A7, A8, Q40)."""
    if not _public_user(request):
        return _login_redirect(request, page)
    user = request.user
    expires = policy.password_expires_at(
        user.password_changed_at, settings.PORTAL_PASSWORD_MAX_AGE_DAYS
    )
    account = _resident_account(request)
    membership = _membership(request)
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
    }
    return _render(request, page, "profile", context)


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


def change_password(request, page):
    """After sign-in, and the only page an expired password reaches (A4, Q48, Q49)."""
    if not _public_user(request):
        return _login_redirect(request, page)
    from portal.policy import password_expired

    expired = request.user.password_must_change or password_expired(
        request.user.password_changed_at, timezone.now(), settings.PORTAL_PASSWORD_MAX_AGE_DAYS
    )
    form = SetPasswordForm(
        request.user, request.POST or None, require_current=True, request=request
    )
    if request.method == "POST" and form.is_valid():
        services.change_password(
            request.user, password=form.cleaned_data["password1"], request=request
        )
        return _render(
            request,
            page,
            "message",
            {
                "title": _("Your password has been changed"),
                "text": _(
                    "Other sessions with the old password have been signed out. A mail "
                    "confirms the change."
                ),
                "link": _url(page, request, "profile"),
                "link_label": _("Back to your account"),
            },
        )
    return _render(
        request,
        page,
        "password",
        {
            "form": form,
            "expired": expired,
            "expired_message": message("E-PASSWORD-EXPIRED") if expired else "",
            "expired_remedy": remedy("E-PASSWORD-EXPIRED") if expired else "",
        },
    )


def change_email(request, page):
    if not _public_user(request):
        return _login_redirect(request, page)
    form = ChangeEmailForm(request.user, request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        services.request_email_change(
            request.user, new_email=form.cleaned_data["email"], request=request
        )
        return _render(
            request,
            page,
            "message",
            {
                "title": _("Check your new mailbox"),
                "text": _(
                    "We have sent a confirmation link to the new address. The address "
                    "changes when you open the link, within one hour. A notice has also "
                    "gone to your current address."
                ),
                "link": _url(page, request, "profile"),
                "link_label": _("Back to your account"),
            },
        )
    return _render(request, page, "email", {"form": form})


def confirm_email(request, page, token: str):
    """The link from the mail opens a confirmation button: mail scanners that follow links
    must not change the address (no state change on GET)."""
    if request.method == "POST":
        try:
            services.confirm_email_change(token, request=request)
        except AccountError:
            return _link_invalid(request, page)
        return _render(
            request,
            page,
            "message",
            {
                "title": _("Your e-mail address has been changed"),
                "text": _("Mails about your account and filings now go to the new address."),
                "link": _url(page, request, "profile"),
                "link_label": _("Back to your account"),
            },
        )
    if not services.peek_link_token(AccountToken.Purpose.EMAIL_CHANGE, token):
        return _link_invalid(request, page)
    return _render(request, page, "email_confirm", {})


def _qr_svg(data: str) -> str:
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    return image.to_string(encoding="unicode")


def two_factor(request, page):
    """Optional TOTP for residents and organization users (QUALITY §3.6)."""
    if not _public_user(request):
        return _login_redirect(request, page)
    user = request.user
    confirmed = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    form = OTPCodeForm(request.POST or None)
    if confirmed is not None:
        if request.method == "POST" and form.is_valid():
            if _verify_totp(user, form.cleaned_data["otp_token"]) is not None:
                TOTPDevice.objects.filter(user=user).delete()
                record("otp.disable", request=request, target=user)
                return redirect(_url(page, request, "profile"))
            form.add_error("otp_token", _("This code is not valid. Try the newest code."))
            form._describe()
        return _render(request, page, "two_factor", {"form": form, "enabled": True})
    device, _created = TOTPDevice.objects.get_or_create(
        user=user, confirmed=False, defaults={"name": "authenticator"}
    )
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            ok = device.verify_token(form.cleaned_data["otp_token"].replace(" ", ""))
        if ok:
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            record("otp.enable", request=request, target=user)
            return redirect(_url(page, request, "profile"))
        form.add_error("otp_token", _("This code is not valid. Try the newest code."))
        form._describe()
    secret = base64.b32encode(device.bin_key).decode("ascii").rstrip("=")
    return _render(
        request,
        page,
        "two_factor",
        {"form": form, "enabled": False, "qr_svg": _qr_svg(device.config_url), "secret": secret},
    )


def inbox(request, page):
    """N8: every mail is also here, so a lost mail never hides anything."""
    if not _public_user(request):
        return _login_redirect(request, page)
    mails = Mail.objects.filter(recipient=request.user).order_by("-created_at")[:100]
    rows = [{"mail": mail, "subject": render(mail, for_inbox=True).subject} for mail in mails]
    return _render(request, page, "inbox", {"rows": rows})


def inbox_mail(request, page, mail_id):
    if not _public_user(request):
        return _login_redirect(request, page)
    mail = Mail.objects.filter(public_id=mail_id, recipient=request.user).first()
    if mail is None:
        raise Http404
    mark_read(mail)
    return _render(
        request, page, "inbox_mail", {"mail": mail, "content": render(mail, for_inbox=True)}
    )


def consents(request, page):
    """N4: a resident grants or revokes proxy filing by an organization (Q20)."""
    if not _public_user(request):
        return _login_redirect(request, page)
    account = _resident_account(request)
    if account is None:
        raise Http404
    form = ConsentForm(request.POST if "grant" in request.POST else None)
    if request.method == "POST" and "revoke" in request.POST:
        consent = ProxyConsent.objects.filter(
            public_id=request.POST.get("revoke"), resident=account.resident
        ).first()
        if consent is not None:
            services.revoke_proxy_consent(account, consent, request=request)
        return redirect(_url(page, request, "consents"))
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
            return redirect(_url(page, request, "consents"))
    active = (
        ProxyConsent.objects.active()
        .filter(resident=account.resident)
        .select_related("organization")
    )
    return _render(request, page, "consents", {"form": form, "consents": active})


# --- organization users (N12) ----------------------------------------------------------------


def _org_admin(request) -> OrganizationMembership | None:
    membership = _membership(request)
    return membership if membership is not None and membership.is_admin else None


def organization_users(request, page):
    if not _public_user(request):
        return _login_redirect(request, page)
    admin = _org_admin(request)
    if admin is None:
        raise Http404
    members = (
        OrganizationMembership.objects.filter(organization=admin.organization)
        .select_related("user")
        .order_by("user__username")
    )
    return _render(request, page, "organization_users", {"membership": admin, "members": members})


def organization_add_user(request, page):
    if not _public_user(request):
        return _login_redirect(request, page)
    admin = _org_admin(request)
    if admin is None:
        raise Http404
    form = AddOrganizationUserForm(request.POST or None)
    if request.method == "POST" and not throttle.hit(
        "org-user-add", str(request.user.pk), limit=ADD_USER_PER_HOUR, window=3600
    ):
        # The form says whether an auth ID is taken (the administrator must choose another);
        # the limit keeps it from listing IDs.
        return _too_many(request, page, "organization.user_add")
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.add_organization_user(
                admin,
                auth_id=data["auth_id"],
                email=data["email"],
                role=data["role"],
                language_code=translation.get_language(),
                request=request,
            )
        except AccountError as error:
            _apply_account_error(form, error)
        else:
            return redirect(_url(page, request, "organization"))
    return _render(request, page, "organization_add_user", {"form": form, "membership": admin})


def organization_member(request, page, member_id):
    """Disable, enable or reset a colleague (POST only)."""
    if not _public_user(request):
        return _login_redirect(request, page)
    admin = _org_admin(request)
    member = (
        OrganizationMembership.objects.select_related("user", "organization")
        .filter(public_id=member_id)
        .first()
    )
    if admin is None or member is None or member.organization_id != admin.organization_id:
        raise Http404
    if request.method == "POST" and member.user_id != request.user.pk:
        action = request.POST.get("action")
        if action in ("disable", "enable"):
            services.set_member_active(
                request.user, member, active=action == "enable", request=request
            )
        elif action == "reset":
            services.reset_member_password(request.user, member, request=request)
    return redirect(_url(page, request, "organization"))


# --- online pre-registration (A2) ------------------------------------------------------------


def organization_registration(request, page):
    form = OrganizationRegistrationForm(request.POST or None)
    if request.method == "POST":
        if not throttle.hit("org-register-ip", _ip(request), limit=REGISTER_PER_IP, window=3600):
            return _too_many(request, page, "organization.preregister")
        if form.is_valid():
            registration = services.submit_organization_registration(
                data=form.cleaned_data, language_code=translation.get_language(), request=request
            )
            request.session[REGISTERED_REFERENCE] = registration.reference_number
            return redirect(page.get_url(request) + page.reverse_subpage("done"))
    return TemplateResponse(
        request,
        "filings/account/organization_registration.html",
        {"page": page, "self": page, "form": form},
    )


def organization_registration_done(request, page):
    reference = request.session.get(REGISTERED_REFERENCE)
    registration = OrganizationRegistration.objects.filter(reference_number=reference).first()
    if registration is None:
        return redirect(page.get_url(request))
    return TemplateResponse(
        request,
        "filings/account/organization_registration_done.html",
        {"page": page, "self": page, "registration": registration},
    )


def preferred_language(request, page):
    """The language of later mails (A7; the language travels with the person)."""
    if not _public_user(request):
        return _login_redirect(request, page)
    form = PreferredLanguageForm(
        request.POST or None, initial={"language_code": request.user.language_code}
    )
    if request.method == "POST" and form.is_valid():
        services.set_preferred_language(
            request.user, form.cleaned_data["language_code"], request=request
        )
        return redirect(_url(page, request, "profile"))
    return _render(request, page, "language", {"form": form})
