"""What an officer does to an account at the counter (SPEC O2, O4; QUALITY A9): lift a
lockout, deactivate or re-enable. Every action is audited."""

from __future__ import annotations

from axes.utils import reset as axes_reset

from django.contrib.auth import get_user_model
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from filings.models.accounts import DeactivationReason, OrganizationMembership, ResidentAccount
from portal.audit import record

User = get_user_model()


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
