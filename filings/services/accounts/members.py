"""Organization users (SPEC N12, O2, O4): created without a password, they set their own
through a mailed activation link. The organization's administrator adds colleagues, disables
or re-enables them and sends them a new link; an officer can do the last two at the counter."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from axes.utils import reset as axes_reset

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone

from filings.models.accounts import AccountToken, DeactivationReason, OrganizationMembership
from filings.services.accounts.common import FAILURE, AccountError, auth_id_taken, set_password
from filings.services.accounts.tokens import account_url, issue_token, link, link_token
from filings.services.mail import queue_mail
from portal.audit import record

User = get_user_model()

ACTIVATION_LINK_LIFETIME = timedelta(days=3)


def activation_mail(user, template: str, event: str, context: Mapping[str, Any]) -> None:
    token, secret = issue_token(user, AccountToken.Purpose.ACTIVATION, ACTIVATION_LINK_LIFETIME)
    queue_mail(
        template=template,
        recipient=user,
        dedupe_key=f"{event}:{token.pk}",
        context={"auth_id": user.username, "days": ACTIVATION_LINK_LIFETIME.days, **context},
        secrets={
            "activation_url": account_url(user.language_code, f"activate/{link(user, secret)}/")
        },
    )


def create_organization_user(auth_id: str, email: str, language_code: str):
    if auth_id_taken(auth_id):
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
    user = create_organization_user(auth_id, email, language_code)
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
    activation_mail(
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
    activation_mail(
        user,
        "organization_user_reset",
        "organization-user-reset",
        {"organization_name": member.organization.name},
    )


def activate_account(raw_token: str, *, password: str, request: HttpRequest | None = None):
    """Set the first (or a reset) password through the mailed link."""
    with transaction.atomic():
        token = link_token(AccountToken.Purpose.ACTIVATION, raw_token)
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
        set_password(user, password)
        token.used_at = timezone.now()
        token.save(update_fields=["used_at"])
        axes_reset(username=user.username)
        record("account.activate", request=request, actor=user, target=user)
    return user
