"""Forms for screen readers (WCAG 2.4.2, 3.3.1, 4.1.3): each wizard step has its own title,
"Error:" first when it is shown again with errors; every invalid input, text or select, is
marked and linked to its message; the guided check's answer takes the focus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from django.test import Client

from filings.constants import FilingKind
from tests.filings.conftest import make_org_user
from tests.filings.wizard import event_values, fill, start

pytestmark = pytest.mark.django_db

SITE = "電子届出システム"
ROOT = Path(__file__).resolve().parents[2]


def title_of(response) -> str:
    html = response.content.decode()
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()


def input_tag(html: str, field_id: str) -> str:
    return re.search(rf'<(?:input|select|textarea)[^>]*\bid="{field_id}"[^>]*>', html).group(0)


def test_each_wizard_step_has_its_own_title_with_its_number(client, resident_user):
    client.force_login(resident_user)
    token = start(client, FilingKind.ACTIVITY_ORG_LEFT)
    base = f"/ja/filing/draft/{token}"
    identity = title_of(client.get(f"{base}/identity/"))
    assert identity == f"本人情報（ステップ1／3） – 活動機関からの離脱 | {SITE}"
    details = title_of(client.get(f"{base}/details/"))
    assert details == f"届出事項（ステップ2／3） – 活動機関からの離脱 | {SITE}"
    fill(client, token, None, event_values(FilingKind.ACTIVITY_ORG_LEFT))
    confirm = title_of(client.get(f"{base}/confirm/"))
    assert confirm.startswith("確認・送信（ステップ3／3） – ")
    assert len({identity, details, confirm}) == 3


def test_a_step_shown_again_with_errors_says_so_first_in_its_title(client, resident_user):
    client.force_login(resident_user)
    token = start(client, FilingKind.ACTIVITY_ORG_LEFT)
    empty = dict.fromkeys(event_values(FilingKind.ACTIVITY_ORG_LEFT), "")
    response = client.post(f"/ja/filing/draft/{token}/details/", empty)
    assert response.status_code == 200
    assert title_of(response).startswith("エラー： 届出事項（ステップ2／3） – ")


def test_invalid_text_date_and_select_inputs_are_marked_and_linked_alike(client, resident_user):
    client.force_login(resident_user)
    token = start(client, FilingKind.ACTIVITY_ORG_LEFT)
    typed = {"name_latin": "", "birth_date": "not a date", "sex": ""}
    html = client.post(f"/ja/filing/draft/{token}/identity/", typed).content.decode()
    for field_id in ("id_name_latin", "id_birth_date", "id_sex", "id_card_number"):
        tag = input_tag(html, field_id)
        assert 'aria-invalid="true"' in tag, tag
        described = re.search(r'aria-describedby="([^"]*)"', tag).group(1).split()
        assert f"{field_id}_error" in described, tag
        assert f'<p class="field__error" id="{field_id}_error">' in html
    # The marking the stylesheet gives invalid selects covers every kind of input.
    css = (ROOT / "portal/static/portal/css/site.css").read_text(encoding="utf-8")
    for kind in ("input", "select", "textarea"):
        assert f'.form {kind}[aria-invalid="true"]' in css


def test_the_shared_form_templates_mark_invalid_inputs_too(ja_filing_site):
    """The bulk upload form (and the staff code form, through includes/form.html)."""
    client = Client()
    client.force_login(make_org_user())
    response = client.post("/ja/bulk/", {})
    assert response.status_code == 400
    html = response.content.decode()
    tag = input_tag(html, "id_file")
    assert 'aria-invalid="true"' in tag
    assert 'aria-describedby="id_file_help id_file_error"' in tag
    assert html.count('id="id_file_error"') == 1
    # A valid field is linked to its hint only, and not marked.
    family = input_tag(html, "id_family")
    assert "aria-invalid" not in family and 'aria-describedby="id_family_help"' in family


def test_the_guided_checks_answer_is_a_focus_target_announced_once(client, ja_filing_site):
    query = {
        "status": "student",
        "granted_on": "2025-04-01",
        "period": "long",
        "event": "left_org",
        "event_date": "2025-10-01",
    }
    html = client.get("/ja/check/", query).content.decode()
    answer = re.search(r'<section class="check-answer[^>]*>', html).group(0)
    assert 'tabindex="-1"' in answer and "data-focus-on-load" in answer
    assert 'aria-labelledby="answer-title"' in answer and 'id="answer-title"' in html
    # Focus reads it out; a live region as well would announce it twice.
    assert "aria-live" not in answer and 'role="status"' not in answer
    assert "portal/js/forms.js" in html
    # No answer, no script moving the focus.
    assert "portal/js/forms.js" not in client.get("/ja/check/").content.decode()
