"""The resident filing wizard (SPEC F1, F3–F7, N9, X3; QUALITY J1, J2)."""

from __future__ import annotations

import datetime

import pytest

from filings import errors, fields
from filings.constants import KINDS_BY_ITEM, FilingKind
from filings.models import Filing, FilingDraft, FilingState, Mail
from filings.services import mail as mail_services
from tests.filings.conftest import make_resident, make_resident_user
from tests.filings.wizard import event_values, file, fill, identity_of, start, submit, today

pytestmark = pytest.mark.django_db


def test_the_whole_journey_ends_in_one_completed_filing_with_its_mails(
    client, resident_user, django_capture_on_commit_callbacks
):
    client.force_login(resident_user)
    index = client.get("/ja/filing/")
    assert index.status_code == 200
    offered = [o["kind"] for o in index.context["offers"]]
    assert offered == [*KINDS_BY_ITEM["activity"], "activity_org_left_and_transferred"]

    token = start(client, FilingKind.ACTIVITY_ORG_LEFT)
    identity_page = client.get(f"/ja/filing/draft/{token}/identity/")
    assert identity_page.status_code == 200
    assert "no-store" in identity_page["Cache-Control"]
    resident = resident_user.resident_account.resident
    # The identity is filled in from the registry, for the resident to check (F3).
    assert identity_page.context["form"].initial["name_latin"] == resident.name_latin

    event = event_values(FilingKind.ACTIVITY_ORG_LEFT)
    fill(
        client,
        token,
        None,
        {**event, "org_name": "デモ国際大学", "org_address": "東京都新宿区1-2-3"},
    )
    confirm = client.get(f"/ja/filing/draft/{token}/confirm/")
    rows = {row["code"]: row["value"] for row in confirm.context["rows"]}
    # Typed half-width text is converted for the person (L2): shown as it will be filed.
    assert rows["org_address"] == "東京都新宿区１−２−３"
    assert rows["nationality"]  # the name, not the code

    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, token)
    assert response.status_code == 303
    filing = Filing.objects.get()
    assert response["Location"] == f"/ja/status/{filing.public_id}/?sent=new"
    filing.refresh_from_db()
    assert filing.state == FilingState.COMPLETED
    assert filing.kind == FilingKind.ACTIVITY_ORG_LEFT and filing.second_kind == ""
    assert filing.resident == resident and filing.filed_by == resident_user
    assert filing.data["org_address"] == "東京都新宿区１−２−３"
    assert filing.language_code == "ja"
    assert filing.due_date == datetime.date.fromisoformat(event["left_on"]) + datetime.timedelta(14)
    assert not filing.is_late
    assert sorted(Mail.objects.values_list("template", flat=True)) == [
        "filing_completed",
        "filing_received",
    ]

    detail = client.get(response["Location"])
    assert detail.status_code == 200
    html = detail.content.decode()
    assert filing.receipt_number in html and 'data-state="completed"' in html
    assert "東京都新宿区１−２−３" in html


def test_double_submit_and_replay_give_the_same_receipt(client, resident_user):
    client.force_login(resident_user)
    token = start(client, FilingKind.ACTIVITY_ORG_LEFT)
    fill(client, token, None, event_values(FilingKind.ACTIVITY_ORG_LEFT))
    first = submit(client, token)
    second = submit(client, token)
    assert Filing.objects.count() == 1
    filing = Filing.objects.get()
    assert first["Location"].endswith(f"{filing.public_id}/?sent=new")
    assert second.status_code == 303
    assert second["Location"].endswith(f"{filing.public_id}/?sent=again")
    # Back to any step of a sent draft leads to its receipt; re-posting a step changes nothing.
    back = client.get(f"/ja/filing/draft/{token}/details/")
    assert back.status_code == 303 and back["Location"].endswith("?sent=again")
    again = client.post(f"/ja/filing/draft/{token}/details/", {"left_on": "2000-01-01"})
    assert again.status_code == 303
    assert Filing.objects.get().data["left_on"] != "2000-01-01"
    assert Mail.objects.filter(template="filing_received").count() == 1


def test_replay_after_logout_goes_to_sign_in_and_files_nothing(client, resident_user):
    client.force_login(resident_user)
    token = start(client, FilingKind.ACTIVITY_ORG_LEFT)
    fill(client, token, None, event_values(FilingKind.ACTIVITY_ORG_LEFT))
    submit(client, token)
    client.logout()
    response = submit(client, token)
    assert response.status_code == 302
    assert "/login/" in response["Location"] and "next=" in response["Location"]
    assert Filing.objects.count() == 1


def test_a_stale_or_forged_submission_token_files_nothing(client, resident_user):
    client.force_login(resident_user)
    token = start(client, FilingKind.ACTIVITY_ORG_LEFT)
    fill(client, token, None, event_values(FilingKind.ACTIVITY_ORG_LEFT))
    response = client.post(
        f"/ja/filing/draft/{token}/submit/",
        {"submission_token": "00000000-0000-0000-0000-000000000000"},
    )
    assert response.status_code == 409
    assert errors.message("E-FORM-RESUBMITTED", "ja") in response.content.decode()
    assert Filing.objects.count() == 0


def test_kinds_outside_the_status_item_cannot_even_be_started(client, resident_user):
    client.force_login(resident_user)
    for kind in (
        FilingKind.SPOUSE_DIVORCE,
        FilingKind.CONTRACT_ENDED,
        FilingKind.ACCEPTANCE_STARTED,
    ):
        assert client.get(f"/ja/filing/new/{kind}/").status_code == 404
        assert client.post(f"/ja/filing/new/{kind}/").status_code == 404
    assert client.post("/ja/filing/new/not-a-kind/").status_code == 404
    assert FilingDraft.objects.count() == 0


def test_an_identity_mismatch_marks_every_field_and_keeps_what_was_typed(client, resident_user):
    client.force_login(resident_user)
    token = start(client, FilingKind.ACTIVITY_ORG_LEFT)
    resident = resident_user.resident_account.resident
    typed = {**identity_of(resident), "birth_date": "1990-01-01"}
    response = client.post(f"/ja/filing/draft/{token}/identity/", typed)
    assert response.status_code == 200
    html = response.content.decode()
    assert errors.message("E-IDENTITY-MISMATCH", "ja") in html
    # Every identity field is marked, so the page does not reveal which one is wrong (Q63).
    assert html.count('aria-invalid="true"') == len(fields.IDENTITY_FIELDS)
    assert FilingDraft.objects.get(token=token).data["birth_date"] == "1990-01-01"
    # Moving on is refused while the identity does not match.
    assert client.get(f"/ja/filing/draft/{token}/confirm/").status_code == 303


def test_identity_input_is_normalised_before_the_comparison(client, resident_user):
    client.force_login(resident_user)
    token = start(client, FilingKind.ACTIVITY_ORG_LEFT)
    resident = resident_user.resident_account.resident
    card = resident.cards.get().number
    typed = {
        **identity_of(resident),
        "name_latin": "  " + resident.name_latin.lower().replace(" ", "  ") + " ",
        "card_number": f"{card[:2].lower()} {card[2:6]}-{card[6:]}",
    }
    response = client.post(f"/ja/filing/draft/{token}/identity/", typed)
    assert response.status_code == 303


def test_field_errors_come_from_the_catalogue_and_nothing_typed_is_lost(client, resident_user):
    client.force_login(resident_user)
    token = start(client, FilingKind.ACTIVITY_ORG_LEFT)
    client.post(
        f"/ja/filing/draft/{token}/identity/", identity_of(resident_user.resident_account.resident)
    )
    future = (today() + datetime.timedelta(days=1)).isoformat()
    response = client.post(
        f"/ja/filing/draft/{token}/details/",
        {"left_on": future, "org_name": "", "org_address": "😀ビル"},
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["left_on"] == [errors.message("E-EVENT-DATE-FUTURE", "ja")]
    assert form.errors["org_name"] == [errors.message("E-REQUIRED", "ja")]
    assert form.errors["org_address"][0].startswith(
        errors.message("E-JIS-CHARS", "ja", chars=("😀",))[:10]
    )
    draft = FilingDraft.objects.get(token=token)
    assert draft.data["org_address"] == "😀ビル" and draft.data["left_on"] == future


def test_a_late_filing_is_taken_marked_late_and_the_duty_is_shown(
    client, resident_user, django_capture_on_commit_callbacks
):
    client.force_login(resident_user)
    token = start(client, FilingKind.ACTIVITY_ORG_LEFT)
    event = event_values(FilingKind.ACTIVITY_ORG_LEFT, days_ago=20)
    fill(client, token, None, event)
    confirm = client.get(f"/ja/filing/draft/{token}/confirm/")
    due = datetime.date.fromisoformat(event["left_on"]) + datetime.timedelta(days=14)
    assert confirm.context["late"].code == "W-FILING-LATE"
    assert errors.message("W-FILING-LATE", "ja", due=due) in confirm.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, token)
    filing = Filing.objects.get()
    assert filing.is_late and filing.due_date == due
    assert filing.state == FilingState.COMPLETED  # late filings are still registered (F4)


def test_leave_and_join_are_one_filing_recording_two_events(
    client, django_capture_on_commit_callbacks, ja_filing_site
):
    user = make_resident_user(status_code="engineer-humanities-international")
    client.force_login(user)
    kind = "contract_ended_and_new"
    event = event_values(kind, student=False)
    event["left_on"] = (today() - datetime.timedelta(days=5)).isoformat()
    token = start(client, kind)
    fill(client, token, None, event)
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, token)
    filing = Filing.objects.get()
    assert (filing.kind, filing.second_kind) == (FilingKind.CONTRACT_ENDED, FilingKind.CONTRACT_NEW)
    assert filing.spec_key == kind
    assert filing.data["new_activity"] == event["new_activity"]
    # Due with the first of its two events.
    assert filing.event_date == datetime.date.fromisoformat(event["left_on"])
    assert filing.due_date == filing.event_date + datetime.timedelta(days=14)
    assert filing.state == FilingState.COMPLETED


def test_students_are_not_asked_for_a_new_activity(client, resident_user):
    client.force_login(resident_user)
    token = start(client, "activity_org_left_and_transferred")
    client.post(
        f"/ja/filing/draft/{token}/identity/", identity_of(resident_user.resident_account.resident)
    )
    page = client.get(f"/ja/filing/draft/{token}/details/")
    assert "new_activity" not in page.context["form"].fields
    assert "joined_on" in page.context["form"].fields


ITEM_USERS = {
    "activity": "student",
    "contract": "engineer-humanities-international",
    "spouse": "dependent",
}


@pytest.mark.parametrize(
    ("item", "kind"),
    [(item, kind) for item, kinds in KINDS_BY_ITEM.items() for kind in kinds],
)
def test_every_resident_kind_of_every_item_can_be_filed(
    client, ja_filing_site, django_capture_on_commit_callbacks, item, kind
):
    user = make_resident_user(status_code=ITEM_USERS[item])
    client.force_login(user)
    student = item == "activity"
    with django_capture_on_commit_callbacks(execute=True):
        _token, response = file(client, kind, event_values(kind, student=student))
    assert response.status_code == 303
    filing = Filing.objects.get()
    assert filing.kind == kind and filing.state == FilingState.COMPLETED
    spec = fields.kind_spec(kind)
    for field in spec.event_fields(student):
        if field.required:
            assert filing.data[field.code], field.code


def test_same_content_twice_on_one_day_leaves_the_last_in_force(
    client, resident_user, django_capture_on_commit_callbacks
):
    client.force_login(resident_user)
    event = event_values(FilingKind.ACTIVITY_ORG_LEFT)
    with django_capture_on_commit_callbacks(execute=True):
        file(client, FilingKind.ACTIVITY_ORG_LEFT, event)
    with django_capture_on_commit_callbacks(execute=True):
        file(client, FilingKind.ACTIVITY_ORG_LEFT, event)
    with django_capture_on_commit_callbacks(execute=True):
        file(client, FilingKind.ACTIVITY_ORG_LEFT, {**event, "org_name": "別の学校"})
    first, second, other = Filing.objects.order_by("id")
    assert first.state == FilingState.SUPERSEDED and first.superseded_by == second
    assert second.state == FilingState.COMPLETED
    assert other.state == FilingState.COMPLETED  # different content: both stay in force


SUBMIT_MAX_QUERIES = 45


def test_submitting_costs_a_bounded_number_of_queries(
    client, resident_user, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    """The bound holds however many filings the person already has: nothing is per filing."""
    client.force_login(resident_user)
    for days_ago in (2, 3):
        token = start(client, FilingKind.ACTIVITY_ORG_LEFT)
        fill(client, token, None, event_values(FilingKind.ACTIVITY_ORG_LEFT, days_ago=days_ago))
        with django_assert_max_num_queries(SUBMIT_MAX_QUERIES):
            response = submit(client, token)
        assert response.status_code == 303
    for _ in range(20):
        token = start(client, FilingKind.ACTIVITY_ORG_LEFT)
        fill(client, token, None, event_values(FilingKind.ACTIVITY_ORG_LEFT))
        with django_capture_on_commit_callbacks(execute=True):
            submit(client, token)
    token = start(client, FilingKind.ACTIVITY_ORG_LEFT)
    fill(client, token, None, event_values(FilingKind.ACTIVITY_ORG_LEFT))
    with django_assert_max_num_queries(SUBMIT_MAX_QUERIES):
        assert submit(client, token).status_code == 303


def test_anonymous_visitors_are_sent_to_sign_in(client, ja_filing_site):
    for url in ("/ja/filing/", "/ja/filing/new/activity_org_left/", "/ja/status/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert "login/?next=" in response["Location"]


def test_extra_posted_fields_cannot_set_state_or_owner(
    client, resident_user, django_capture_on_commit_callbacks, ja_filing_site
):
    """QUALITY C2: only the fields of the form are read; state, filer and ids are the server's."""
    other = make_resident_user(resident=make_resident())
    client.force_login(resident_user)
    token = start(client, FilingKind.ACTIVITY_ORG_LEFT)
    client.post(
        f"/ja/filing/draft/{token}/identity/",
        {**identity_of(resident_user.resident_account.resident), "state": "completed"},
    )
    client.post(
        f"/ja/filing/draft/{token}/details/",
        {
            **event_values(FilingKind.ACTIVITY_ORG_LEFT),
            "is_late": "1",
            "filed_by": str(other.pk),
            "kind": FilingKind.SPOUSE_DEATH,
            "resident": str(other.resident_account.resident.pk),
        },
    )
    submit(client, token)
    filing = Filing.objects.get()
    assert filing.state == FilingState.RECEIVED
    assert filing.filed_by == resident_user and filing.kind == FilingKind.ACTIVITY_ORG_LEFT
    spec = fields.kind_spec(FilingKind.ACTIVITY_ORG_LEFT)
    assert set(filing.data) == {f.code for f in spec.all_fields(True)}


def test_the_mails_follow_the_language_the_filing_is_submitted_in(
    client, resident_user, django_capture_on_commit_callbacks
):
    """Started in Japanese, finished in English: the receipt and its link are in English."""
    client.force_login(resident_user)
    token = start(client, FilingKind.ACTIVITY_ORG_LEFT)
    event = {**event_values(FilingKind.ACTIVITY_ORG_LEFT), "org_name": "デモ大学"}
    fill(client, token, None, event)
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, token, base="/en/filing/")
    filing = Filing.objects.get()
    assert response["Location"].startswith(f"/en/status/{filing.public_id}/")
    assert filing.language_code == "en"
    received = Mail.objects.get(template="filing_received")
    assert received.language_code == "en"
    body = mail_services.render(received).body
    assert "We have received your notification" in body
    assert f"/en/status/{filing.public_id}/" in body
