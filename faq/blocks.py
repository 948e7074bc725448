"""StreamField blocks of the Q&A.

The key of a question is deliberately not a CharBlock: wagtail-localize offers CharBlocks for
translation, and a key must stay identical in every language so anchors and cross-references
keep working. An unknown block type is copied from the source as it is.
"""

from django import forms
from django.core.validators import RegexValidator
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .rules import KEY_PATTERN


class KeyBlock(blocks.FieldBlock):
    """A stable identifier: lower-case letters, digits and hyphens, never translated."""

    def __init__(self, required=True, help_text=None, max_length=80, **kwargs):
        self.field_options = {
            "required": required,
            "help_text": help_text,
            "max_length": max_length,
        }
        super().__init__(**kwargs)

    @cached_property
    def field(self):
        return forms.CharField(
            validators=[
                RegexValidator(
                    KEY_PATTERN,
                    _("Use lower-case letters, digits and single hyphens, e.g. lost-password."),
                )
            ],
            **self.field_options,
        )

    def get_searchable_content(self, value):
        return []

    class Meta:
        icon = "tag"


class QuestionBlock(blocks.StructBlock):
    key = KeyBlock(
        label=_("key"),
        help_text=_(
            "Never changes, even when the question moves: its anchor and the target of "
            "cross-references. Refer to this question from an answer as {{q:KEY}}."
        ),
    )
    question = blocks.TextBlock(label=_("question"), rows=2)
    answer = blocks.RichTextBlock(
        label=_("answer"),
        features=["bold", "link", "ol", "ul", "document-link"],
        help_text=_("Write {{q:KEY}} to refer to another question; it shows as its number."),
    )

    class Meta:
        icon = "help"
        label = _("Question")
        form_classname = "qa-question-block"


class SubsectionBlock(blocks.StructBlock):
    """A heading that groups the questions after it, e.g. "Password" or "Mail"."""

    key = KeyBlock(label=_("key"), help_text=_("The anchor of this subsection."))
    title = blocks.CharBlock(label=_("title"))

    class Meta:
        icon = "title"
        label = _("Subsection")


class SectionBodyBlock(blocks.StreamBlock):
    subsection = SubsectionBlock()
    question = QuestionBlock()
