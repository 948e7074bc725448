"""In a real browser: an editor edits a notice and submits it, a moderator publishes it, and
it appears on the top page (SPEC C6). Both sign in with a second factor (SPEC X2)."""

from pathlib import Path

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Browser, expect

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import WorkflowState

from portal import services
from portal.models import NoticeIndexPage, NoticePage
from tests.content_helpers import make_site

ARTIFACTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
User = get_user_model()


def _code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def _staff(username: str, group: str) -> tuple:
    user = User.objects.create_user(username, password=f"{username}#Pass1", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    return user, device


def _sign_in(browser: Browser, base: str, user, device):
    context = browser.new_context(locale="ja-JP")
    page = context.new_page()
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", f"{user.username}#Pass1")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin-2fa/verify/**")
    page.fill("input[name=otp_token]", _code(device))
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(f"{base}/admin/")
    return context, page


@pytest.fixture
def newsroom(db):
    site = make_site(("ja", "en"))
    index = NoticeIndexPage(title="連絡事項", slug="notices", locale=site["locales"]["ja"])
    site["home"].add_child(instance=index)
    index.save_revision().publish()
    notice = NoticePage(title="下書きのお知らせ", slug="draft", locale=index.locale, live=False)
    index.add_child(instance=notice)
    notice.save_revision()
    services.ensure_editorial_workflow()
    return {
        "notice": notice,
        "editor": _staff("editor01", services.EDITORS),
        "moderator": _staff("moderator01", services.MODERATORS),
    }


def test_editor_submits_and_moderator_publishes_to_the_top_page(live_server, newsroom, browser):
    base = live_server.url
    notice = newsroom["notice"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    # The editor edits the notice and submits it for moderation.
    context, page = _sign_in(browser, base, *newsroom["editor"])
    page.goto(f"{base}/admin/pages/{notice.pk}/edit/")
    page.fill("#id_title", "システム更新のお知らせ")
    page.locator("footer .w-dropdown-button button[aria-expanded]").click()
    expect(page.locator("button[name=action-publish]")).to_have_count(0)
    page.locator("button[name=action-submit]").click()
    page.wait_for_url(f"{base}/admin/pages/{newsroom['notice'].get_parent().pk}/")
    context.close()
    state = WorkflowState.objects.get(object_id=str(notice.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    notice.refresh_from_db()
    assert notice.live is False

    # Not on the public site yet.
    public = browser.new_page()
    public.goto(f"{base}/ja/")
    expect(public.locator(".home-notices")).not_to_contain_text("システム更新のお知らせ")

    # The moderator approves, which publishes it.
    context, page = _sign_in(browser, base, *newsroom["moderator"])
    page.goto(f"{base}/admin/pages/{notice.pk}/edit/")
    page.locator("footer .w-dropdown-button button[aria-expanded]").click()
    page.locator(
        'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])'
    ).click()
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(ARTIFACTS / "moderator-approved.png"))
    context.close()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED

    public.goto(f"{base}/ja/")
    expect(public.locator(".home-notices")).to_contain_text("システム更新のお知らせ")
    public.locator(".home-notices a", has_text="システム更新のお知らせ").click()
    expect(public.locator("h1")).to_have_text("システム更新のお知らせ")
    public.screenshot(path=str(ARTIFACTS / "published-notice.png"), full_page=True)
