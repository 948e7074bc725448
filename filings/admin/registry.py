"""The registry in the back office (SPEC O1, X1; QUALITY C3, G4): residents, their residence
cards and organizations as snippet viewsets, and the import page, in one menu group. Card
numbers and dates of birth are shown only to staff with `filings.view_personal_data`; every
opening and listing page of personal data is audited (`filings.admin.base`).
"""

from __future__ import annotations

import django_filters

from django import forms
from django.db.models import OuterRef, Subquery
from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.views.snippets import (
    CreateView,
    EditView,
    IndexView,
    InspectView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from filings.admin.base import (
    AuditedChangeMixin,
    AuditedListingMixin,
    AuditedViewMixin,
    IdentifierSearchMixin,
    PersonalDataRequiredMixin,
    birth_date_column,
    card_number_column,
    yes_no_column,
)
from filings.admin.imports import RegistryImportView, can_import
from filings.models.reference import Nationality, Prefecture, StatusOfResidence
from filings.models.registry import Organization, ResidenceCard, Resident
from filings.services.import_cells import normalize_card_number


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


class PersonalDataEditView(
    PersonalDataRequiredMixin, AuditedViewMixin, AuditedChangeMixin, EditView
):
    pass


class AuditedCreateView(AuditedChangeMixin, CreateView):
    """A new resident, card or organization is recorded in the audit trail (SPEC X1)."""


class PersonalDataInspectView(PersonalDataRequiredMixin, AuditedViewMixin, InspectView):
    pass


class AuditedSnippetIndexView(IdentifierSearchMixin, AuditedListingMixin, IndexView):
    """The registry's listings show names, dates of birth and card numbers (QUALITY G4)."""


class AuditedEditView(AuditedViewMixin, AuditedChangeMixin, EditView):
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
    add_view_class = AuditedCreateView
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
    add_view_class = AuditedCreateView
    edit_view_class = PersonalDataEditView
    inspect_view_class = PersonalDataInspectView
    list_display = [
        "resident",
        card_number_column("number", _("Card number")),
        "issued_on",
        "expires_on",
        yes_no_column(ResidenceCard, "is_valid"),
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
        yes_no_column(Organization, "is_active"),
    ]
    list_filter = ["organization_type", "is_active"]
    search_fields = ["name", "corporate_number", "address"]
    search_backend_name = None
    copy_view_enabled = False
    add_view_class = AuditedCreateView
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
