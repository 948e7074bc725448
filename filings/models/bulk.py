"""Bulk files: an organization's workbook of up to 300 people and the filings it made (SPEC K1–K4,
N3; QUALITY D1–D10, J3, I1).

A `BulkUpload` is one uploaded file. Reception checks every row with the rules of single filings;
any problem leaves it in *reception error* with every problem listed (nobody's filing exists).
Otherwise it is *accepted* and one `BulkRow` per sheet row points at the `Filing` it made, all
written in one transaction. Tasks on the `bulk` queue then register the rows in batches
(*registering*) until every row has an outcome (*completed*, some rows perhaps with registration
errors); one result mail reports the counts, and the rows' filings count as completed once it has
gone out (S2).

The file itself is kept under a random name in `settings.PORTAL_BULK_UPLOAD_DIR`, outside the
media root and never served: only the error workbook built from it goes back to the uploader.
That error workbook is built once, by a worker, and kept in its own storage (also never served)
until the upload's workbook is removed; the download view streams it.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from filings.rules import today_in_japan

from .filing import Filing
from .registry import Organization


class BulkUploadState(models.TextChoices):
    RECEIVED = "received", _("Received")
    RECEPTION_ERROR = "reception_error", _("Reception error")
    ACCEPTED = "accepted", _("Accepted")
    REGISTERING = "registering", _("Registering")
    COMPLETED = "completed", _("Completed")


# Uploads whose rows are filings: the same bytes are accepted once per organization (J3).
ACCEPTED_STATES = (
    BulkUploadState.ACCEPTED,
    BulkUploadState.REGISTERING,
    BulkUploadState.COMPLETED,
)
# Uploads whose registration still has to run; the bulk sweeper looks for them.
OPEN_UPLOAD_STATES = (BulkUploadState.ACCEPTED, BulkUploadState.REGISTERING)


class BulkRowOutcome(models.TextChoices):
    PENDING = "", _("Not registered yet")
    REGISTERED = "registered", _("Registered")
    ERROR = "error", _("Registration error")
    REPLACED = "replaced", _("Replaced by a later filing")


class ErrorWorkbookState(models.TextChoices):
    """Where the upload's error workbook stands (SPEC N3): built once, by a worker."""

    NONE = "", _("Nothing to mark")
    BUILDING = "building", _("Being prepared")
    READY = "ready", _("Ready")
    UNAVAILABLE = "unavailable", _("No longer available")


def error_workbook_storage():
    """The storage of built error workbooks: a directory nothing serves (settings
    `STORAGES["bulk_reports"]`, on `PORTAL_BULK_REPORT_DIR`)."""
    return storages["bulk_reports"]


class BulkUploadQuerySet(models.QuerySet):
    def visible_to(self, user) -> BulkUploadQuerySet:
        """The uploads of the signed-in user's organization; nothing for anyone else."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        membership = getattr(user, "organization_membership", None)
        if membership is None or membership.deactivated_at is not None:
            return self.none()
        return self.filter(organization_id=membership.organization_id)


class BulkUpload(models.Model):
    public_id = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        on_delete=models.PROTECT,
        related_name="bulk_uploads",
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="bulk_uploads",
    )
    family = models.CharField(_("kind of file"), max_length=20, blank=True)
    language_code = models.CharField(_("language"), max_length=10)
    filename = models.CharField(_("file name"), max_length=255)
    stored_name = models.CharField(max_length=64, editable=False)
    sha256 = models.CharField(_("SHA-256 of the file"), max_length=64, editable=False)
    size = models.PositiveIntegerField(_("size in bytes"), default=0)
    row_count = models.PositiveIntegerField(_("rows"), default=0)
    state = models.CharField(
        _("state"),
        max_length=20,
        choices=BulkUploadState.choices,
        default=BulkUploadState.RECEIVED,
        db_index=True,
    )
    problems = models.JSONField(
        _("reception problems"),
        default=list,
        blank=True,
        help_text=_("Every problem found at reception: row, column, error code and values."),
    )
    rows_done = models.PositiveIntegerField(_("rows registered"), default=0)
    rows_failed = models.PositiveIntegerField(_("rows with a registration error"), default=0)
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    # The Japanese day of reception: the same bytes make filings once a day, and on a later day
    # only when the uploader confirms that they mean to file them again.
    received_on = models.DateField(_("received on"), default=today_in_japan)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    queued_at = models.DateTimeField(_("last queued"), null=True, blank=True)
    completed_at = models.DateTimeField(_("all rows done"), null=True, blank=True)
    result_mailed_at = models.DateTimeField(_("result mail sent"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    error_workbook_state = models.CharField(
        _("error workbook"),
        max_length=12,
        choices=ErrorWorkbookState.choices,
        default=ErrorWorkbookState.NONE,
        blank=True,
    )
    error_workbook = models.FileField(
        _("error workbook file"),
        storage=error_workbook_storage,
        upload_to="%Y/%m/",
        max_length=200,
        blank=True,
        editable=False,
    )
    error_workbook_queued_at = models.DateTimeField(
        _("error workbook last queued"), null=True, blank=True
    )

    objects = BulkUploadQuerySet.as_manager()
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("bulk file")
        verbose_name_plural = _("bulk files")
        ordering = ["-received_at", "-id"]
        constraints = [
            # The same bytes uploaded twice (a double click, two tabs) make filings once a day
            # (J3); filing them again on a later day is the uploader's confirmed decision.
            models.UniqueConstraint(
                fields=["organization", "sha256", "received_on"],
                condition=Q(state__in=["accepted", "registering", "completed"]),
                name="filings_bulk_same_file_once_a_day",
            ),
        ]
        indexes = [
            models.Index(fields=["organization", "received_at"], name="filings_bulk_org_time"),
            models.Index(fields=["state", "queued_at"], name="filings_bulk_state_queued"),
            models.Index(
                fields=["error_workbook_state", "error_workbook_queued_at"],
                name="filings_bulk_report_queued",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.filename} ({self.received_at:%Y-%m-%d %H:%M})"

    @property
    def rows_finished(self) -> int:
        return self.rows_done + self.rows_failed

    @property
    def percent(self) -> int:
        if self.state == BulkUploadState.COMPLETED:
            return 100
        if not self.row_count or self.state not in OPEN_UPLOAD_STATES:
            return 0
        return min(100, self.rows_finished * 100 // self.row_count)

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_UPLOAD_STATES


class BulkRow(models.Model):
    """One sheet row of an accepted file and the filing it made."""

    upload = models.ForeignKey(
        BulkUpload, verbose_name=_("bulk file"), on_delete=models.CASCADE, related_name="rows"
    )
    number = models.PositiveIntegerField(_("row in the sheet"))
    filing = models.OneToOneField(
        Filing,
        verbose_name=_("filing"),
        on_delete=models.PROTECT,
        related_name="bulk_row",
    )
    outcome = models.CharField(
        _("outcome"),
        max_length=10,
        choices=BulkRowOutcome.choices,
        default=BulkRowOutcome.PENDING,
        blank=True,
    )
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("bulk file row")
        verbose_name_plural = _("bulk file rows")
        ordering = ["upload", "number"]
        constraints = [
            models.UniqueConstraint(fields=["upload", "number"], name="filings_bulkrow_number"),
        ]
        indexes = [
            models.Index(fields=["upload", "outcome"], name="filings_bulkrow_progress"),
        ]

    def __str__(self) -> str:
        return f"{self.upload_id}:{self.number}"
