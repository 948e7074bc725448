"""Views of the site shell that are not Wagtail pages: health and staff two-factor."""

import base64
import secrets
import time

import qrcode
import qrcode.image.svg
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache

from .forms import OTPTokenForm
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
    if request.method == "POST" and form.is_valid():
        otp_login(request, form.device)
        return redirect(_next_url(request))
    return render(request, "portal/otp_verify.html", {"form": form, "next": _next_url(request)})
