"""One-time links of the account mails: what is stored instead of the secret, issuing a
token, finding the live one a link carries, and the account page's address for mails."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from filings import service_pages
from filings.models.accounts import AccountToken


def digest(user_id: int, purpose: str, secret: str) -> str:
    """A keyed digest of a one-time secret: what is stored instead of the secret itself."""
    message = f"{user_id}:{purpose}:{secret}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def issue_token(
    user, purpose: str, lifetime: timedelta, *, secret: str | None = None, new_email: str = ""
) -> tuple[AccountToken, str]:
    """A fresh token for `user` and `purpose`; earlier unused ones of the same purpose die."""
    now = timezone.now()
    AccountToken.objects.filter(user=user, purpose=purpose, used_at__isnull=True).update(
        used_at=now
    )
    secret = secret or secrets.token_urlsafe(32)  # 256 bits (QUALITY A12: at least 128)
    token = AccountToken.objects.create(
        user=user,
        purpose=purpose,
        digest=digest(user.pk, purpose, secret),
        new_email=new_email,
        created_at=now,
        expires_at=now + lifetime,
    )
    return token, secret


def link_token(purpose: str, raw: str) -> AccountToken | None:
    """The live token a link carries (user id and secret), locked, or None."""
    user_part, _sep, secret = (raw or "").partition("-")
    if not user_part.isdigit() or not secret:
        return None
    token = (
        AccountToken.objects.select_for_update()
        .select_related("user")
        .filter(digest=digest(int(user_part), purpose, secret), purpose=purpose)
        .first()
    )
    if token is None or token.used_at is not None or token.expires_at <= timezone.now():
        return None
    return token


def link(user, secret: str) -> str:
    # Wagtail serves only path segments of letters, digits, "_" and "-".
    return f"{user.pk}-{secret}"


def account_url(language_code: str, route: str = "") -> str:
    """An absolute link into the account page of `language_code`'s tree, for mails."""
    page = service_pages.live_page_for_language(service_pages.ACCOUNT, language_code)
    path = page.url if page is not None and page.url else f"/{language_code}/account/"
    return settings.PORTAL_PUBLIC_BASE_URL.rstrip("/") + path + route


def peek_link_token(purpose: str, raw: str) -> bool:
    """Whether a link is still usable, without using it (to show the form or the error)."""
    with transaction.atomic():
        return link_token(purpose, raw) is not None
