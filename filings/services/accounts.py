"""Account services: every write about accounts goes through here (SPEC A1–A9, N4, N12, O2,
O4; QUALITY A6, A9, A11–A13, G1).

Each function is atomic, locks what it changes, writes the audit event with the change, and
queues its mail through `filings.services.mail.queue_mail` (sent after commit). Failures a
person can fix raise `AccountError` with a catalogue code and the form fields to mark.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from axes.utils import reset as axes_reset

from django.conf import settings
from django.contrib.auth import get_user_model, update_session_auth_hash
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.http import HttpRequest
from django.utils import timezone

from filings import rules, service_pages
from filings.models.accounts import (
    AccountToken,
    DeactivationReason,
    OrganizationMembership,
    OrganizationRegistration,
    ProxyConsent,
    ResidentAccount,
)
from filings.models.registry import Organization, ResidenceCard, mask_card_number
from filings.rules.accounts import (
    IDENTITY_FIELDS,
    Identity,
    identity_matches,
    organization_user_valid_until,
    registration_refusal,
    resident_account_valid_until,
    still_valid,
)
from filings.services.mail import queue_mail
from portal import policy, signin
from portal.audit import record
from portal.models import AuditEvent

User = get_user_model()

RESET_CODE_LIFETIME = timedelta(minutes=30)
RESET_CODE_MAX_ATTEMPTS = 5
EMAIL_LINK_LIFETIME = timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT)
ACTIVATION_LINK_LIFETIME = timedelta(days=3)
# Re-notification mails per account and hour (QUALITY A11: at most 3 per address and hour).
RENOTIFY_PER_HOUR = 3
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
CODE_LENGTH = 8

FAILURE = AuditEvent.Outcome.FAILURE
DENIED = AuditEvent.Outcome.DENIED


@dataclass
class AccountError(Exception):
    """A refusal the person can act on: a catalogue code and the form fields it concerns."""

    code: str
    fields: tuple[str, ...] = ()
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.code


def today_in_japan() -> date:
    return rules.today_in_japan()


# --- tokens ------------------------------------------------------------------------------------


def _digest(user_id: int, purpose: str, secret: str) -> str:
    """A keyed digest of a one-time secret: what is stored instead of the secret itself."""
    message = f"{user_id}:{purpose}:{secret}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def _new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(code: str) -> str:
    """Codes are typed by hand: case, spaces and dashes do not matter."""
    return "".join(c for c in (code or "").upper() if c.isalnum())


def _issue_token(
    user, purpose: str, lifetime: timedelta, *, secret: str | None = None, new_email: str = ""
) -> tuple[AccountToken, str]:
    """A fresh token for `user` and `purpose`; earlier unused ones of the same purpose die."""
    now = timezone.now()
    AccountToken.objects.filter(user=user, purpose=purpose, used_at__isnull=True).update(
        used_at=now
    )
    secret = secret or secrets.token_urlsafe(32)  # 256 bits (QUALITY A12: at least 128)
    token = AccountToken.objects.create(
        user=user,
        purpose=purpose,
        digest=_digest(user.pk, purpose, secret),
        new_email=new_email,
        created_at=now,
        expires_at=now + lifetime,
    )
    return token, secret


def _link_token(purpose: str, raw: str) -> AccountToken | None:
    """The live token a link carries (user id and secret), locked, or None."""
    user_part, _sep, secret = (raw or "").partition("-")
    if not user_part.isdigit() or not secret:
        return None
    token = (
        AccountToken.objects.select_for_update()
        .select_related("user")
        .filter(digest=_digest(int(user_part), purpose, secret), purpose=purpose)
        .first()
    )
    if token is None or token.used_at is not None or token.expires_at <= timezone.now():
        return None
    return token


def _link(user, secret: str) -> str:
    # Wagtail serves only path segments of letters, digits, "_" and "-".
    return f"{user.pk}-{secret}"


def account_url(language_code: str, route: str = "") -> str:
    """An absolute link into the account page of `language_code`'s tree, for mails."""
    page = service_pages.live_page_for_language(service_pages.ACCOUNT, language_code)
    path = page.url if page is not None and page.url else f"/{language_code}/account/"
    return settings.PORTAL_PUBLIC_BASE_URL.rstrip("/") + path + route


def peek_link_token(purpose: str, raw: str) -> bool:
    """Whether a link is still usable, without using it (to show the form or the error)."""
    with transaction.atomic():
        return _link_token(purpose, raw) is not None


# --- registration (A1) ----------------------------------------------------------------------


def _record_identity(card: ResidenceCard) -> Identity:
    resident = card.resident
    return Identity(
        card_number=card.number,
        name_latin=resident.name_latin,
        birth_date=resident.birth_date,
        sex=resident.sex,
        nationality=resident.nationality.code,
    )


def find_card(identity: Identity) -> ResidenceCard | None:
    """The current card whose data equals what was typed, or None (never says why)."""
    number = rules.normalize_card_number(identity.card_number or "")
    card = (
        ResidenceCard.objects.select_related(
            "resident", "resident__nationality", "resident__status"
        )
        .filter(number=number, is_valid=True)
        .first()
    )
    on_record = _record_identity(card) if card is not None else None
    return card if identity_matches(identity, on_record) else None


def _auth_id_taken(auth_id: str) -> bool:
    return User.objects.annotate(lower=Lower("username")).filter(lower=auth_id.lower()).exists()


def _mismatch() -> AccountError:
    return AccountError("E-IDENTITY-MISMATCH", IDENTITY_FIELDS)


@transaction.atomic
def register_resident(
    *,
    identity: Identity,
    auth_id: str,
    password: str,
    email: str,
    language_code: str,
    request: HttpRequest | None = None,
    today: date | None = None,
):
    """Create a resident's account after checking the card data against the registry (A1).

    Refusals, in this order: data that does not match (every identity field marked, Q63), a
    person who already has an account (Q43, also with a new card, Q37), a card issued today
    (Q36), a status that files nothing (Q35), an auth ID in use (A3). The person row is locked
    so two registrations of the same person at once cannot both pass.
    """
    today = today or today_in_japan()
    card = find_card(identity)
    if card is None:
        record(
            "account.register",
            request=request,
            outcome=FAILURE,
            target_type="filings.resident",
            details={"reason": "E-IDENTITY-MISMATCH"},
        )
        raise _mismatch()
    resident = type(card.resident).objects.select_for_update().get(pk=card.resident_id)
    obligation = rules.filing_obligation(
        resident.status.as_rule(),
        resident.status_granted_on,
        resident.period_of_stay_days,
        today,
    )
    if ResidentAccount.objects.filter(resident=resident).exists():
        # Q37, Q43: the person keeps their one account, whichever card they hold now.
        raise _refuse(request, resident, "E-ACCOUNT-EXISTS", ())
    refusal = registration_refusal(
        card_issued_on=card.issued_on,
        card_expires_on=card.expires_on,
        today=today,
        obligation=obligation,
    )
    if refusal is not None:
        fields = IDENTITY_FIELDS if refusal.code == "E-IDENTITY-MISMATCH" else ()
        raise _refuse(request, resident, refusal.code, fields)
    if _auth_id_taken(auth_id):
        raise AccountError("E-AUTHID-TAKEN", ("auth_id",))
    now = timezone.now()
    try:
        with transaction.atomic():
            user = User.objects.create_user(
                username=auth_id,
                email=email,
                password=password,
                kind=User.Kind.RESIDENT,
                language_code=language_code,
                password_changed_at=now,
                is_staff=False,
            )
    except IntegrityError:  # the same ID registered by someone else at this moment (J4)
        raise AccountError("E-AUTHID-TAKEN", ("auth_id",)) from None
    account = ResidentAccount.objects.create(
        user=user,
        resident=resident,
        valid_until=resident_account_valid_until(resident.period_of_stay_until, card.expires_on),
    )
    record(
        "account.register",
        request=request,
        actor=user,
        target=account,
        details={"card": mask_card_number(card.number)},
    )
    queue_mail(
        template="registration",
        recipient=user,
        dedupe_key=f"registration:{user.pk}",
        context={"auth_id": user.username, "valid_until": _iso(account.valid_until)},
    )
    return user


def _refuse(request, resident, code: str, fields: Iterable[str]) -> AccountError:
    record(
        "account.register",
        request=request,
        outcome=FAILURE,
        target_type="filings.resident",
        target_id=resident.public_id,
        details={"reason": code},
    )
    return AccountError(code, tuple(fields))


def _iso(value: date | datetime | None) -> str:
    return value.isoformat() if value else ""


# --- re-notification (A6) -------------------------------------------------------------------


@transaction.atomic
def request_renotification(
    *, identity: Identity, request: HttpRequest | None = None, today: date | None = None
) -> bool:
    """Mail the auth ID and a one-time code to the address on file when the card data match
    a resident's active account (A6, Q46, Q50).

    The caller answers the same whatever this returns (no enumeration, QUALITY A11). At most
    RENOTIFY_PER_HOUR mails per account and hour. Returns whether a mail was queued.
    """
    card = find_card(identity)
    account = (
        ResidentAccount.objects.select_related("user")
        .select_for_update(of=("self",))
        .filter(resident_id=card.resident_id)
        .first()
        if card is not None
        else None
    )
    user = account.user if account is not None else None
    if user is None or not user.is_active:
        record(
            "account.renotify",
            request=request,
            outcome=FAILURE,
            target_type="filings.residentaccount",
            details={"reason": "no-match"},
        )
        return False
    hour_ago = timezone.now() - timedelta(hours=1)
    recent = AccountToken.objects.filter(
        user=user, purpose=AccountToken.Purpose.PASSWORD_RESET, created_at__gte=hour_ago
    ).count()
    if recent >= RENOTIFY_PER_HOUR:
        record(
            "account.renotify",
            request=request,
            actor=user,
            target=account,
            outcome=DENIED,
            details={"reason": "rate-limit"},
        )
        return False
    code = _new_code()
    token, _secret = _issue_token(
        user, AccountToken.Purpose.PASSWORD_RESET, RESET_CODE_LIFETIME, secret=code
    )
    record("account.renotify", request=request, actor=user, target=account)
    queue_mail(
        template="renotification",
        recipient=user,
        dedupe_key=f"renotification:{token.pk}",
        context={
            "auth_id": user.username,
            "minutes": int(RESET_CODE_LIFETIME.total_seconds() // 60),
            "reset_url": account_url(user.language_code, "renotify/password/"),
        },
        secrets={"code": code},
    )
    return True


def reset_password_with_code(
    *, auth_id: str, code: str, password: str, request: HttpRequest | None = None
):
    """Set a new password with the mailed code; this also lifts a lockout at once (A5, A6).

    Only residents; the code is single-use, expires after 30 minutes and dies after five wrong
    tries. Any failure gives the same E-CODE-INVALID, whether the ID exists or not.
    """
    with transaction.atomic():
        user = (
            User.objects.select_for_update()
            .filter(username=auth_id, kind=User.Kind.RESIDENT, is_active=True)
            .first()
        )
        token = None
        if user is not None:
            token = (
                AccountToken.objects.select_for_update()
                .filter(
                    user=user,
                    purpose=AccountToken.Purpose.PASSWORD_RESET,
                    used_at__isnull=True,
                    expires_at__gt=timezone.now(),
                )
                .order_by("-created_at")
                .first()
            )
        expected = (
            _digest(user.pk, AccountToken.Purpose.PASSWORD_RESET, normalize_code(code))
            if user is not None
            else ""
        )
        if token is None or not hmac.compare_digest(token.digest, expected):
            if token is not None:
                token.failed_attempts += 1
                if token.failed_attempts >= RESET_CODE_MAX_ATTEMPTS:
                    token.used_at = timezone.now()
                token.save(update_fields=["failed_attempts", "used_at"])
            failed = True
        else:
            failed = False
            token.used_at = timezone.now()
            token.save(update_fields=["used_at"])
            _set_password(user, password)
    if failed:
        record(
            "account.password_reset",
            request=request,
            outcome=FAILURE,
            actor=user,
            target=user,
            target_type="portal.user",
            details={"reason": "E-CODE-INVALID"},
        )
        raise AccountError("E-CODE-INVALID", ("code",))
    with transaction.atomic():
        unlocked = axes_reset(username=user.username)
        record("account.password_reset", request=request, actor=user, target=user)
        if unlocked:
            record(
                "account.unlock",
                request=request,
                actor=user,
                target=user,
                details={"by": "re-notification"},
            )
        _password_changed_mail(user)
    return user


def _set_password(user, password: str) -> None:
    user.set_password(password)
    user.password_changed_at = timezone.now()
    user.password_must_change = False
    user.save(update_fields=["password", "password_changed_at", "password_must_change"])


# The leaked-password check belongs to the sign-in policy (portal.signin); the names stay here
# for the account pages that check a new password against the same list.
password_is_known_leaked = signin.password_is_known_leaked
flag_leaked_password = signin.flag_leaked_password


def _password_changed_mail(user) -> None:
    queue_mail(
        template="password_changed",
        recipient=user,
        dedupe_key=f"password-changed:{user.pk}:{user.password_changed_at.timestamp():.6f}",
        context={"auth_id": user.username},
    )


# --- after sign-in (A8) ---------------------------------------------------------------------


@transaction.atomic
def change_password(user, *, password: str, request: HttpRequest | None = None) -> None:
    """A new password chosen after sign-in (A4, Q49). Other sessions end (their session hash
    no longer matches); this one is kept. One notification mail (QUALITY A6)."""
    locked = User.objects.select_for_update().get(pk=user.pk)
    _set_password(locked, password)
    user.password = locked.password
    user.password_changed_at = locked.password_changed_at
    if request is not None:
        update_session_auth_hash(request, user)
    record("account.password_change", request=request, actor=user, target=user)
    _password_changed_mail(locked)


@transaction.atomic
def request_email_change(user, *, new_email: str, request: HttpRequest | None = None) -> None:
    """A confirmation link to the new address, a notice to the old one (A8, Q53–Q56). The
    address changes only when the link is opened, so a typo never cuts the person off."""
    token, secret = _issue_token(
        user, AccountToken.Purpose.EMAIL_CHANGE, EMAIL_LINK_LIFETIME, new_email=new_email
    )
    record("account.email_change_requested", request=request, actor=user, target=user)
    queue_mail(
        template="email_change_confirm",
        recipient=user,
        address=new_email,
        dedupe_key=f"email-change-confirm:{token.pk}",
        context={"auth_id": user.username, "hours": 1},
        secrets={
            "confirm_url": account_url(user.language_code, f"email/confirm/{_link(user, secret)}/")
        },
    )
    queue_mail(
        template="email_change_notice",
        recipient=user,
        dedupe_key=f"email-change-notice:{token.pk}",
        context={"auth_id": user.username},
    )


def confirm_email_change(raw_token: str, *, request: HttpRequest | None = None):
    """Open the confirmation link: the new address becomes the account's (single use)."""
    with transaction.atomic():
        token = _link_token(AccountToken.Purpose.EMAIL_CHANGE, raw_token)
        if token is None:
            record(
                "account.email_changed",
                request=request,
                outcome=FAILURE,
                target_type="portal.user",
                details={"reason": "E-LINK-INVALID"},
            )
            raise AccountError("E-LINK-INVALID")
        user = User.objects.select_for_update().get(pk=token.user_id)
        user.email = token.new_email
        user.save(update_fields=["email"])
        token.used_at = timezone.now()
        token.save(update_fields=["used_at"])
        record("account.email_changed", request=request, actor=user, target=user)
        queue_mail(
            template="email_changed",
            recipient=user,
            dedupe_key=f"email-changed:{token.pk}",
            context={"auth_id": user.username},
        )
    return user


# --- organizations (A2, N12) ----------------------------------------------------------------

REGISTRATION_FIELDS = (
    "name",
    "corporate_number",
    "address",
    "organization_type",
    "contact_name",
    "email",
    "auth_id_first",
    "auth_id_second",
)


@transaction.atomic
def submit_organization_registration(
    *, data: Mapping[str, Any], language_code: str, request: HttpRequest | None = None
) -> OrganizationRegistration:
    """Online pre-registration (A2, Q33): the form is kept with a reference number the
    organization brings to the counter; a mail repeats the number, and only the number."""
    registration = OrganizationRegistration(
        source=OrganizationRegistration.Source.ONLINE,
        language_code=language_code,
        **{name: data.get(name, "") for name in REGISTRATION_FIELDS},
    )
    for _attempt in range(5):  # a reference number collision is rare; try another
        try:
            with transaction.atomic():
                registration.save()
            break
        except IntegrityError:
            registration.reference_number = (
                type(registration)._meta.get_field("reference_number").default()
            )
    else:  # pragma: no cover - five collisions in a row
        raise RuntimeError("could not allocate a reference number")
    record(
        "organization.preregister",
        request=request,
        target=registration,
        details={"reference": registration.reference_number},
    )
    queue_mail(
        template="organization_preregistered",
        address=registration.email,
        language_code=language_code,
        dedupe_key=f"organization-preregistered:{registration.pk}",
        # Only what the portal wrote: the address is not proven yet, so nothing the requester
        # typed (the organization's name) rides in a mail sent from the portal's address.
        context={"reference_number": registration.reference_number},
    )
    return registration


def _activation_mail(user, template: str, event: str, context: Mapping[str, Any]) -> None:
    token, secret = _issue_token(user, AccountToken.Purpose.ACTIVATION, ACTIVATION_LINK_LIFETIME)
    queue_mail(
        template=template,
        recipient=user,
        dedupe_key=f"{event}:{token.pk}",
        context={"auth_id": user.username, "days": ACTIVATION_LINK_LIFETIME.days, **context},
        secrets={
            "activation_url": account_url(user.language_code, f"activate/{_link(user, secret)}/")
        },
    )


def _create_organization_user(auth_id: str, email: str, language_code: str):
    if _auth_id_taken(auth_id):
        raise AccountError("E-AUTHID-TAKEN", ("auth_id",))
    try:
        with transaction.atomic():
            user = User.objects.create_user(
                username=auth_id,
                email=email,
                password=None,  # unusable until the person sets it through the mailed link
                kind=User.Kind.ORGANIZATION,
                language_code=language_code,
            )
    except IntegrityError:
        raise AccountError("E-AUTHID-TAKEN", ("auth_id",)) from None
    return user


@transaction.atomic
def approve_organization_registration(
    registration: OrganizationRegistration,
    *,
    officer,
    auth_id: str,
    data: Mapping[str, Any] | None = None,
    request: HttpRequest | None = None,
    join_existing: bool = False,
) -> OrganizationMembership:
    """The counter approves a registration after checking the person's role in the
    organization (A2, O2): the organization exists (created, or found by corporate number),
    and its first administrator user gets a mail with a link to set the first password.
    Passwords are never shown or sent (Q48, Q50).

    A corporate number is public: a registration that names an organization already here
    would hand its bulk files and error workbooks to whoever sent it. So joining one is
    refused (E-ORG-EXISTS) unless the officer decides so explicitly (`join_existing`), which
    is audited, and the existing administrators are told by mail."""
    registration = OrganizationRegistration.objects.select_for_update().get(pk=registration.pk)
    if registration.state != OrganizationRegistration.State.SUBMITTED:
        raise AccountError("E-FORM-RESUBMITTED")
    for name, value in (data or {}).items():
        if name in REGISTRATION_FIELDS:
            setattr(registration, name, value)
    organization = (
        Organization.objects.select_for_update()
        .filter(corporate_number=registration.corporate_number)
        .first()
    )
    existing_admins: list = []
    joined = organization is not None
    if joined:
        if not join_existing:
            raise AccountError("E-ORG-EXISTS", ("corporate_number",))
        existing_admins = [
            m.user
            for m in OrganizationMembership.objects.select_related("user").filter(
                organization=organization,
                role=OrganizationMembership.Role.ADMIN,
                user__is_active=True,
            )
        ]
    if organization is None:
        organization = Organization.objects.create(
            name=registration.name,
            corporate_number=registration.corporate_number,
            address=registration.address,
            organization_type=registration.organization_type,
            contact_name=registration.contact_name,
            email=registration.email,
        )
    user = _create_organization_user(auth_id, registration.email, registration.language_code)
    membership = OrganizationMembership.objects.create(
        user=user,
        organization=organization,
        role=OrganizationMembership.Role.ADMIN,
        created_by=officer,
    )
    registration.state = OrganizationRegistration.State.APPROVED
    registration.decided_at = timezone.now()
    registration.decided_by = officer
    registration.organization = organization
    registration.user = user
    registration.save()
    record(
        "organization.approve",
        request=request,
        actor=officer,
        target=registration,
        details={
            "reference": registration.reference_number,
            "auth_id": user.username,
            "joined_existing": joined,
            "organization": str(organization.public_id),
            "existing_admins": len(existing_admins),
        },
    )
    for admin in existing_admins:
        if admin.email:
            queue_mail(
                template="organization_admin_joined",
                recipient=admin,
                dedupe_key=f"organization-admin-joined:{registration.pk}:{admin.pk}",
                context={"organization_name": organization.name, "auth_id": user.username},
            )
    _activation_mail(
        user,
        "organization_activation",
        "organization-activation",
        {"organization_name": organization.name},
    )
    return membership


@transaction.atomic
def reject_organization_registration(
    registration: OrganizationRegistration, *, officer, note: str, request=None
) -> None:
    registration = OrganizationRegistration.objects.select_for_update().get(pk=registration.pk)
    if registration.state != OrganizationRegistration.State.SUBMITTED:
        raise AccountError("E-FORM-RESUBMITTED")
    registration.state = OrganizationRegistration.State.REJECTED
    registration.decided_at = timezone.now()
    registration.decided_by = officer
    registration.decision_note = note
    registration.save()
    record("organization.reject", request=request, actor=officer, target=registration)


def _require_admin(membership: OrganizationMembership | None) -> OrganizationMembership:
    if membership is None or not membership.is_admin or not membership.user.is_active:
        raise PermissionError("only an organization administrator may manage users")
    return membership


@transaction.atomic
def add_organization_user(
    admin: OrganizationMembership,
    *,
    auth_id: str,
    email: str,
    role: str,
    language_code: str,
    request: HttpRequest | None = None,
) -> OrganizationMembership:
    """An organization administrator adds a colleague (N12); the colleague sets their own
    password through the mailed link."""
    _require_admin(admin)
    user = _create_organization_user(auth_id, email, language_code)
    membership = OrganizationMembership.objects.create(
        user=user, organization=admin.organization, role=role, created_by=admin.user
    )
    record(
        "organization.user_add",
        request=request,
        actor=admin.user,
        target=membership,
        details={"auth_id": user.username, "role": role},
    )
    _activation_mail(
        user,
        "organization_user_added",
        "organization-user-added",
        {"organization_name": admin.organization.name},
    )
    return membership


@transaction.atomic
def set_member_active(
    actor,
    member: OrganizationMembership,
    *,
    active: bool,
    request: HttpRequest | None = None,
    by_officer: bool = False,
) -> None:
    """Disable or re-enable an organization user: by the organization's administrator (for
    another member of the same organization) or by an officer (O4)."""
    if not by_officer:
        admin = _require_admin(getattr(actor, "organization_membership", None))
        if admin.organization_id != member.organization_id or member.user_id == actor.pk:
            raise PermissionError("not a colleague")
    user = User.objects.select_for_update().get(pk=member.user_id)
    user.is_active = active
    user.save(update_fields=["is_active"])
    member.deactivated_at = None if active else timezone.now()
    member.deactivation_reason = (
        ""
        if active
        else DeactivationReason.OFFICER
        if by_officer
        else DeactivationReason.ORGANIZATION_ADMIN
    )
    member.save(update_fields=["deactivated_at", "deactivation_reason"])
    record(
        "organization.user_enable" if active else "organization.user_disable",
        request=request,
        actor=actor,
        target=member,
    )


@transaction.atomic
def reset_member_password(
    actor,
    member: OrganizationMembership,
    *,
    request: HttpRequest | None = None,
    by_officer: bool = False,
) -> None:
    """The old password stops working and a link to set a new one goes to the user's address
    (O2 at the counter, N12 by the organization's administrator); the lock is lifted."""
    if not by_officer:
        admin = _require_admin(getattr(actor, "organization_membership", None))
        if admin.organization_id != member.organization_id:
            raise PermissionError("not a colleague")
    user = User.objects.select_for_update().get(pk=member.user_id)
    user.set_unusable_password()
    user.save(update_fields=["password"])
    axes_reset(username=user.username)
    record(
        "organization.user_reset",
        request=request,
        actor=actor,
        target=member,
        details={"by": "officer" if by_officer else "organization-admin"},
    )
    _activation_mail(
        user,
        "organization_user_reset",
        "organization-user-reset",
        {"organization_name": member.organization.name},
    )


def activate_account(raw_token: str, *, password: str, request: HttpRequest | None = None):
    """Set the first (or a reset) password through the mailed link."""
    with transaction.atomic():
        token = _link_token(AccountToken.Purpose.ACTIVATION, raw_token)
        if token is None:
            record(
                "account.activate",
                request=request,
                outcome=FAILURE,
                target_type="portal.user",
                details={"reason": "E-LINK-INVALID"},
            )
            raise AccountError("E-LINK-INVALID")
        user = User.objects.select_for_update().get(pk=token.user_id)
        _set_password(user, password)
        token.used_at = timezone.now()
        token.save(update_fields=["used_at"])
        axes_reset(username=user.username)
        record("account.activate", request=request, actor=user, target=user)
    return user


# --- proxy consent (N4) ----------------------------------------------------------------------


@transaction.atomic
def grant_proxy_consent(
    account: ResidentAccount, organization: Organization, *, request: HttpRequest | None = None
) -> ProxyConsent:
    """The resident lets `organization` file the proxy kinds for them (Q20). Granting twice
    keeps the one active consent."""
    existing = (
        ProxyConsent.objects.select_for_update()
        .active()
        .filter(resident=account.resident, organization=organization)
        .first()
    )
    if existing is not None:
        return existing
    consent = ProxyConsent.objects.create(resident=account.resident, organization=organization)
    record(
        "consent.grant",
        request=request,
        actor=account.user,
        target=consent,
        details={"organization": str(organization.public_id)},
    )
    return consent


@transaction.atomic
def revoke_proxy_consent(
    account: ResidentAccount, consent: ProxyConsent, *, request: HttpRequest | None = None
) -> None:
    consent = ProxyConsent.objects.select_for_update().get(pk=consent.pk, resident=account.resident)
    if consent.revoked_at is None:
        consent.revoked_at = timezone.now()
        consent.save(update_fields=["revoked_at"])
        record("consent.revoke", request=request, actor=account.user, target=consent)


# --- officers (O2, O4) and nightly jobs (A7, A4) ---------------------------------------------


@transaction.atomic
def officer_unlock(user, *, officer, request: HttpRequest | None = None) -> int:
    """Lift a lockout at the counter (O4, QUALITY A9: audited)."""
    count = axes_reset(username=user.username)
    record(
        "account.unlock",
        request=request,
        actor=officer,
        target=user,
        details={"by": "officer", "attempts_cleared": count},
    )
    return count


@transaction.atomic
def officer_set_active(user, *, officer, active: bool, request: HttpRequest | None = None) -> None:
    """Deactivate an account on request or on compromise (A7, Q41, Q51), or re-enable it.
    Deactivation also ends the person's sessions: the next request is anonymous (B5)."""
    locked = User.objects.select_for_update().get(pk=user.pk)
    locked.is_active = active
    locked.save(update_fields=["is_active"])
    now = timezone.now()
    reason = "" if active else DeactivationReason.OFFICER
    ResidentAccount.objects.filter(user=locked).update(
        deactivated_at=None if active else now, deactivation_reason=reason
    )
    OrganizationMembership.objects.filter(user=locked).update(
        deactivated_at=None if active else now, deactivation_reason=reason
    )
    record(
        "account.reactivate" if active else "account.deactivate",
        request=request,
        actor=officer,
        target=locked,
    )


def _deactivate(user, account, reason: str) -> None:
    User.objects.filter(pk=user.pk).update(is_active=False)
    type(account).objects.filter(pk=account.pk).update(
        deactivated_at=timezone.now(), deactivation_reason=reason
    )
    record("account.expire", actor=None, target=user, details={"reason": reason})


@transaction.atomic
def apply_account_validity(today: date | None = None) -> int:
    """Nightly (A7): residents' accounts follow the registry (an extension moves the end date
    on; an ended stay or card ends the account, Q41, Q44); organization users' accounts end
    one year after their last use. Returns how many accounts ended."""
    today = today or today_in_japan()
    ended = 0
    accounts = (
        ResidentAccount.objects.select_related("user", "resident")
        .select_for_update(of=("self",))
        .filter(user__is_active=True)
    )
    for account in accounts:
        card = account.resident.cards.filter(is_valid=True).order_by("-issued_on").first()
        valid_until = resident_account_valid_until(
            account.resident.period_of_stay_until, card.expires_on if card else None
        )
        if valid_until != account.valid_until:
            ResidentAccount.objects.filter(pk=account.pk).update(valid_until=valid_until)
        if card is None:
            _deactivate(account.user, account, DeactivationReason.CARD)
            ended += 1
        elif not still_valid(valid_until, today):
            _deactivate(account.user, account, DeactivationReason.EXPIRED)
            ended += 1
    members = (
        OrganizationMembership.objects.select_related("user")
        .select_for_update(of=("self",))
        .filter(user__is_active=True)
    )
    for member in members:
        last_used = member.user.last_login or member.user.date_joined
        if not still_valid(organization_user_valid_until(last_used), today):
            _deactivate(member.user, member, DeactivationReason.UNUSED)
            ended += 1
    return ended


def send_password_reminders(today: date | None = None) -> int:
    """Daily (A4, QUALITY A13): a reminder 30 and 7 days before a password expires, once per
    password and threshold whatever the number of runs."""
    today = today or today_in_japan()
    max_age = settings.PORTAL_PASSWORD_MAX_AGE_DAYS
    if max_age <= 0:
        return 0
    earliest = timezone.now() - timedelta(days=max_age)
    latest = timezone.now() - timedelta(days=max_age - max(policy.PASSWORD_REMINDER_DAYS) - 1)
    queued = 0
    candidates = User.objects.filter(
        is_active=True,
        kind__in=[User.Kind.RESIDENT, User.Kind.ORGANIZATION],
        password_changed_at__gte=earliest,
        password_changed_at__lte=latest,
    ).exclude(email="")
    for user in candidates.iterator():
        threshold = policy.password_reminder_due(
            user.password_changed_at, today, max_age, tz=timezone.get_current_timezone()
        )
        if threshold is None:
            continue
        expires = policy.password_expires_at(user.password_changed_at, max_age)
        with transaction.atomic():
            mail = queue_mail(
                template="password_expiry_reminder",
                recipient=user,
                dedupe_key=(
                    f"password-reminder:{user.pk}:"
                    f"{user.password_changed_at.timestamp():.6f}:{threshold}"
                ),
                context={
                    "auth_id": user.username,
                    "expires_on": timezone.localtime(expires).date().isoformat(),
                    "days": threshold,
                },
            )
        queued += int(mail.was_created)
    return queued


def set_preferred_language(user, language_code: str, *, request=None) -> bool:
    """The language of the mails sent later (reminders, expiry notices); True if changed.
    Mails that answer something the person just did go in the language they did it in."""
    if language_code not in dict(settings.LANGUAGES) or user.language_code == language_code:
        return False
    before = user.language_code
    user.language_code = language_code
    user.save(update_fields=["language_code"])
    record(
        "account.language",
        request=request,
        target=user,
        details={"from": before, "to": language_code},
    )
    return True
