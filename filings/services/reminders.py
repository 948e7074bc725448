"""Optional deadline reminders: a resident's period of stay ending, and a school's student
reports of 1 May and 1 November (SPEC N7).

Both run daily from beat and mail through the outbox, whose de-duplication key names the
event (the card and boundary, the organization and due date), so each reminder goes once
whatever the number of runs, and a boundary a run missed is made up the next day. A person who
turned reminders off on My page (`User.optional_reminders`) gets none of them; the reminder of
an unfinished draft (`filing.send_reminders`) is not optional and stays where it is.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.db.models import Q

from filings import rules
from filings.constants import FilingKind
from filings.models.accounts import OrganizationMembership, ResidentAccount
from filings.models.filing import FilerType, Filing, FilingState
from filings.services.mail import queue_mail


def send_stay_end_reminders(today: datetime.date | None = None) -> int:
    """Residents with an account are reminded 3 months, 1 month and 2 weeks before their
    period of stay ends (`rules.STAY_END_REMINDERS`): an extension must be applied for at the
    regional immigration bureau before that day, and the account ends with the stay. Keyed by
    the current card, the end date and the boundary, so an extension (a new end date) starts
    its own reminders. Returns the number of mails queued."""
    today = today or rules.today_in_japan()
    queued = 0
    accounts = ResidentAccount.objects.select_related("user", "resident").filter(
        deactivated_at__isnull=True,
        user__is_active=True,
        user__optional_reminders=True,
        resident__period_of_stay_until__gte=today,
        # Three months are at most 92 days: the furthest boundary, read by the rule below.
        resident__period_of_stay_until__lte=today + datetime.timedelta(days=92),
    )
    for account in accounts.exclude(user__email="").iterator():
        ends_on = account.resident.period_of_stay_until
        boundary = rules.stay_end_reminder(ends_on, today)
        card = account.resident.current_card
        if boundary is None or card is None:
            continue
        with transaction.atomic():
            mail = queue_mail(
                template="stay_end_reminder",
                dedupe_key=f"stay-end:{card.pk}:{ends_on.isoformat()}:{boundary}",
                recipient=account.user,  # a later mail: in the account's preferred language
                context={"stay_ends_on": ends_on.isoformat(), "boundary": boundary},
            )
        queued += int(mail.was_created)
    return queued


def _student_organizations():
    """Organizations known to accept students: they filed a student report, or the start or
    end of a student's acceptance. Withdrawn filings say nothing."""
    student_filings = Filing.objects.filter(filer_type=FilerType.ORGANIZATION).exclude(
        state=FilingState.WITHDRAWN
    )
    student_filings = student_filings.filter(
        Q(kind=FilingKind.STUDENT_SNAPSHOT)
        | Q(
            kind__in=(FilingKind.ACCEPTANCE_STARTED, FilingKind.ACCEPTANCE_ENDED),
            resident__status__is_student=True,
        )
    )
    return student_filings.values("organization_id")


def send_snapshot_reminders(today: datetime.date | None = None) -> int:
    """The users of an organization that accepts students are reminded of the report of the
    students enrolled on 1 May or 1 November, `rules.SNAPSHOT_REMINDER_DAYS` before it is due
    (Art. 19-17, Q16). Once per user, organization and due date. Returns the mails queued."""
    today = today or rules.today_in_japan()
    snapshot = rules.student_snapshot_to_remind(today)
    if snapshot is None:
        return 0
    due = rules.student_snapshot_due(snapshot)
    members = (
        OrganizationMembership.objects.select_related("user", "organization")
        .filter(
            organization__is_active=True,
            organization_id__in=_student_organizations(),
            deactivated_at__isnull=True,
            user__is_active=True,
            user__optional_reminders=True,
        )
        .exclude(user__email="")
    )
    queued = 0
    for member in members.iterator():
        with transaction.atomic():
            mail = queue_mail(
                template="snapshot_reminder",
                dedupe_key=(
                    f"snapshot-reminder:{member.organization_id}:{due.isoformat()}:{member.user_id}"
                ),
                recipient=member.user,
                context={
                    "snapshot_date": snapshot.isoformat(),
                    "due_date": due.isoformat(),
                    "organization_name": member.organization.name,
                },
            )
        queued += int(mail.was_created)
    return queued
