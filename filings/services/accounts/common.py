"""What the account services share: the refusal a person can act on, today's date in Japan,
the audit outcomes, and setting a password with the mail that confirms it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models.functions import Lower
from django.utils import timezone

from filings import rules
from filings.services.mail import queue_mail
from portal import signin
from portal.models import AuditEvent

User = get_user_model()

FAILURE = AuditEvent.Outcome.FAILURE
DENIED = AuditEvent.Outcome.DENIED


@dataclass
class AccountError(Exception):
    """A refusal the person can act on: a catalogue code and the form fields it concerns."""

    code: str
    fields: tuple[str, ...] = ()
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.code


def today_in_japan() -> date:
    return rules.today_in_japan()


def auth_id_taken(auth_id: str) -> bool:
    return User.objects.annotate(lower=Lower("username")).filter(lower=auth_id.lower()).exists()


def set_password(user, password: str) -> None:
    user.set_password(password)
    user.password_changed_at = timezone.now()
    user.password_must_change = False
    user.save(update_fields=["password", "password_changed_at", "password_must_change"])


# The leaked-password check belongs to the sign-in policy (portal.signin); the names stay here
# for the account pages that check a new password against the same list.
password_is_known_leaked = signin.password_is_known_leaked
flag_leaked_password = signin.flag_leaked_password


def password_changed_mail(user) -> None:
    queue_mail(
        template="password_changed",
        recipient=user,
        dedupe_key=f"password-changed:{user.pk}:{user.password_changed_at.timestamp():.6f}",
        context={"auth_id": user.username},
    )
