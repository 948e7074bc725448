"""What a signed-in person changes on their own account (SPEC A4, A8): the password, the
e-mail address (confirmed through a link to the new one) and the language of later mails."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model, update_session_auth_hash
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from filings.models.accounts import AccountToken
from filings.services.accounts.common import (
    FAILURE,
    AccountError,
    password_changed_mail,
    set_password,
)
from filings.services.accounts.tokens import account_url, issue_token, link, link_token
from filings.services.mail import queue_mail
from portal.audit import record

User = get_user_model()

EMAIL_LINK_LIFETIME = timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT)


@transaction.atomic
def change_password(user, *, password: str, request: HttpRequest | None = None) -> None:
    """A new password chosen after sign-in (A4, Q49). Other sessions end (their session hash
    no longer matches); this one is kept. One notification mail (QUALITY A6)."""
    locked = User.objects.select_for_update().get(pk=user.pk)
    set_password(locked, password)
    user.password = locked.password
    user.password_changed_at = locked.password_changed_at
    if request is not None:
        update_session_auth_hash(request, user)
    record("account.password_change", request=request, actor=user, target=user)
    password_changed_mail(locked)


@transaction.atomic
def request_email_change(user, *, new_email: str, request: HttpRequest | None = None) -> None:
    """A confirmation link to the new address, a notice to the old one (A8, Q53–Q56). The
    address changes only when the link is opened, so a typo never cuts the person off."""
    token, secret = issue_token(
        user, AccountToken.Purpose.EMAIL_CHANGE, EMAIL_LINK_LIFETIME, new_email=new_email
    )
    record("account.email_change_requested", request=request, actor=user, target=user)
    queue_mail(
        template="email_change_confirm",
        recipient=user,
        address=new_email,
        dedupe_key=f"email-change-confirm:{token.pk}",
        context={"auth_id": user.username, "hours": 1},
        secrets={
            "confirm_url": account_url(user.language_code, f"email/confirm/{link(user, secret)}/")
        },
    )
    queue_mail(
        template="email_change_notice",
        recipient=user,
        dedupe_key=f"email-change-notice:{token.pk}",
        context={"auth_id": user.username},
    )


def confirm_email_change(raw_token: str, *, request: HttpRequest | None = None):
    """Open the confirmation link: the new address becomes the account's (single use)."""
    with transaction.atomic():
        token = link_token(AccountToken.Purpose.EMAIL_CHANGE, raw_token)
        if token is None:
            record(
                "account.email_changed",
                request=request,
                outcome=FAILURE,
                target_type="portal.user",
                details={"reason": "E-LINK-INVALID"},
            )
            raise AccountError("E-LINK-INVALID")
        user = User.objects.select_for_update().get(pk=token.user_id)
        user.email = token.new_email
        user.save(update_fields=["email"])
        token.used_at = timezone.now()
        token.save(update_fields=["used_at"])
        record("account.email_changed", request=request, actor=user, target=user)
        queue_mail(
            template="email_changed",
            recipient=user,
            dedupe_key=f"email-changed:{token.pk}",
            context={"auth_id": user.username},
        )
    return user


def set_preferred_language(user, language_code: str, *, request=None) -> bool:
    """The language of the mails sent later (reminders, expiry notices); True if changed.
    Mails that answer something the person just did go in the language they did it in."""
    if language_code not in dict(settings.LANGUAGES) or user.language_code == language_code:
        return False
    before = user.language_code
    user.language_code = language_code
    user.save(update_fields=["language_code"])
    record(
        "account.language",
        request=request,
        target=user,
        details={"from": before, "to": language_code},
    )
    return True


def set_optional_reminders(user, enabled: bool, *, request=None) -> bool:
    """Whether the optional reminders (a stay ending, the student reports) are mailed; True if
    changed. The reminder of an unfinished draft is not affected."""
    if user.optional_reminders == enabled:
        return False
    user.optional_reminders = enabled
    user.save(update_fields=["optional_reminders"])
    record("account.reminders", request=request, target=user, details={"on": enabled})
    return True
