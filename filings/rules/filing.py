"""Pure rules of a filing as a whole: which kinds a filer may start, what makes two filings "the
same content" (SPEC F1, F2, F7, N9; Q19, Q20, Q73). No ORM: callers hand in plain values. Whether
typed identity data match the registry is `filings.rules.identity`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping

from filings.constants import COMBINED_KINDS, ORGANIZATION_KINDS, PROXY_KINDS, FilingKind
from filings.errors import RuleError

from .eligibility import Obligation, StatusRule, organization_kinds


def resident_kinds(obligation: Obligation) -> tuple[str, ...]:
    """What a resident may start (F1, N9): their item's kinds, then each leave + join pair
    whose two kinds they may both file, as one combined filing."""
    combined = tuple(
        key
        for key, pair in COMBINED_KINDS.items()
        if all(kind in obligation.kinds for kind in pair)
    )
    return tuple(obligation.kinds) + combined


def proxy_kinds(obligation: Obligation) -> tuple[str, ...]:
    """What an organization may file for a consenting resident (Q20): a change of the name or
    the address of the resident's own kind of organization, nothing else."""
    return tuple(kind for kind in obligation.kinds if kind in PROXY_KINDS)


def check_organization_kind(kind: str, status: StatusRule, is_student: bool) -> RuleError | None:
    """Whether an accepting organization files `kind` for a person with `status` (Q5, Q16)."""
    if kind not in ORGANIZATION_KINDS:
        return RuleError("E-KIND-NOT-ALLOWED")
    allowed = organization_kinds(status, is_student)
    if not allowed:
        return RuleError("E-ORG-FILING-NOT-APPLICABLE")
    if kind == FilingKind.STUDENT_SNAPSHOT and kind not in allowed:
        return RuleError("E-NOT-STUDENT")
    return None


def content_digest(kinds: Iterable[str], filer: str, data: Mapping[str, str]) -> str:
    """A fingerprint of "the same content" (F7, Q73): the kinds, who files (the resident, or the
    organization with the person's card number) and every value filed, in a stable order."""
    payload = json.dumps(
        {"kinds": list(kinds), "filer": filer, "data": dict(sorted(data.items()))},
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode()).hexdigest()
