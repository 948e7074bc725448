"""The filing wizard's side of the pipeline (SPEC F1–F5, N2, N9; Q16, Q20, Q63, Q69): who
files, the drafts that keep what was typed, and the checks of a whole draft that the
confirmation screen and the submit share.

A draft is kept on the server step by step, valid or not, so nothing typed is lost and back,
forward and reload never re-send anything (X3). The checks are those of registration
(`filings.services.registration`), so the wizard accepts exactly what registration will.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import translation

from filings import fields
from filings.constants import ORGANIZATION_KINDS
from filings.errors import RuleError
from filings.models.accounts import ProxyConsent
from filings.models.filing import FilerType, Filing, FilingDraft
from filings.models.registry import Organization, Resident
from filings.rules.filing import proxy_kinds, resident_kinds
from filings.services import reference
from filings.services.registration import (
    Match,
    active_consent,
    current_card,
    is_student,
    kind_problem,
    match_identity,
    obligation_of,
    registry_identity,
    required_overrides,
)

# The errors key of a problem with the whole draft rather than one field.
ALL = "__all__"


# --- who files ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filer:
    """The signed-in user as a filer: a resident (own filings) or an organization user."""

    user: Any
    filer_type: str
    resident: Resident | None = None
    organization: Organization | None = None


def filer_for(user) -> Filer | None:
    """None for anonymous users, officers and deactivated accounts: they file nothing."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    membership = getattr(user, "organization_membership", None)
    if membership is not None and membership.deactivated_at is None:
        return Filer(user, FilerType.ORGANIZATION, organization=membership.organization)
    account = getattr(user, "resident_account", None)
    if account is not None and account.deactivated_at is None:
        return Filer(user, FilerType.RESIDENT, resident=account.resident)
    return None


def kinds_for(filer: Filer, today: datetime.date, resident: Resident | None = None) -> tuple:
    """The kinds (and combined keys) a filer may start: a resident's own, an organization's
    19-17 kinds, or, with `resident`, the proxy kinds for that resident."""
    if filer.filer_type == FilerType.RESIDENT:
        return resident_kinds(obligation_of(filer.resident, today))
    if resident is not None:
        return proxy_kinds(obligation_of(resident, today))
    return ORGANIZATION_KINDS


# --- drafts ---------------------------------------------------------------------------------


class NotAllowed(Exception):
    """The filer may not start this kind (or for this resident); the view answers 404."""


@transaction.atomic
def start_draft(
    filer: Filer,
    kind: str,
    *,
    today: datetime.date,
    proxy_for: ProxyConsent | None = None,
    copy_of: Filing | None = None,
) -> FilingDraft:
    """A new draft of `kind`. A resident's identity is filled in from the registry (they check
    it); a copy starts from the content of an earlier filing (N2)."""
    resident = proxy_for.resident if proxy_for is not None else None
    if proxy_for is not None and (
        filer.filer_type != FilerType.ORGANIZATION
        or proxy_for.organization_id != filer.organization.pk
        or not proxy_for.is_active
    ):
        raise NotAllowed(kind)
    if kind not in kinds_for(filer, today, resident):
        raise NotAllowed(kind)
    data: dict[str, str] = {}
    if copy_of is not None:
        data = {key: str(value) for key, value in copy_of.data.items()}
    elif filer.filer_type == FilerType.RESIDENT:
        data = registry_identity(filer.resident, current_card(filer.resident))
    draft = FilingDraft.objects.create(
        user=filer.user,
        filer_type=FilerType.PROXY if resident is not None else filer.filer_type,
        organization=filer.organization,
        resident=resident or filer.resident,
        kind=kind,
        data=data,
        source_filing=copy_of,
        language_code=translation.get_language() or settings.LANGUAGE_CODE,
    )
    return draft


def save_step(draft: FilingDraft, step: str, typed: dict[str, str], *, today: datetime.date):
    """Keep what was typed on a step, valid or not (nothing the user typed is lost), and the
    due date once an event date is known (for the reminder, N7)."""
    with transaction.atomic():
        locked = FilingDraft.objects.select_for_update().get(pk=draft.pk)
        if locked.filing_id:
            return locked
        locked.data = {**locked.data, **typed}
        locked.step = step
        spec = fields.kind_spec(locked.kind)
        try:
            locked.due_date = fields.deadline_of(spec, locked.data, today).due
        except ValueError:
            locked.due_date = None
        locked.save(update_fields=["data", "step", "due_date", "updated_at"])
    return locked


# --- checking a whole draft -------------------------------------------------------------------


@dataclass
class Checked:
    cleaned: dict[str, str] = field(default_factory=dict)
    errors: dict[str, tuple[RuleError, ...]] = field(default_factory=dict)
    match: Match | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


def check_identity(
    draft: FilingDraft, data: dict[str, Any], *, today: datetime.date, lock: bool = False
) -> Checked:
    """The identity step: every field's own rule, then the registry, then whether this person's
    filing of the draft's kind is allowed at all. `lock` locks the matched card and person."""
    cleaned, problems = fields.check_all(
        fields.IDENTITY_FIELDS, data, today=today, allowed=reference.lookup(today)
    )
    result = Checked(cleaned, dict(problems))
    if problems:
        return result
    result.match = match_identity(cleaned, expected=draft.resident, today=today, lock=lock)
    if result.match.error:
        result.errors[ALL] = (result.match.error,)
        return result
    consent_ok = draft.filer_type != FilerType.PROXY or (
        active_consent(draft.organization, draft.resident) is not None
    )
    spec = fields.kind_spec(draft.kind)
    for event in spec.events:
        problem = kind_problem(
            event, draft.filer_type, result.match.resident, today, consent_ok=consent_ok
        )
        if problem:
            result.errors[ALL] = (problem,)
            break
    return result


def check_event(
    draft: FilingDraft, data: dict[str, Any], *, today: datetime.date, student: bool | None
) -> Checked:
    spec = fields.kind_spec(draft.kind)
    specs = spec.event_fields(student)
    cleaned, problems = fields.check_all(
        specs,
        data,
        today=today,
        allowed=reference.lookup(today),
        required=required_overrides(spec, student),
    )
    return Checked(cleaned, dict(problems))


def check_draft(
    draft: FilingDraft,
    *,
    today: datetime.date,
    lock: bool = False,
    identity: Checked | None = None,
) -> Checked:
    """Everything the confirmation screen and the submit need: identity, registry, kind, event.
    The submit passes `lock`: the person's row is locked by the registry match itself. A caller
    that has just checked the identity of this draft's data passes it as `identity`."""
    if identity is None:
        identity = check_identity(draft, draft.data, today=today, lock=lock)
    if not identity.ok:
        return identity
    event = check_event(draft, draft.data, today=today, student=is_student(identity.match.resident))
    return Checked(
        {**identity.cleaned, **event.cleaned}, {**identity.errors, **event.errors}, identity.match
    )
