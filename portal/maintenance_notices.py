"""The announcement notice of a maintenance window, written, scheduled and withdrawn with it.

A new window without a chosen announcement gets a maintenance notice under the Japanese notices
index, written from a translated template text with the window's times and translated into
every language whose notices index exists (through wagtail-localize, like any translation). It
is published through a revision scheduled for the moment the banner appears (start minus the
lead time) and expiring when the window ends, so Wagtail's scheduler (`publish_scheduled` on
beat) shows and hides it without anyone logged in; until then the editor may change it like any
other page.

Moving the window moves the notice's schedule in every language. Its text is written again
with the new times when the Japanese notice still reads exactly as the template wrote it for the
old times; when the editor has changed it, only the schedule moves and the editor is asked to
check the times in the text (`Outcome.RESCHEDULED`). Deleting the last language of a window
withdraws its notice in every language (a translation of the window deleted alone leaves the
window running, so the notice stays).

Choosing another announcement (or none) for the window withdraws the notice it had written.
Only a notice this module wrote is moved or withdrawn: it carries a `portal.maintenance_notice`
entry in its history. A notice the editor chose is left to the editor.

The receivers are model signals rather than the admin's snippet hooks, so a window created or
changed anywhere (the admin, the demo seed, a shell, an import) behaves the same. The admin
only reads the outcome left on the instance to tell the editor what happened
(`portal.wagtail_hooks`).
"""

from __future__ import annotations

import enum
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

GENERATED = "portal.maintenance_notice"
SOURCE_LANGUAGE = "ja"
TIME_FORMAT = "%Y-%m-%d %H:%M"


class Outcome(enum.StrEnum):
    """What saving a window did to its notice; left on the instance as `announcement_outcome`."""

    CREATED = "created"
    REWRITTEN = "rewritten"  # schedule moved and text written again with the new times
    RESCHEDULED = "rescheduled"  # schedule moved; the editor's text was left as it is
    WITHDRAWN = "withdrawn"  # another announcement (or none) was chosen instead of it


def notice_fields(start: datetime, end: datetime, language: str) -> dict:
    """The notice's title, summary and body for a window from `start` to `end`, in `language`
    (times in Japan time, the site's time zone, as the banner shows them)."""
    start_at = timezone.localtime(start).strftime(TIME_FORMAT)
    end_at = timezone.localtime(end).strftime(TIME_FORMAT)
    times = {"start": start_at, "end": end_at}
    with translation.override(language):
        title = gettext("Maintenance on %(date)s") % {
            "date": timezone.localtime(start).strftime("%Y-%m-%d")
        }
        summary = (
            gettext(
                "From %(start)s to %(end)s (Japan time), filing, account and status pages "
                "are unavailable."
            )
            % times
        )
        unavailable = (
            gettext(
                "Because of maintenance, the filing, account and status pages cannot be used "
                "from %(start)s to %(end)s (Japan time)."
            )
            % times
        )
        reading = gettext(
            "Information pages, questions and answers and the manuals can be read as usual "
            "during the maintenance."
        )
    return {
        "title": title,
        "summary": summary,
        "body": [
            ("paragraph", f"<p>{escape(unavailable)}</p>"),
            ("paragraph", f"<p>{escape(reading)}</p>"),
        ],
    }


def _banner_time(start: datetime, announce_days: int) -> datetime:
    return start - timedelta(days=announce_days)


def _page_fields(page) -> dict:
    return {
        "title": page.title,
        "summary": page.summary,
        "body": [(block.block_type, block.value.source) for block in page.body],
    }


def _apply(page, fields: dict) -> None:
    page.title = fields["title"]
    page.draft_title = fields["title"]
    page.summary = fields["summary"]
    page.body = list(fields["body"])


def _schedule(page, start: datetime, end: datetime, announce_days: int) -> None:
    """Go live when the banner appears (at once if that moment has passed or the notice is
    already out), expire when the window ends."""
    go_live = _banner_time(start, announce_days)
    page.go_live_at = None if page.live or go_live <= timezone.now() else go_live
    page.expire_at = end


def _strings(fields: dict, language: str, start: datetime, end: datetime) -> dict[str, str]:
    """The template text's segments in Japanese, paired with their translation."""
    from .seeding import segment_map

    return segment_map(fields, notice_fields(start, end, language))


def _source_index():
    from wagtail.models import Locale

    from .models import NoticeIndexPage

    return (
        NoticeIndexPage.objects.filter(locale=Locale.get_default(), alias_of__isnull=True)
        .order_by("path")
        .first()
    )


def _target_languages(index) -> list[str]:
    """The languages whose notices index is there to hold a translation."""
    codes = set(index.get_translations().values_list("locale__language_code", flat=True))
    return [code for code, _name in settings.LANGUAGES if code in codes and code != SOURCE_LANGUAGE]


def generated_notice(window):
    """The window's announcement, if this module wrote it; None otherwise."""
    return _generated(window.announcement_id)


def _generated(page_id):
    from wagtail.models import PageLogEntry

    from .models import NoticePage

    if page_id is None:
        return None
    if not PageLogEntry.objects.filter(page_id=page_id, action=GENERATED).exists():
        return None
    return NoticePage.objects.filter(pk=page_id).first()


def create_announcement(window):
    """Write, schedule and translate the notice of a new window and link it; returns it, or
    None when there is no Japanese notices index to put it under."""
    from wagtail.coreutils import find_available_slug
    from wagtail.log_actions import log

    from .localization import translate_page
    from .models import MaintenanceWindow, NoticeCategory, NoticePage

    index = _source_index()
    if index is None:
        return None
    fields = notice_fields(window.start, window.end, SOURCE_LANGUAGE)
    banner = _banner_time(window.start, window.announce_days)
    notice = NoticePage(
        slug=find_available_slug(index, f"maintenance-{timezone.localtime(window.start):%Y%m%d}"),
        locale=index.locale,
        category=NoticeCategory.MAINTENANCE,
        date=timezone.localdate(max(banner, timezone.now())),
        live=False,
    )
    _apply(notice, fields)
    _schedule(notice, window.start, window.end, window.announce_days)
    index.add_child(instance=notice)
    notice.save_revision(log_action=True).publish()
    log(instance=notice, action=GENERATED, data={"window": str(window.translation_key)})
    for code in _target_languages(index):
        translate_page(notice, code, _strings(fields, code, window.start, window.end))
    MaintenanceWindow.objects.filter(translation_key=window.translation_key).update(
        announcement=notice
    )
    window.announcement = notice
    return notice


def move_announcement(window, previous) -> Outcome | None:
    """Follow a change of the window's times (`previous`: its start, end and announce_days
    before the change) in the schedule and, if untouched, the text of its notice."""
    from .localization import translate_page

    notice = generated_notice(window)
    if notice is None:
        return None
    source = notice.get_latest_revision_as_object()
    active = notice.live or notice.revisions.filter(approved_go_live_at__isnull=False).exists()
    old_start, old_end, _old_days = previous
    untouched = _page_fields(source) == notice_fields(old_start, old_end, SOURCE_LANGUAGE)
    fields = notice_fields(window.start, window.end, SOURCE_LANGUAGE)
    if untouched:
        _apply(source, fields)
    _schedule(source, window.start, window.end, window.announce_days)
    revision = source.save_revision(log_action=True)
    if active:
        revision.publish()
    for page in source.get_translations().filter(alias_of__isnull=True).specific():
        code = page.locale.language_code
        if untouched:
            translate_page(
                source, code, _strings(fields, code, window.start, window.end), publish=active
            )
            continue
        draft = page.get_latest_revision_as_object()
        draft.go_live_at, draft.expire_at = source.go_live_at, source.expire_at
        was_active = page.live or page.revisions.filter(approved_go_live_at__isnull=False).exists()
        revision = draft.save_revision(log_action=True)
        if was_active or active:
            revision.publish()
    return Outcome.REWRITTEN if untouched else Outcome.RESCHEDULED


def withdraw_announcement(window) -> bool:
    """Take the notice of a cancelled window down in every language, scheduled or live; it
    stays as a draft the editor may delete. Returns whether there was one to withdraw."""
    return withdraw_notice(generated_notice(window))


def withdraw_notice(notice) -> bool:
    """Take a written notice down in every language and cancel its scheduled publishing."""
    from wagtail.models import Page

    if notice is None:
        return False
    copies = Page.objects.filter(translation_key=notice.translation_key)
    for page in copies:
        page.revisions.update(approved_go_live_at=None)
    # The source first: its translations follow it down (portal.publishing).
    for page in sorted(copies.filter(live=True).specific(), key=lambda p: p.pk != notice.pk):
        page.refresh_from_db(fields=["live"])
        if page.live:
            page.unpublish(log_action=True)
    return True


def _remember_times(sender, instance, raw=False, **kwargs) -> None:
    """Keep the stored times and announcement of a window about to be saved, to see afterwards
    what changed."""
    if raw or instance.pk is None:
        instance._times_before = None
        return
    instance._times_before = (
        sender.objects.filter(pk=instance.pk)
        .values_list("start", "end", "announce_days", "announcement_id")
        .first()
    )


def _on_saved(sender, instance, created=False, raw=False, **kwargs) -> None:
    if raw:
        return
    instance.announcement_outcome = None
    if created:
        is_first = (
            not sender.objects.filter(translation_key=instance.translation_key)
            .exclude(pk=instance.pk)
            .exists()
        )  # a translation of the window shares the first one's notice
        if is_first and instance.announcement_id is None and create_announcement(instance):
            instance.announcement_outcome = Outcome.CREATED
        return
    before = getattr(instance, "_times_before", None)
    if not before:
        return
    *times, announcement_id = before
    if announcement_id != instance.announcement_id:
        # The editor chose another announcement, or none: the written one is no longer needed.
        if withdraw_notice(_generated(announcement_id)):
            instance.announcement_outcome = Outcome.WITHDRAWN
        return
    if tuple(times) != (instance.start, instance.end, instance.announce_days):
        instance.announcement_outcome = move_announcement(instance, tuple(times))


def _on_deleted(sender, instance, **kwargs) -> None:
    if sender.objects.filter(translation_key=instance.translation_key).exists():
        return  # one language of the window removed: the window itself still runs
    withdraw_announcement(instance)


def connect_signals() -> None:
    """Called from PortalConfig.ready."""
    from django.db.models.signals import post_delete, post_save, pre_save

    from .models import MaintenanceWindow

    pre_save.connect(_remember_times, sender=MaintenanceWindow, dispatch_uid="notice_times")
    post_save.connect(_on_saved, sender=MaintenanceWindow, dispatch_uid="notice_saved")
    post_delete.connect(_on_deleted, sender=MaintenanceWindow, dispatch_uid="notice_deleted")
