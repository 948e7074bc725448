"""Maintenance windows (SPEC N10): one object drives the announcement, the banner and the
maintenance mode of the filing, account and status pages."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from portal import page_cache
from portal.rules import MaintenancePhase, WindowTimes, pick_window


class MaintenanceWindow(TranslatableMixin, models.Model):
    """A planned interruption of the filing side.

    Only the title and the message are translated; the times, the lead time and the announcement
    are the same object in every language. Saving any language copies its times to the others
    (`MaintenanceWindow.sync_times`), so the banner and the 503 pages can never disagree
    between languages.
    """

    title = models.CharField(
        _("title"), max_length=200, help_text=_("For editors: how this window is listed.")
    )
    start = models.DateTimeField(_("starts at"))
    end = models.DateTimeField(_("ends at"))
    announce_days = models.PositiveSmallIntegerField(
        _("banner lead time (days)"),
        default=7,
        help_text=_("How many days before the start a banner announces the maintenance."),
    )
    message = models.TextField(
        _("message"),
        blank=True,
        help_text=_(
            "Optional extra text for the banner and the maintenance page, shown in each "
            "language once this window is translated into it. The times and the explanation "
            "are always shown in the reader's language."
        ),
    )
    announcement = models.ForeignKey(
        "portal.NoticePage",
        verbose_name=_("announcement notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The notice that explains this maintenance; the banner links to it."),
    )

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("announce_days"),
        FieldPanel("message"),
        PageChooserPanel("announcement", "portal.NoticePage"),
    ]
    override_translatable_fields = [
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("announce_days"),
        SynchronizedField("announcement"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("maintenance window")
        verbose_name_plural = _("maintenance windows")
        ordering = ["-start"]
        indexes = [models.Index(fields=["end"])]

    def __str__(self) -> str:
        start = timezone.localtime(self.start)
        return f"{self.title} ({start:%Y-%m-%d %H:%M})"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.sync_times()

    def sync_times(self) -> int:
        """Copy this window's times to its translations, whichever language was edited
        (SPEC N10): the banner and the 503 pages of every language follow one window. Returns
        how many translations changed; `update()` sends no signals, so saving never loops."""
        return (
            MaintenanceWindow.objects.filter(translation_key=self.translation_key)
            .exclude(pk=self.pk)
            .update(
                start=self.start,
                end=self.end,
                announce_days=self.announce_days,
                announcement_id=self.announcement_id,
            )
        )

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The end must be after the start.")})

    @property
    def times(self) -> WindowTimes:
        return WindowTimes(self.start, self.end, timedelta(days=self.announce_days))


@dataclass(frozen=True)
class MaintenanceState:
    """What one request needs to know: the window that matters now, in the reader's language."""

    window: MaintenanceWindow
    phase: MaintenancePhase
    now: datetime

    @property
    def active(self) -> bool:
        return self.phase is MaintenancePhase.ACTIVE

    @property
    def upcoming(self) -> bool:
        return self.phase is MaintenancePhase.UPCOMING

    @property
    def start(self) -> datetime:
        return self.window.start

    @property
    def end(self) -> datetime:
        return self.window.end

    @property
    def message(self) -> str:
        """The editor's free text, only where it is written in the reader's language.

        The times and the explanation are always shown translated; the optional extra text
        waits for its translation rather than appearing in Japanese on the other sites.
        """
        if self.window.locale.language_code != _active_language():
            return ""
        return self.window.message

    @cached_property
    def announcement_url(self) -> str:
        """The announcement in the reader's language. Read once per request (the banner asks
        twice); `page.localized` would look up the active Locale each time (one query), while
        the window, chosen in the reader's language when translated, already carries it."""
        page = self.window.announcement
        if page is None or not page.live:
            return ""
        locale = self.window.locale
        if page.locale_id != locale.pk:
            translated = page.get_translation_or_none(locale)
            if translated is not None and translated.live:
                page = translated
        if locale.language_code != _active_language():
            page = page.localized  # the window itself is not translated: Wagtail decides
        return page.get_url() or ""


def _active_language() -> str:
    try:
        return get_supported_content_language_variant(get_language())
    except LookupError:
        return ""


def open_windows(now: datetime) -> list[MaintenanceWindow]:
    """Every window (all languages) that has not ended at `now`.

    One query on an indexed column, kept in the page cache's fragment cache until the next
    purge (saving or deleting a window purges) or its time to live: most requests read no
    table at all. What was read is filtered again by `now`, so a window that ends meanwhile
    drops out on time.
    """

    def read() -> list[MaintenanceWindow]:
        return list(
            MaintenanceWindow.objects.filter(end__gt=min(now, timezone.now()))
            .select_related("announcement", "locale")
            .order_by("pk")
        )

    return [w for w in page_cache.cached_fragment("maintenance-windows", read) if w.end > now]


@page_cache.changes_at
def maintenance_boundaries(now: datetime) -> list[datetime]:
    """The instants after `now` at which a window's banner appears, its maintenance begins or
    ends: cached pages (the banner, the 503 of the filing pages) live no longer than that."""
    moments = []
    for window in open_windows(now):
        times = window.times
        moments.extend(m for m in (times.start - times.lead, times.start, times.end) if m > now)
    return sorted(moments)


def current_maintenance(now: datetime | None = None) -> MaintenanceState | None:
    """The running or announced window at `now`, in the active language if translated."""
    now = now or timezone.now()
    candidates = open_windows(now)
    if not candidates:
        return None
    chosen = pick_window(now, ((w, w.times) for w in candidates))
    if chosen is None:
        return None
    window, phase = chosen
    language = _active_language()
    for other in candidates:
        if (
            other.translation_key == window.translation_key
            and other.locale.language_code == language
        ):
            window = other
            break
    return MaintenanceState(window=window, phase=phase, now=now)
