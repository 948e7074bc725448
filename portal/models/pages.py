"""The site shell's page types: the home page and plain content pages."""

from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import (
    SERVICE_AUDIENCES,
    BodyStreamBlock,
    LinkBlock,
    ServiceLinksBlock,
    list_items,
    localize_pages,
)
from portal.hooks import WHO_MUST_FILE, call_all
from portal.page_cache import CachedViewRestrictionsMixin, cached_fragment, page_fragment


class HomePage(CachedViewRestrictionsMixin, Page):
    """The top page of each language tree (SPEC C1)."""

    # Its stream fields are read only to build its cached context (portal/routing.py).
    route_defers_streamfields = True

    lead = models.CharField(_("lead"), max_length=300, blank=True)
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "link"])
    residents_page = models.ForeignKey(
        Page,
        verbose_name=_("entry for residents"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    residents_text = models.CharField(_("text of the residents' entry"), max_length=300, blank=True)
    organizations_page = models.ForeignKey(
        Page,
        verbose_name=_("entry for organizations"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organizations_text = models.CharField(
        _("text of the organizations' entry"), max_length=300, blank=True
    )
    services = StreamField(
        [("services", ServiceLinksBlock())],
        blank=True,
        verbose_name=_("service links"),
        help_text=_(
            "Buttons to the services, one group per audience: the check, sign-in and "
            "registration, filing, status, bulk filing, pre-registration."
        ),
    )
    links = StreamField(
        [("link", LinkBlock())],
        blank=True,
        verbose_name=_("guidance links"),
        help_text=_("About, filings and methods, Q&A, manuals, terms, environment, contact."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                PageChooserPanel("residents_page"),
                FieldPanel("residents_text"),
                PageChooserPanel("organizations_page"),
                FieldPanel("organizations_text"),
            ],
            heading=_("Entries"),
        ),
        FieldPanel("services"),
        FieldPanel("links"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("lead"), index.SearchField("intro")]

    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Entries, guidance links and notices: the same for every reader until a publish.
        context.update(page_fragment(self, request, "home", lambda: self._shared_context(request)))
        # The filings app answers from its reference data; nothing is typed here (SPEC C1).
        # The same for every reader of one language on one day: kept with the page cache's
        # fragments (purged on publishing, at most a minute old).
        today = timezone.localdate()
        context["who_must_file"] = cached_fragment(
            f"who-must-file:{get_language()}:{today.isoformat()}",
            lambda: [group for result in call_all(WHO_MUST_FILE, today) for group in result],
        )
        return context

    def _shared_context(self, request) -> dict:
        from .notices import NoticeIndexPage, latest_notices

        raw_links = [b["value"] for b in self.links.raw_data if isinstance(b.get("value"), dict)]
        raw_groups = [
            {
                "audience": group.get("audience", "everyone"),
                "links": list_items(group.get("links")),
            }
            for group in (b.get("value") for b in self.services.raw_data)
            if isinstance(group, dict)
        ]
        localized = localize_pages(
            [
                self.residents_page_id,
                self.organizations_page_id,
                *(link.get("page") for link in raw_links),
                *(link.get("page") for group in raw_groups for link in group["links"]),
            ],
            self.locale_id,
        )

        def link_of(link):
            page = localized.get(link.get("page"))
            if page is None:
                return None
            return {
                "page": page,
                "label": link.get("label") or page.title,
                "description": link.get("description", ""),
            }

        def entry(page_id, text, kind):
            page = localized.get(page_id)
            return {"kind": kind, "page": page, "text": text} if page else None

        return {
            "entries": [
                e
                for e in (
                    entry(self.residents_page_id, self.residents_text, "residents"),
                    entry(self.organizations_page_id, self.organizations_text, "organizations"),
                )
                if e
            ],
            "service_groups": [
                {
                    "audience": group["audience"],
                    "heading": dict(SERVICE_AUDIENCES).get(group["audience"], ""),
                    "links": [link for link in map(link_of, group["links"]) if link],
                }
                for group in raw_groups
            ],
            "guidance_links": [
                {
                    "page": localized[link["page"]],
                    "label": link.get("label") or localized[link["page"]].title,
                    "description": link.get("description", ""),
                }
                for link in raw_links
                if link.get("page") in localized
            ],
            "notices": list(latest_notices(self.locale_id)),
            "notice_index": NoticeIndexPage.objects.child_of(self)
            .live()
            .only("id", "url_path", "title")
            .first(),
        }


class StandardPage(CachedViewRestrictionsMixin, Page):
    """About, terms of use, supported environments, contact and similar reading pages (C7)."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")
