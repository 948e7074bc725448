"""Production settings: fail fast rather than run half-configured.

A missing secret key, host list or database is a start-up error, never a silent default. The two
deploy-check warnings left on purpose are documented in docs/deployment.md: W019 (X-Frame-Options
is SAMEORIGIN because Wagtail's preview frames our own pages) and W021 (HSTS preload is a
decision for the operator of the domain).
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def _required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"{name} must be set in production.")
    return value


DEBUG = False
SECRET_KEY = _required("DJANGO_SECRET_KEY")
if SECRET_KEY.startswith("dev-only") or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be a random value of 50+ characters.")
ALLOWED_HOSTS = [h.strip() for h in _required("ALLOWED_HOSTS").split(",") if h.strip()]
_db = dj_database_url.parse(_required("DATABASE_URL"), conn_max_age=60, conn_health_checks=True)  # noqa: F405
if _db["ENGINE"] != "django.db.backends.postgresql":
    raise ImproperlyConfigured("Production runs on PostgreSQL only.")
DATABASES = {"default": _db}
# Links in mails and in the admin's notifications: the public address, never a development one.
PORTAL_PUBLIC_BASE_URL = _required("PORTAL_PUBLIC_BASE_URL").rstrip("/")
if not PORTAL_PUBLIC_BASE_URL.startswith("https://"):
    raise ImproperlyConfigured("PORTAL_PUBLIC_BASE_URL must be the https:// address of the portal.")
WAGTAILADMIN_BASE_URL = (
    os.environ.get("WAGTAILADMIN_BASE_URL", "").strip() or PORTAL_PUBLIC_BASE_URL
)

STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedManifestStaticFilesStorage"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"
SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "security.W019", "security.W021"]  # noqa: F405
PORTAL_DEMO_ALLOWED = False
