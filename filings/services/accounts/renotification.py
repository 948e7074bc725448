"""Re-notification (SPEC A6): a resident who lost the auth ID or the password gets, at the
address on file, the auth ID and a one-time code, typed by hand, to set a new password."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Mapping
from datetime import date, timedelta

from axes.utils import reset as axes_reset

from django.contrib.auth import get_user_model
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from filings.models.accounts import AccountToken, ResidentAccount
from filings.services.accounts.common import (
    DENIED,
    FAILURE,
    AccountError,
    password_changed_mail,
    set_password,
)
from filings.services.accounts.residents import find_card
from filings.services.accounts.tokens import account_url, digest, issue_token
from filings.services.mail import queue_mail
from portal.audit import record

User = get_user_model()

RESET_CODE_LIFETIME = timedelta(minutes=30)
RESET_CODE_MAX_ATTEMPTS = 5
# Re-notification mails per account and hour (QUALITY A11: at most 3 per address and hour).
RENOTIFY_PER_HOUR = 3
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
CODE_LENGTH = 8


def _new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(code: str) -> str:
    """Codes are typed by hand: case, spaces and dashes do not matter."""
    return "".join(c for c in (code or "").upper() if c.isalnum())


@transaction.atomic
def request_renotification(
    *, identity: Mapping[str, object], request: HttpRequest | None = None, today: date | None = None
) -> bool:
    """Mail the auth ID and a one-time code to the address on file when the card data match
    a resident's active account (A6, Q46, Q50).

    The caller answers the same whatever this returns (no enumeration, QUALITY A11). At most
    RENOTIFY_PER_HOUR mails per account and hour. Returns whether a mail was queued.
    """
    card = find_card(identity)
    account = (
        ResidentAccount.objects.select_related("user")
        .select_for_update(of=("self",))
        .filter(resident_id=card.resident_id)
        .first()
        if card is not None
        else None
    )
    user = account.user if account is not None else None
    if user is None or not user.is_active:
        record(
            "account.renotify",
            request=request,
            outcome=FAILURE,
            target_type="filings.residentaccount",
            details={"reason": "no-match"},
        )
        return False
    hour_ago = timezone.now() - timedelta(hours=1)
    recent = AccountToken.objects.filter(
        user=user, purpose=AccountToken.Purpose.PASSWORD_RESET, created_at__gte=hour_ago
    ).count()
    if recent >= RENOTIFY_PER_HOUR:
        record(
            "account.renotify",
            request=request,
            actor=user,
            target=account,
            outcome=DENIED,
            details={"reason": "rate-limit"},
        )
        return False
    code = _new_code()
    token, _secret = issue_token(
        user, AccountToken.Purpose.PASSWORD_RESET, RESET_CODE_LIFETIME, secret=code
    )
    record("account.renotify", request=request, actor=user, target=account)
    queue_mail(
        template="renotification",
        recipient=user,
        dedupe_key=f"renotification:{token.pk}",
        context={
            "auth_id": user.username,
            "minutes": int(RESET_CODE_LIFETIME.total_seconds() // 60),
            "reset_url": account_url(user.language_code, "renotify/password/"),
        },
        secrets={"code": code},
    )
    return True


def reset_password_with_code(
    *, auth_id: str, code: str, password: str, request: HttpRequest | None = None
):
    """Set a new password with the mailed code; this also lifts a lockout at once (A5, A6).

    Only residents; the code is single-use, expires after 30 minutes and dies after five wrong
    tries. Any failure gives the same E-CODE-INVALID, whether the ID exists or not.
    """
    with transaction.atomic():
        user = (
            User.objects.select_for_update()
            .filter(username=auth_id, kind=User.Kind.RESIDENT, is_active=True)
            .first()
        )
        token = None
        if user is not None:
            token = (
                AccountToken.objects.select_for_update()
                .filter(
                    user=user,
                    purpose=AccountToken.Purpose.PASSWORD_RESET,
                    used_at__isnull=True,
                    expires_at__gt=timezone.now(),
                )
                .order_by("-created_at")
                .first()
            )
        expected = (
            digest(user.pk, AccountToken.Purpose.PASSWORD_RESET, normalize_code(code))
            if user is not None
            else ""
        )
        if token is None or not hmac.compare_digest(token.digest, expected):
            if token is not None:
                token.failed_attempts += 1
                if token.failed_attempts >= RESET_CODE_MAX_ATTEMPTS:
                    token.used_at = timezone.now()
                token.save(update_fields=["failed_attempts", "used_at"])
            failed = True
        else:
            failed = False
            token.used_at = timezone.now()
            token.save(update_fields=["used_at"])
            set_password(user, password)
    if failed:
        record(
            "account.password_reset",
            request=request,
            outcome=FAILURE,
            actor=user,
            target=user,
            target_type="portal.user",
            details={"reason": "E-CODE-INVALID"},
        )
        raise AccountError("E-CODE-INVALID", ("code",))
    with transaction.atomic():
        unlocked = axes_reset(username=user.username)
        record("account.password_reset", request=request, actor=user, target=user)
        if unlocked:
            record(
                "account.unlock",
                request=request,
                actor=user,
                target=user,
                details={"by": "re-notification"},
            )
        password_changed_mail(user)
    return user
