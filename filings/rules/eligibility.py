"""Who is a mid-to-long-term resident, who must file under Art. 19-16, and what to file.

Pure functions over plain data: the status-of-residence reference data (editable in the back
office because the law changes) hands each status to these rules as a `StatusRule`, so the top
page list, the guided check (N1), the filing wizard (N9) and filing validation (F1) all answer
from the same table and the same code (DESIGN.md: one source for each fact).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from django.db import models
from django.utils.translation import gettext_lazy as _

from filings.constants import (
    COMBINED_KINDS,
    KINDS_BY_ITEM,
    OBLIGATION_START,
    PROXY_KINDS,
    FilingKind,
    StatusItem,
)
from filings.errors import RuleError

# Art. 19-16 applies only to statuses granted on or after this day (SPEC, Q6).
OBLIGATION_START_DATE: date = date.fromisoformat(OBLIGATION_START)

# Q4 excludes a period of stay of "3 months or less". Periods are granted either in months or in
# days (15, 30, 90 days); the longest span of three calendar months is 92 days (e.g. July to
# September) and the shortest period above three months, 4 months, is at least 120 days, so every
# threshold from 92 to 119 days gives the same answer. We read "3 months or less" as <= 92 days.
SHORT_STAY_MAX_DAYS = 92


@dataclass(frozen=True)
class StatusRule:
    """One status of residence (or sub-category) as the rules need it.

    `code` is the reference data's stable code; `item` a `StatusItem` value. `mid_long_term`
    is False for the statuses that never make someone a mid-to-long-term resident (Temporary
    Visitor, Diplomat, Official, and Special Permanent Resident kept in the same table). The
    `valid_from`/`valid_to` dates bound the law under which the status was granted with this
    item (both inclusive, None = open); the 2013 names (Investor/Business Manager, Engineer,
    Specialist in Humanities/International Services, Designated Activities (c)) are earlier
    entries that end when the amendment replaced them.
    """

    code: str
    item: str
    mid_long_term: bool = True
    org_filing: bool = False
    valid_from: date | None = None
    valid_to: date | None = None

    def applies_on(self, day: date) -> bool:
        """Whether this status/item mapping was in force on `day`."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day <= self.valid_to


class SpecialCase(models.TextChoices):
    """Facts about a person that the status alone does not tell (Q4, Q6, SPEC domain facts)."""

    TAIPEI_OFFICE = (
        "taipei_office",
        _(
            "Designated Activities as staff, or family of staff, of the Taipei Economic and "
            "Cultural Representative Office in Japan"
        ),
    )
    PALESTINE_DELEGATION = (
        "palestine_delegation",
        _(
            "Designated Activities as staff, or family of staff, of the Palestine General "
            "Delegation in Japan"
        ),
    )
    NOT_AS_SPOUSE = (
        "not_as_spouse",
        _("Holds a spouse-based status for another reason, for example as a child"),
    )
    NO_CONTRACT_IN_JAPAN = (
        "no_contract_in_japan",
        _("Entertainer not working under a contract with an organization in Japan"),
    )


_NOT_MID_LONG_TERM_CASES = frozenset({SpecialCase.TAIPEI_OFFICE, SpecialCase.PALESTINE_DELEGATION})


def _check_special_case(special_case: str | None) -> None:
    if special_case is not None and special_case not in SpecialCase.values:
        raise ValueError(f"unknown special case {special_case!r}")


def is_mid_long_term(
    status: StatusRule | None,
    period_of_stay_days: int | None,
    special_case: str | None = None,
) -> tuple[bool, str]:
    """Whether a person is a mid-to-long-term resident (Q4), and if not, the reason code.

    `status` None means no status of residence. `period_of_stay_days` None means no fixed
    period (Permanent Resident). Returns (True, "") or (False, an "I-MLT-…" catalogue code).
    """
    _check_special_case(special_case)
    if period_of_stay_days is not None and period_of_stay_days < 1:
        raise ValueError("a period of stay is at least one day")
    if status is None:
        return False, "I-MLT-NO-STATUS"
    if not status.mid_long_term:
        return False, "I-MLT-STATUS-EXCLUDED"
    if special_case in _NOT_MID_LONG_TERM_CASES:
        return False, "I-MLT-SPECIAL-DA"
    if period_of_stay_days is not None and period_of_stay_days <= SHORT_STAY_MAX_DAYS:
        return False, "I-MLT-SHORT-STAY"
    return True, ""


@dataclass(frozen=True)
class Obligation:
    """The answer to "must this person file under Art. 19-16, and which kinds?".

    `item` is the status's item even when nothing is due (the guided check can still explain
    it); `kinds` is empty unless `must_file`, so a wizard driven by it never offers a kind the
    person may not file (F1). `reason` is a catalogue code whenever `must_file` is False.
    """

    must_file: bool
    item: str
    kinds: tuple[str, ...] = ()
    reason: str = ""


def filing_obligation(
    status: StatusRule | None,
    granted_on: date,
    period_of_stay_days: int | None,
    today: date,
    special_case: str | None = None,
) -> Obligation:
    """Whether the holder of `status`, granted on `granted_on`, must file Art. 19-16 notices.

    `granted_on` is the date of the landing permission, change of status or extension that gave
    the current status (Q6). The item mapping is looked up on that date, not today: a person
    keeps the status they were granted until the next grant, and the amendments' transitional
    rules treat them under the law in force at the grant.
    """
    mid_long_term, reason = is_mid_long_term(status, period_of_stay_days, special_case)
    item = status.item if status is not None else StatusItem.NONE
    if not mid_long_term:
        return Obligation(False, item, (), reason)
    assert status is not None  # is_mid_long_term answered False for None
    if granted_on > today:
        return Obligation(False, item, (), "E-DATE-FUTURE")
    if granted_on < OBLIGATION_START_DATE:
        return Obligation(False, item, (), "I-OBL-BEFORE-START")
    if item == StatusItem.NONE:
        return Obligation(False, item, (), "I-OBL-NO-ITEM")
    if not status.applies_on(granted_on):
        return Obligation(False, item, (), "I-OBL-MAPPING-DATE")
    if special_case == SpecialCase.NOT_AS_SPOUSE and item == StatusItem.SPOUSE:
        return Obligation(False, item, (), "I-OBL-NOT-SPOUSE-BASIS")
    if special_case == SpecialCase.NO_CONTRACT_IN_JAPAN and item == StatusItem.CONTRACT:
        return Obligation(False, item, (), "I-OBL-NO-CONTRACT-IN-JAPAN")
    return Obligation(True, item, tuple(KINDS_BY_ITEM[item]), "")


def filing_statuses(statuses: Iterable[StatusRule], on: date) -> dict[str, tuple[StatusRule, ...]]:
    """The statuses that file under Art. 19-16 on `on`, grouped by item, in the given order.

    Feeds the top page's "who must file" list (C1) from the reference data, never hand-typed.
    """
    grouped: dict[str, list[StatusRule]] = {
        StatusItem.ACTIVITY: [],
        StatusItem.CONTRACT: [],
        StatusItem.SPOUSE: [],
    }
    for status in statuses:
        if status.mid_long_term and status.item in grouped and status.applies_on(on):
            grouped[status.item].append(status)
    return {item: tuple(found) for item, found in grouped.items()}


# --- life events for the guided check (N1) -----------------------------------------------


class LifeEvent(models.TextChoices):
    """What happened, in the words a resident would use (Q7, Q8, Q13, Q15, Q19)."""

    ORG_RENAMED = "org_renamed", _("My organization changed its name")
    ORG_MOVED = "org_moved", _("My organization moved to a new address")
    ORG_DISSOLVED = "org_dissolved", _("My organization ceased to exist")
    LEFT_ORG = "left_org", _("I left my organization (school, company or other)")
    JOINED_ORG = "joined_org", _("I moved to a new organization")
    CONTRACT_ENDED = "contract_ended", _("My contract with the organization ended")
    NEW_CONTRACT = "new_contract", _("I concluded a new contract with an organization")
    DIVORCE = "divorce", _("I divorced my spouse")
    SPOUSE_DIED = "spouse_died", _("My spouse died")
    MARRIED = "married", _("I married or remarried")
    MOVED_WITHIN_ORG = "moved_within_org", _("I was transferred within the same organization")
    MERGER_NAME_CHANGED = (
        "merger_name_changed",
        _("My organization merged with another and its name changed"),
    )
    MERGER_ADDRESS_CHANGED = (
        "merger_address_changed",
        _("My organization merged with another and its address changed"),
    )
    MERGER_NO_CHANGE = (
        "merger_no_change",
        _("My organization merged with another but kept its name and address"),
    )
    CHANGED_NAME = "changed_name", _("My name changed")
    CHANGED_NATIONALITY = "changed_nationality", _("My nationality or region changed")
    CHANGED_SEX = "changed_sex", _("My sex as registered changed")
    CHANGED_BIRTH_DATE = "changed_birth_date", _("My date of birth was corrected")
    MOVED_HOME = "moved_home", _("I moved to a new home address")


class EventOutcome(StrEnum):
    FILE = "file"  # file the kinds given
    NO_FILING = "no_filing"  # nothing to file; `reason` says why
    ELSEWHERE = "elsewhere"  # not filed on this portal; `destination` says where


class Destination(StrEnum):
    """Where to go for what this portal does not take (Q8)."""

    REGIONAL_BUREAU = "regional_immigration_bureau"
    MUNICIPAL_OFFICE = "municipal_office"


@dataclass(frozen=True)
class EventResult:
    """The guided check's answer for one event.

    For FILE: `kinds` to file; `companion_kinds` usually filed with them and `combined` the
    COMBINED_KINDS key that files both at once (Q19, N9), with `note` the advice's catalogue
    code. For NO_FILING and ELSEWHERE: `reason` is the catalogue code to show, and for
    ELSEWHERE `destination` names the office.
    """

    event: str
    outcome: EventOutcome
    kinds: tuple[str, ...] = ()
    reason: str = ""
    destination: str = ""
    companion_kinds: tuple[str, ...] = ()
    combined: str = ""
    note: str = ""


_E = LifeEvent
_K = FilingKind
_KINDS_FOR_EVENT: dict[str, dict[str, str]] = {
    StatusItem.ACTIVITY: {
        _E.ORG_RENAMED: _K.ACTIVITY_ORG_RENAMED,
        _E.MERGER_NAME_CHANGED: _K.ACTIVITY_ORG_RENAMED,
        _E.ORG_MOVED: _K.ACTIVITY_ORG_MOVED,
        _E.MERGER_ADDRESS_CHANGED: _K.ACTIVITY_ORG_MOVED,
        _E.ORG_DISSOLVED: _K.ACTIVITY_ORG_DISSOLVED,
        _E.LEFT_ORG: _K.ACTIVITY_ORG_LEFT,
        _E.CONTRACT_ENDED: _K.ACTIVITY_ORG_LEFT,
        _E.JOINED_ORG: _K.ACTIVITY_ORG_TRANSFERRED,
        _E.NEW_CONTRACT: _K.ACTIVITY_ORG_TRANSFERRED,
    },
    StatusItem.CONTRACT: {
        _E.ORG_RENAMED: _K.CONTRACT_ORG_RENAMED,
        _E.MERGER_NAME_CHANGED: _K.CONTRACT_ORG_RENAMED,
        _E.ORG_MOVED: _K.CONTRACT_ORG_MOVED,
        _E.MERGER_ADDRESS_CHANGED: _K.CONTRACT_ORG_MOVED,
        _E.ORG_DISSOLVED: _K.CONTRACT_ORG_DISSOLVED,
        _E.LEFT_ORG: _K.CONTRACT_ENDED,
        _E.CONTRACT_ENDED: _K.CONTRACT_ENDED,
        _E.JOINED_ORG: _K.CONTRACT_NEW,
        _E.NEW_CONTRACT: _K.CONTRACT_NEW,
    },
    StatusItem.SPOUSE: {
        _E.DIVORCE: _K.SPOUSE_DIVORCE,
        _E.SPOUSE_DIED: _K.SPOUSE_DEATH,
    },
}

_ELSEWHERE: dict[str, tuple[str, Destination]] = {
    _E.CHANGED_NAME: ("I-GO-BUREAU", Destination.REGIONAL_BUREAU),
    _E.CHANGED_NATIONALITY: ("I-GO-BUREAU", Destination.REGIONAL_BUREAU),
    _E.CHANGED_SEX: ("I-GO-BUREAU", Destination.REGIONAL_BUREAU),
    _E.CHANGED_BIRTH_DATE: ("I-GO-BUREAU", Destination.REGIONAL_BUREAU),
    _E.MOVED_HOME: ("I-GO-MUNICIPAL", Destination.MUNICIPAL_OFFICE),
}

# Events that never need a notification, whatever the status (Q7, Q13, Q15).
_NEVER_FILED: dict[str, str] = {
    _E.MARRIED: "I-EVENT-MARRIAGE",
    _E.MOVED_WITHIN_ORG: "I-EVENT-WITHIN-ORG",
    _E.MERGER_NO_CHANGE: "I-EVENT-MERGER-NO-CHANGE",
}


def which_kinds_for_event(event: str, obligation: Obligation) -> EventResult:
    """What a person with `obligation` files for `event`: kinds, nothing (and why), or where.

    Redirections (Q8) come first because they hold for every mid-to-long-term resident, filer
    or not; then the events that never need a notice; then the person's own obligation.
    """
    event = LifeEvent(event)
    if event in _ELSEWHERE:
        reason, destination = _ELSEWHERE[event]
        return EventResult(event, EventOutcome.ELSEWHERE, reason=reason, destination=destination)
    if event in _NEVER_FILED:
        return EventResult(event, EventOutcome.NO_FILING, reason=_NEVER_FILED[event])
    if not obligation.must_file:
        return EventResult(event, EventOutcome.NO_FILING, reason=obligation.reason)
    kind = _KINDS_FOR_EVENT.get(obligation.item, {}).get(event)
    if kind is None:
        return EventResult(event, EventOutcome.NO_FILING, reason="I-EVENT-NOT-FOR-ITEM")
    for combined, (first, second) in COMBINED_KINDS.items():
        if kind == second:
            return EventResult(
                event,
                EventOutcome.FILE,
                kinds=(kind,),
                companion_kinds=(first,),
                combined=combined,
                note="I-EVENT-ALSO-LEAVING",
            )
    return EventResult(event, EventOutcome.FILE, kinds=(kind,))


def which_kinds_for_events(
    events: Iterable[str], obligation: Obligation
) -> tuple[EventResult, ...]:
    """`which_kinds_for_event` for each event, in order (the guided check allows several)."""
    return tuple(which_kinds_for_event(event, obligation) for event in events)


# --- which kind a filer may file (F1, F2, Q20) ----------------------------------------------


def check_resident_kind(kind: str, obligation: Obligation) -> RuleError | None:
    """A resident may file exactly the kinds of their status's item (F1)."""
    if kind in obligation.kinds:
        return None
    return RuleError("E-KIND-NOT-ALLOWED")


def check_proxy_filing(kind: str, consent_given: bool) -> list[RuleError]:
    """An organization may file for a resident only name/address changes, only with consent."""
    errors = []
    if kind not in PROXY_KINDS:
        errors.append(RuleError("E-PROXY-KIND"))
    if not consent_given:
        errors.append(RuleError("E-CONSENT-MISSING"))
    return errors


def organization_kinds(accepted_status: StatusRule, is_student: bool) -> tuple[str, ...]:
    """The Art. 19-17 kinds an organization files for a person it accepts (Q5, Q16–Q18).

    Nothing for statuses outside 19-17 (for example Technical Intern Training); the 1 May /
    1 November snapshot only for students (留学).
    """
    if not accepted_status.org_filing:
        return ()
    kinds: tuple[str, ...] = (FilingKind.ACCEPTANCE_STARTED, FilingKind.ACCEPTANCE_ENDED)
    if is_student:
        kinds += (FilingKind.STUDENT_SNAPSHOT,)
    return kinds
