"""Notices (連絡事項) and their index (SPEC C1, C2).

A notice's date, category and schedule belong to the notice, not to a language: they are
synchronised to every translation (wagtail-localize SynchronizedField), so nobody retypes them
per language and they can never disagree.
"""

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from portal.blocks import BodyStreamBlock
from portal.page_cache import CachedViewRestrictionsMixin


class NoticeCategory(models.TextChoices):
    GENERAL = "general", _("General")
    MAINTENANCE = "maintenance", _("Maintenance")
    IMPORTANT = "important", _("Important")


class NoticePage(CachedViewRestrictionsMixin, Page):
    """One notice. Publish and expiry times are Wagtail's own (go_live_at / expire_at, in the
    page's "Settings" tab); beat runs `portal.tasks.publish_scheduled` every minute, so a
    scheduled notice goes live and disappears on time without anyone logged in."""

    date = models.DateField(_("date"), default=timezone.localdate)
    category = models.CharField(
        _("category"), max_length=20, choices=NoticeCategory.choices, default=NoticeCategory.GENERAL
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown in notice lists.")
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("category")]),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("category"),
        index.FilterField("date"),
    ]
    override_translatable_fields = [
        SynchronizedField("date"),
        SynchronizedField("category"),
        SynchronizedField("go_live_at"),
        SynchronizedField("expire_at"),
    ]

    parent_page_types = ["portal.NoticeIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("notice")
        verbose_name_plural = _("notices")

    @property
    def is_maintenance(self) -> bool:
        return self.category == NoticeCategory.MAINTENANCE


def latest_notices(locale, limit: int = 5):
    """Live notices of one language (a Locale or its id), maintenance announcements first,
    then newest first (C1)."""
    from portal.page_cache import public

    return (
        public(NoticePage.objects.live())
        .filter(locale_id=getattr(locale, "pk", locale))
        .annotate(
            maintenance_first=Case(
                When(category=NoticeCategory.MAINTENANCE, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("maintenance_first", "-date", "-first_published_at")
        .defer_streamfields()[:limit]
    )


class NoticeIndexPage(CachedViewRestrictionsMixin, Page):
    """All notices of one language, newest first, filterable by category."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "link"])
    per_page = 20

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["portal.NoticePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("notice index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from portal.page_cache import public

        notices = (
            public(NoticePage.objects.live())
            .child_of(self)
            .order_by("-date", "-first_published_at")
            .defer_streamfields()
        )
        category = request.GET.get("category", "")
        if category in NoticeCategory.values:
            notices = notices.filter(category=category)
        else:
            category = ""
        paginator = Paginator(notices, self.per_page)
        context["notices"] = paginator.get_page(request.GET.get("page"))
        context["categories"] = NoticeCategory.choices
        context["active_category"] = category
        return context
