"""The vocabulary of the filing domain, shared by rules, models, forms, templates and workbooks.

Codes are stable identifiers stored in the database and written into bulk files; labels are
translated. SPEC "Domain facts" is the source of every value here.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class StatusItem(models.TextChoices):
    """Which paragraph of Art. 19-16 a status of residence falls under (SPEC, Q6, Q7)."""

    ACTIVITY = "activity", _("Item 1: activity organization")
    CONTRACT = "contract", _("Item 2: contracting organization")
    SPOUSE = "spouse", _("Item 3: spouse")
    NONE = "none", _("No notification under Art. 19-16")


class FilingKind(models.TextChoices):
    """Every kind of notification the portal takes.

    The 19-16 kinds are filed by residents (a few by organizations as proxies, Q20); the 19-17
    kinds by accepting organizations.
    """

    # Art. 19-16 item 1: activity organization
    ACTIVITY_ORG_RENAMED = "activity_org_renamed", _("Activity organization: name changed")
    ACTIVITY_ORG_MOVED = "activity_org_moved", _("Activity organization: address changed")
    ACTIVITY_ORG_DISSOLVED = "activity_org_dissolved", _("Activity organization: ceased to exist")
    ACTIVITY_ORG_LEFT = "activity_org_left", _("Left the activity organization")
    ACTIVITY_ORG_TRANSFERRED = "activity_org_transferred", _("Moved to a new activity organization")
    # Art. 19-16 item 2: contracting organization
    CONTRACT_ORG_RENAMED = "contract_org_renamed", _("Contracting organization: name changed")
    CONTRACT_ORG_MOVED = "contract_org_moved", _("Contracting organization: address changed")
    CONTRACT_ORG_DISSOLVED = (
        "contract_org_dissolved",
        _("Contracting organization: ceased to exist"),
    )
    CONTRACT_ENDED = "contract_ended", _("Contract with the organization ended")
    CONTRACT_NEW = "contract_new", _("New contract with an organization")
    # Art. 19-16 item 3: spouse
    SPOUSE_DIVORCE = "spouse_divorce", _("Divorce from the spouse")
    SPOUSE_DEATH = "spouse_death", _("Death of the spouse")
    # Art. 19-17: accepting organizations
    ACCEPTANCE_STARTED = "acceptance_started", _("Acceptance started")
    ACCEPTANCE_ENDED = "acceptance_ended", _("Acceptance ended")
    STUDENT_SNAPSHOT = "student_snapshot", _("Students enrolled on 1 May / 1 November")


KINDS_BY_ITEM: dict[str, tuple[str, ...]] = {
    StatusItem.ACTIVITY: (
        FilingKind.ACTIVITY_ORG_RENAMED,
        FilingKind.ACTIVITY_ORG_MOVED,
        FilingKind.ACTIVITY_ORG_DISSOLVED,
        FilingKind.ACTIVITY_ORG_LEFT,
        FilingKind.ACTIVITY_ORG_TRANSFERRED,
    ),
    StatusItem.CONTRACT: (
        FilingKind.CONTRACT_ORG_RENAMED,
        FilingKind.CONTRACT_ORG_MOVED,
        FilingKind.CONTRACT_ORG_DISSOLVED,
        FilingKind.CONTRACT_ENDED,
        FilingKind.CONTRACT_NEW,
    ),
    StatusItem.SPOUSE: (FilingKind.SPOUSE_DIVORCE, FilingKind.SPOUSE_DEATH),
    StatusItem.NONE: (),
}

ORGANIZATION_KINDS: tuple[str, ...] = (
    FilingKind.ACCEPTANCE_STARTED,
    FilingKind.ACCEPTANCE_ENDED,
    FilingKind.STUDENT_SNAPSHOT,
)

# Q20: an organization may file only these two 19-16 kinds for a consenting resident.
PROXY_KINDS: tuple[str, ...] = (
    FilingKind.ACTIVITY_ORG_RENAMED,
    FilingKind.ACTIVITY_ORG_MOVED,
    FilingKind.CONTRACT_ORG_RENAMED,
    FilingKind.CONTRACT_ORG_MOVED,
)

# Leaving + joining (item 1) and ending + new contract (item 2) may be one filing (SPEC, Q19).
COMBINED_KINDS: dict[str, tuple[str, str]] = {
    "activity_org_left_and_transferred": (
        FilingKind.ACTIVITY_ORG_LEFT,
        FilingKind.ACTIVITY_ORG_TRANSFERRED,
    ),
    "contract_ended_and_new": (FilingKind.CONTRACT_ENDED, FilingKind.CONTRACT_NEW),
}


class Sex(models.TextChoices):
    MALE = "M", _("Male")
    FEMALE = "F", _("Female")


class StudentLeavingReason(models.TextChoices):
    """Why a student's acceptance ended (Art. 19-17, Q16)."""

    GRADUATED = "graduated", _("Graduated or completed the course")
    WITHDREW = "withdrew", _("Withdrew")
    EXPELLED = "expelled", _("Expelled")
    MISSING = "missing", _("Whereabouts unknown")
    OTHER = "other", _("Other")


class OrganizationType(models.TextChoices):
    """The organization types of the registration form (Q33)."""

    SCHOOL = "school", _("School or educational institution")
    COMPANY = "company", _("Company or other employer")
    OTHER = "other", _("Other accepting organization")


# The date from which Art. 19-16 applies to a grant of status (SPEC, Q6).
OBLIGATION_START = "2012-07-09"
# Days after the event within which a notification is due (Q7).
DEADLINE_DAYS = 14
# Most people in one bulk file (K2, Q77).
BULK_MAX_ROWS = 300
