"""Models of the filing domain: reference data, the registry, filer accounts and the mail
outbox (more modules join later)."""

from filings.pages.accounts import AccountPage, OrganizationRegistrationPage
from filings.pages.filing import BulkPage, FilingCheckPage, FilingPage, StatusPage

from .accounts import (
    AccountToken,
    DeactivationReason,
    OrganizationMembership,
    OrganizationRegistration,
    ProxyConsent,
    ResidentAccount,
)
from .bulk import BulkRow, BulkRowOutcome, BulkUpload, BulkUploadState
from .filing import (
    FilerType,
    Filing,
    FilingDraft,
    FilingState,
)
from .mail import Mail
from .reference import (
    LANGUAGE_SUFFIXES,
    Municipality,
    Nationality,
    Prefecture,
    StatusOfResidence,
)
from .registry import (
    PERSONAL_DATA_PERMISSION,
    Organization,
    ResidenceCard,
    Resident,
    mask_card_number,
)

__all__ = [
    "LANGUAGE_SUFFIXES",
    "PERSONAL_DATA_PERMISSION",
    "AccountPage",
    "AccountToken",
    "BulkPage",
    "BulkRow",
    "BulkRowOutcome",
    "BulkUpload",
    "BulkUploadState",
    "DeactivationReason",
    "FilerType",
    "Filing",
    "FilingCheckPage",
    "FilingDraft",
    "FilingPage",
    "FilingState",
    "Mail",
    "Municipality",
    "Nationality",
    "Organization",
    "OrganizationMembership",
    "OrganizationRegistration",
    "OrganizationRegistrationPage",
    "Prefecture",
    "ProxyConsent",
    "ResidenceCard",
    "Resident",
    "ResidentAccount",
    "StatusOfResidence",
    "StatusPage",
    "mask_card_number",
]
