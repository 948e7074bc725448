"""Writes of the site shell. Tasks are queued only once the transaction has committed."""

from datetime import timedelta
from functools import partial

from django.db import transaction
from django.utils import timezone

from . import roles
from .models import Ping


def send_ping(label: str) -> Ping:
    """Record a ping and ask a worker to answer it.

    The row exists before any task is queued, and the task is queued only after commit, so a
    rolled-back request queues nothing and a worker never looks for a row it cannot see.
    """
    from .tasks import answer_ping

    with transaction.atomic():
        ping = Ping.objects.create(label=label[:100])
        transaction.on_commit(partial(answer_ping.delay, ping.pk))
    return ping


def answer_ping(ping_id: int, worker_name: str) -> bool:
    """Mark a ping answered once; a second delivery of the same task changes nothing."""
    with transaction.atomic():
        ping = Ping.objects.select_for_update().filter(pk=ping_id).first()
        if ping is None or ping.answered_at is not None:
            return False
        ping.answered_at = timezone.now()
        ping.answered_by = worker_name[:200]
        ping.save(update_fields=["answered_at", "answered_by"])
    return True


def prune_pings(keep: timedelta = timedelta(days=1)) -> int:
    """Forget answered pings older than `keep`; they only matter while they are recent."""
    deleted, _ = Ping.objects.filter(created_at__lt=timezone.now() - keep).delete()
    return deleted


EDITORS = roles.EDITORS
MODERATORS = roles.MODERATORS
TRANSLATORS = roles.TRANSLATORS
WORKFLOW_NAME = "編集の承認 / Editorial review"
TASK_NAME = "承認者による承認 / Moderator approval"
LEGACY_WORKFLOW_NAMES = {"Editorial review": WORKFLOW_NAME}
LEGACY_TASK_NAMES = {"Moderator approval": TASK_NAME}

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
MODERATOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
# Translators change pages (wagtail-localize's editor saves them) but add and publish none.
TRANSLATOR_PAGE_PERMISSIONS = ("change_page",)


@transaction.atomic
def ensure_editorial_workflow():
    """Editors draft and submit, moderators approve and publish (SPEC C6). Idempotent.

    The groups and their model permissions are the roles of `portal.roles`; this adds what
    needs the page tree: page permissions on the root and the two-step workflow, attached to
    the root page, so it covers every language's tree, including pages added later.
    """
    from django.contrib.auth.models import Group, Permission

    from wagtail.models import (
        GroupApprovalTask,
        GroupPagePermission,
        Page,
        Workflow,
        WorkflowPage,
        WorkflowTask,
    )

    root = Page.get_first_root_node()
    for model, names in ((Workflow, LEGACY_WORKFLOW_NAMES), (GroupApprovalTask, LEGACY_TASK_NAMES)):
        for old, new in names.items():
            if not model.objects.filter(name=new).exists():
                model.objects.filter(name=old).update(name=new)
    roles.ensure_roles()
    editors = Group.objects.get(name=EDITORS)
    moderators = Group.objects.get(name=MODERATORS)
    translators = Group.objects.get(name=TRANSLATORS)
    for group, codenames in (
        (editors, EDITOR_PAGE_PERMISSIONS),
        (moderators, MODERATOR_PAGE_PERMISSIONS),
        (translators, TRANSLATOR_PAGE_PERMISSIONS),
    ):
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.set([moderators])
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow
