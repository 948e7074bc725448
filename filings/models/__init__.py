"""Models of the filing domain: reference data and the registry (more modules join later)."""

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
    "Municipality",
    "Nationality",
    "Organization",
    "Prefecture",
    "ResidenceCard",
    "Resident",
    "StatusOfResidence",
    "mask_card_number",
]
