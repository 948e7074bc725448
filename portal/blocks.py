"""StreamField blocks the site shell's page types share: running text, links to other pages and
the service buttons, with the one rule that sends a link to the reader's own language. Other
apps' page types (notices, Q&A, manuals) use them too, so they live apart from any page type."""

from collections.abc import Iterable

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.models import Page

from portal.page_cache import public


def localize_pages(ids: Iterable[int], locale) -> dict[int, Page]:
    """Map each page id to its live translation in `locale` (or the page itself).

    One query whatever the number of links (plus the view restrictions), instead of one
    `page.localized` per link: the linked pages and their live public translations are read
    together.
    """
    ids = [pk for pk in set(ids) if pk]
    if not ids:
        return {}
    locale_id = getattr(locale, "pk", locale)
    keys = Page.objects.filter(pk__in=ids).values("translation_key")
    found = list(
        Page.objects.filter(
            Q(pk__in=ids)
            | Q(
                pk__in=public(Page.objects.live()).filter(
                    locale_id=locale_id, translation_key__in=keys
                )
            )
        )
    )
    sources = {p.pk: p for p in found if p.pk in ids}
    translations = {
        p.translation_key: p
        for p in found
        if p.locale_id == locale_id and (p.pk not in ids or p.live)
    }
    return {pk: translations.get(page.translation_key, page) for pk, page in sources.items()}


class LinkBlock(blocks.StructBlock):
    """A link to another page of the site; shown in the reader's language when translated."""

    page = blocks.PageChooserBlock(label=_("page"))
    label = blocks.CharBlock(
        required=False, label=_("label"), help_text=_("Leave empty to use the page title.")
    )
    description = blocks.CharBlock(required=False, label=_("description"))

    class Meta:
        icon = "link"
        label = _("Link")


SERVICE_AUDIENCES = [
    ("residents", _("For residents")),
    ("organizations", _("For organizations")),
    ("everyone", _("Services")),
]


class ServiceLinksBlock(blocks.StructBlock):
    """A group of buttons to the services (the check, sign-in and registration, filing, status,
    bulk filing, pre-registration), chosen by editors as pages: a moved or renamed page keeps
    its link, and each reader is sent to the page of their own language.

    The heading comes from the audience, so a group needs no text of its own to translate.
    """

    audience = blocks.ChoiceBlock(choices=SERVICE_AUDIENCES, default="everyone", label=_("for"))
    links = blocks.ListBlock(LinkBlock(), label=_("links"))

    class Meta:
        icon = "pick"
        label = _("Service links")
        template = "includes/service_links_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        page = (parent_context or {}).get("page")
        context["group"] = service_group(value, getattr(page, "locale_id", None))
        return context


def list_items(raw) -> list[dict]:
    """The items of a stored ListBlock of structs: each is `{"type": "item", "value": {...}}`
    (or, in data saved before Wagtail 2.16, the bare value)."""
    items = []
    for item in raw or []:
        if isinstance(item, dict) and item.get("type") == "item":
            item = item.get("value")
        items.append(item if isinstance(item, dict) else {})
    return items


def service_group(value, locale_id) -> dict:
    """What a service links block shows in one locale: its heading and its localized links."""
    links = [link for link in value["links"] if link.get("page")]
    localized = localize_pages([link["page"].pk for link in links], locale_id)
    return {
        "audience": value["audience"],
        "heading": dict(SERVICE_AUDIENCES).get(value["audience"], ""),
        "links": [
            {
                "page": localized[link["page"].pk],
                "label": link["label"] or localized[link["page"].pk].title,
                "description": link["description"],
            }
            for link in links
            if link["page"].pk in localized
        ],
    }


class BodyStreamBlock(blocks.StreamBlock):
    """The blocks editors may use in running text; kept small so pages stay accessible."""

    heading = blocks.CharBlock(form_classname="title", icon="title", label=_("Heading"))
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul", "document-link"], label=_("Paragraph")
    )
    notice = blocks.RichTextBlock(
        features=["bold", "link"], icon="warning", label=_("Highlighted notice")
    )
    help_desk = blocks.StaticBlock(
        admin_text=_("Shows the help desk details from the site settings (Settings › Help desk)."),
        icon="help",
        label=_("Help desk details"),
        template="includes/help_desk_block.html",
    )
    services = ServiceLinksBlock()
