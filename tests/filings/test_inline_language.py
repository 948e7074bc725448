"""Japanese data inside pages of other languages carries lang="ja" (WCAG 3.1.2)."""

from __future__ import annotations

import pytest

from django.utils import translation

from filings.constants import FilingKind
from filings.models import Filing
from filings.templatetags.filing_tags import japanese
from tests.filings.wizard import event_values, file

pytestmark = pytest.mark.django_db


def test_the_filter_marks_japanese_text_only_outside_japanese_pages():
    with translation.override("en"):
        assert str(japanese("西新宿２丁目")) == '<span lang="ja">西新宿２丁目</span>'
        assert japanese("NGUYEN THI LAN") == "NGUYEN THI LAN"
        assert str(japanese("<b>東京</b>")) == '<span lang="ja">&lt;b&gt;東京&lt;/b&gt;</span>'
    with translation.override("ja"):
        assert japanese("西新宿２丁目") == "西新宿２丁目"


def test_the_status_page_in_english_marks_the_japanese_address(client, resident_user):
    client.force_login(resident_user)
    token, response = file(
        client, FilingKind.ACTIVITY_ORG_LEFT, event_values(FilingKind.ACTIVITY_ORG_LEFT)
    )
    assert response.status_code == 303
    filing = Filing.objects.get(draft__token=token)
    address = filing.data["address_rest"]
    english = client.get(f"/en/status/{filing.public_id}/").content.decode()
    assert f'<span lang="ja">{address}</span>' in english
    japanese_page = client.get(f"/ja/status/{filing.public_id}/").content.decode()
    assert address in japanese_page and f'<span lang="ja">{address}</span>' not in japanese_page
