"""The filing domain in the back office, and its contributions to the site shell's hooks.

Reference data (SPEC O5) and the registry (O1) are snippet viewsets in two menu groups. Residents
and cards show personal data only to staff with `filings.view_personal_data` (QUALITY C3).
"""

from __future__ import annotations

import datetime

import django_filters

from django import forms
from django.db.models import OuterRef, Subquery
from django.urls import path
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.views.snippets import (
    EditView,
    IndexView,
    InspectView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from filings.admin.registry import (
    AuditedListingMixin,
    AuditedViewMixin,
    PersonalDataRequiredMixin,
    RegistryImportView,
    birth_date_column,
    can_import,
    card_number_column,
)
from filings.constants import StatusItem
from filings.models import (
    Municipality,
    Nationality,
    Organization,
    Prefecture,
    ResidenceCard,
    Resident,
    StatusOfResidence,
)
from filings.services.importers import normalize_card_number
from portal.hooks import ERROR_CATALOGUE, SEED_DEMO, WHO_MUST_FILE

LANGUAGE_LABELS = (
    ("ja", _("Japanese")),
    ("en", _("English")),
    ("zh_hant", _("Traditional Chinese")),
    ("zh_hans", _("Simplified Chinese")),
    ("ko", _("Korean")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
    ("tl", _("Tagalog")),
)


def _yes_no(model, name: str) -> BooleanColumn:
    """A ticked/unticked icon instead of "True"/"False", sortable like the plain field."""
    label = capfirst(model._meta.get_field(name).verbose_name)
    return BooleanColumn(name, label=label, sort_key=name)


def _language_panels(prefix: str, heading) -> MultiFieldPanel:
    return MultiFieldPanel(
        [FieldPanel(f"{prefix}_{suffix}") for suffix, _label in LANGUAGE_LABELS], heading=heading
    )


# --- reference data -------------------------------------------------------------------------


class StatusOfResidenceViewSet(SnippetViewSet):
    model = StatusOfResidence
    icon = "tag"
    menu_label = _("Statuses of residence")
    list_display = [
        "name_ja",
        "name_en",
        "code",
        "item",
        _yes_no(StatusOfResidence, "mid_long_term"),
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


class NationalityViewSet(SnippetViewSet):
    model = Nationality
    icon = "globe"
    menu_label = _("Nationalities and regions")
    list_display = ["name_en", "name_ja", "code", "alpha_2", _yes_no(Nationality, "is_active")]
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


class PrefectureViewSet(SnippetViewSet):
    model = Prefecture
    icon = "site"
    menu_label = _("Prefectures")
    list_display = ["name_ja", "code", "name_en", "name_kana"]
    list_per_page = 50
    copy_view_enabled = False
    search_fields = ["code", "name_ja", "name_en", "name_kana"]
    search_backend_name = None


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "home"
    menu_label = _("Municipalities")
    list_display = [
        "name_ja",
        "code",
        "name_kana",
        "prefecture",
        _yes_no(Municipality, "is_active"),
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


class CardNumberFilterMixin:
    """An exact match on the full card number only: a partial search would let staff without
    the personal-data permission rebuild a masked number one character at a time."""

    def filter_card_number(self, queryset, name, value):
        number = normalize_card_number(value)
        if not number:
            return queryset
        return queryset.filter(**{self.card_number_lookup: number})


class ResidentFilterSet(CardNumberFilterMixin, WagtailFilterSet):
    card_number_lookup = "cards__number"
    card_number = django_filters.CharFilter(
        label=_("Residence card number (all 12 characters)"), method="filter_card_number"
    )
    nationality = django_filters.ModelChoiceFilter(
        label=_("Nationality or region"), queryset=Nationality.objects.all()
    )
    status = django_filters.ModelChoiceFilter(
        label=_("Status of residence"), queryset=StatusOfResidence.objects.all()
    )
    prefecture = django_filters.ModelChoiceFilter(
        label=_("Prefecture"), queryset=Prefecture.objects.all()
    )

    class Meta:
        model = Resident
        fields = ["card_number", "nationality", "status", "prefecture"]


class ResidenceCardFilterSet(CardNumberFilterMixin, WagtailFilterSet):
    card_number_lookup = "number"
    card_number = django_filters.CharFilter(
        label=_("Residence card number (all 12 characters)"), method="filter_card_number"
    )

    class Meta:
        model = ResidenceCard
        fields = ["card_number", "is_valid"]


class PersonalDataEditView(PersonalDataRequiredMixin, AuditedViewMixin, EditView):
    pass


class PersonalDataInspectView(PersonalDataRequiredMixin, AuditedViewMixin, InspectView):
    pass


class AuditedSnippetIndexView(AuditedListingMixin, IndexView):
    """The registry's listings show names, dates of birth and card numbers (QUALITY G4)."""


class AuditedEditView(AuditedViewMixin, EditView):
    """Organizations hold their contact person's name and address (QUALITY G4)."""


class ResidentViewSet(SnippetViewSet):
    model = Resident
    index_view_class = AuditedSnippetIndexView
    icon = "user"
    menu_label = _("Residents")
    filterset_class = ResidentFilterSet
    search_fields = ["name_latin", "name_kanji"]
    search_backend_name = None
    copy_view_enabled = False
    inspect_view_enabled = True
    edit_view_class = PersonalDataEditView
    inspect_view_class = PersonalDataInspectView
    list_display = [
        "name_latin",
        birth_date_column(),
        "nationality",
        "status",
        card_number_column("current_card_number", _("Current card")),
        "period_of_stay_until",
    ]
    panels = [
        FieldRowPanel([FieldPanel("name_latin"), FieldPanel("name_kanji")]),
        FieldRowPanel([FieldPanel("birth_date"), FieldPanel("sex"), FieldPanel("nationality")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("prefecture"), FieldPanel("municipality")]),
                FieldPanel("address_rest"),
            ],
            heading=_("Address"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel(
                    [FieldPanel("period_of_stay_days"), FieldPanel("period_of_stay_until")]
                ),
                FieldPanel("status_granted_on"),
            ],
            heading=_("Status of residence"),
        ),
    ]

    def get_queryset(self, request):
        current = ResidenceCard.objects.filter(resident=OuterRef("pk"), is_valid=True)
        return Resident.objects.select_related("nationality", "status").annotate(
            current_card_number=Subquery(current.values("number")[:1])
        )


class ResidenceCardViewSet(SnippetViewSet):
    model = ResidenceCard
    index_view_class = AuditedSnippetIndexView
    icon = "doc-full"
    menu_label = _("Residence cards")
    filterset_class = ResidenceCardFilterSet
    copy_view_enabled = False
    inspect_view_enabled = True
    edit_view_class = PersonalDataEditView
    inspect_view_class = PersonalDataInspectView
    list_display = [
        "resident",
        card_number_column("number", _("Card number")),
        "issued_on",
        "expires_on",
        _yes_no(ResidenceCard, "is_valid"),
    ]
    panels = [
        FieldPanel("resident"),
        FieldPanel("number"),
        FieldRowPanel([FieldPanel("issued_on"), FieldPanel("expires_on")]),
        FieldPanel("is_valid"),
    ]

    def get_queryset(self, request):
        return ResidenceCard.objects.select_related("resident")


class OrganizationViewSet(SnippetViewSet):
    model = Organization
    index_view_class = AuditedSnippetIndexView
    icon = "group"
    menu_label = _("Organizations")
    list_display = [
        "name",
        "corporate_number",
        "organization_type",
        _yes_no(Organization, "is_active"),
    ]
    list_filter = ["organization_type", "is_active"]
    search_fields = ["name", "corporate_number", "address"]
    search_backend_name = None
    copy_view_enabled = False
    edit_view_class = AuditedEditView
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("corporate_number"), FieldPanel("organization_type")]),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("contact_name"), FieldPanel("email")]),
        FieldPanel("accepted_statuses", widget=forms.CheckboxSelectMultiple),
        FieldPanel("is_active"),
    ]


class RegistryImportViewSet(ViewSet):
    """The import page as a viewset, so it sits in the registry menu with the listings."""

    name = "registry-import"
    icon = "upload"
    menu_label = _("Import")

    @property
    def menu_item_class(self):
        class ImportMenuItem(MenuItem):
            def is_shown(self, request):
                return can_import(request.user)

        return ImportMenuItem

    def get_urlpatterns(self):
        return [path("", RegistryImportView.as_view(), name="index")]


class RegistryGroup(SnippetViewSetGroup):
    menu_label = _("Registry")
    menu_icon = "group"
    menu_order = 300
    items = (ResidentViewSet, ResidenceCardViewSet, OrganizationViewSet, RegistryImportViewSet)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [ReferenceDataGroup(), RegistryGroup()]


# --- hooks of the site shell ----------------------------------------------------------------

ITEM_ORDER = (StatusItem.ACTIVITY, StatusItem.CONTRACT, StatusItem.SPOUSE)


def _with_note(label: str, note: str) -> str:
    note = note.rstrip("。.")
    if not note:
        return label
    language = translation.get_language() or "ja"
    if language.startswith(("ja", "zh")):
        return f"{label}（{note}）"
    return f"{label} ({note})"


@hooks.register(WHO_MUST_FILE)
def who_must_file(today: datetime.date) -> list[dict]:
    """The statuses whose holders file under Art. 19-16 on `today`, grouped by item (C1, Q6).

    Rendered from the reference data, so a change of law is an edit in the back office.
    """
    statuses = StatusOfResidence.objects.valid_on(today).must_file().order_by("sort_order")
    groups = []
    for item in ITEM_ORDER:
        members = [s for s in statuses if s.item == item]
        if members:
            groups.append(
                {
                    "item": str(item),
                    "label": str(StatusItem(item).label),
                    "statuses": [_with_note(s.label, s.note) for s in members],
                }
            )
    return groups


@hooks.register(SEED_DEMO)
def seed(stdout) -> None:
    """Demo residents, organizations and the named demo identities of README.md."""
    from filings.demo import registry as demo

    demo.seed(stdout)


@hooks.register(ERROR_CATALOGUE)
def error_catalogue() -> list[dict]:
    """Every message the filing rules can show, for the manual's error list (C4, Q82)."""
    from filings import errors

    return errors.entries()


# The filing pages, their back office and dashboard panel register their hooks there; so do
# the account pages and the accounts back office.
from filings import account_hooks, filing_hooks  # noqa: E402, F401
