"""Organization filings under Art. 19-17 and proxy filing for consenting residents (SPEC F2,
N4; Q16–Q20)."""

from __future__ import annotations

import datetime

import pytest

from django.utils import timezone

from filings import errors
from filings.constants import ORGANIZATION_KINDS, PROXY_KINDS, FilingKind, StudentLeavingReason
from filings.models import Filing, FilingDraft, FilingState, Mail, ProxyConsent
from portal.models import AuditEvent
from tests.filings.conftest import make_resident, make_resident_user
from tests.filings.wizard import event_values, file, fill, identity_of, start, submit, today

pytestmark = pytest.mark.django_db


def test_an_organization_offers_its_three_kinds_and_no_resident_kind(client, org_user):
    client.force_login(org_user)
    index = client.get("/ja/filing/")
    assert [o["kind"] for o in index.context["offers"]] == list(ORGANIZATION_KINDS)
    assert client.post(f"/ja/filing/new/{FilingKind.ACTIVITY_ORG_LEFT}/").status_code == 404
    assert client.post("/ja/filing/new/activity_org_left_and_transferred/").status_code == 404


@pytest.mark.parametrize("kind", ORGANIZATION_KINDS)
def test_every_19_17_kind_for_a_student(client, org_user, django_capture_on_commit_callbacks, kind):
    student = make_resident("student")
    client.force_login(org_user)
    event = event_values(kind, student=True)
    with django_capture_on_commit_callbacks(execute=True):
        _token, response = file(client, kind, event, identity=identity_of(student))
    assert response.status_code == 303
    filing = Filing.objects.get()
    assert filing.kind == kind and filing.filer_type == "organization"
    assert filing.organization == org_user.organization_membership.organization
    assert filing.resident == student and filing.state == FilingState.COMPLETED
    if kind == FilingKind.ACCEPTANCE_ENDED:
        assert filing.data["leaving_reason"] == StudentLeavingReason.GRADUATED
    if kind == FilingKind.STUDENT_SNAPSHOT:
        day = datetime.date.fromisoformat(filing.data["snapshot_date"])
        assert (day.month, day.day) in ((5, 1), (11, 1))
        assert filing.due_date == day + datetime.timedelta(days=14)


def test_a_students_leaving_reason_is_required_and_not_asked_of_others(client, org_user):
    student = make_resident("student")
    client.force_login(org_user)
    token = start(client, FilingKind.ACCEPTANCE_ENDED)
    client.post(f"/ja/filing/draft/{token}/identity/", identity_of(student))
    response = client.post(
        f"/ja/filing/draft/{token}/details/", {"event_date": today().isoformat()}
    )
    assert response.context["form"].errors["leaving_reason"] == [errors.message("E-REQUIRED", "ja")]

    engineer = make_resident("engineer-humanities-international")
    token = start(client, FilingKind.ACCEPTANCE_ENDED)
    client.post(f"/ja/filing/draft/{token}/identity/", identity_of(engineer))
    page = client.get(f"/ja/filing/draft/{token}/details/")
    assert "leaving_reason" not in page.context["form"].fields


@pytest.mark.parametrize(
    ("status", "kind", "code"),
    [
        ("technical-intern-training", FilingKind.ACCEPTANCE_STARTED, "E-ORG-FILING-NOT-APPLICABLE"),
        ("engineer-humanities-international", FilingKind.STUDENT_SNAPSHOT, "E-NOT-STUDENT"),
    ],
)
def test_19_17_only_for_the_statuses_it_applies_to(client, org_user, status, kind, code):
    person = make_resident(status)
    client.force_login(org_user)
    token = start(client, kind)
    response = client.post(f"/ja/filing/draft/{token}/identity/", identity_of(person))
    assert response.status_code == 200
    assert errors.message(code, "ja") in response.content.decode()


def test_an_unknown_person_is_a_mismatch_without_details(client, org_user):
    client.force_login(org_user)
    token = start(client, FilingKind.ACCEPTANCE_STARTED)
    person = make_resident("student")
    response = client.post(
        f"/ja/filing/draft/{token}/identity/",
        {**identity_of(person), "card_number": "ZZ99999999ZZ"},
    )
    assert errors.message("E-IDENTITY-MISMATCH", "ja") in response.content.decode()
    assert FilingDraft.objects.get(token=token).data["card_number"] == "ZZ99999999ZZ"


# --- proxy filing (Q20, N4) ----------------------------------------------------------------


@pytest.fixture
def consent(org_user):
    resident_user = make_resident_user()
    return ProxyConsent.objects.create(
        resident=resident_user.resident_account.resident,
        organization=org_user.organization_membership.organization,
    )


def _proxy_path(consent, kind):
    return f"proxy/{consent.public_id}/{kind}/"


def test_proxy_filing_offers_only_name_and_address_changes(client, org_user, consent):
    client.force_login(org_user)
    index = client.get("/ja/filing/")
    (proxy,) = index.context["proxies"]
    assert [o["kind"] for o in proxy["offers"]] == [
        FilingKind.ACTIVITY_ORG_RENAMED,
        FilingKind.ACTIVITY_ORG_MOVED,
    ]
    assert all(o["kind"] in PROXY_KINDS for o in proxy["offers"])
    for kind in (
        FilingKind.ACTIVITY_ORG_LEFT,
        FilingKind.ACTIVITY_ORG_DISSOLVED,
        FilingKind.CONTRACT_ORG_RENAMED,
    ):
        assert client.post(f"/ja/filing/{_proxy_path(consent, kind)}").status_code == 404
    assert FilingDraft.objects.count() == 0


def test_a_proxy_filing_is_made_for_the_resident_and_audited_as_three_identities(
    client, org_user, consent, django_capture_on_commit_callbacks
):
    client.force_login(org_user)
    kind = FilingKind.ACTIVITY_ORG_MOVED
    resident = consent.resident
    with django_capture_on_commit_callbacks(execute=True):
        _token, response = file(
            client,
            kind,
            event_values(kind),
            identity=identity_of(resident),
            path=_proxy_path(consent, kind),
        )
    assert response.status_code == 303
    filing = Filing.objects.get()
    assert filing.filer_type == "proxy" and filing.state == FilingState.COMPLETED
    assert filing.resident == resident and filing.filed_by == org_user
    assert filing.organization == consent.organization
    event = AuditEvent.objects.get(action="filing.submitted")
    assert event.actor == org_user
    assert event.details["organization"] == str(consent.organization.public_id)
    assert event.details["resident"] == str(resident.public_id)
    # Both the organization user and the resident hear about it.
    recipients = set(
        Mail.objects.filter(template="filing_completed").values_list("recipient", flat=True)
    )
    assert recipients == {org_user.pk, resident.account.user.pk}
    # The resident sees it on their own status page.
    client.force_login(resident.account.user)
    assert client.get(f"/ja/status/{filing.public_id}/").status_code == 200


def test_proxy_identity_must_be_the_consenting_residents(client, org_user, consent):
    other = make_resident("student")
    client.force_login(org_user)
    token = start(
        client,
        FilingKind.ACTIVITY_ORG_MOVED,
        path=_proxy_path(consent, FilingKind.ACTIVITY_ORG_MOVED),
    )
    response = client.post(f"/ja/filing/draft/{token}/identity/", identity_of(other))
    assert errors.message("E-IDENTITY-MISMATCH", "ja") in response.content.decode()


def test_without_live_consent_nothing_can_be_filed(
    client, org_user, consent, django_capture_on_commit_callbacks
):
    client.force_login(org_user)
    kind = FilingKind.ACTIVITY_ORG_RENAMED
    token = start(client, kind, path=_proxy_path(consent, kind))
    fill(client, token, identity_of(consent.resident), event_values(kind))
    # Revoked after the filing was sent and before it was registered: a registration error.
    with django_capture_on_commit_callbacks(execute=False):
        submit(client, token)
    consent.revoked_at = timezone.now()
    consent.save()
    filing = Filing.objects.get()
    from filings.services import filing as filing_services

    assert filing_services.register_filing(filing.pk) == FilingState.REGISTRATION_ERROR
    filing.refresh_from_db()
    assert [e["code"] for e in filing.errors] == ["E-CONSENT-MISSING"]
    # And nothing new can be started or continued.
    assert client.post(f"/ja/filing/{_proxy_path(consent, kind)}").status_code == 404
    token = FilingDraft.objects.create(
        user=org_user,
        filer_type="proxy",
        organization=consent.organization,
        resident=consent.resident,
        kind=kind,
        language_code="ja",
    ).token
    response = client.post(f"/ja/filing/draft/{token}/identity/", identity_of(consent.resident))
    assert errors.message("E-CONSENT-MISSING", "ja") in response.content.decode()


def test_a_late_organization_filing_is_marked_late_without_a_fine(client, org_user):
    """An organization's own filing (Art. 19-17) is a duty to try: late, it is taken and
    marked late, and the page says there is no penalty instead of threatening a fine."""
    student = make_resident("student")
    client.force_login(org_user)
    token = start(client, FilingKind.ACCEPTANCE_ENDED)
    event = event_values(FilingKind.ACCEPTANCE_ENDED, student=True, days_ago=20)
    fill(client, token, identity_of(student), event)
    confirm = client.get(f"/ja/filing/draft/{token}/confirm/")
    assert confirm.status_code == 200
    assert confirm.context["late"].code == "W-FILING-LATE-ORG"
    html = confirm.content.decode()
    assert errors.remedy("W-FILING-LATE-ORG", "ja") in html
    assert "罰金" not in html
