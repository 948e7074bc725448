"""Every language's copy of a page follows the Japanese source's publishing.

Wagtail publishes a page's aliases whenever the page's revision is "published", even when that
revision is only scheduled for later, and wagtail-localize's translations are published on their
own. A notice under embargo would then be listed in seven languages before its time. These
receivers keep the other trees in step with the source:

- an alias is live only while its source is live (scheduled, draft or unpublished sources keep
  their aliases hidden; when the source goes live Wagtail publishes them again);
- a translation published while its source is not live is *held*: it stays hidden, goes live
  with the source's scheduled time, or at the source's next publication;
- unpublishing or expiry of the source takes its translations down too (held, so they come back
  when the source is published again);
- moving the source moves its copies under the same parent in each language.

Held translations are recorded as page log entries (`portal.held_for_source`), which the
editor sees in the page's history.
"""

from __future__ import annotations

from django.utils import timezone

HELD = "portal.held_for_source"


def _source_locale_id() -> int:
    from wagtail.models import Locale

    return Locale.get_default().pk


def _is_source(page) -> bool:
    return page.alias_of_id is None and page.locale_id == _source_locale_id()


def _source_of(page):
    from wagtail.models import Page

    return (
        Page.objects.filter(translation_key=page.translation_key, locale_id=_source_locale_id())
        .only("id", "live", "go_live_at", "translation_key", "locale_id", "alias_of_id")
        .first()
    )


def _source_due(source) -> bool:
    """Live, or scheduled for a moment already past (the scheduler publishes it this minute)."""
    if source.live:
        return True
    return source.revisions.filter(approved_go_live_at__lte=timezone.now()).exists()


def _scheduled_time(source):
    revision = source.revisions.filter(approved_go_live_at__isnull=False).first()
    return revision.approved_go_live_at if revision else None


def _take_down(page, *, alias: bool) -> None:
    """Hide `page` without Wagtail's unpublish signal loop; the cache purges on publishing.
    A held translation also forgets its live revision (it has never been shown); an alias
    has no revisions."""
    from wagtail.models import Page

    extra = {} if alias else {"live_revision": None}
    Page.objects.filter(pk=page.pk).update(live=False, has_unpublished_changes=True, **extra)
    page.live = False


def on_published(sender, instance, revision=None, alias=False, **kwargs) -> None:
    if _is_source(instance):
        _release_held(instance)
        return
    source = _source_of(instance)
    if source is None or _source_due(source):
        return
    _take_down(instance, alias=alias)
    if alias:
        return  # Wagtail publishes aliases again when their source goes live
    from wagtail.log_actions import log

    when = _scheduled_time(source)
    if revision is not None and when is not None:
        revision.approved_go_live_at = when
        revision.save(update_fields=["approved_go_live_at"])
    log(instance=instance, action=HELD, revision=revision, data={"source": source.pk})


def on_unpublished(sender, instance, **kwargs) -> None:
    """The source went down (unpublished or expired): its translations go down with it."""
    if not _is_source(instance):
        return
    from wagtail.log_actions import log
    from wagtail.models import Page

    for translation in Page.objects.filter(
        translation_key=instance.translation_key, alias_of__isnull=True, live=True
    ).exclude(pk=instance.pk):
        revision = translation.live_revision
        translation.unpublish(set_expired=bool(instance.expired), log_action=True)
        log(instance=translation, action=HELD, revision=revision, data={"source": instance.pk})


def _release_held(source) -> None:
    """The source is live: publish the revision each held translation was waiting with.

    A translation is waiting when its latest "held" entry names its latest revision; one saved
    again as a draft since, or taken down by hand, waits for an editor instead.
    """
    from wagtail.models import Page, PageLogEntry

    waiting = Page.objects.filter(
        translation_key=source.translation_key, alias_of__isnull=True, live=False
    ).exclude(pk=source.pk)
    for translation in waiting:
        held = (
            PageLogEntry.objects.filter(page_id=translation.pk, action=HELD)
            .select_related("revision")
            .order_by("-timestamp", "-pk")
            .first()
        )
        if held is None or held.revision_id != translation.latest_revision_id:
            continue
        held.revision.publish()


def on_moved(sender, instance, parent_page_before=None, parent_page_after=None, **kwargs):
    """Move the source's copies under its new parent's copy in each language."""
    if parent_page_before is None or parent_page_after is None:
        return
    if parent_page_before.pk == parent_page_after.pk or not _is_source(instance):
        return
    from wagtail.actions.move_page import MovePageAction
    from wagtail.models import Page

    parents = {
        page.locale_id: page
        for page in Page.objects.filter(translation_key=parent_page_after.translation_key)
    }
    for copy in Page.objects.filter(translation_key=instance.translation_key).exclude(
        pk=instance.pk
    ):
        target = parents.get(copy.locale_id)
        if target is None or copy.get_parent().pk == target.pk:
            continue
        MovePageAction(copy, target, pos="last-child").execute(skip_permission_checks=True)


def connect_signals() -> None:
    """Called from PortalConfig.ready, in web and worker processes (the scheduler publishes)."""
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(on_published, dispatch_uid="publishing_follow_source")
    page_unpublished.connect(on_unpublished, dispatch_uid="publishing_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="publishing_moved")
