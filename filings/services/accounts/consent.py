"""Proxy consent (SPEC N4): a resident lets an organization file the proxy kinds for them,
and takes it back."""

from __future__ import annotations

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from filings.models.accounts import ProxyConsent, ResidentAccount
from filings.models.registry import Organization
from portal.audit import record


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
