"""When a filing is complete (SPEC S2, Q57): registration succeeded *and* its mail went out.

Registration leaves a registered filing *processing* with `registered_at` set; this module
alone decides when it becomes *completed*:

- a single filing: when its completion mail has been sent (`on_mail_sent`, the receiver of
  `filings.services.mail.mail_sent`); at once when there is nobody to mail;
- the rows of a bulk file: the uploader gets no mail per row (K4); the file's one result mail
  completes every registered row when it has been sent, at once when the uploader has no
  address. The mails to the residents of a proxy file's rows are marked `bulk` and complete
  nothing.

A completion mail that finally fails leaves its filings processing, where officers see them
next to the failed mail. Everything here runs in the caller's transaction (the mail sender's,
or registration's).
"""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone

from filings.models.bulk import BulkRow, BulkUpload
from filings.models.filing import FilerType, Filing, FilingState
from filings.services import filing_mail
from portal import audit

# The mails whose sending completes something.
FILING_MAIL = filing_mail.COMPLETED[0]
BULK_MAIL = "bulk_completed"


def in_bulk_file(filing: Filing) -> bool:
    """Whether the filing is a row of a bulk file. Residents never file in bulk, so their
    filings (most of them) cost no query here."""
    if filing.filer_type == FilerType.RESIDENT:
        return False
    return BulkRow.objects.filter(filing_id=filing.pk).exists()


def after_registration(filing: Filing, *, mailed: int, now: datetime.datetime) -> None:
    """A filing registered without problems, `mailed` completion mails queued (not saved: the
    caller saves). It waits for its mail, or for its bulk file's result mail; with nobody to
    mail it is complete now."""
    if mailed or in_bulk_file(filing):
        return
    filing.state = FilingState.COMPLETED
    filing.completed_at = now


def after_bulk_result(upload: BulkUpload, *, mailed: bool) -> None:
    """A bulk file finished registration and its result mail was queued (`mailed`) or there was
    nobody to mail, in which case its registered rows are complete now."""
    if not mailed:
        complete_rows(upload)


def on_mail_sent(sender: Any = None, *, mail, **kwargs: Any) -> None:
    """Receiver of `mail_sent`: the mail that a filing or a bulk file waited for has gone."""
    context = mail.context or {}
    # A bulk row's mail to its resident completes nothing: the file's result mail does.
    if mail.template == FILING_MAIL and context.get("filing_id") and not context.get("bulk"):
        complete_filing(context["filing_id"], mail=mail.template)
    elif mail.template == BULK_MAIL and context.get("upload_id"):
        upload = BulkUpload.objects.filter(public_id=context["upload_id"]).first()
        if upload is not None:
            complete_rows(upload)


def complete_filing(public_id: str, *, mail: str) -> bool:
    """The registered filing becomes completed; False when it already was, was withdrawn, or
    the mail was sent again for another reason."""
    filing = (
        Filing.objects.select_for_update()
        .filter(public_id=public_id, state=FilingState.PROCESSING, registered_at__isnull=False)
        .first()
    )
    if filing is None:
        return False
    filing.state = FilingState.COMPLETED
    filing.completed_at = timezone.now()
    filing.save(update_fields=["state", "completed_at", "updated_at"])
    audit.record("filing.completed", actor=None, target=filing, details={"mail": mail})
    return True


def complete_rows(upload: BulkUpload) -> int:
    """The registered rows' filings become completed, each with its completion record in the
    audit trail, as a single filing's completion mail completes it. Returns how many."""
    now = timezone.now()
    BulkUpload.objects.filter(pk=upload.pk, result_mailed_at__isnull=True).update(
        result_mailed_at=now
    )
    filings = list(
        Filing.objects.select_for_update()
        .filter(
            bulk_row__upload=upload,
            state=FilingState.PROCESSING,
            registered_at__isnull=False,
        )
        .only("pk", "public_id")
    )
    Filing.objects.filter(pk__in=[filing.pk for filing in filings]).update(
        state=FilingState.COMPLETED, completed_at=now, updated_at=now
    )
    audit.record_many(
        {
            "action": "filing.completed",
            "actor": None,
            "target": filing,
            "details": {"mail": BULK_MAIL},
        }
        for filing in filings
    )
    return len(filings)
