"""Views of the site shell that are not Wagtail pages: health, staff two-factor, site search
and the server error page."""

import base64
import logging
import re
import secrets
import sys
import time
import uuid
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token

from wagtail.models import Locale, Page

from .forms import OTPTokenForm
from .hooks import SITE_SEARCH, call_all
from .models import Ping

BACKUP_CODE_COUNT = 10


def _check(fn) -> dict:
    started = time.monotonic()
    try:
        fn()
    except Exception as exc:
        return {"ok": False, "error": exc.__class__.__name__}
    return {"ok": True, "ms": round((time.monotonic() - started) * 1000, 1)}


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _cache() -> None:
    key = f"healthz:{secrets.token_hex(4)}"
    cache.set(key, "1", 5)
    if cache.get(key) != "1":
        raise RuntimeError("cache did not return the value")
    cache.delete(key)


def _broker() -> None:
    from .celery import app

    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=1)


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """Reachability of the database, cache and broker for load balancers and operators.

    Answers 503 when one of them is down. It names components and exception classes only,
    never hosts, credentials or messages. The worker's last heartbeat is reported for
    information; a missing worker does not make the web process unhealthy.
    """
    checks = {"database": _check(_database), "cache": _check(_cache), "broker": _check(_broker)}
    healthy = all(c["ok"] for c in checks.values())
    body = {"status": "ok" if healthy else "unavailable", "checks": checks}
    if checks["database"]["ok"]:
        last = (
            Ping.objects.filter(answered_at__isnull=False)
            .order_by("-answered_at")
            .values_list("answered_at", flat=True)
            .first()
        )
        body["worker_last_seen"] = last.isoformat() if last else None
    return JsonResponse(body, status=200 if healthy else 503)


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or "/admin/"
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return "/admin/"


def _qr_svg(data: str) -> str:
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    return image.to_string(encoding="unicode")


@never_cache
@login_required
def otp_setup(request: HttpRequest) -> HttpResponse:
    """Enrolment of a first authenticator app, then one-time backup codes (SPEC X2).

    The device stays unconfirmed until the person proves it works with a code, so an
    abandoned enrolment never counts as a second factor.
    """
    if TOTPDevice.objects.filter(user=request.user, confirmed=True).exists():
        return redirect(f"{_otp_verify_url()}?next={_next_url(request)}")
    device, _created = TOTPDevice.objects.get_or_create(
        user=request.user, confirmed=False, defaults={"name": "authenticator"}
    )
    form = OTPTokenForm(request.user, request.POST or None, devices=[device])
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        static, _ = StaticDevice.objects.get_or_create(
            user=request.user, name="backup", defaults={"confirmed": True}
        )
        static.token_set.all().delete()
        codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
        StaticToken.objects.bulk_create(StaticToken(device=static, token=c) for c in codes)
        otp_login(request, device)
        return render(
            request, "portal/otp_backup_codes.html", {"codes": codes, "next": _next_url(request)}
        )
    return render(
        request,
        "portal/otp_setup.html",
        {
            "form": form,
            "qr_svg": _qr_svg(device.config_url),
            "secret": _base32(device),
            "next": _next_url(request),
            "issuer": settings.OTP_TOTP_ISSUER,
        },
    )


def _base32(device: TOTPDevice) -> str:
    return base64.b32encode(device.bin_key).decode("ascii").rstrip("=")


def _otp_verify_url() -> str:
    return reverse("portal_otp_verify")


@never_cache
@login_required
def otp_verify(request: HttpRequest) -> HttpResponse:
    """The second step of a staff sign-in: a code from the app or a backup code."""
    form = OTPTokenForm(request.user, request.POST or None)
    # django-otp locks the devices it checks (select_for_update), which needs a transaction;
    # outside one, every verification on PostgreSQL failed with a server error.
    with transaction.atomic():
        valid = request.method == "POST" and form.is_valid()
    if valid:
        otp_login(request, form.device)
        request.session.cycle_key()  # a new session id once the second factor passed (B2)
        return redirect(_next_url(request))
    if request.method == "POST":
        from .audit import AuditEvent, record

        record(
            "otp.failure",
            request=request,
            target=request.user,
            outcome=AuditEvent.Outcome.FAILURE,
            details={"site": "admin"},
        )
    return render(request, "portal/otp_verify.html", {"form": form, "next": _next_url(request)})


@never_cache
def frontend_login(request: HttpRequest) -> HttpResponse:
    """Wagtail's front-end login route (`wagtailcore_login`), where pages restricted to
    signed-in users send visitors: a redirect to the account sign-in page of the language,
    whatever is sent. It reads no password and signs nobody in; the sign-in page applies the
    whole policy (portal.signin)."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    target = f"/{language}{settings.PORTAL_FILER_LOGIN_PATH}"
    next_url = request.GET.get("next", "")
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target += "?" + urlencode({"next": next_url})
    return redirect(target)


SEARCH_MAX_QUERY = 100
SEARCH_PER_PAGE = 20


def search(request: HttpRequest) -> HttpResponse:
    """Site search in the reader's language only (pages of other languages never show up).

    Wagtail's index finds words in titles and text; titles are also matched as substrings, and
    apps add results through `portal.hooks.SITE_SEARCH` (the Q&A finds words inside Japanese
    sentences, which word-based search cannot split).
    """
    query = request.GET.get("q", "").strip()[:SEARCH_MAX_QUERY]
    context: dict = {"query": query, "results": None, "extra_results": []}
    if query:
        locale = Locale.get_active()
        pages = Page.objects.live().public().filter(locale=locale).exclude(depth__lt=2)
        # The index gets the query's words only: quotes, brackets and other signs are the
        # search engine's syntax on some backends (SQLite's full-text MATCH), never the reader's.
        words = " ".join(re.findall(r"\w+", query))
        found = list(pages.search(words, operator="and")[:100]) if words else []
        seen = {page.pk for page in found}
        found += [p for p in pages.filter(title__icontains=query)[:50] if p.pk not in seen]
        paginator = Paginator(found, SEARCH_PER_PAGE)
        context["results"] = paginator.get_page(request.GET.get("page"))
        context["extra_results"] = [
            hit for hits in call_all(SITE_SEARCH, request, query, locale) for hit in hits
        ]
    return render(request, "portal/search.html", context)


logger = logging.getLogger("portal.errors")


@requires_csrf_token
def server_error(request: HttpRequest) -> HttpResponse:
    """The friendly 500 page in the reader's language, with an id to quote to the help desk.

    The same id is logged with the exception, so support can find the trace without the
    visitor describing what they did. The page itself touches neither the database nor
    the session, which may be what failed.
    """
    correlation_id = uuid.uuid4().hex[:12].upper()
    logger.error(
        "Server error %s on %s %s",
        correlation_id,
        request.method,
        request.path,
        exc_info=sys.exc_info()[0] is not None,
    )
    try:
        template = loader.get_template("500.html")
        body = template.render({"correlation_id": correlation_id, "request": request})
    except Exception:  # the error page itself must never fail
        body = f"<h1>Server Error (500)</h1><p>{correlation_id}</p>"
    response = HttpResponse(body, status=500)
    response["X-Correlation-ID"] = correlation_id
    return response
