"""The registration pipeline (SPEC S2, F7, N7; QUALITY H2–H6, J1)."""

from __future__ import annotations

import datetime
import threading

import pytest

from django.db import connection, transaction
from django.test import Client

from filings.constants import FilingKind
from filings.models import Filing, FilingDraft, FilingState, Mail
from filings.services import filing as filing_services
from filings.services import registration
from filings.tasks import filing as filing_tasks
from tests.factories import FilingFactory
from tests.filings.conftest import make_resident_user
from tests.filings.wizard import event_values, fill, identity_of, start, today

pytestmark = pytest.mark.django_db


def _ready_draft(client, user) -> FilingDraft:
    client.force_login(user)
    token = start(client, FilingKind.ACTIVITY_ORG_LEFT)
    fill(client, token, None, event_values(FilingKind.ACTIVITY_ORG_LEFT))
    return FilingDraft.objects.get(token=token)


def _submit(draft: FilingDraft):
    return filing_services.submit_draft(
        user=draft.user, token=draft.token, submission_token=draft.submission_token
    )


@pytest.fixture
def queued(monkeypatch):
    """What reached the broker: the broker is the boundary, so `delay` is where we listen."""
    calls: list[int] = []
    monkeypatch.setattr(filing_tasks.register_filing, "delay", lambda pk: calls.append(pk))
    return calls


def test_h2_a_rolled_back_submit_queues_nothing_a_committed_one_once(
    client, resident_user, queued, django_capture_on_commit_callbacks
):
    draft = _ready_draft(client, resident_user)
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        _submit(draft)
        raise RuntimeError("something after the submit failed")
    assert queued == [] and Filing.objects.count() == 0 and Mail.objects.count() == 0

    with django_capture_on_commit_callbacks(execute=True):
        result = _submit(draft)
    assert queued == [result.filing.pk]
    assert Mail.objects.filter(template="filing_received").count() == 1


def test_registration_is_idempotent_one_outcome_one_mail(
    ja_filing_site, queued, django_capture_on_commit_callbacks
):
    filing = FilingFactory()
    with django_capture_on_commit_callbacks(execute=True):
        assert filing_services.register_filing(filing.pk) == registration.REGISTERED
    with django_capture_on_commit_callbacks(execute=True):
        assert filing_services.register_filing(filing.pk) == registration.SKIPPED
    filing.refresh_from_db()
    assert filing.state == FilingState.COMPLETED and filing.attempts == 1
    assert Mail.objects.filter(template="filing_completed").count() == 1


def test_s2_completed_only_once_the_completion_mail_went_out(
    client, resident_user, queued, django_capture_on_commit_callbacks, monkeypatch
):
    """Q57: registration alone does not complete a filing; the completion mail going out does.
    While the mail server refuses, the filing stays processing and the sweeper leaves it alone."""
    import smtplib

    from filings.services import mail as mail_service

    filing = FilingFactory(filer=resident_user)

    def refuse(self, *args, **kwargs):
        raise smtplib.SMTPServerDisconnected("down")

    with monkeypatch.context() as patched:
        patched.setattr("django.core.mail.EmailMessage.send", refuse)
        with django_capture_on_commit_callbacks(execute=True):
            assert filing_services.register_filing(filing.pk) == registration.REGISTERED
        filing.refresh_from_db()
        completion = Mail.objects.get(template="filing_completed")
        assert completion.state == Mail.State.QUEUED and completion.attempts == 1
        assert filing.state == FilingState.PROCESSING and filing.registered_at is not None
        assert filing.completed_at is None
        # Stale as it may be, a registered filing is not registered again by the sweeper.
        Filing.objects.filter(pk=filing.pk).update(
            queued_at=datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
        )
        queued.clear()
        filing_services.sweep()
        assert queued == []
        client.force_login(resident_user)
        html = client.get(f"/ja/status/{filing.public_id}/").content.decode()
        assert 'data-state="processing"' in html

    assert mail_service.deliver(completion.pk) == mail_service.SENT
    filing.refresh_from_db()
    assert filing.state == FilingState.COMPLETED and filing.completed_at is not None
    # A second send attempt of the same mail changes nothing.
    assert mail_service.deliver(completion.pk) == mail_service.SKIPPED
    assert Mail.objects.filter(template="filing_completed").count() == 1


def test_registration_rechecks_the_registry_and_reports_with_the_catalogue(
    client, resident_user, queued, django_capture_on_commit_callbacks
):
    filing = FilingFactory(filer=resident_user)
    # The card was replaced between reception and registration.
    resident_user.resident_account.resident.cards.update(is_valid=False)
    with django_capture_on_commit_callbacks(execute=True):
        assert filing_services.register_filing(filing.pk) == FilingState.REGISTRATION_ERROR
    filing.refresh_from_db()
    assert [e["code"] for e in filing.errors] == ["E-IDENTITY-MISMATCH"]
    assert Mail.objects.filter(template="filing_error").count() == 1
    assert not Mail.objects.filter(template="filing_completed").exists()

    client.force_login(resident_user)
    detail = client.get(f"/ja/status/{filing.public_id}/")
    html = detail.content.decode()
    assert 'data-state="registration_error"' in html
    assert "E-IDENTITY-MISMATCH" in html
    again_url = f"/ja/filing/again/{filing.public_id}/"
    assert again_url in html
    # "File again from this copy" (N2): a new draft with the content filed.
    response = client.post(again_url)
    assert response.status_code == 303
    copy = FilingDraft.objects.get()
    assert copy.source_filing == filing
    assert copy.data["org_name"] == filing.data["org_name"]


def test_the_error_mail_renders_the_catalogue_text_in_the_filers_language(
    ja_filing_site, queued, django_capture_on_commit_callbacks, mailoutbox
):
    user = make_resident_user(language="ko")
    filing = FilingFactory(filer=user)
    assert filing.language_code == "ko"
    user.resident_account.resident.cards.update(is_valid=False)
    with django_capture_on_commit_callbacks(execute=True):
        filing_services.register_filing(filing.pk)
    from filings import errors

    error_mail = next(
        m for m in mailoutbox if filing.receipt_number in m.body and "E-IDENTITY" in m.body
    )
    assert errors.message("E-IDENTITY-MISMATCH", "ko") in error_mail.body
    assert f"/ko/status/{filing.public_id}/" in error_mail.body


def test_h3_the_sweeper_queues_what_was_left_open_once(
    resident_user, queued, django_capture_on_commit_callbacks
):
    filing = FilingFactory(filer=resident_user)  # received and queued, but the broker never got it
    assert queued == []
    later = filing.received_at + datetime.timedelta(minutes=11)
    with django_capture_on_commit_callbacks(execute=True):
        assert filing_services.sweep(later) == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert filing_services.sweep(later) == 0  # just queued: not stale yet
    assert queued == [filing.pk]
    with django_capture_on_commit_callbacks(execute=True):
        assert filing_services.sweep(later + datetime.timedelta(minutes=11)) == 1
    assert queued == [filing.pk, filing.pk]  # still open after 10 minutes: queued again


def test_nightly_mode_waits_for_the_batch(
    client, resident_user, settings, django_capture_on_commit_callbacks
):
    settings.PORTAL_FILING_REGISTRATION = "nightly"
    draft = _ready_draft(client, resident_user)
    with django_capture_on_commit_callbacks(execute=True):
        filing = _submit(draft).filing
    filing.refresh_from_db()
    assert filing.state == FilingState.RECEIVED and filing.queued_at is None
    # The sweeper leaves unqueued filings to the batch in this mode.
    with django_capture_on_commit_callbacks(execute=True):
        assert filing_services.sweep(filing.received_at + datetime.timedelta(hours=1)) == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert filing_tasks.run_registration_batch() == 1
    filing.refresh_from_db()
    assert filing.state == FilingState.COMPLETED
    with django_capture_on_commit_callbacks(execute=True):
        assert filing_tasks.run_registration_batch() == 0


def test_a_reminder_is_sent_once_for_an_unfinished_draft(client, resident_user):
    client.force_login(resident_user)
    token = start(client, FilingKind.ACTIVITY_ORG_LEFT)
    client.post(
        f"/ja/filing/draft/{token}/identity/", identity_of(resident_user.resident_account.resident)
    )
    # Stops on the details step after typing the date: due in 2 days.
    client.post(
        f"/ja/filing/draft/{token}/details/",
        {"left_on": (today() - datetime.timedelta(days=12)).isoformat()},
    )
    draft = FilingDraft.objects.get(token=token)
    assert draft.due_date == today() + datetime.timedelta(days=2)
    assert filing_services.send_reminders(today()) == 1
    assert filing_services.send_reminders(today()) == 0
    mail = Mail.objects.get(template="filing_reminder")
    assert (
        mail.recipient == resident_user and mail.context["due_date"] == draft.due_date.isoformat()
    )
    # A later mail: in the language the account prefers, not the one the draft began in.
    assert mail.language_code == resident_user.language_code


def test_a_reminder_goes_in_the_preferred_language_set_on_my_page(client, resident_user):
    client.force_login(resident_user)
    token = start(client, FilingKind.ACTIVITY_ORG_LEFT)
    client.post(
        f"/ja/filing/draft/{token}/identity/", identity_of(resident_user.resident_account.resident)
    )
    client.post(
        f"/ja/filing/draft/{token}/details/",
        {"left_on": (today() - datetime.timedelta(days=12)).isoformat()},
    )
    page = client.get("/ja/account/language/")
    assert page.status_code == 200
    refused = client.post("/ja/account/language/", {"language_code": "xx"})
    assert refused.status_code == 200 and refused.context["form"].errors
    saved = client.post("/ja/account/language/", {"language_code": "en"})
    assert saved.status_code == 302
    resident_user.refresh_from_db()
    assert resident_user.language_code == "en"
    assert filing_services.send_reminders(today()) == 1
    assert Mail.objects.get(template="filing_reminder").language_code == "en"


def test_h5_retries_stay_within_the_visibility_timeout(settings):
    task = filing_tasks.register_filing
    assert task.acks_late and task.reject_on_worker_lost
    assert task.max_retries == filing_services.MAX_REGISTRATION_ATTEMPTS
    assert task.retry_backoff_max < 3600
    assert {e.__name__ for e in task.autoretry_for} == {"OperationalError", "InterfaceError"}
    assert settings.CELERY_TASK_ROUTES["filings.tasks.*"] == {"queue": "filings"}


def test_officers_retry_and_withdraw(
    ja_filing_site, queued, django_capture_on_commit_callbacks, admin_user
):
    filing = FilingFactory(registration_error=True)
    with django_capture_on_commit_callbacks(execute=True):
        filing_services.retry_registration(filing.pk, officer=admin_user)
    assert queued[-1] == filing.pk
    assert filing_services.register_filing(filing.pk) == registration.REGISTERED
    with pytest.raises(ValueError):
        filing_services.withdraw(filing.pk, officer=admin_user, reason="  ")
    filing_services.withdraw(filing.pk, officer=admin_user, reason="Filed by mistake (Q74)")
    filing.refresh_from_db()
    assert filing.state == FilingState.WITHDRAWN and filing.withdrawn_by == admin_user
    with pytest.raises(filing_services.CannotChange):
        filing_services.retry_registration(filing.pk, officer=admin_user)


# --- real concurrency on PostgreSQL ---------------------------------------------------------


def _in_threads(count: int, target) -> list:
    results: list = [None] * count
    barrier = threading.Barrier(count)

    def run(index: int) -> None:
        try:
            barrier.wait()
            results[index] = target()
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return results


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_j1_two_simultaneous_submits_make_one_filing(ja_filing_site_tx, settings):
    settings.PORTAL_FILING_REGISTRATION = "nightly"  # no worker here; only the submit matters
    user = make_resident_user()
    client = Client()
    draft = _ready_draft(client, user)
    session_cookie = client.cookies

    def post():
        browser = Client()
        browser.cookies = session_cookie
        response = browser.post(
            f"/ja/filing/draft/{draft.token}/submit/",
            {"submission_token": str(draft.submission_token)},
        )
        return response.status_code, response["Location"]

    results = _in_threads(2, post)
    filing = Filing.objects.get()
    assert [status for status, _ in results] == [303, 303]
    assert {location.split("?")[0] for _, location in results} == {
        f"/ja/status/{filing.public_id}/"
    }
    assert sorted(location.split("?")[1] for _, location in results) == ["sent=again", "sent=new"]
    assert Mail.objects.filter(template="filing_received").count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_h3_h4_parallel_sweepers_and_registrations_finish_each_filing_once(
    ja_filing_site_tx, settings, monkeypatch
):
    settings.PORTAL_FILING_REGISTRATION = "nightly"
    user = make_resident_user()
    filings = [FilingFactory(filer=user, days_ago=days_ago).pk for days_ago in range(1, 6)]
    Filing.objects.update(queued_at=datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC))
    dispatched: list[int] = []
    lock = threading.Lock()

    def record(pk):
        with lock:
            dispatched.append(pk)

    monkeypatch.setattr(filing_tasks.register_filing, "delay", record)
    _in_threads(2, filing_services.sweep)
    assert sorted(dispatched) == sorted(filings)  # each once, across both sweepers

    outcomes = _in_threads(4, lambda: [filing_services.register_filing(pk) for pk in filings])
    flat = [o for per_thread in outcomes for o in per_thread]
    assert flat.count(registration.REGISTERED) == len(filings)
    assert Mail.objects.filter(template="filing_completed").count() == len(filings)
    assert set(Filing.objects.values_list("state", flat=True)) == {FilingState.COMPLETED}
