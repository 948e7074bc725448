"""Resident registration (SPEC A1, A3, A4, A8, A9; Q35–Q37, Q43, Q63)."""

from __future__ import annotations

import pytest

from django.contrib.auth import get_user_model
from django.core import mail as django_mail

from filings.models import Mail, ResidentAccount
from portal.models import AuditEvent
from tests.filings.accounts.helpers import (
    ISSUED_TODAY,
    PERMANENT,
    STUDENT,
    build_account_site,
    demo_identities,
    registration_data,
)

pytestmark = pytest.mark.django_db
User = get_user_model()
REGISTER = "/ja/account/register/"


@pytest.fixture
def site(db):
    built = build_account_site()
    demo_identities()
    return built


def test_a_student_registers_and_gets_the_mail_in_her_language(
    client, site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(REGISTER, registration_data(), follow=True)
    assert response.status_code == 200
    user = User.objects.get(username="lan.nguyen")
    assert user.kind == User.Kind.RESIDENT
    assert user.language_code == "ja"
    assert user.check_password("Lan#Tokyo2026")
    account = ResidentAccount.objects.get(user=user)
    assert account.resident.name_latin == "NGUYEN THI LAN"
    assert account.valid_until is not None
    mail = Mail.objects.get(recipient=user, template="registration")
    assert mail.state == Mail.State.SENT
    assert len(django_mail.outbox) == 1
    assert "lan.nguyen" in django_mail.outbox[0].body
    assert response.context["user"].is_authenticated
    assert AuditEvent.objects.filter(action="account.register", outcome="success").exists()


def test_lower_case_and_spaces_are_forgiven_in_the_card_data(client, site):
    data = registration_data(card_number="ab 1234 5678 cd", name_latin="nguyen  thi lan")
    client.post(REGISTER, data)
    assert User.objects.filter(username="lan.nguyen").exists()


@pytest.mark.parametrize(
    "field, wrong",
    [
        ("card_number", "AB12345679CD"),
        ("name_latin", "NGUYEN THI LAM"),
        ("birth_date", "2003-04-16"),
        ("sex", "M"),
        ("nationality", "THA"),
    ],
)
def test_a_mismatch_marks_every_identity_field_and_never_the_wrong_one(client, site, field, wrong):
    response = client.post(REGISTER, registration_data(**{field: wrong}))
    assert response.status_code == 200
    form = response.context["form"]
    marked = {name for name in form.errors if name != "__all__"}
    assert marked == {"card_number", "name_latin", "birth_date", "sex", "nationality"}
    assert [e.code for e in form.errors.as_data()["__all__"]] == ["E-IDENTITY-MISMATCH"]
    assert not User.objects.filter(username="lan.nguyen").exists()
    # What was typed is kept (except passwords, which are never re-rendered).
    content = response.content.decode()
    assert "lan@example.com" in content
    assert "Lan#Tokyo2026" not in content


def test_a_card_issued_today_registers_only_from_tomorrow(client, site):
    response = client.post(REGISTER, registration_data(ISSUED_TODAY, auth_id="wang.x"))
    assert "E-CARD-ISSUED-TODAY" in [
        e.code for e in response.context["form"].errors.as_data()["__all__"]
    ]
    assert not User.objects.filter(username="wang.x").exists()


def test_a_status_that_files_nothing_cannot_register(client, site):
    response = client.post(REGISTER, registration_data(PERMANENT, auth_id="kim.minjun"))
    codes = [e.code for e in response.context["form"].errors.as_data()["__all__"]]
    assert codes == ["E-STATUS-NOT-SUBJECT"]


def test_one_person_one_account_even_with_a_new_card(client, site):
    from filings.models import ResidenceCard
    from filings.services.registry import issue_new_card
    from tests.factories import ResidenceCardFactory  # noqa: F401

    client.post(REGISTER, registration_data())
    client.logout()
    card = ResidenceCard.objects.get(number=STUDENT["card_number"])
    issue_new_card(
        card.resident, number="AB99999999CD", issued_on=card.issued_on, expires_on=card.expires_on
    )
    response = client.post(
        REGISTER, registration_data(card_number="AB99999999CD", auth_id="lan.second")
    )
    codes = [e.code for e in response.context["form"].errors.as_data()["__all__"]]
    assert codes == ["E-ACCOUNT-EXISTS"]
    assert ResidentAccount.objects.count() == 1


def test_auth_ids_differing_only_in_case_cannot_both_exist(client, site):
    User.objects.create_user("Lan.Nguyen", password="x", kind=User.Kind.RESIDENT)
    response = client.post(REGISTER, registration_data())
    assert [e.code for e in response.context["form"].errors.as_data()["auth_id"]] == [
        "E-AUTHID-TAKEN"
    ]


@pytest.mark.parametrize(
    "password, code",
    [
        ("Short1!", "E-PASSWORD-LENGTH"),
        ("A1!" + "b" * 30, "E-PASSWORD-LENGTH"),
        ("NoDigitsHere!", "E-PASSWORD-CLASSES"),
        ("Tokyo 2026!", "E-PASSWORD-CHARS"),
        ("xlan.nguyen1!", "E-PASSWORD-CHARS"),
        ("Passw0rd!", "E-PASSWORD-GUESSABLE"),
        ("Immigration1!", "E-PASSWORD-GUESSABLE"),
    ],
)
def test_the_password_rule_is_applied_at_registration(client, site, password, code):
    response = client.post(REGISTER, registration_data(password1=password, password2=password))
    codes = [e.code for e in response.context["form"].errors.as_data()["password1"]]
    assert code in codes
