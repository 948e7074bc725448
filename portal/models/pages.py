"""The site shell's page types: the home page and plain content pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index


class BodyStreamBlock(blocks.StreamBlock):
    """The blocks editors may use in running text; kept small so pages stay accessible."""

    heading = blocks.CharBlock(form_classname="title", icon="title", label=_("Heading"))
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul", "document-link"], label=_("Paragraph")
    )
    notice = blocks.RichTextBlock(
        features=["bold", "link"], icon="warning", label=_("Highlighted notice")
    )


class HomePage(Page):
    """The top page of each language tree (SPEC C1)."""

    lead = models.CharField(_("lead"), max_length=300, blank=True)
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "link"])

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("lead"), index.SearchField("intro")]

    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")


class StandardPage(Page):
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
