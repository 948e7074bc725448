"""Reference data in the back office (SPEC O5): statuses of residence with their Art. 19-16
item and validity dates, nationalities, prefectures and municipalities, as snippet viewsets in
one menu group. The law changes, so these are edited here, never in code.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.views.snippets import (
    CreateView,
    EditView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from filings.admin.base import AuditedChangeMixin, yes_no_column
from filings.models.reference import (
    LANGUAGE_SUFFIXES,
    Municipality,
    Nationality,
    Prefecture,
    StatusOfResidence,
)


def _language_panels(prefix: str, heading) -> MultiFieldPanel:
    """One field per site language (`name_ja`, `name_en`, ...)."""
    return MultiFieldPanel(
        [FieldPanel(f"{prefix}_{suffix}") for suffix in LANGUAGE_SUFFIXES.values()],
        heading=heading,
    )


# --- reference data -------------------------------------------------------------------------


class ReferenceCreateView(AuditedChangeMixin, CreateView):
    pass


class ReferenceEditView(AuditedChangeMixin, EditView):
    pass


class ReferenceViewSet(SnippetViewSet):
    """Every change of reference data is in the audit trail (SPEC X1): who, which entry, which
    fields; deletions through the `after_delete_snippet` hook."""

    add_view_class = ReferenceCreateView
    edit_view_class = ReferenceEditView


class StatusOfResidenceViewSet(ReferenceViewSet):
    model = StatusOfResidence
    icon = "tag"
    menu_label = _("Statuses of residence")
    list_display = [
        "name_ja",
        "name_en",
        "code",
        "item",
        yes_no_column(StatusOfResidence, "mid_long_term"),
        "valid_from",
        "valid_to",
    ]
    list_filter = ["item", "mid_long_term", "org_filing"]
    search_fields = ["code", "name_ja", "name_en", "aliases"]
    search_backend_name = None
    sort_order_field = "sort_order"
    copy_view_enabled = False
    panels = [
        FieldPanel("code"),
        _language_panels("name", _("Names")),
        MultiFieldPanel(
            [
                FieldPanel("item"),
                FieldRowPanel([FieldPanel("mid_long_term"), FieldPanel("is_status_of_residence")]),
                FieldRowPanel([FieldPanel("org_filing"), FieldPanel("is_student")]),
            ],
            heading=_("Notifications"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")]),
                FieldPanel("successor"),
                FieldPanel("aliases"),
            ],
            heading=_("Validity"),
        ),
        _language_panels("note", _("Note shown with the name")),
    ]


class NationalityViewSet(ReferenceViewSet):
    model = Nationality
    icon = "globe"
    menu_label = _("Nationalities and regions")
    list_display = [
        "name_en",
        "name_ja",
        "code",
        "alpha_2",
        yes_no_column(Nationality, "is_active"),
    ]
    list_filter = ["is_active"]
    search_fields = ["code", "alpha_2", "name_en", "name_ja"]
    search_backend_name = None
    list_per_page = 50
    copy_view_enabled = False
    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("alpha_2")]),
        _language_panels("name", _("Names")),
        FieldRowPanel([FieldPanel("is_active"), FieldPanel("sort_order")]),
    ]


class PrefectureViewSet(ReferenceViewSet):
    model = Prefecture
    icon = "site"
    menu_label = _("Prefectures")
    list_display = ["name_ja", "code", "name_en", "name_ko", "name_kana"]
    list_per_page = 50
    copy_view_enabled = False
    search_fields = ["code", "name_ja", "name_en", "name_ko", "name_kana"]
    search_backend_name = None


class MunicipalityViewSet(ReferenceViewSet):
    model = Municipality
    icon = "home"
    menu_label = _("Municipalities")
    list_display = [
        "name_ja",
        "code",
        "name_kana",
        "prefecture",
        yes_no_column(Municipality, "is_active"),
    ]
    list_filter = ["prefecture", "is_active"]
    search_fields = ["code", "name_ja", "name_kana"]
    search_backend_name = None
    list_per_page = 50
    copy_view_enabled = False

    def get_queryset(self, request):
        return Municipality.objects.select_related("prefecture")


class ReferenceDataGroup(SnippetViewSetGroup):
    menu_label = _("Reference data")
    menu_icon = "list-ul"
    menu_order = 310
    items = (StatusOfResidenceViewSet, NationalityViewSet, PrefectureViewSet, MunicipalityViewSet)


# --- registry -------------------------------------------------------------------------------
