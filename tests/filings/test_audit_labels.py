"""The audit trail reads as words in the back office, and is still filtered by code (SPEC X1).

Every action code a `record` call can write has a label in `portal.audit.ACTION_LABELS`: the
source is read with `ast`, so a new event without a label fails here rather than showing a bare
code to officers. The listing shows the labels in the officer's language (Japanese by default)
and `?action=<code>` still selects by the stored code.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from django.contrib.auth import get_user_model
from django.utils import translation

from portal import audit
from portal.models import AuditEvent
from tests.filings.test_admin_registry import _sign_in

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("portal", "filings")
# First arguments of `record` that are not a constant, by file, with the codes each can take.
DYNAMIC = {
    ("filings/admin/base.py", "self.audit_action"): set(),  # class attributes, read below
    ("filings/admin/base.py", "self.audit_listing_action"): set(),
    ("filings/admin/base.py", "f'{area}.{operation}'"): {
        f"{area}.{operation}"
        for area in ("registry", "reference_data")
        for operation in ("created", "changed", "deleted")
    },
    ("portal/signin.py", "f'{action}.failure'"): set(),  # the `action=` arguments, read below
    ("filings/views/accounts/common.py", "action"): set(),  # the `too_many` calls, read below
}


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def _constant(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _constants(node: ast.AST) -> set[str] | None:
    """The codes a constant or a choice between constants (`"a" if x else "b"`) can take."""
    if isinstance(node, ast.IfExp):
        body, orelse = _constants(node.body), _constants(node.orelse)
        return None if body is None or orelse is None else body | orelse
    code = _constant(node)
    return None if code is None else {code}


def written_codes() -> set[str]:
    codes: set[str] = set().union(*DYNAMIC.values())
    reauth_actions = {"login"}  # `signin.check_password`'s default
    unknown = []
    for app in SOURCES:
        for path in sorted((ROOT / app).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and _name(node) == "record" and node.args:
                    found = _constants(node.args[0])
                    if found is not None:
                        codes |= found
                    elif (relative, ast.unparse(node.args[0])) not in DYNAMIC:
                        unknown.append((relative, node.lineno, ast.unparse(node.args[0])))
                elif isinstance(node, ast.Call) and _name(node) == "too_many":
                    codes.add(_constant(node.args[2]))
                elif isinstance(node, ast.Call) and _name(node) == "check_password":
                    for keyword in node.keywords:
                        if keyword.arg == "action":
                            reauth_actions.add(_constant(keyword.value))
                elif isinstance(node, ast.Assign) and any(
                    getattr(target, "id", "") in ("audit_action", "audit_listing_action")
                    for target in node.targets
                ):
                    codes.add(_constant(node.value))
                elif isinstance(node, ast.Dict):
                    # Events passed to `record_many` or built as `record`'s keyword arguments.
                    for key, value in zip(node.keys, node.values, strict=True):
                        if key is not None and _constant(key) == "action" and _constant(value):
                            codes.add(_constant(value))
    assert not unknown, f"a record() call with a new kind of code; add it to DYNAMIC: {unknown}"
    codes |= {f"{action}.failure" for action in reauth_actions}
    assert None not in codes
    return codes


def test_every_written_code_has_a_label():
    codes = written_codes()
    # The scan finds what the trail is known to hold, the dynamic codes included.
    assert {"filing.viewed", "login.failure", "password.reauth.failure"} <= codes
    assert {"personal_data.listed", "registry.deleted", "organization.user_add"} <= codes
    assert codes - audit.ACTION_LABELS.keys() == set()


def test_labels_are_translated_and_unknown_codes_shown_as_they_are():
    with translation.override("ja"):
        assert audit.action_label("filing.viewed") == "届出の閲覧"
        assert audit.action_label("login.failure") == "ログイン失敗"
        assert audit.action_label("no.such.code") == "no.such.code"
        japanese = {code: audit.action_label(code) for code in audit.ACTION_LABELS}
    with translation.override("en"):
        assert audit.action_label("filing.viewed") == "Filing opened"
        english = {code: audit.action_label(code) for code in audit.ACTION_LABELS}
    assert all(japanese[code] != english[code] for code in english)
    assert len(set(english.values())) == len(english)


def _table(html: str) -> str:
    """The listing's rows, without the filter form and its choices."""
    listing = html[html.index('class="listing') :]
    return listing[listing.index("<tbody") : listing.index("</tbody>")]


@pytest.mark.django_db
def test_listing_shows_labels_in_japanese_and_filters_by_code(client):
    officer = get_user_model().objects.create_superuser("chief", password="Chief#Pass1")
    _sign_in(client, officer)
    audit.record("filing.viewed", actor=officer, target_type="filings.filing", target_id="F-1")
    audit.record("login.failure", outcome=AuditEvent.Outcome.FAILURE, target_id="someone")
    audit.record("old.code", actor=officer)

    html = client.get("/admin/audit_events/").content.decode()
    assert '<html lang="ja"' in html
    rows = _table(html)
    assert "届出の閲覧" in rows and "ログイン失敗" in rows and "old.code" in rows
    assert ">失敗<" in rows.replace(" ", "").replace("\n", "")  # the outcome by its label too
    # The filter offers the labels, with the codes as the values it sends.
    assert '<option value="filing.viewed">届出の閲覧</option>' in html

    rows = _table(client.get("/admin/audit_events/", {"action": "filing.viewed"}).content.decode())
    assert "届出の閲覧" in rows and "F-1" in rows
    assert "ログイン失敗" not in rows and "old.code" not in rows

    event = AuditEvent.objects.get(action="filing.viewed")
    html = client.get(f"/admin/audit_events/inspect/{event.pk}/").content.decode()
    assert "届出の閲覧 (filing.viewed)" in html
