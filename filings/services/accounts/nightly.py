"""Nightly account jobs (SPEC A7, A4; QUALITY A13): accounts end when the registry or their
disuse says so, and passwords about to expire get a reminder."""

from __future__ import annotations

from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from filings.models.accounts import DeactivationReason, OrganizationMembership, ResidentAccount
from filings.rules.accounts import (
    organization_user_valid_until,
    resident_account_valid_until,
    still_valid,
)
from filings.services.accounts.common import today_in_japan
from filings.services.mail import queue_mail
from portal import policy
from portal.audit import record

User = get_user_model()


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
