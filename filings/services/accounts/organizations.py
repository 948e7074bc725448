"""Accepting organizations register (SPEC A2, Q33): the online pre-registration and the
counter's decision on it, which creates the organization (or, by an explicit and audited
decision, joins an existing one) and its first administrator user."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone

from filings.models.accounts import OrganizationMembership, OrganizationRegistration
from filings.models.registry import Organization
from filings.services.accounts.common import AccountError
from filings.services.accounts.members import activation_mail, create_organization_user
from filings.services.mail import queue_mail
from portal.audit import record

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
    user = create_organization_user(auth_id, registration.email, registration.language_code)
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
    activation_mail(
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
