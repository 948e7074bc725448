"""The registry in the back office: personal data only with permission (QUALITY C3), import."""

import io

import pytest
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from filings.management.reference_data import ensure_loaded
from filings.models import ResidenceCard, Resident, StatusOfResidence
from tests.factories import OrganizationFactory, ResidenceCardFactory, ResidentFactory

pytestmark = pytest.mark.django_db

User = get_user_model()
CARD = "AB12345678CD"


@pytest.fixture(autouse=True)
def _reference_data():
    ensure_loaded(apps)


def _permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _officer(username: str, *permissions: str):
    user = User.objects.create_user(username, password="Officer#Pass1", is_staff=True)
    group = Group.objects.create(name=f"group-{username}")
    group.permissions.set(
        [
            _permission(p)
            for p in (
                "wagtailadmin.access_admin",
                "filings.view_resident",
                "filings.view_residencecard",
                *permissions,
            )
        ]
    )
    user.groups.add(group)
    return user


def _sign_in(client, user):
    """Signed in with a verified second factor, as the staff two-factor middleware requires."""
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


@pytest.fixture
def resident():
    card = ResidenceCardFactory(
        number=CARD,
        resident=ResidentFactory(name_latin="NGUYEN THI LAN", birth_date="2003-04-15"),
    )
    return card.resident


@pytest.fixture
def plain_officer(client):
    return _sign_in(client, _officer("plain-officer"))


@pytest.fixture
def trusted_officer(client):
    return _sign_in(
        client,
        _officer(
            "trusted-officer",
            "filings.view_personal_data",
            "filings.change_resident",
            "filings.change_residencecard",
        ),
    )


def _list_url(model) -> str:
    reverse("wagtailadmin_home")  # loads the admin URLs, which registers the viewsets
    return reverse(model.snippet_viewset.get_url_name("list"))


def _edit_url(model, pk) -> str:
    reverse("wagtailadmin_home")
    return reverse(model.snippet_viewset.get_url_name("edit"), args=[pk])


def test_without_the_permission_card_numbers_are_masked_and_birth_dates_hidden(
    plain_officer, resident
):
    for model in (Resident, ResidenceCard):
        response = plain_officer.get(_list_url(model))
        assert response.status_code == 200
        content = response.content.decode()
        assert "NGUYEN THI LAN" in content
        assert CARD not in content
        assert "••••••••78CD" in content
        assert "2003" not in content


def test_with_the_permission_card_numbers_and_birth_dates_are_shown(trusted_officer, resident):
    content = trusted_officer.get(_list_url(Resident)).content.decode()
    assert CARD in content
    assert "2003" in content
    assert CARD in trusted_officer.get(_list_url(ResidenceCard)).content.decode()


def test_the_full_record_opens_only_with_the_permission(plain_officer, resident):
    user = User.objects.get(username="plain-officer")
    user.groups.first().permissions.add(_permission("filings.change_resident"))
    refused = plain_officer.get(_edit_url(Resident, resident.pk))
    assert refused.status_code == 302
    assert refused["Location"] == reverse("wagtailadmin_home")
    inspect = reverse(Resident.snippet_viewset.get_url_name("inspect"), args=[resident.pk])
    assert plain_officer.get(inspect).status_code == 302


def test_the_edit_form_works_with_the_permission(trusted_officer, resident):
    response = trusted_officer.get(_edit_url(Resident, resident.pk))
    assert response.status_code == 200
    assert "2003-04-15" in response.content.decode()
    card = resident.cards.get()
    assert trusted_officer.get(_edit_url(ResidenceCard, card.pk)).status_code == 200


def test_card_number_filter_matches_only_the_whole_number(plain_officer, resident):
    ResidenceCardFactory(resident=ResidentFactory(name_latin="OTHER PERSON"))
    url = _list_url(Resident)
    whole = plain_officer.get(url, {"card_number": "ab12345678cd"}).content.decode()
    assert "NGUYEN THI LAN" in whole
    assert "OTHER PERSON" not in whole
    partial = plain_officer.get(url, {"card_number": "AB1234"}).content.decode()
    assert "NGUYEN THI LAN" not in partial


def test_listing_filters_by_nationality_and_status(plain_officer, resident):
    ResidentFactory(name_latin="PARK JIMIN", nationality_code="KOR", status_code="dependent")
    url = _list_url(Resident)
    korean = StatusOfResidence.objects.get(code="dependent")
    content = plain_officer.get(url, {"status": korean.pk}).content.decode()
    assert "PARK JIMIN" in content
    assert "NGUYEN THI LAN" not in content
    by_name = plain_officer.get(url, {"q": "park"}).content.decode()
    assert "PARK JIMIN" in by_name
    assert "NGUYEN THI LAN" not in by_name


def test_reference_data_and_organization_listings_open_for_an_administrator(client):
    admin = User.objects.create_superuser("chief", password="Chief#Pass1")
    _sign_in(client, admin)
    OrganizationFactory(name="デモ大学")
    from filings.models import Municipality, Nationality, Organization, Prefecture

    for model in (StatusOfResidence, Nationality, Prefecture, Municipality, Organization):
        response = client.get(_list_url(model))
        assert response.status_code == 200, model
    assert "デモ大学" in client.get(_list_url(Organization)).content.decode()
    statuses = client.get(_list_url(StatusOfResidence)).content.decode()
    assert "技術・人文知識・国際業務" in statuses


IMPORT_CSV = (
    "card_number,name_latin,birth_date,sex,nationality,municipality_code,address_rest,status,"
    "status_granted_on,card_issued_on,card_expires_on\n"
    "AB12345678CD,NGUYEN THI LAN,2003-04-15,F,VNM,13104,西新宿２丁目８番１号,student,"
    "2025-04-01,2025-04-01,2027-06-30\n"
    "CD23456789EF,TRAN VAN AN,2001-01-01,X,VNM,13104,西新宿２丁目８番１号,student,"
    "2025-04-01,2025-04-01,2027-06-30\n"
)


def _importer(client):
    user = _officer(
        "importer",
        "filings.view_personal_data",
        "filings.add_resident",
        "filings.change_resident",
        "filings.add_residencecard",
        "filings.change_residencecard",
    )
    return _sign_in(client, user)


def test_import_page_reports_bad_rows_and_imports_good_ones(client):
    _importer(client)
    url = reverse("registry-import:index")
    assert client.get(url).status_code == 200
    upload = SimpleUploadedFile("residents.csv", IMPORT_CSV.encode(), content_type="text/csv")

    response = client.post(url, {"kind": "residents", "file": upload})

    assert response.status_code == 200
    report = response.context["report"]
    assert (report.created, report.rows_with_errors) == (1, 1)
    content = response.content.decode()
    assert "data-import-errors" in content
    [error] = report.errors
    assert (error.row, error.column) == (3, "sex")
    assert f"<td>{error.reason}</td>" in content
    assert Resident.objects.filter(name_latin="NGUYEN THI LAN").exists()
    assert not Resident.objects.filter(name_latin="TRAN VAN AN").exists()


def test_import_page_explains_a_file_it_cannot_read(client):
    _importer(client)
    upload = SimpleUploadedFile("residents.pdf", b"%PDF-1.4", content_type="application/pdf")
    response = client.post(reverse("registry-import:index"), {"kind": "residents", "file": upload})
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    broken = SimpleUploadedFile("residents.xlsx", b"PK broken", content_type="application/zip")
    response = client.post(reverse("registry-import:index"), {"kind": "residents", "file": broken})
    assert response.status_code == 200
    assert "xlsx" in " ".join(response.context["form"].errors["file"])


def test_import_needs_the_import_permissions(plain_officer):
    response = plain_officer.get(reverse("registry-import:index"))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_import_template_download(client):
    _importer(client)
    response = client.get(reverse("registry-import:index"), {"template": "residents"})
    assert response.status_code == 200
    header = io.StringIO(response.content.decode("utf-8-sig")).readline().strip().split(",")
    assert header[:2] == ["card_number", "name_latin"]
    assert "previous_card_number" in header


def test_every_form_of_the_back_office_opens(client, resident):
    admin = User.objects.create_superuser("chief", password="Chief#Pass1")
    _sign_in(client, admin)
    organization = OrganizationFactory()
    from filings.models import Municipality, Nationality, Organization, Prefecture

    reverse("wagtailadmin_home")
    objects = {
        StatusOfResidence: StatusOfResidence.objects.get(code="student"),
        Nationality: Nationality.objects.get(code="VNM"),
        Prefecture: Prefecture.objects.get(code="13"),
        Municipality: Municipality.objects.get(code="13104"),
        Organization: organization,
        Resident: resident,
        ResidenceCard: resident.cards.get(),
    }
    for model, instance in objects.items():
        viewset = model.snippet_viewset
        assert client.get(reverse(viewset.get_url_name("add"))).status_code == 200, model
        edit = reverse(viewset.get_url_name("edit"), args=[instance.pk])
        assert client.get(edit).status_code == 200, model


def test_an_officer_edit_is_tidied_and_saved(client, resident):
    admin = User.objects.create_superuser("chief", password="Chief#Pass1")
    _sign_in(client, admin)
    url = _edit_url(Resident, resident.pk)
    form = client.get(url).context["form"]
    data = {
        name: (value.pk if hasattr(value, "pk") else value)
        for name, value in form.initial.items()
        if name in form.fields and value is not None
    }
    data.update({"name_latin": "nguyen  thi lan", "address_rest": "西新宿2-8-1"})

    response = client.post(url, data)

    assert response.status_code == 302, response.context["form"].errors
    resident.refresh_from_db()
    assert resident.name_latin == "NGUYEN THI LAN"
    assert resident.address_rest == "西新宿２−８−１"
