"""Site-wide settings editors change in the admin: the help desk (SPEC C1, C7).

The help desk appears on the top page, on the contact page and wherever a page says "contact
the help desk"; it is kept in exactly one place so a new phone number is changed once.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Orderable


@register_setting(icon="help")
class HelpDeskSettings(ClusterableModel, BaseGenericSetting):
    """The numbers and addresses are the same in every language; the desk's name, opening
    hours and notes are written per language in `texts` (one row per language)."""

    phone = models.CharField(_("phone number"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    url = models.URLField(_("web page"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("url")], heading=_("Contact")
        ),
        InlinePanel("texts", label=_("Text per language"), heading=_("Text per language")),
    ]

    class Meta:
        verbose_name = _("help desk")

    def text_for(self, language_code: str | None = None) -> "HelpDeskText | None":
        """The row for `language_code`, else English, else Japanese, else any."""
        language_code = language_code or get_language()
        rows = {row.language_code: row for row in self.texts.all()}
        for code in (language_code, "en", settings.LANGUAGE_CODE):
            if code in rows:
                return rows[code]
        return next(iter(rows.values()), None)

    @property
    def is_empty(self) -> bool:
        return not (self.phone or self.email or self.url)


class HelpDeskText(Orderable):
    setting = ParentalKey(HelpDeskSettings, on_delete=models.CASCADE, related_name="texts")
    language_code = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    name = models.CharField(_("name of the desk"), max_length=200)
    hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    note = models.TextField(_("note"), blank=True)

    panels = [
        FieldPanel("language_code"),
        FieldPanel("name"),
        FieldPanel("hours"),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("help desk text")
        constraints = [
            models.UniqueConstraint(
                fields=["setting", "language_code"], name="portal_helpdesktext_one_per_language"
            )
        ]
