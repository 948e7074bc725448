"""The fault suite's hands inside Django: `python -m tests.faults.driver <command> [args]`.

Runs with the same environment as the app's processes (production settings, the private
PostgreSQL and Redis) and prints one line of JSON. Commands:

- `site`: the Japanese and English home, filing and status pages (run once, into the template);
- `drafts N`: N resident accounts, each signed in (a session row) with a draft that is ready to
  send, as a user who has gone through the wizard and looks at the confirmation page;
- `file N`: N residents who send their filing through `filing_services.submit_draft`, as the
  view does (registration is queued after commit);
- `sweep [seconds] [start_at]`: both sweepers (`filing_services.sweep`, `mail.sweep`) in a loop,
  as beat's tasks would run them, starting at the wall-clock time `start_at`.
"""

from __future__ import annotations

import json
import os
import sys
import time


def _setup() -> None:
    sys.path.insert(0, os.getcwd())
    import django

    django.setup()


def site() -> dict:
    from tests.filings.conftest import _ja_site

    built = _ja_site()
    return {"home": built["home"].pk, "filing": built["filing"].url}


def _resident_user(index: int):
    from tests.filings.conftest import make_resident, make_resident_user

    resident = make_resident(card_number=f"FT{os.getpid() % 10000:04d}{index:04d}ZZ")
    return make_resident_user(resident=resident)


def _ready_draft(user):
    from filings.constants import FilingKind
    from filings.services import drafts
    from tests.filings.wizard import event_values, today

    kind = FilingKind.ACTIVITY_ORG_LEFT
    filer = drafts.filer_for(user)
    draft = drafts.start_draft(filer, kind, today=today())
    draft = drafts.save_step(draft, "details", event_values(kind), today=today())
    checked = drafts.check_draft(draft, today=today())
    if not checked.ok:
        raise SystemExit(f"draft not ready: {checked.errors}")
    return draft


def drafts(count: str) -> list[dict]:
    from django.conf import settings
    from django.test import Client

    from filings.models import FilingPage

    base = FilingPage.objects.get(locale__language_code="ja").url
    ready = []
    for index in range(int(count)):
        user = _resident_user(index)
        draft = _ready_draft(user)
        client = Client()
        client.force_login(user)
        ready.append(
            {
                "cookie": settings.SESSION_COOKIE_NAME,
                "session": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "confirm": f"{base}draft/{draft.token}/confirm/",
                "submit": f"{base}draft/{draft.token}/submit/",
                "token": str(draft.token),
            }
        )
    return ready


def file(count: str) -> list[str]:
    from filings.services import filing as filing_services

    receipts = []
    for index in range(int(count)):
        user = _resident_user(index)
        draft = _ready_draft(user)
        result = filing_services.submit_draft(
            user=user, token=draft.token, submission_token=draft.submission_token
        )
        receipts.append(result.filing.receipt_number)
    return receipts


def sweep(seconds: str = "0", start_at: str = "0") -> dict:
    """Both sweepers, back to back, for `seconds` from the wall-clock time `start_at` (so that
    two sweeper processes run at the same moment)."""
    from filings.services import filing as filing_services
    from filings.services import mail

    time.sleep(max(0.0, float(start_at) - time.time()))
    end = time.monotonic() + float(seconds)
    filings = mails = rounds = 0
    while True:
        filings += filing_services.sweep()
        mails += mail.sweep()
        rounds += 1
        if time.monotonic() >= end:
            return {"filings": filings, "mails": mails, "rounds": rounds}


COMMANDS = {"site": site, "drafts": drafts, "file": file, "sweep": sweep}

if __name__ == "__main__":
    _setup()
    command, *args = sys.argv[1:]
    print(json.dumps(COMMANDS[command](*args)))
