"""Retention of filings' personal data (QUALITY G6; SPEC X1): the nightly job anonymises
filings past the period, deletes their drafts, strips their mails, audits each run, and changes
nothing twice."""

from __future__ import annotations

import datetime
import threading

import pytest
import time_machine

from django.conf import settings
from django.db import connection, transaction
from django.test import Client
from django.utils import timezone

from filings.constants import FilingKind
from filings.fields import IDENTITY_CODES
from filings.models import Filing, FilingDraft, FilingState, Mail
from filings.services import retention
from filings.services.mail import queue_mail
from filings.services.registration import registry_identity
from filings.tasks.filing import apply_retention
from portal.models import AuditEvent
from tests.filings.conftest import make_resident, make_resident_user

pytestmark = pytest.mark.django_db

DAYS = 1826
T0 = datetime.datetime(2026, 4, 1, 10, 0, tzinfo=datetime.UTC)


def _filing(user=None, *, state=FilingState.COMPLETED, **kwargs) -> Filing:
    resident = (
        user.resident_account.resident if user is not None else kwargs.pop("resident", None)
    ) or make_resident()
    card = resident.cards.get()
    filing = Filing.objects.create(
        kind=FilingKind.ACTIVITY_ORG_LEFT,
        filer_type="resident",
        filed_by=user,
        resident=resident,
        card_number=card.number,
        name_latin=resident.name_latin,
        data={
            **registry_identity(resident, card),
            "left_on": "2026-03-20",
            "org_name": "デモ国際大学",
            "org_address": "東京都新宿区西新宿１丁目",
        },
        language_code="ja",
        event_date="2026-03-20",
        due_date="2026-04-03",
        content_digest="x",
        filed_on="2026-04-01",
        state=state,
        **kwargs,
    )
    if user is not None:
        FilingDraft.objects.create(
            user=user,
            filer_type="resident",
            kind=filing.kind,
            data=dict(filing.data),
            step="confirm",
            filing=filing,
            language_code="ja",
        )
        queue_mail(
            template="filing_received",
            dedupe_key=f"filing:{filing.public_id}:received:{user.pk}",
            recipient=user,
            context={"receipt_number": filing.receipt_number, "filing_id": str(filing.public_id)},
        )
    return filing


def _personal_values(filing: Filing) -> list[str]:
    return [filing.name_latin, filing.card_number, filing.data["birth_date"]]


@pytest.fixture
def resident_user(ja_filing_site):
    return make_resident_user()


def test_the_setting_the_schedule_and_the_task_are_wired():
    assert settings.PORTAL_FILING_RETENTION_DAYS == DAYS
    entry = settings.CELERY_BEAT_SCHEDULE["filing-retention"]
    assert entry["task"] == "filings.tasks.apply_retention"
    assert apply_retention.name == "filings.tasks.apply_retention"
    # Routed to the filings queue with the rest of the pipeline.
    from portal.celery import app

    assert app.amqp.router.route({}, entry["task"])["queue"].name == "filings"


def test_filings_past_the_period_are_anonymised_and_the_rest_untouched(resident_user):
    with time_machine.travel(T0, tick=False):
        old = _filing(resident_user)
        old_open = _filing(make_resident_user(), state=FilingState.RECEIVED)
        abandoned = FilingDraft.objects.create(
            user=resident_user,
            filer_type="resident",
            kind=FilingKind.ACTIVITY_ORG_MOVED,
            data={"name_latin": "SOMEONE"},
            language_code="ja",
        )
        queue_mail(
            template="filing_reminder",
            dedupe_key=f"draft:{abandoned.token}:reminder",
            recipient=resident_user,
            context={"kind": abandoned.kind, "draft": str(abandoned.token)},
        )
    with time_machine.travel(T0 + datetime.timedelta(days=400), tick=False):
        young = _filing(make_resident_user())
    personal = _personal_values(old)

    # One day before the end of the period nothing happens.
    with time_machine.travel(T0 + datetime.timedelta(days=DAYS - 1), tick=False):
        assert apply_retention.delay().get() == 0
    old.refresh_from_db()
    assert old.anonymised_at is None and old.name_latin == personal[0]

    later = T0 + datetime.timedelta(days=DAYS, seconds=1)
    with time_machine.travel(later, tick=False):
        assert apply_retention.delay().get() == 1

    old.refresh_from_db()
    assert old.anonymised_at == later
    assert old.name_latin == "" and old.card_number == "" and old.resident_id is None
    assert all(old.data[code] == "" for code in IDENTITY_CODES)
    # The event itself stays: the kind, dates, state, receipt and the organization left.
    assert old.data["org_name"] == "デモ国際大学" and old.data["left_on"] == "2026-03-20"
    assert old.state == FilingState.COMPLETED and old.receipt_number
    assert not FilingDraft.objects.filter(filing=old).exists()
    assert not FilingDraft.objects.filter(pk=abandoned.pk).exists()
    for mail in Mail.objects.filter(recipient=resident_user):
        assert mail.context == {}, mail.dedupe_key
    # Nothing personal is left anywhere on the row.
    row = str(Filing.objects.filter(pk=old.pk).values().get())
    assert not any(value in row for value in personal)

    # An open filing waits for its registration; a young one for its period.
    for untouched in (old_open, young):
        untouched.refresh_from_db()
        assert untouched.anonymised_at is None and untouched.name_latin

    events = AuditEvent.objects.filter(action="filing.retention_applied").order_by("id")
    assert [e.details["anonymised"] for e in events] == [0, 1]
    last = events.last()
    assert last.actor is None and last.details["retention_days"] == DAYS
    assert last.details["drafts_deleted"] == 2 and last.details["mails_stripped"] == 2
    assert not any(value in str(last.details) for value in personal)


def test_running_again_changes_nothing(resident_user):
    with time_machine.travel(T0, tick=False):
        filing = _filing(resident_user)
    later = T0 + datetime.timedelta(days=DAYS + 10)
    with time_machine.travel(later, tick=False):
        first = retention.apply_retention()
    filing.refresh_from_db()
    stamp = filing.anonymised_at
    with time_machine.travel(later + datetime.timedelta(days=1), tick=False):
        second = retention.apply_retention()
    filing.refresh_from_db()
    assert (first.anonymised, second.anonymised) == (1, 0)
    assert (second.drafts_deleted, second.mails_stripped) == (0, 0)
    assert filing.anonymised_at == stamp
    assert AuditEvent.objects.filter(action="filing.retention_applied").count() == 2


def test_zero_days_turns_retention_off(resident_user, settings):
    settings.PORTAL_FILING_RETENTION_DAYS = 0
    with time_machine.travel(T0, tick=False):
        filing = _filing(resident_user)
    with time_machine.travel(T0 + datetime.timedelta(days=20 * 365), tick=False):
        result = retention.apply_retention()
    filing.refresh_from_db()
    assert result.anonymised == 0 and filing.anonymised_at is None
    event = AuditEvent.objects.get(action="filing.retention_applied")
    assert event.details["retention_days"] == 0 and event.details["cutoff"] is None


def test_the_filer_still_sees_the_anonymised_filing(resident_user):
    with time_machine.travel(T0, tick=False):
        filing = _filing(resident_user)
        name = filing.name_latin
    with time_machine.travel(T0 + datetime.timedelta(days=DAYS + 1), tick=False):
        retention.apply_retention()
    client = Client()
    client.force_login(resident_user)
    response = client.get(f"/ja/status/{filing.public_id}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert filing.receipt_number in html and name not in html
    assert response.status_code == client.get("/ja/status/").status_code == 200


def test_many_filings_are_done_in_batches(resident_user, monkeypatch):
    monkeypatch.setattr(retention, "BATCH_SIZE", 3)
    with time_machine.travel(T0, tick=False):
        filings = [_filing(make_resident_user()) for _ in range(7)]
    with time_machine.travel(T0 + datetime.timedelta(days=DAYS + 1), tick=False):
        result = retention.apply_retention()
    assert result.anonymised == 7
    assert Filing.objects.filter(pk__in=[f.pk for f in filings], anonymised_at=None).count() == 0


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_row_locked_elsewhere_is_skipped_and_taken_next_time(ja_filing_site_tx):
    """skip_locked: a filing another transaction holds (a registration, a second run) is left
    for the next run instead of blocking this one."""
    with time_machine.travel(T0, tick=False):
        held = _filing(make_resident_user())
        free = _filing(make_resident_user())
    locked = threading.Event()
    release = threading.Event()

    def hold():
        with transaction.atomic():
            Filing.objects.select_for_update().get(pk=held.pk)
            locked.set()
            release.wait(30)
        connection.close()

    thread = threading.Thread(target=hold)
    thread.start()
    assert locked.wait(30)
    try:
        with time_machine.travel(T0 + datetime.timedelta(days=DAYS + 1), tick=False):
            first = retention.apply_retention()
    finally:
        release.set()
        thread.join(30)
    held.refresh_from_db()
    free.refresh_from_db()
    assert first.anonymised == 1
    assert free.anonymised_at is not None and held.anonymised_at is None
    with time_machine.travel(T0 + datetime.timedelta(days=DAYS + 2), tick=False):
        assert retention.apply_retention().anonymised == 1
    held.refresh_from_db()
    assert held.anonymised_at is not None
    assert timezone.is_aware(held.anonymised_at)
