"""Every staff view of personal data leaves one audit event naming the officer and the record
(SPEC X1; QUALITY G4), and the audit table refuses UPDATE and DELETE (G3)."""

from __future__ import annotations

import pytest

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from filings.management.reference_data import ensure_loaded
from filings.models import (
    Organization,
    OrganizationMembership,
    OrganizationRegistration,
    ResidenceCard,
    Resident,
    ResidentAccount,
)
from filings.services.mail import queue_mail
from portal import audit
from portal.models import AuditEvent
from tests.factories import OrganizationFactory, ResidenceCardFactory, ResidentFactory
from tests.filings.conftest import make_org_user, make_resident_user
from tests.filings.test_admin_registry import _officer, _sign_in
from tests.filings.test_filing_admin import _filing

pytestmark = pytest.mark.django_db

User = get_user_model()
CARD = "AB12345678CD"


@pytest.fixture(autouse=True)
def _reference_data():
    ensure_loaded(apps)


@pytest.fixture
def officer():
    return User.objects.create_superuser("pii-officer", password="Officer#Pass1")


@pytest.fixture
def records(ja_filing_site):
    resident_user = make_resident_user(
        ResidenceCardFactory(
            number=CARD, resident=ResidentFactory(name_latin="NGUYEN THI LAN")
        ).resident
    )
    org_user = make_org_user(OrganizationFactory(contact_name="田中 花子"))
    mail = queue_mail(
        template="password_changed",
        dedupe_key="pii-audit:mail",
        recipient=resident_user,
        context={},
    )
    registration = OrganizationRegistration.objects.create(
        source="online",
        name="デモテック",
        corporate_number="7000000002",
        address="東京都新宿区",
        organization_type="company",
        contact_name="田中",
        email="tech@example.jp",
        auth_id_first="demotech.1",
    )
    resident = Resident.objects.get(cards__number=CARD)
    return {
        "resident": resident,
        "card": ResidenceCard.objects.get(number=CARD),
        "organization": org_user.organization_membership.organization,
        "filing": _filing(resident=resident),
        "resident_account": ResidentAccount.objects.get(user=resident_user),
        "membership": OrganizationMembership.objects.get(user=org_user),
        "mail": mail,
        "registration": registration,
    }


def _snippet_url(model, view: str, pk) -> str:
    reverse("wagtailadmin_home")  # registers the viewsets' URLs
    return reverse(model.snippet_viewset.get_url_name(view), args=[pk])


def _views(records) -> list[tuple[str, str, object]]:
    """(what, URL, the record the audit event must name) for every staff view that shows a
    whole record with personal data."""
    r = records
    return [
        ("resident inspect", _snippet_url(Resident, "inspect", r["resident"].pk), r["resident"]),
        ("resident edit", _snippet_url(Resident, "edit", r["resident"].pk), r["resident"]),
        ("card inspect", _snippet_url(ResidenceCard, "inspect", r["card"].pk), r["card"]),
        ("card edit", _snippet_url(ResidenceCard, "edit", r["card"].pk), r["card"]),
        (
            "organization edit",
            _snippet_url(Organization, "edit", r["organization"].pk),
            r["organization"],
        ),
        (
            "filing detail",
            reverse("filings_filing:inspect", args=[r["filing"].pk]),
            r["filing"],
        ),
        (
            "resident account",
            reverse("resident_accounts:edit", args=[r["resident_account"].pk]),
            r["resident_account"].user,
        ),
        (
            "organization user",
            reverse("organization_users:edit", args=[r["membership"].pk]),
            r["membership"].user,
        ),
        ("mail", reverse("mails:inspect", args=[r["mail"].pk]), r["mail"]),
        (
            "organization registration",
            reverse("organization_registrations:edit", args=[r["registration"].pk]),
            r["registration"],
        ),
    ]


def _expected_target(obj) -> tuple[str, str]:
    meta = obj._meta
    return f"{meta.app_label}.{meta.model_name}", str(getattr(obj, "public_id", None) or obj.pk)


def test_opening_each_view_writes_exactly_one_event_naming_officer_and_record(
    client, officer, records
):
    _sign_in(client, officer)
    for what, url, obj in _views(records):
        before = AuditEvent.objects.count()
        response = client.get(url)
        assert response.status_code == 200, (what, url, response.status_code)
        new = list(AuditEvent.objects.order_by("id")[before:])
        assert len(new) == 1, (what, [e.action for e in new])
        event = new[0]
        assert event.actor == officer and event.actor_label == "pii-officer", what
        assert (event.target_type, event.target_id) == _expected_target(obj), what
        assert event.action in ("personal_data.viewed", "filing.viewed"), what
        assert event.request_id == response["X-Request-ID"], what
        # The event says that the record was seen, not what it holds.
        assert CARD not in str(event.details) and "NGUYEN" not in str(event.details), what


def _listings(records) -> list[tuple[str, str, object]]:
    """(what, URL, a record the listing must show) for every listing with personal data."""
    reverse("wagtailadmin_home")
    r = records
    return [
        ("residents", reverse(Resident.snippet_viewset.get_url_name("list")), r["resident"]),
        ("cards", reverse(ResidenceCard.snippet_viewset.get_url_name("list")), r["card"]),
        (
            "organizations",
            reverse(Organization.snippet_viewset.get_url_name("list")),
            r["organization"],
        ),
        ("filings", reverse("filings_filing:index"), r["filing"]),
        ("resident accounts", reverse("resident_accounts:index"), r["resident_account"]),
        ("organization users", reverse("organization_users:index"), r["membership"]),
        ("mails", reverse("mails:index"), r["mail"]),
        (
            "organization registrations",
            reverse("organization_registrations:index"),
            r["registration"],
        ),
    ]


def test_each_listing_page_seen_writes_one_event_naming_the_records_shown(client, officer, records):
    _sign_in(client, officer)
    for what, url, obj in _listings(records):
        before = AuditEvent.objects.count()
        response = client.get(url)
        assert response.status_code == 200, (what, url, response.status_code)
        new = list(AuditEvent.objects.order_by("id")[before:])
        assert [e.action for e in new] == ["personal_data.listed"], what
        event = new[0]
        assert event.actor == officer, what
        assert event.target_type == _expected_target(obj)[0], what
        assert _expected_target(obj)[1] in event.details["shown"], what
        assert event.details["page"] == 1 and event.details["count"] >= 1, what
        assert event.request_id == response["X-Request-ID"], what


def test_a_search_is_recorded_as_a_search_without_its_words(client, officer, records):
    _sign_in(client, officer)
    url = reverse(Resident.snippet_viewset.get_url_name("list"))
    response = client.get(url, {"q": "NGUYEN"})
    assert response.status_code == 200
    event = AuditEvent.objects.get(action="personal_data.listed")
    assert event.details["searched"] is True
    assert event.details["shown"] == [str(records["resident"].public_id)]
    assert "NGUYEN" not in str(event.details) and CARD not in str(event.details)


def test_staff_without_the_permission_see_nothing_and_nothing_is_recorded(records):
    from django.test import Client

    client = _sign_in(Client(), _officer("plain-pii-officer"))
    for what, url, _obj in _views(records):
        response = client.get(url)
        assert response.status_code in (302, 403), (what, response.status_code)
        assert CARD not in response.content.decode(), what
    assert not AuditEvent.objects.filter(
        action__in=("personal_data.viewed", "filing.viewed")
    ).exists()


def test_a_missing_record_is_404_and_not_recorded(client, officer, records):
    _sign_in(client, officer)
    for url in (
        _snippet_url(Resident, "inspect", 999_999),
        _snippet_url(Resident, "edit", 999_999),
        reverse("mails:inspect", args=[999_999]),
        reverse("resident_accounts:edit", args=[999_999]),
    ):
        response = client.get(url)
        # Django's LocaleMiddleware turns a 404 outside the language prefixes into a redirect
        # to the same path under /ja/, where the page tree answers 404 in turn.
        if response.status_code == 302:
            assert response["Location"] == f"/ja{url}", url
            response = client.get(response["Location"])
        assert response.status_code == 404, url
    assert not AuditEvent.objects.filter(action="personal_data.viewed").exists()


def test_saving_an_edit_is_not_counted_as_another_view(client, officer, records):
    _sign_in(client, officer)
    url = _snippet_url(Organization, "edit", records["organization"].pk)
    client.get(url)
    organization = records["organization"]
    response = client.post(
        url,
        {
            "name": "新しい名前",
            "corporate_number": organization.corporate_number,
            "organization_type": organization.organization_type,
            "address": organization.address,
            "contact_name": organization.contact_name,
            "email": organization.email,
            "is_active": "on",
        },
    )
    assert response.status_code in (200, 302)
    assert AuditEvent.objects.filter(action="personal_data.viewed").count() == 1


# --- G3: the trail is append-only in the database ------------------------------------------------


def _refused(operation) -> bool:
    try:
        with transaction.atomic():
            operation()
    except DatabaseError as error:
        return "append-only" in str(error)
    return False


@pytest.mark.postgres
def test_the_audit_table_refuses_update_and_delete():
    event = audit.record("test.event", target_type="portal.user", target_id="1")
    rows = AuditEvent.objects.filter(pk=event.pk)
    assert _refused(lambda: rows.update(action="rewritten"))
    assert _refused(lambda: rows.delete())
    event.action = "rewritten"
    assert _refused(event.save)
    assert _refused(lambda: AuditEvent.objects.get(pk=event.pk).delete())

    def raw_update():
        with connection.cursor() as cursor:
            cursor.execute("UPDATE portal_auditevent SET action = 'x' WHERE id = %s", [event.pk])

    assert _refused(raw_update)
    assert AuditEvent.objects.get(pk=event.pk).action == "test.event"
    # Appending still works.
    audit.record("test.event.2")
    assert AuditEvent.objects.filter(action__startswith="test.event").count() == 2
