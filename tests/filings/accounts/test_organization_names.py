"""Official mails carry no text an anonymous requester typed (security issue point 6).

The anonymous pre-registration form took an organization name with line breaks and links, and
the portal mailed it from its own address to whatever address was typed in. Names now refuse
control characters and links (`filings.rules.text.check_plain_name`), and the pre-registration
mail, sent to an address nobody has proven yet, carries only the reference number.
"""

from __future__ import annotations

import pytest

from django.core import mail as django_mail

from filings.demo.registry import corporate_number
from filings.models import OrganizationRegistration
from filings.rules.text import check_plain_name

pytestmark = pytest.mark.django_db

URL = "/ja/account/organization-registration/"


def _data(**overrides) -> dict:
    data = {
        "name": "デモ日本語学院",
        "corporate_number": corporate_number(7_000_000_001),
        "address": "大阪府大阪市北区梅田１丁目",
        "organization_type": "school",
        "contact_name": "佐藤 一郎",
        "email": "gakuin@example.jp",
        "auth_id_first": "gakuin.admin",
    }
    data.update(overrides)
    return data


def _codes(response, field: str) -> list[str]:
    return [e.code for e in response.context["form"].errors.as_data().get(field, [])]


@pytest.mark.parametrize(
    "name, code",
    [
        ("Acme School\nClaim your refund at evil.example", "E-NAME-CONTROL"),
        ("Acme\r\nBcc: victim@example.jp", "E-NAME-CONTROL"),
        ("Acme\x00School", "E-NAME-CONTROL"),
        ("Acme https://evil.example/refund", "E-NAME-LINK"),
        ("Acme ｈｔｔｐｓ：／／evil.example", "E-NAME-LINK"),
        ("Acme www.evil.example", "E-NAME-LINK"),
        ("Refund at evil.com now", "E-NAME-LINK"),
        ("Write to refund@evil.example", "E-NAME-LINK"),
    ],
)
def test_the_pre_registration_refuses_names_with_control_characters_or_links(
    client, account_site, name, code
):
    for field in ("name", "contact_name"):
        response = client.post(URL, _data(**{field: name}))
        assert response.status_code == 200
        assert code in _codes(response, field), (field, response.context["form"].errors)
    assert not OrganizationRegistration.objects.exists()
    assert django_mail.outbox == []


@pytest.mark.parametrize(
    "name",
    ["デモ日本語学院", "Acme Co., Ltd.", "St. Mary's International School", "株式会社ＡＢＣ商事"],
)
def test_ordinary_names_pass(name):
    assert check_plain_name(name).ok


def test_the_mail_to_the_unproven_address_carries_no_typed_text(
    client, account_site, django_capture_on_commit_callbacks
):
    name = "ソラ日本語学院"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, _data(name=name, contact_name="佐藤 花子"))
    assert response.status_code == 302, response.context["form"].errors
    registration = OrganizationRegistration.objects.get()
    assert registration.name == name  # kept for the counter, where an officer checks it
    (message,) = django_mail.outbox
    assert message.to == ["gakuin@example.jp"]
    assert registration.reference_number in message.body
    for typed in (name, "佐藤", "大阪府", "gakuin.admin"):
        assert typed not in message.body
        assert typed not in message.subject
