"""The mails of a filing's events (received, registered, registration error) to the people it
concerns: whoever filed it and, for a proxy filing, the resident it was filed for (SPEC A9, N4).

One source for what those mails say, so a resident hears the same whether an organization filed
for them one at a time or as a row of a bulk file. The difference is who else is told: a single
filing mails its filer too, while a bulk file's uploader gets the file's one result mail (K4).
A row's mail to the resident is marked `bulk` and completes nothing: the row completes with its
file's result mail (`filings.services.completion`, S2).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from filings.models.accounts import ResidentAccount
from filings.models.filing import FilerType, Filing
from filings.models.mail import Mail
from filings.services import dispatch
from filings.services.mail import SEND_TASK, queue_mail

RECEIVED = ("filing_received", "received")
COMPLETED = ("filing_completed", "completed")
ERROR = ("filing_error", "registration_error")


def context(filing: Filing, *, bulk: bool = False) -> dict[str, Any]:
    """What the three templates need, as JSON; nothing secret."""
    found = {
        "receipt_number": filing.receipt_number,
        "kind": filing.spec_key,
        "filing_id": str(filing.public_id),
        "filed_on": filing.filed_on.isoformat(),
        "due_date": filing.due_date.isoformat(),
        "is_late": filing.is_late,
        "errors": [e["code"] for e in filing.errors],
        "proxy": filing.filer_type == FilerType.PROXY,
    }
    if bulk:
        found["bulk"] = True
    return found


def dedupe_key(filing: Filing, event: str, user) -> str:
    return f"filing:{filing.public_id}:{event}:{user.pk}"


def recipients(filing: Filing) -> list[Any]:
    """A single filing's recipients: its filer, and the resident of a proxy filing whose
    account is in use."""
    found = [filing.filed_by] if filing.filed_by and filing.filed_by.email else []
    if filing.filer_type == FilerType.PROXY and filing.resident_id:
        account = getattr(filing.resident, "account", None)
        if account is not None and account.user.email and account.deactivated_at is None:
            found.append(account.user)
    return found


def queue(filing: Filing, which: tuple[str, str], *, new_filing: bool = False) -> int:
    """Queue a single filing's mail of one event to each recipient: the filer in the language
    they filed in, the resident in theirs. Returns how many were queued."""
    template, event = which
    found = recipients(filing)
    for user in found:
        queue_mail(
            template=template,
            dedupe_key=dedupe_key(filing, event, user),
            recipient=user,
            language_code=filing.language_code if user == filing.filed_by else None,
            context=context(filing),
            new_key=new_filing,
        )
    return len(found)


def residents_of(filings: Iterable[Filing]) -> dict[int, Any]:
    """The users of the accounts in use of the proxy filings' residents, by resident id, in one
    query."""
    resident_ids = {f.resident_id for f in filings if f.filer_type == FilerType.PROXY}
    if not resident_ids:
        return {}
    accounts = ResidentAccount.objects.filter(
        resident_id__in=resident_ids, deactivated_at__isnull=True, user__is_active=True
    ).select_related("user")
    return {a.resident_id: a.user for a in accounts if a.user.email}


def queue_to_residents(
    events: list[tuple[list[Filing], tuple[str, str]]], *, new_filings: bool = False
) -> int:
    """The mails of events (filings, which) to the resident of each proxy row of a bulk file,
    as a single proxy filing sends them, in three statements whatever the number of rows: the
    residents' accounts, the mails already queued (skipped when the filings were created in
    this transaction) and one INSERT. Returns how many were queued."""
    users = residents_of(filing for filings, _which in events for filing in filings)
    if not users:
        return 0
    wanted = {
        dedupe_key(filing, which[1], users[filing.resident_id]): (
            filing,
            which[0],
            users[filing.resident_id],
        )
        for filings, which in events
        for filing in filings
        if filing.resident_id in users
    }
    if not new_filings:
        for key in Mail.objects.filter(dedupe_key__in=list(wanted)).values_list(
            "dedupe_key", flat=True
        ):
            wanted.pop(key, None)
    mails = Mail.objects.bulk_create(
        Mail(
            dedupe_key=key,
            recipient=user,
            address=user.email,
            template=template,
            language_code=user.language_code,
            context=context(filing, bulk=True),
            secrets={},
        )
        for key, (filing, template, user) in wanted.items()
    )
    dispatch.enqueue_on_commit(SEND_TASK, [mail.pk for mail in mails], what="mail")
    return len(mails)
