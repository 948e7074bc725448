"""StreamField blocks the site shell's page types share: running text and links to other pages.
Other apps' page types (notices, Q&A, manuals) use them too, so they live apart from any page
type."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


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
