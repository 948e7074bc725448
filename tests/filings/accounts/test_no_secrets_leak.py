"""Canary values never reach responses, logs, task arguments or the audit trail
(QUALITY G2; SPEC A4 "passwords are never sent or shown")."""

from __future__ import annotations

import json
import logging

import pytest
from celery.signals import task_prerun

from django.core import mail as django_mail

from filings.models import Mail
from portal.models import AuditEvent
from tests.filings.accounts.helpers import (
    STUDENT,
    code_from,
    registration_data,
)

pytestmark = pytest.mark.django_db

CANARY_PASSWORD = "Canary#Pw7351"
CANARY_NEW_PASSWORD = "Canary#Pw9624"
CANARY_WRONG = "Canary#Wrong0815"
CARD = STUDENT["card_number"]


def test_no_password_code_or_card_number_leaks(
    client, account_site, caplog, django_capture_on_commit_callbacks
):
    task_args: list[str] = []

    def remember(sender=None, task_id=None, task=None, args=None, kwargs=None, **_extra):
        task_args.append(json.dumps([args, kwargs], default=str))

    task_prerun.connect(remember, weak=False)
    responses: list[str] = []
    echoed_forms: list[str] = []

    def keep(response, *, echo=False):
        (echoed_forms if echo else responses).append(response.content.decode(errors="replace"))
        return response

    try:
        with caplog.at_level(logging.DEBUG):
            with django_capture_on_commit_callbacks(execute=True):
                keep(
                    client.post(
                        "/ja/account/register/",
                        registration_data(password1=CANARY_PASSWORD, password2=CANARY_PASSWORD),
                    )
                )
            keep(client.get("/ja/account/register/done/"))
            keep(client.get("/ja/account/profile/"))
            keep(client.get("/ja/account/inbox/"))
            for mail in Mail.objects.all():
                keep(client.get(f"/ja/account/inbox/{mail.public_id}/"))
            keep(client.post("/ja/account/logout/"))
            keep(
                client.post(
                    "/ja/account/login/", {"auth_id": "lan.nguyen", "password": CANARY_WRONG}
                )
            )
            # A form sent back with a mistake keeps what the person typed (card data), but
            # never a password.
            keep(
                client.post(
                    "/ja/account/register/",
                    registration_data(
                        auth_id="lan.second", password1=CANARY_PASSWORD, password2=CANARY_PASSWORD
                    ),
                ),
                echo=True,
            )
            with django_capture_on_commit_callbacks(execute=True):
                keep(client.post("/ja/account/renotify/", STUDENT))
            code = code_from(django_mail.outbox[-1])
            with django_capture_on_commit_callbacks(execute=True):
                keep(
                    client.post(
                        "/ja/account/renotify/password/",
                        {
                            "auth_id": "lan.nguyen",
                            "code": code,
                            "password1": CANARY_NEW_PASSWORD,
                            "password2": CANARY_NEW_PASSWORD,
                        },
                    )
                )
            keep(
                client.post(
                    "/ja/account/login/", {"auth_id": "lan.nguyen", "password": CANARY_NEW_PASSWORD}
                )
            )
            keep(client.get("/ja/account/inbox/"))
            for mail in Mail.objects.all():
                keep(client.get(f"/ja/account/inbox/{mail.public_id}/"))
    finally:
        task_prerun.disconnect(remember)

    assert task_args, "the mail tasks ran and their arguments were captured"
    logs = "\n".join(f"{r.name} {r.getMessage()}" for r in caplog.records)
    assert "lan.nguyen" in logs  # the capture works: the auth ID is logged, secrets are not
    audit = json.dumps(list(AuditEvent.objects.values()), default=str)
    rows = json.dumps(list(Mail.objects.values("context", "secrets", "dedupe_key")), default=str)
    secrets = (CANARY_PASSWORD, CANARY_NEW_PASSWORD, CANARY_WRONG, code)
    for secret in secrets:
        for where, text in (
            ("responses", "\n".join(responses + echoed_forms)),
            ("logs", logs),
            ("task arguments", "\n".join(task_args)),
            ("audit", audit),
            ("mail rows", rows),
        ):
            assert secret not in text, f"{secret!r} found in {where}"
    for where, text in (
        ("responses", "\n".join(responses)),
        ("logs", logs),
        ("task arguments", "\n".join(task_args)),
        ("audit", audit),
        ("mail rows", rows),
    ):
        assert CARD not in text, f"the card number was found in {where}"
    # Only the number sent to the site comes back in the form it came from.
    assert any(CARD in page for page in echoed_forms)
