"""Manuals, downloads and the error message list (SPEC C4, C5)."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.hooks import ERROR_CATALOGUE, call_all
from portal.page_cache import CachedViewRestrictionsMixin

from .downloads import download_choices, resolve_download


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    label = blocks.CharBlock(
        required=False, label=_("label"), help_text=_("Leave empty to use the document title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")


class ManualSectionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    body = blocks.RichTextBlock(
        label=_("text"), features=["bold", "italic", "link", "ol", "ul", "document-link"]
    )
    documents = blocks.ListBlock(
        DocumentLinkBlock(), label=_("downloadable documents"), default=[], min_num=0
    )

    class Meta:
        icon = "doc-full-inverse"
        label = _("Section")


class ManualIndexPage(CachedViewRestrictionsMixin, Page):
    """Lists the manuals, the downloads page and the error message list."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["manuals.ManualPage", "manuals.DownloadsPage", "manuals.ErrorListPage"]

    class Meta:
        verbose_name = _("manual index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = self.get_children().live().public().specific(defer=True)
        return context


class ManualPage(CachedViewRestrictionsMixin, Page):
    """An operation manual for one audience, in sections, with documents to download (C4)."""

    class Audience(models.TextChoices):
        RESIDENTS = "residents", _("Residents")
        ORGANIZATIONS = "organizations", _("Organizations")

    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices)
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "link"])
    sections = StreamField(
        [("section", ManualSectionBlock())], blank=True, verbose_name=_("sections")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("audience"),
        FieldPanel("intro"),
        FieldPanel("sections"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("sections"),
    ]
    parent_page_types = ["manuals.ManualIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("manual")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["toc"] = [
            {
                "anchor": f"section-{position}-{slugify(block.value['title'], allow_unicode=True)}",
                "block": block,
            }
            for position, block in enumerate(self.sections, start=1)
        ]
        return context


class GeneratedDownloadBlock(blocks.StructBlock):
    """A file the filings app generates (a bulk template, the registration template)."""

    download = blocks.ChoiceBlock(choices=download_choices, label=_("download"))
    title = blocks.CharBlock(label=_("title"))
    description = blocks.TextBlock(required=False, label=_("description"))

    class Meta:
        icon = "download"
        label = _("Generated download")


class DocumentDownloadBlock(blocks.StructBlock):
    """A document uploaded by editors, such as the leaflet."""

    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("title"))
    description = blocks.TextBlock(required=False, label=_("description"))

    class Meta:
        icon = "doc-full"
        label = _("Document")


class DownloadsPage(CachedViewRestrictionsMixin, Page):
    """Bulk filing templates, the organization registration template and the leaflet (C5)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "link"])
    items = StreamField(
        [("generated", GeneratedDownloadBlock()), ("document", DocumentDownloadBlock())],
        blank=True,
        verbose_name=_("downloads"),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("items")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("items")]
    parent_page_types = ["manuals.ManualIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("downloads page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        downloads = []
        for block in self.items:
            value = block.value
            if block.block_type == "generated":
                url = resolve_download(value["download"])
                kind = "generated"
            else:
                document = value["document"]
                url = document.url if document else None
                kind = document.file_extension.upper() if document else ""
            downloads.append(
                {
                    "title": value["title"],
                    "description": value["description"],
                    "url": url,
                    "kind": kind,
                    "key": value.get("download", ""),
                }
            )
        context["downloads"] = downloads
        return context


class ErrorListPage(CachedViewRestrictionsMixin, Page):
    """The error messages and what to do about them, from the code's own catalogue (C4, Q82).

    Nothing is typed here: every registered `portal.hooks.ERROR_CATALOGUE` function returns
    its entries in the active language, so the list can never drift from the messages.
    """

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["manuals.ManualIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("error message list")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        entries = [entry for result in call_all(ERROR_CATALOGUE) for entry in result]
        context["errors"] = sorted(entries, key=lambda e: str(e.get("code", "")))
        return context
