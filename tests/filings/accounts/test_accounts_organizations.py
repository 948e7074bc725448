"""Organization users, the counter, proxy consent, officers' actions and account validity
(SPEC A2, A7, N4, N12, O2, O4; QUALITY A9, C1)."""

from __future__ import annotations

import datetime

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail as django_mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation
from django.utils.text import capfirst

from filings.constants import OrganizationType
from filings.demo.registry import corporate_number
from filings.models import (
    Organization,
    OrganizationMembership,
    OrganizationRegistration,
    ProxyConsent,
    ResidentAccount,
)
from filings.services import accounts as account_services
from filings.services import templates as org_templates
from filings.services.accounts import REGISTRATION_FIELDS
from filings.xlsx import organization as org_template
from portal.models import AuditEvent
from tests.factories import OrganizationFactory
from tests.filings.accounts.helpers import (
    PASSWORD,
    link_from,
    register_student,
    sign_in,
)

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def officer(client):
    user = User.objects.create_user(
        "officer.ueno", password="Officer#Pass1", is_staff=True, is_superuser=True
    )
    return user


@pytest.fixture
def officer_client(officer, settings):
    from django.test import Client

    settings.PORTAL_STAFF_OTP_REQUIRED = False  # the second factor has its own tests
    browser = Client()
    browser.force_login(officer)
    return browser


def _org_admin(organization=None, auth_id="org.admin1"):
    organization = organization or OrganizationFactory()
    user = User.objects.create_user(
        auth_id,
        password=PASSWORD,
        email=f"{auth_id}@example.jp",
        kind=User.Kind.ORGANIZATION,
        password_changed_at=timezone.now(),
    )
    return OrganizationMembership.objects.create(
        user=user, organization=organization, role=OrganizationMembership.Role.ADMIN
    )


def test_the_registration_template_round_trips_into_the_counter_form(account_site, officer_client):
    import io

    from openpyxl import load_workbook

    # Filled in Portuguese: the type is chosen from the Portuguese drop-down.
    workbook = load_workbook(io.BytesIO(org_templates.organization_template_bytes("pt")))
    sheet = workbook.active
    school = sheet.data_validations.dataValidation[0].formula1.strip('"').split(",")[0]
    assert school == "Escola ou instituição de ensino"
    values = {
        "name": "デモ日本語学院",
        "corporate_number": corporate_number(7_000_000_001),
        "address": "大阪府大阪市北区梅田１丁目",
        "organization_type": school,
        "contact_name": "佐藤 一郎",
        "email": "gakuin@example.jp",
        "auth_id_first": "gakuin.admin",
    }
    for row in sheet.iter_rows(min_row=org_template.FIRST_ROW):
        if row[4].value in values:
            row[2].value = values[row[4].value]
    buffer = io.BytesIO()
    workbook.save(buffer)
    upload = SimpleUploadedFile("filled.xlsx", buffer.getvalue())
    page = officer_client.post(
        "/admin/organization_registrations/new/", {"upload": "1", "template_file": upload}
    )
    form = page.context["form"]
    assert form.initial["name"] == "デモ日本語学院"
    assert form.initial["organization_type"] == "school"
    assert form.initial["auth_id"] == "gakuin.admin"
    data = {**form.initial, "identity_checked": "on"}
    response = officer_client.post("/admin/organization_registrations/new/", data)
    assert response.status_code == 302
    membership = OrganizationMembership.objects.get(user__username="gakuin.admin")
    assert membership.role == OrganizationMembership.Role.ADMIN
    assert membership.organization.corporate_number == values["corporate_number"]
    assert not membership.user.has_usable_password()  # set by the person, never shown
    assert OrganizationRegistration.objects.get().source == "counter"


def test_the_template_download_is_an_xlsx(client, db):
    response = client.get("/downloads/organization-registration.xlsx")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    empty = org_templates.read_organization_template(response.content)
    assert empty.problems == []
    assert set(empty.values) == set(REGISTRATION_FIELDS)
    assert not any(empty.values.values())
    assert org_templates.read_organization_template(b"not a workbook").problems == [
        "not a readable .xlsx workbook"
    ]


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_the_template_speaks_every_language_beside_japanese(client, db, language):
    import io

    from openpyxl import load_workbook

    response = client.get(f"/downloads/organization-registration-{language}.xlsx")
    assert response.status_code == 200
    assert f"organization-registration-{language}.xlsx" in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = {
        row[4].value: row for row in sheet.iter_rows(min_row=org_template.FIRST_ROW) if row[4].value
    }
    assert set(rows) == set(REGISTRATION_FIELDS)
    assert rows["corporate_number"][0].value == "法人番号 *"
    with translation.override(language):
        expected = str(capfirst(OrganizationRegistration._meta.get_field("name").verbose_name))
        school = str(OrganizationType.SCHOOL.label)
    if language != "ja":
        assert rows["name"][1].value == f"{expected} *"
    choices = sheet.data_validations.dataValidation[0].formula1
    assert school.replace(",", "、") in choices
    # Read back in any language, the organization type becomes its code.
    assert org_templates.read_organization_template(response.content).problems == []


def test_approving_twice_is_refused_and_a_taken_id_falls_back_to_the_second_choice(
    account_site, officer_client, officer
):
    User.objects.create_user("taken.id", kind=User.Kind.ORGANIZATION)
    registration = OrganizationRegistration.objects.create(
        source="online",
        name="デモテック",
        corporate_number=corporate_number(7_000_000_002),
        address="東京都",
        organization_type="company",
        contact_name="田中",
        email="tech@example.jp",
        auth_id_first="taken.id",
        auth_id_second="demotech.1",
    )
    page = officer_client.get(f"/admin/organization_registrations/edit/{registration.pk}/")
    assert page.context["form"].initial["auth_id"] == "demotech.1"
    account_services.approve_organization_registration(
        registration, officer=officer, auth_id="demotech.1"
    )
    with pytest.raises(account_services.AccountError):
        account_services.approve_organization_registration(
            registration, officer=officer, auth_id="demotech.2"
        )


def test_an_organization_administrator_manages_colleagues_and_staff_cannot(
    client, account_site, django_capture_on_commit_callbacks
):
    admin = _org_admin()
    sign_in(client, auth_id="org.admin1")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/ja/account/organization/add/",
            {"auth_id": "org.staff2", "email": "staff2@example.jp", "role": "staff"},
        )
    colleague = OrganizationMembership.objects.get(user__username="org.staff2")
    link = link_from(django_mail.outbox[-1], "activate")
    client.post(f"/ja/account/organization/{colleague.public_id}/", {"action": "disable"})
    colleague.user.refresh_from_db()
    assert not colleague.user.is_active
    client.post(f"/ja/account/organization/{colleague.public_id}/", {"action": "enable"})
    colleague.user.refresh_from_db()
    assert colleague.user.is_active
    client.post("/ja/account/logout/")
    # The colleague sets a password and signs in; staff see no user management.
    path = link.split("8000", 1)[1]
    client.post(path, {"password1": "Staff#Two2026", "password2": "Staff#Two2026"})
    assert sign_in(client, auth_id="org.staff2", password="Staff#Two2026").status_code == 302
    assert client.get("/ja/account/organization/").status_code == 404
    # Another organization's administrator cannot touch them either.
    other = _org_admin(auth_id="other.admin")
    client.post("/ja/account/logout/")
    sign_in(client, auth_id="other.admin")
    client.post(f"/ja/account/organization/{colleague.public_id}/", {"action": "disable"})
    colleague.user.refresh_from_db()
    assert colleague.user.is_active and other.organization != admin.organization


def test_an_activation_link_works_once(client, account_site, django_capture_on_commit_callbacks):
    admin = _org_admin()
    with django_capture_on_commit_callbacks(execute=True):
        account_services.reset_member_password(None, admin, by_officer=True)
    path = link_from(django_mail.outbox[-1], "activate").split("8000", 1)[1]
    assert (
        client.post(
            path, {"password1": "Reset#Pass2026", "password2": "Reset#Pass2026"}
        ).status_code
        == 200
    )
    assert (
        client.post(
            path, {"password1": "Again#Pass2026", "password2": "Again#Pass2026"}
        ).status_code
        == 410
    )
    assert sign_in(client, auth_id="org.admin1", password="Reset#Pass2026").status_code == 302


def test_organization_users_cannot_use_re_notification(client, account_site):
    _org_admin()
    response = client.post(
        "/ja/account/renotify/password/",
        {
            "auth_id": "org.admin1",
            "code": "ABCDEFGH",
            "password1": "New#Pass20261",
            "password2": "New#Pass20261",
        },
    )
    assert [e.code for e in response.context["form"].errors.as_data()["code"]] == ["E-CODE-INVALID"]


def test_a_resident_grants_and_withdraws_proxy_filing(
    client, account_site, django_capture_on_commit_callbacks
):
    user = register_student(client, django_capture_on_commit_callbacks)
    admin = _org_admin()
    number = admin.organization.corporate_number
    client.post("/ja/account/consents/", {"grant": "1", "corporate_number": number})
    client.post("/ja/account/consents/", {"grant": "1", "corporate_number": number})
    resident = ResidentAccount.objects.get(user=user).resident
    active = ProxyConsent.objects.active().filter(resident=resident)
    assert active.count() == 1
    unknown = client.post(
        "/ja/account/consents/",
        {"grant": "1", "corporate_number": OrganizationFactory().corporate_number},
    )
    assert unknown.context["form"].errors["corporate_number"]
    client.post("/ja/account/consents/", {"revoke": str(active.get().public_id)})
    assert not ProxyConsent.objects.active().filter(resident=resident).exists()
    assert ProxyConsent.objects.filter(resident=resident).count() == 1  # kept as a record
    assert {"consent.grant", "consent.revoke"} <= set(
        AuditEvent.objects.values_list("action", flat=True)
    )


def test_officers_unlock_and_deactivate_with_an_audit_trail(
    client, account_site, officer_client, settings, django_capture_on_commit_callbacks
):
    user = register_student(client, django_capture_on_commit_callbacks)
    client.post("/ja/account/logout/")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, password="Wrong#Pass1")
    assert sign_in(client).status_code == 429
    account = ResidentAccount.objects.get(user=user)
    detail = officer_client.get(f"/admin/resident_accounts/edit/{account.pk}/")
    assert detail.status_code == 200
    assert b"data-mail-history" in detail.content and b"registration" in detail.content
    officer_client.post(f"/admin/resident_accounts/edit/{account.pk}/", {"action": "unlock"})
    assert sign_in(client).status_code == 302
    officer_client.post(f"/admin/resident_accounts/edit/{account.pk}/", {"action": "deactivate"})
    assert client.get("/ja/account/profile/").status_code == 302
    events = AuditEvent.objects.filter(actor__username="officer.ueno")
    assert {"account.unlock", "account.deactivate"} <= set(events.values_list("action", flat=True))


def test_officers_see_failed_mails(officer_client, account_site):
    from filings.models import Mail

    Mail.objects.create(
        address="x@example.jp",
        template="registration",
        language_code="ja",
        dedupe_key="f:1",
        state=Mail.State.FAILED,
        attempts=10,
        last_error="SMTPDataError 451",
    )
    page = officer_client.get("/admin/mails/?state=failed")
    assert page.status_code == 200 and b"SMTPDataError 451" in page.content
    assert officer_client.get("/admin/mails/new/").status_code in (302, 403)


def test_account_validity_follows_the_registry(
    client, account_site, django_capture_on_commit_callbacks
):
    user = register_student(client, django_capture_on_commit_callbacks)
    account = ResidentAccount.objects.get(user=user)
    resident = account.resident
    card = resident.cards.get(is_valid=True)
    today = timezone.localdate()
    # An extension in the registry moves the end on.
    resident.period_of_stay_until = today + datetime.timedelta(days=800)
    resident.save()
    card.expires_on = today + datetime.timedelta(days=800)
    card.save()
    assert account_services.apply_account_validity(today) == 0
    account.refresh_from_db()
    assert account.valid_until == today + datetime.timedelta(days=800)
    # The stay ends: the account ends the next night.
    assert account_services.apply_account_validity(today + datetime.timedelta(days=801)) == 1
    user.refresh_from_db()
    assert not user.is_active
    assert ResidentAccount.objects.get(pk=account.pk).deactivation_reason == "expired"
    # Organization users end one year after their last use.
    admin = _org_admin()
    User.objects.filter(pk=admin.user_id).update(last_login=timezone.now())
    assert account_services.apply_account_validity(today + datetime.timedelta(days=364)) == 0
    admin.user.refresh_from_db()
    assert admin.user.is_active
    assert account_services.apply_account_validity(today + datetime.timedelta(days=367)) == 1
    admin.refresh_from_db()
    admin.user.refresh_from_db()
    assert not admin.user.is_active
    assert admin.deactivated_at is not None
    assert admin.deactivation_reason == "unused"
    # Only the person's account ends: the organization stays, with its other data.
    assert Organization.objects.filter(pk=admin.organization_id).exists()


def _registration_for(organization, auth_id="stranger.admin"):
    return OrganizationRegistration.objects.create(
        source="online",
        name="見知らぬ会社",
        corporate_number=organization.corporate_number,
        address="東京都",
        organization_type="company",
        contact_name="山田",
        email="stranger@example.jp",
        auth_id_first=auth_id,
    )


def test_an_approval_that_would_join_an_existing_organization_is_refused_by_default(
    account_site, officer_client, officer, django_capture_on_commit_callbacks
):
    """A corporate number is public: a stranger's pre-registration naming another
    organization must not make them its administrator without the officer deciding so."""
    existing = _org_admin(auth_id="org.owner1")
    organization = existing.organization
    registration = _registration_for(organization)
    url = f"/admin/organization_registrations/edit/{registration.pk}/"
    page = officer_client.get(url)
    html = page.content.decode()
    assert "data-existing-organization" in html
    assert organization.name in html and "org.owner1" in html

    form = {**page.context["form"].initial, "identity_checked": "on"}
    refused = officer_client.post(url, {**form, "approve": "1"})
    assert refused.status_code == 200
    assert refused.context["form"].errors["corporate_number"]
    assert not OrganizationMembership.objects.filter(user__username="stranger.admin").exists()
    registration.refresh_from_db()
    assert registration.state == OrganizationRegistration.State.SUBMITTED

    with django_capture_on_commit_callbacks(execute=True):
        approved = officer_client.post(url, {**form, "approve": "1", "join_existing": "on"})
    assert approved.status_code == 302
    joined = OrganizationMembership.objects.get(user__username="stranger.admin")
    assert joined.organization == organization
    event = AuditEvent.objects.filter(action="organization.approve").latest("pk")
    assert event.details["joined_existing"] is True
    assert event.details["existing_admins"] == 1
    told = [m for m in django_mail.outbox if m.to == [existing.user.email]]
    assert len(told) == 1 and "stranger.admin" in told[0].body


def test_a_new_organization_is_approved_without_the_extra_decision(
    account_site, officer, django_capture_on_commit_callbacks
):
    registration = OrganizationRegistration.objects.create(
        source="online",
        name="新しい会社",
        corporate_number=corporate_number(7_000_000_077),
        address="東京都",
        organization_type="company",
        contact_name="鈴木",
        email="new@example.jp",
        auth_id_first="newco.admin",
    )
    membership = account_services.approve_organization_registration(
        registration, officer=officer, auth_id="newco.admin"
    )
    assert membership.organization.corporate_number == registration.corporate_number
    event = AuditEvent.objects.filter(action="organization.approve").latest("pk")
    assert event.details["joined_existing"] is False
