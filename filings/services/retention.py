"""Retention of filings' personal data (SPEC X1; QUALITY G6, ASVS 14.2.7).

A filing is kept as a record that something was filed, but the person in it is not kept for
ever: `PORTAL_FILING_RETENTION_DAYS` after it was received (default 1826 days, five years),
the nightly beat job `filings.tasks.apply_retention` removes what identifies the person:

- the filing's name and card number, the identity fields of its content (name, date of birth,
  sex, nationality, address, card number) and its link to the registry person;
- the drafts it was written in, and drafts nobody submitted that old;
- the context of the mails about the filing or those drafts (the inbox keeps the mail's date
  and template, not what it said about them).

Uploaded bulk workbooks go much sooner: PORTAL_BULK_KEEP_DAYS after their file was refused
or all its rows were done (`bulk.remove_kept_workbooks`, in the same nightly run).

The kind, dates, state, receipt number and organization stay, so statistics and the filer's
own list still add up. Each run writes one audit event with the counts. It is idempotent:
rows already anonymised are skipped, and rows are claimed in batches with `skip_locked`, so a
second run at the same time (two beats by mistake) works on other rows or finds nothing.
Filings still open (received, processing) are left until registration has finished.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from filings.fields import IDENTITY_CODES
from filings.models.filing import OPEN_STATES, Filing, FilingDraft
from filings.models.mail import Mail
from filings.services import bulk
from portal import audit

BATCH_SIZE = 200
# What replaces a removed value: empty, so pages that show a filing still render.
REMOVED = ""


@dataclass
class RetentionResult:
    anonymised: int = 0
    drafts_deleted: int = 0
    mails_stripped: int = 0
    workbooks_removed: int = 0


def retention_days() -> int:
    return int(getattr(settings, "PORTAL_FILING_RETENTION_DAYS", 0) or 0)


def cutoff(now: datetime.datetime, days: int) -> datetime.datetime:
    """Filings received before this moment are past their retention period."""
    return now - datetime.timedelta(days=days)


def _mail_keys_of_filing(filing: Filing) -> Q:
    return Q(dedupe_key__startswith=f"filing:{filing.public_id}:")


def _anonymise(filing: Filing, now: datetime.datetime) -> None:
    data = dict(filing.data or {})
    for code in IDENTITY_CODES:
        if code in data:
            data[code] = REMOVED
    filing.data = data
    filing.name_latin = REMOVED
    filing.card_number = REMOVED
    filing.resident = None
    filing.anonymised_at = now


def _strip_mails(condition: Q) -> int:
    return Mail.objects.filter(condition).exclude(context={}).update(context={}, secrets={})


def _anonymise_batch(before: datetime.datetime, now: datetime.datetime) -> tuple[int, int, int]:
    """One batch in one transaction; returns (filings, drafts, mails)."""
    with transaction.atomic():
        filings = list(
            Filing.objects.select_for_update(skip_locked=True)
            .filter(anonymised_at__isnull=True, received_at__lt=before)
            .exclude(state__in=OPEN_STATES)
            .order_by("pk")[:BATCH_SIZE]
        )
        if not filings:
            return 0, 0, 0
        for filing in filings:
            _anonymise(filing, now)
        Filing.objects.bulk_update(
            filings, ["data", "name_latin", "card_number", "resident", "anonymised_at"]
        )
        drafts = FilingDraft.objects.filter(filing__in=filings)
        draft_keys = Q()
        for token in drafts.values_list("token", flat=True):
            draft_keys |= Q(dedupe_key__startswith=f"draft:{token}:")
        mail_keys = draft_keys
        for filing in filings:
            mail_keys |= _mail_keys_of_filing(filing)
        mails = _strip_mails(mail_keys)
        drafts_deleted, _by_model = drafts.delete()
    return len(filings), drafts_deleted, mails


def _delete_stale_drafts(before: datetime.datetime) -> tuple[int, int]:
    """Drafts never submitted and untouched for the whole retention period."""
    deleted = mails = 0
    while True:
        with transaction.atomic():
            drafts = list(
                FilingDraft.objects.select_for_update(skip_locked=True)
                .filter(filing__isnull=True, updated_at__lt=before)
                .order_by("pk")
                .values_list("pk", "token")[:BATCH_SIZE]
            )
            if not drafts:
                return deleted, mails
            keys = Q()
            for _pk, token in drafts:
                keys |= Q(dedupe_key__startswith=f"draft:{token}:")
            mails += _strip_mails(keys)
            count, _by_model = FilingDraft.objects.filter(pk__in=[pk for pk, _t in drafts]).delete()
            deleted += count


def apply_retention(now: datetime.datetime | None = None) -> RetentionResult:
    """Anonymise every filing past its retention period, delete the drafts that belong to
    them or were abandoned that long ago, and record the run in the audit trail.

    PORTAL_FILING_RETENTION_DAYS=0 turns retention off (the run is still audited, with
    zero counts and the setting, so an operator can see that it ran and did nothing)."""
    now = now or timezone.now()
    days = retention_days()
    result = RetentionResult()
    before = cutoff(now, days) if days > 0 else None
    if before is not None:
        while True:
            filings, drafts, mails = _anonymise_batch(before, now)
            if not filings:
                break
            result.anonymised += filings
            result.drafts_deleted += drafts
            result.mails_stripped += mails
        drafts, mails = _delete_stale_drafts(before)
        result.drafts_deleted += drafts
        result.mails_stripped += mails
    # Uploaded workbooks have a much shorter life than the filings made from them.
    result.workbooks_removed = bulk.remove_kept_workbooks(now)
    audit.record(
        "filing.retention_applied",
        target_type="filings.filing",
        details={
            "retention_days": days,
            "cutoff": before.isoformat() if before is not None else None,
            "anonymised": result.anonymised,
            "drafts_deleted": result.drafts_deleted,
            "mails_stripped": result.mails_stripped,
            "workbooks_removed": result.workbooks_removed,
        },
    )
    return result
