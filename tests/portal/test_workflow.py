"""Editorial workflow (SPEC C6): editors submit, moderators approve and publish."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from portal import services
from portal.models import NoticeIndexPage, NoticePage
from tests.content_helpers import make_site

User = get_user_model()


@pytest.fixture
def newsroom(db, settings):
    # The second factor has its own tests; here the admin is reached with a verified session.
    settings.PORTAL_STAFF_OTP_REQUIRED = False
    site = make_site(("ja",))
    index = NoticeIndexPage(title="連絡事項", slug="notices", locale=site["locales"]["ja"])
    site["home"].add_child(instance=index)
    index.save_revision().publish()
    notice = NoticePage(title="下書き", slug="draft", locale=site["locales"]["ja"], live=False)
    index.add_child(instance=notice)
    notice.save_revision()
    services.ensure_editorial_workflow()
    editor = User.objects.create_user("editor01", password="Editor#Pass1", is_staff=True)
    editor.groups.add(Group.objects.get(name=services.EDITORS))
    moderator = User.objects.create_user("moderator01", password="Moder#Pass1", is_staff=True)
    moderator.groups.add(Group.objects.get(name=services.MODERATORS))
    return {"notice": notice, "editor": editor, "moderator": moderator}


def _form(title, action):
    return nested_form_data(
        {
            "title": title,
            "slug": "draft",
            "date": "2030-04-01",
            "category": "general",
            "summary": "要約",
            "body": streamfield([]),
            action: "1",
        }
    )


def test_setup_is_idempotent(newsroom):
    workflow = services.ensure_editorial_workflow()
    assert services.ensure_editorial_workflow() == workflow
    assert Page.get_first_root_node().get_workflow() == workflow
    tasks = [task.specific for task in workflow.tasks.all()]
    assert [list(t.groups.values_list("name", flat=True)) for t in tasks] == [[services.MODERATORS]]


def test_groups_and_workflow_named_before_the_roles_are_renamed_in_place(newsroom):
    """A database set up when the groups were Wagtail's "Editors" and "Moderators" keeps its
    members: the groups are renamed, not duplicated."""
    from wagtail.models import Workflow

    Group.objects.filter(name=services.EDITORS).update(name="Editors")
    Workflow.objects.filter(name=services.WORKFLOW_NAME).update(name="Editorial review")
    services.ensure_editorial_workflow()
    assert not Group.objects.filter(name="Editors").exists()
    assert newsroom["editor"].groups.filter(name=services.EDITORS).exists()
    assert Workflow.objects.filter(name=services.WORKFLOW_NAME).count() == 1


def test_an_editor_cannot_publish(client, newsroom):
    notice = newsroom["notice"]
    assert not notice.permissions_for_user(newsroom["editor"]).can_publish()
    client.force_login(newsroom["editor"])
    response = client.post(f"/admin/pages/{notice.pk}/edit/", _form("編集者の版", "action-publish"))
    assert response.status_code in (200, 302, 403)
    notice.refresh_from_db()
    assert notice.live is False
    assert notice.live_revision_id is None  # at most a draft was saved


def test_editor_submits_and_moderator_publishes(client, newsroom):
    notice = newsroom["notice"]
    client.force_login(newsroom["editor"])
    response = client.post(f"/admin/pages/{notice.pk}/edit/", _form("提出した版", "action-submit"))
    assert response.status_code == 302
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(notice.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    notice.refresh_from_db()
    assert notice.live is False and notice.draft_title == "提出した版"

    # The editor cannot approve their own submission.
    task_state = state.current_task_state
    approve = f"/admin/pages/workflow/action/{notice.pk}/approve/{task_state.pk}/"
    client.post(approve, {"comment": ""})
    notice.refresh_from_db()
    assert notice.live is False

    client.force_login(newsroom["moderator"])
    response = client.post(approve, {"comment": "確認しました"})
    assert response.status_code in (200, 302)
    notice.refresh_from_db()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert notice.live is True and notice.title == "提出した版"
