"""The registry the portal checks identities against (SPEC O1, F3, A1).

A `Resident` is the person; a `ResidenceCard` is one card issued to them. A new card (renewal,
change of status, lost card) is a new row for the same person, so the person's identity, and
the account and filings hanging off it, survive the card change (Q37). Look-ups come by card
number (unique index) and by name and date of birth (composite index); see tests/bench.

Users outside the ministry only ever see the opaque `public_id`, never the row id (QUALITY C1).
"""

from __future__ import annotations

import uuid

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from filings import rules
from filings.constants import OrganizationType, Sex

from .reference import Municipality, Nationality, Prefecture, StatusOfResidence

# Two letters, eight digits, two letters, as printed on the card (QUALITY D1).
CARD_NUMBER_PATTERN = r"^[A-Z]{2}[0-9]{8}[A-Z]{2}$"
# Upper-case half-width letters, one half-width space between parts, as on the card (Q65, Q66).
NAME_LATIN_PATTERN = r"^[A-Z]+(?: [A-Z]+)*$"

PERSONAL_DATA_PERMISSION = "filings.view_personal_data"

validate_card_number = RegexValidator(
    CARD_NUMBER_PATTERN,
    _("A residence card number is 2 capital letters, 8 digits and 2 capital letters."),
    code="card_number_format",
)
validate_name_latin = RegexValidator(
    NAME_LATIN_PATTERN,
    _("Write the name in capital letters A-Z with single spaces, as on the card."),
    code="name_latin_format",
)


def validate_full_width(value: str) -> None:
    """The rest of the address: full-width JIS X 0208 characters only (Q62, Q64), so that what
    the registry holds is something a filer can type."""
    bad = rules.offending_characters(value)
    if bad:
        raise ValidationError(
            _("Use full-width JIS characters only; these cannot be used: %(chars)s"),
            code="not_full_width",
            params={"chars": " ".join(bad)},
        )


def validate_corporate_number(value: str) -> None:
    """13 digits whose first digit is the check digit of the other twelve (法人番号)."""
    if not rules.is_corporate_number(value):
        raise ValidationError(
            _("A corporate number is 13 digits with a correct check digit."),
            code="corporate_number",
        )


class Resident(models.Model):
    """A mid-to-long-term resident as the registry knows them: the data printed on the card."""

    public_id = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    name_latin = models.CharField(
        _("name (Latin letters)"),
        max_length=rules.LATIN_NAME_MAX_LENGTH,
        validators=[validate_name_latin],
        help_text=_("As on the card: capital letters, half-width spaces, card order."),
    )
    name_kanji = models.CharField(_("name (kanji)"), max_length=60, blank=True)
    birth_date = models.DateField(_("date of birth"))
    sex = models.CharField(_("sex"), max_length=1, choices=Sex.choices)
    nationality = models.ForeignKey(
        Nationality,
        verbose_name=_("nationality or region"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    prefecture = models.ForeignKey(
        Prefecture, verbose_name=_("prefecture"), on_delete=models.PROTECT, related_name="+"
    )
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), on_delete=models.PROTECT, related_name="+"
    )
    address_rest = models.CharField(
        _("rest of the address"),
        max_length=rules.ADDRESS_MAX_LENGTH,
        validators=[validate_full_width],
        help_text=_("Town, block and building, in full-width characters."),
    )
    status = models.ForeignKey(
        StatusOfResidence,
        verbose_name=_("status of residence"),
        on_delete=models.PROTECT,
        related_name="residents",
    )
    period_of_stay_days = models.PositiveIntegerField(
        _("period of stay (days)"),
        null=True,
        blank=True,
        help_text=_("Length of the period granted; empty for an indefinite period."),
    )
    period_of_stay_until = models.DateField(
        _("period of stay ends"),
        null=True,
        blank=True,
        help_text=_("Empty for an indefinite period (permanent residents)."),
    )
    status_granted_on = models.DateField(
        _("status granted on"),
        help_text=_("Date of the landing, change or extension permission."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("resident")
        verbose_name_plural = _("residents")
        ordering = ["name_latin", "birth_date"]
        indexes = [
            models.Index(fields=["name_latin", "birth_date"], name="filings_res_name_birth"),
        ]
        permissions = [
            (
                "view_personal_data",
                _("Can view personal data (residence card numbers and dates of birth)"),
            ),
        ]

    def __str__(self) -> str:
        return self.name_latin

    def clean_fields(self, exclude=None) -> None:
        # Typed forms are forgiven before they are checked (SPEC L2): lower case and double
        # spaces in the Latin name, half-width characters in the address.
        if self.name_latin:
            self.name_latin = rules.normalize_latin_name(self.name_latin)
        if self.address_rest:
            self.address_rest = rules.to_fullwidth(self.address_rest).strip()
        super().clean_fields(exclude=exclude)

    def clean(self) -> None:
        if (
            self.municipality_id
            and self.prefecture_id
            and self.municipality.prefecture_id != self.prefecture_id
        ):
            raise ValidationError(
                {"municipality": _("This municipality is not in the chosen prefecture.")}
            )

    @property
    def current_card(self) -> ResidenceCard | None:
        return self.cards.filter(is_valid=True).order_by("-issued_on").first()


class ResidenceCardQuerySet(models.QuerySet):
    def current(self) -> ResidenceCardQuerySet:
        return self.filter(is_valid=True)


class ResidenceCard(models.Model):
    """One residence card. A person may have had several; at most one is current."""

    number = models.CharField(
        _("card number"),
        max_length=12,
        unique=True,
        validators=[validate_card_number],
    )
    resident = models.ForeignKey(
        Resident, verbose_name=_("resident"), on_delete=models.CASCADE, related_name="cards"
    )
    issued_on = models.DateField(_("issued on"))
    expires_on = models.DateField(_("valid until"))
    is_valid = models.BooleanField(
        _("current card"),
        default=True,
        help_text=_("Untick when the card is replaced, returned or revoked."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = ResidenceCardQuerySet.as_manager()

    class Meta:
        verbose_name = _("residence card")
        verbose_name_plural = _("residence cards")
        ordering = ["-issued_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["resident"],
                condition=Q(is_valid=True),
                name="filings_one_current_card",
                violation_error_message=_("A person has one current card at a time."),
            ),
            models.CheckConstraint(
                condition=Q(expires_on__gte=models.F("issued_on")),
                name="filings_card_expires_after_issue",
                violation_error_message=_("A card cannot expire before it was issued."),
            ),
        ]

    def __str__(self) -> str:
        return f"…{self.number[-4:]}"

    def clean_fields(self, exclude=None) -> None:
        if self.number:
            self.number = rules.normalize_card_number(self.number)
        super().clean_fields(exclude=exclude)

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.issued_on and self.expires_on and self.expires_on < self.issued_on:
            errors["expires_on"] = _("A card cannot expire before it was issued.")
        if (
            self.is_valid
            and self.resident_id
            and ResidenceCard.objects.current()
            .filter(resident_id=self.resident_id)
            .exclude(pk=self.pk)
            .exists()
        ):
            errors["is_valid"] = _(
                "This person already has a current card. Untick that card first: "
                "a person has one current card at a time."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def masked_number(self) -> str:
        return mask_card_number(self.number)


def mask_card_number(number: str | None) -> str:
    """Only the last four characters, for staff without the personal-data permission (C3)."""
    if not number:
        return ""
    return "•" * (len(number) - 4) + number[-4:]


class Organization(models.Model):
    """An accepting organization (所属機関): school, company or other, identified by its
    corporate number (Q33)."""

    public_id = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=200)
    corporate_number = models.CharField(
        _("corporate number"),
        max_length=13,
        unique=True,
        validators=[validate_corporate_number],
        help_text=_("13 digits (法人番号)."),
    )
    address = models.CharField(_("address"), max_length=300)
    organization_type = models.CharField(
        _("organization type"),
        max_length=20,
        choices=OrganizationType.choices,
        default=OrganizationType.COMPANY,
    )
    accepted_statuses = models.ManyToManyField(
        StatusOfResidence,
        verbose_name=_("statuses of the people it accepts"),
        blank=True,
        related_name="organizations",
    )
    contact_name = models.CharField(_("contact person"), max_length=100, blank=True)
    email = models.CharField(
        _("e-mail address"),
        max_length=rules.EMAIL_MAX_LENGTH,
        blank=True,
        validators=[EmailValidator()],
        help_text=_("At most 60 characters."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
