"""Registry and reference-data changes are in the audit trail (SPEC X1; security issue point 12).

Imports and officers' edits of residents, cards, organizations and reference data each write an
`AuditEvent`: who, which record or file kind, what was done (the changed field names, the import
counts), and never the personal data itself.
"""

from __future__ import annotations

import pytest

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from filings.models import Nationality, Organization, ResidenceCard, Resident
from filings.services import registry as registry_services
from portal.models import AuditEvent
from tests.factories import OrganizationFactory
from tests.filings.test_admin_registry import (
    CARD,
    IMPORT_CSV,
    _edit_url,
    _importer,
    _sign_in,
)
from tests.filings.test_admin_registry import _reference_data as _reference_data  # autouse
from tests.filings.test_admin_registry import resident as resident  # fixture

pytestmark = pytest.mark.django_db
User = get_user_model()
PERSONAL = (
    "NGUYEN",
    "TRAN",
    "AB12345678CD",
    "CD23456789EF",
    "2003-04-15",
    "西新宿",
    "residents.csv",
)


def _no_personal_data(event: AuditEvent) -> None:
    text = f"{event.details} {event.target_id} {event.target_type}"
    for value in PERSONAL:
        assert value not in text, (value, text)


def _chief(client):
    admin = User.objects.create_superuser("chief", password="Chief#Pass1")
    _sign_in(client, admin)
    return admin


def _form_data(client, url: str, **changes) -> dict:
    form = client.get(url).context["form"]
    data = {
        name: (value.pk if hasattr(value, "pk") else value)
        for name, value in form.initial.items()
        if name in form.fields and value is not None
    }
    data.update(changes)
    return data


def test_an_import_records_who_what_and_the_counts(client):
    _importer(client)
    upload = SimpleUploadedFile("residents.csv", IMPORT_CSV.encode(), content_type="text/csv")
    response = client.post(reverse("registry-import:index"), {"kind": "residents", "file": upload})
    assert response.status_code == 200

    event = AuditEvent.objects.get(action="registry.imported")
    assert event.actor.username == "importer"
    assert event.outcome == "success"
    assert event.target_type == "registry.residents"
    assert event.details == {
        "kind": "residents",
        "rows": 2,
        "created": 1,
        "updated": 0,
        "unchanged": 0,
        "rows_with_errors": 1,
    }
    assert event.ip_address == "127.0.0.1"
    _no_personal_data(event)


def test_an_unreadable_import_file_is_recorded_as_a_failure(client):
    _importer(client)
    broken = SimpleUploadedFile("residents.xlsx", b"PK broken", content_type="application/zip")
    client.post(reverse("registry-import:index"), {"kind": "residents", "file": broken})
    event = AuditEvent.objects.get(action="registry.imported")
    assert (event.outcome, event.details) == ("failure", {"kind": "residents", "reason": "file"})


def test_an_import_outside_the_admin_is_recorded_too():
    registry_services.import_registry_file(
        registry_services.RESIDENTS, "residents.csv", IMPORT_CSV.encode()
    )
    event = AuditEvent.objects.get(action="registry.imported")
    assert event.actor is None
    assert event.details["created"] == 1


def test_an_officers_edit_of_a_resident_records_the_changed_fields_only(client, resident):
    _chief(client)
    url = _edit_url(Resident, resident.pk)
    data = _form_data(client, url, name_latin="NGUYEN THI LANH", address_rest="西新宿2-8-2")
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors

    event = AuditEvent.objects.get(action="registry.changed")
    assert event.actor.username == "chief"
    assert event.target_type == "filings.resident"
    assert event.target_id == str(resident.public_id)
    assert event.details == {"fields": ["address_rest", "name_latin"], "field_count": 2}
    _no_personal_data(event)


def test_editing_a_card_and_an_organization_is_recorded(client, resident):
    _chief(client)
    card = ResidenceCard.objects.get(number=CARD)
    url = _edit_url(ResidenceCard, card.pk)
    response = client.post(url, _form_data(client, url, expires_on="2030-01-31"))
    assert response.status_code == 302, response.context["form"].errors
    organization = OrganizationFactory()
    url = _edit_url(Organization, organization.pk)
    response = client.post(url, _form_data(client, url, contact_name="別の担当者"))
    assert response.status_code == 302, response.context["form"].errors

    events = {e.target_type: e for e in AuditEvent.objects.filter(action="registry.changed")}
    assert events["filings.residencecard"].details["fields"] == ["expires_on"]
    assert events["filings.organization"].details["fields"] == ["contact_name"]
    assert "別の担当者" not in str(events["filings.organization"].details)
    _no_personal_data(events["filings.residencecard"])


def test_reference_data_changes_are_recorded(client):
    _chief(client)
    nationality = Nationality.objects.get(code="VNM")
    url = _edit_url(Nationality, nationality.pk)
    response = client.post(url, _form_data(client, url, name_en="Viet Nam (renamed)"))
    assert response.status_code == 302, response.context["form"].errors
    event = AuditEvent.objects.get(action="reference_data.changed")
    assert (event.target_type, event.target_id) == ("filings.nationality", str(nationality.pk))
    assert event.details == {"fields": ["name_en"], "field_count": 1}


def test_creating_and_deleting_are_recorded(client):
    _chief(client)
    reverse("wagtailadmin_home")
    viewset = Organization.snippet_viewset
    add = reverse(viewset.get_url_name("add"))
    data = _form_data(
        client,
        add,
        name="新設日本語学校",
        corporate_number=OrganizationFactory.build().corporate_number,
        organization_type="school",
        address="東京都新宿区西新宿２丁目",
        contact_name="田中",
        email="new-school@example.jp",
        is_active="on",
    )
    response = client.post(add, data)
    assert response.status_code == 302, response.context["form"].errors
    organization = Organization.objects.get(name="新設日本語学校")
    created = AuditEvent.objects.get(action="registry.created")
    assert created.target_id == str(organization.public_id)
    assert "name" in created.details["fields"]
    assert "新設日本語学校" not in str(created.details)

    delete = reverse(viewset.get_url_name("delete"), args=[organization.pk])
    assert client.post(delete).status_code == 302
    assert not Organization.objects.filter(pk=organization.pk).exists()
    deleted = AuditEvent.objects.get(action="registry.deleted")
    assert (deleted.target_type, deleted.target_id) == (
        "filings.organization",
        str(organization.public_id),
    )
    assert deleted.actor.username == "chief"
