"""Filer accounts: who a signed-in user files as (SPEC A1, A2, A7, N4, N12).

A `portal.User` of kind "resident" is tied to exactly one registry `Resident` through
`ResidentAccount`; of kind "organization" to one `Organization` through
`OrganizationMembership`. Tying the account to the person rather than to a card keeps it across
a new card (Q37) and makes "one person, one account" (Q43) a database constraint.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.validators import EmailValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from filings import rules
from filings.constants import OrganizationType

from .registry import Organization, Resident, validate_corporate_number


class DeactivationReason(models.TextChoices):
    """Why an account stopped working; shown to officers and in the audit trail."""

    EXPIRED = "expired", _("Period of validity ended")
    CARD = "card", _("Residence card no longer valid")
    OFFICER = "officer", _("Deactivated by an officer")
    ORGANIZATION_ADMIN = "org_admin", _("Disabled by the organization's administrator")
    UNUSED = "unused", _("Not used for one year")


class ResidentAccount(models.Model):
    """The account of a registered resident (A1). One per person, whatever card they hold."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="resident_account",
    )
    resident = models.OneToOneField(
        Resident,
        verbose_name=_("resident"),
        on_delete=models.PROTECT,
        related_name="account",
    )
    registered_at = models.DateTimeField(_("registered"), auto_now_add=True)
    # A7: the period of stay as the registry says, refreshed nightly so extensions carry over.
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    deactivated_at = models.DateTimeField(_("deactivated"), null=True, blank=True)
    deactivation_reason = models.CharField(
        _("reason"), max_length=20, choices=DeactivationReason.choices, blank=True
    )

    class Meta:
        verbose_name = _("resident account")
        verbose_name_plural = _("resident accounts")
        ordering = ["-registered_at"]

    def __str__(self) -> str:
        return str(self.user)


class OrganizationMembership(models.Model):
    """A user of an accepting organization (A2, N12): several per organization, one of them at
    least with the administrator role, who adds, disables and resets the others."""

    class Role(models.TextChoices):
        ADMIN = "admin", _("Organization administrator")
        STAFF = "staff", _("Staff")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="organization_membership",
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        on_delete=models.PROTECT,
        related_name="memberships",
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.STAFF)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    deactivated_at = models.DateTimeField(_("deactivated"), null=True, blank=True)
    deactivation_reason = models.CharField(
        _("reason"), max_length=20, choices=DeactivationReason.choices, blank=True
    )

    class Meta:
        verbose_name = _("organization user")
        verbose_name_plural = _("organization users")
        ordering = ["organization", "user__username"]

    def __str__(self) -> str:
        return f"{self.user} ({self.organization})"

    @property
    def is_admin(self) -> bool:
        return self.role == self.Role.ADMIN


def new_reference_number() -> str:
    """A short reference an organization can read out at the counter: "ORG-" and 8 characters
    without look-alikes (no 0/O, 1/I)."""
    import secrets

    alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "ORG-" + "".join(secrets.choice(alphabet) for _ in range(8))


class OrganizationRegistration(models.Model):
    """The organization registration form (Q33), filled online before the counter visit or by
    an officer at the counter. Approval creates (or reuses) the `Organization` and its first
    administrator user."""

    class Source(models.TextChoices):
        ONLINE = "online", _("Pre-registered online")
        COUNTER = "counter", _("Entered at the counter")

    class State(models.TextChoices):
        SUBMITTED = "submitted", _("Waiting for the counter")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    reference_number = models.CharField(
        _("reference number"), max_length=20, unique=True, default=new_reference_number
    )
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.SUBMITTED
    )
    name = models.CharField(_("organization name"), max_length=200)
    corporate_number = models.CharField(
        _("corporate number"),
        max_length=13,
        validators=[validate_corporate_number],
        help_text=_("13 digits (法人番号)."),
    )
    address = models.CharField(_("address"), max_length=300)
    organization_type = models.CharField(
        _("organization type"), max_length=20, choices=OrganizationType.choices
    )
    contact_name = models.CharField(_("contact person"), max_length=100)
    email = models.CharField(
        _("e-mail address"),
        max_length=rules.EMAIL_MAX_LENGTH,
        validators=[EmailValidator()],
        help_text=_("At most 60 characters."),
    )
    auth_id_first = models.CharField(
        _("desired auth ID (first choice)"),
        max_length=20,
        help_text=_(
            "6 to 20 half-width letters, digits and symbols. Upper and lower case are different."
        ),
    )
    auth_id_second = models.CharField(
        _("desired auth ID (second choice)"), max_length=20, blank=True
    )
    language_code = models.CharField(_("language"), max_length=10, default="ja")
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decision_note = models.CharField(_("note"), max_length=300, blank=True)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="registrations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("administrator user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("organization registration")
        verbose_name_plural = _("organization registrations")
        ordering = ["-submitted_at"]
        indexes = [models.Index(fields=["state", "submitted_at"])]

    def __str__(self) -> str:
        return f"{self.reference_number} {self.name}"


class ProxyConsentQuerySet(models.QuerySet):
    def active(self) -> ProxyConsentQuerySet:
        return self.filter(revoked_at__isnull=True)


class ProxyConsent(models.Model):
    """A resident's permission for an organization to file the proxy kinds for them (Q20, N4).

    Granted and revoked by the resident in the account area; a revoked row stays as a record of
    the period in which proxy filings were allowed. At most one active consent per pair.
    """

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    resident = models.ForeignKey(
        Resident,
        verbose_name=_("resident"),
        on_delete=models.CASCADE,
        related_name="proxy_consents",
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        on_delete=models.CASCADE,
        related_name="proxy_consents",
    )
    granted_at = models.DateTimeField(_("granted"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    objects = ProxyConsentQuerySet.as_manager()

    class Meta:
        verbose_name = _("proxy consent")
        verbose_name_plural = _("proxy consents")
        ordering = ["-granted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["resident", "organization"],
                condition=Q(revoked_at__isnull=True),
                name="filings_one_active_proxy_consent",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.resident} → {self.organization}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class AccountToken(models.Model):
    """A single-use secret sent by mail: a re-notification code, an e-mail confirmation link or
    an account activation link (A6, A8; QUALITY A12).

    Only a keyed digest is stored; the secret itself exists in the outgoing mail until it has
    been sent. Codes typed by hand allow a few attempts before they die.
    """

    class Purpose(models.TextChoices):
        PASSWORD_RESET = "password_reset", _("New password after re-notification")
        EMAIL_CHANGE = "email_change", _("E-mail address change")
        ACTIVATION = "activation", _("First password of a new organization user")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="account_tokens"
    )
    purpose = models.CharField(max_length=20, choices=Purpose.choices)
    digest = models.CharField(max_length=64, unique=True)
    new_email = models.CharField(max_length=rules.EMAIL_MAX_LENGTH, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    failed_attempts = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("account token")
        verbose_name_plural = _("account tokens")
        indexes = [models.Index(fields=["user", "purpose", "used_at"])]

    def __str__(self) -> str:
        return f"{self.purpose} {self.user_id}"
