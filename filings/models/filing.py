"""Filings and the drafts they are written in (SPEC F, S; QUALITY H2–H6, J1–J2).

A `Filing` is a row before anything else happens: the form's submit writes it in state
*received* together with its reception mail, and only after commit do tasks run registration
(received → processing → completed / registration error). The full content filed is kept as
data, in the language-neutral form the rules produced (ISO dates, codes), so the status page can
show it in any language and "file again from this copy" can pre-fill a new draft (N2).

A `FilingDraft` keeps a wizard's input on the server, keyed by an opaque token in the URL: back,
forward and reload re-read it and never lose a character or the session (X3). Its one-time
`submission_token` is what makes a second POST (double click, back then submit, replay) find the
filing the first one made instead of creating another (QUALITY J1, J2).
"""

from __future__ import annotations

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from filings.constants import FilingKind

from .registry import Organization, Resident


class FilingState(models.TextChoices):
    RECEIVED = "received", _("Received")
    PROCESSING = "processing", _("Processing")
    COMPLETED = "completed", _("Completed")
    REGISTRATION_ERROR = "registration_error", _("Registration error")
    SUPERSEDED = "superseded", _("Superseded by a later filing")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# States in which registration still has to run; the sweeper looks for rows left in them.
OPEN_STATES = (FilingState.RECEIVED, FilingState.PROCESSING)
# States a later identical filing on the same day replaces (F7).
REPLACEABLE_STATES = (*OPEN_STATES, FilingState.COMPLETED, FilingState.REGISTRATION_ERROR)


class FilerType(models.TextChoices):
    RESIDENT = "resident", _("Resident")
    ORGANIZATION = "organization", _("Organization")
    PROXY = "proxy", _("Organization on behalf of a resident")


_RECEIPT_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def new_receipt_number() -> str:
    """A receipt number a person can read out on the phone: the date in Japan and eight
    characters without look-alikes, e.g. "20260401-7KQ2M9XA". Unique by constraint."""
    from filings.rules import today_in_japan

    suffix = "".join(secrets.choice(_RECEIPT_ALPHABET) for _ in range(8))
    return f"{today_in_japan():%Y%m%d}-{suffix}"


class FilingQuerySet(models.QuerySet):
    def visible_to(self, user) -> FilingQuerySet:
        """Filings a signed-in filer may see: their own, and for an organization user every
        filing of their organization (its 19-17 and proxy filings). Nothing for anyone else."""
        if not user.is_authenticated:
            return self.none()
        membership = getattr(user, "organization_membership", None)
        if membership is not None and membership.deactivated_at is None:
            return self.filter(organization_id=membership.organization_id)
        account = getattr(user, "resident_account", None)
        if account is not None and account.deactivated_at is None:
            return self.filter(
                Q(filed_by=user) | Q(resident_id=account.resident_id, filer_type=FilerType.PROXY)
            )
        return self.filter(filed_by=user)

    def open(self) -> FilingQuerySet:
        return self.filter(state__in=OPEN_STATES)


class Filing(models.Model):
    """One notification as filed: one person, one event (or two, for leave + join, N9)."""

    public_id = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    receipt_number = models.CharField(
        _("receipt number"), max_length=20, unique=True, default=new_receipt_number
    )
    kind = models.CharField(_("kind"), max_length=40, choices=FilingKind.choices, db_index=True)
    second_kind = models.CharField(
        _("second kind"),
        max_length=40,
        choices=FilingKind.choices,
        blank=True,
        help_text=_("The second event of a combined filing (leaving and joining together)."),
    )
    filer_type = models.CharField(_("filed by"), max_length=20, choices=FilerType.choices)
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("filing user"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="filings",
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="filings",
    )
    resident = models.ForeignKey(
        Resident,
        verbose_name=_("resident"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="filings",
        help_text=_("The registry person the identity data matched."),
    )
    card_number = models.CharField(_("card number"), max_length=12, db_index=True)
    name_latin = models.CharField(_("name"), max_length=100)
    data = models.JSONField(_("content filed"), default=dict)
    language_code = models.CharField(_("language"), max_length=10)
    state = models.CharField(
        _("state"),
        max_length=20,
        choices=FilingState.choices,
        default=FilingState.RECEIVED,
        db_index=True,
    )
    event_date = models.DateField(_("event date"))
    due_date = models.DateField(_("due date"))
    is_late = models.BooleanField(_("late"), default=False)
    errors = models.JSONField(_("errors"), default=list, blank=True)
    submission_token = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    content_digest = models.CharField(max_length=64, db_index=True, editable=False)
    filed_on = models.DateField(_("filed on"), db_index=True)
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    processing_started_at = models.DateTimeField(_("processing started"), null=True, blank=True)
    registered_at = models.DateTimeField(
        _("registered"),
        null=True,
        blank=True,
        help_text=_(
            "Registration succeeded; the filing is completed once its completion mail is sent."
        ),
    )
    completed_at = models.DateTimeField(_("finished"), null=True, blank=True)
    queued_at = models.DateTimeField(_("last queued"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("registration attempts"), default=0)
    superseded_by = models.ForeignKey(
        "self",
        verbose_name=_("superseded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supersedes",
    )
    source_filing = models.ForeignKey(
        "self",
        verbose_name=_("filed again from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="refiled_as",
    )
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("withdrawn by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    withdrawal_reason = models.TextField(_("reason for withdrawal"), blank=True)
    anonymised_at = models.DateTimeField(
        _("personal data removed"),
        null=True,
        blank=True,
        help_text=_("Set by the retention job once the retention period has passed."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = FilingQuerySet.as_manager()
    # Nothing links to a filing from pages; indexing each save would cost queries on submit.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("filing")
        verbose_name_plural = _("filings")
        ordering = ["-received_at", "-id"]
        indexes = [
            models.Index(fields=["state", "queued_at"], name="filings_filing_state_queued"),
            models.Index(fields=["filed_by", "received_at"], name="filings_filing_user_time"),
            models.Index(fields=["organization", "received_at"], name="filings_filing_org_time"),
            models.Index(fields=["content_digest", "filed_on"], name="filings_filing_same_day"),
        ]

    def __str__(self) -> str:
        return self.receipt_number

    @property
    def kinds(self) -> tuple[str, ...]:
        return (self.kind, self.second_kind) if self.second_kind else (self.kind,)

    @property
    def spec_key(self) -> str:
        """The key of `filings.fields.KINDS` this filing was made with."""
        from filings.fields import combined_key

        return combined_key(self.kinds) if self.second_kind else self.kind

    @property
    def kind_label(self) -> str:
        from filings.fields import kind_label

        return str(kind_label(self.spec_key))

    @property
    def organization_name(self) -> str:
        return self.organization.name if self.organization_id else ""

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def shown_state(self) -> str:
        """The state as the filer's status page names it (S1): received counts as processing."""
        return FilingState.PROCESSING if self.state == FilingState.RECEIVED else self.state


class FilingDraft(models.Model):
    """A filing being written: everything typed so far, exactly as typed (nothing is lost)."""

    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="filing_drafts"
    )
    filer_type = models.CharField(max_length=20, choices=FilerType.choices)
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    resident = models.ForeignKey(
        Resident,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("For a proxy filing, the resident it is made for."),
    )
    kind = models.CharField(max_length=60)
    data = models.JSONField(default=dict, blank=True)
    step = models.CharField(max_length=20, default="identity")
    submission_token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    filing = models.OneToOneField(
        Filing, null=True, blank=True, on_delete=models.SET_NULL, related_name="draft"
    )
    source_filing = models.ForeignKey(
        Filing, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    language_code = models.CharField(max_length=10)
    due_date = models.DateField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("filing draft")
        verbose_name_plural = _("filing drafts")
        ordering = ["-updated_at"]
        indexes = [
            models.Index(fields=["due_date", "reminder_sent_at"], name="filings_draft_reminder"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} ({self.token})"

    @property
    def submitted(self) -> bool:
        return self.filing_id is not None
