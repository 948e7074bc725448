"""Manuals, downloads and the error list (SPEC C4, C5)."""

import pytest

from django.core.files.base import ContentFile

from wagtail import hooks
from wagtail.documents import get_document_model

from manuals.models import DownloadsPage, ErrorListPage, ManualIndexPage, ManualPage
from portal.hooks import ERROR_CATALOGUE
from tests.content_helpers import make_site


@pytest.fixture
def manuals(db):
    site = make_site(("ja", "en"))
    index = ManualIndexPage(title="マニュアル", slug="manuals", locale=site["locales"]["ja"])
    site["home"].add_child(instance=index)
    index.save_revision().publish()
    document = get_document_model()(title="手引き")
    document.file.save("guide.txt", ContentFile("手引き".encode()), save=False)
    document.save()
    manual = ManualPage(
        title="操作マニュアル",
        slug="residents",
        audience="residents",
        locale=index.locale,
        sections=[
            {
                "type": "section",
                "value": {
                    "title": "登録",
                    "body": "<p>在留カードのとおりに入力します。</p>",
                    "documents": [{"document": document.pk, "label": "手引きを読む"}],
                },
            }
        ],
    )
    index.add_child(instance=manual)
    manual.save_revision().publish()
    downloads = DownloadsPage(
        title="ダウンロード",
        slug="downloads",
        locale=index.locale,
        items=[
            {
                "type": "generated",
                "value": {
                    "download": "bulk-19-17",
                    "title": "一括届出用テンプレート",
                    "description": "",
                },
            },
            {
                "type": "document",
                "value": {"document": document.pk, "title": "リーフレット", "description": ""},
            },
        ],
    )
    index.add_child(instance=downloads)
    downloads.save_revision().publish()
    errors = ErrorListPage(title="エラーメッセージ一覧", slug="errors", locale=index.locale)
    index.add_child(instance=errors)
    errors.save_revision().publish()
    return {"document": document}


@pytest.mark.django_db
def test_manual_has_sections_and_downloadable_documents(client, manuals):
    html = client.get("/ja/manuals/residents/").content.decode()
    assert '<a href="#section-1-登録">登録</a>' in html
    assert f'href="{manuals["document"].url}" download>手引きを読む</a>' in html
    assert client.get(manuals["document"].url).status_code == 200


@pytest.mark.django_db
def test_downloads_not_served_yet_say_coming_soon(client, manuals, settings):
    settings.PORTAL_DOWNLOAD_URL_NAMES = {"bulk-19-17": "filings:no_such_view"}
    html = client.get("/ja/manuals/downloads/").content.decode()
    assert "一括届出用テンプレート</span>" in html
    assert "badge--soon" in html
    assert 'href=""' not in html
    assert f'href="{manuals["document"].url}" download>リーフレット</a>' in html


@pytest.mark.django_db
def test_downloads_link_once_the_url_exists(client, manuals, settings):
    settings.PORTAL_DOWNLOAD_URL_NAMES = {"bulk-19-17": "portal_search"}
    html = client.get("/ja/manuals/downloads/").content.decode()
    assert '<a href="/ja/search/" download>一括届出用テンプレート</a>' in html
    assert "badge--soon" not in html


@pytest.mark.django_db
def test_error_list_is_empty_until_a_catalogue_is_registered(client, manuals, clear_hooks):
    clear_hooks(ERROR_CATALOGUE)
    html = client.get("/ja/manuals/errors/").content.decode()
    assert "<table" not in html and 'class="empty-state"' in html


@pytest.mark.django_db
def test_error_list_renders_the_registered_catalogue_in_the_active_language(
    client, manuals, clear_hooks
):
    from django.utils.translation import get_language

    clear_hooks(ERROR_CATALOGUE)

    def catalogue():
        language = get_language()
        return [
            {"code": "E200", "message": f"late ({language})", "remedy": "file anyway"},
            {"code": "E100", "message": f"mismatch ({language})", "remedy": "check the card"},
        ]

    with hooks.register_temporarily(ERROR_CATALOGUE, catalogue):
        html = client.get("/ja/manuals/errors/").content.decode()
    assert html.index("E100") < html.index("E200")
    assert "<td>mismatch (ja)</td><td>check the card</td>" in html
