"""Settings shared by every environment.

Everything that differs between a laptop and production is read from the environment here, with a
default that works on a fresh machine with nothing running: SQLite under ``var/`` and a
filesystem broker (``atomicfs://``, portal/broker.py). Setting ``DATABASE_URL``,
``CELERY_BROKER_URL`` and ``REDIS_URL`` switches to PostgreSQL and Redis without touching code.
``.env.example`` documents every variable.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from celery.schedules import crontab

from django.conf.locale import LANG_INFO

from portal.client_ip import parse_trusted_proxies

from .environment import BASE_DIR, LOGGING, VAR_DIR, env, env_bool, env_list  # noqa: F401

SECRET_KEY = env("DJANGO_SECRET_KEY", "dev-only-insecure-key-never-used-in-production")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal",
    "faq",
    "manuals",
    "filings",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "portal.session_middleware.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "portal.middleware.ControlCharacterMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "portal.middleware.StaffLanguageMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "portal.middleware.StaffTwoFactorMiddleware",
    "portal.session_middleware.SessionTimeoutMiddleware",
    "portal.session_middleware.PasswordExpiryMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.middleware.PortalCSPMiddleware",
    "portal.middleware.MaintenanceMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
    "portal.routing.RouteCacheMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",
            ],
        },
    },
]

# --- database ------------------------------------------------------------------------------
# Without DATABASE_URL a SQLite file in WAL mode lets the web process, the worker and beat of
# `make run` write at the same time; PostgreSQL is the truth everywhere else.
VAR_DIR.mkdir(parents=True, exist_ok=True)
(VAR_DIR / "static").mkdir(exist_ok=True)
DATABASE_URL = env("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "portal.sqlite3",
            "OPTIONS": {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- cache and sessions ---------------------------------------------------------------------
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # Misses instead of server errors while Redis is down (QUALITY B6).
            "BACKEND": "portal.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            # Half a second: a healthy Redis answers in a millisecond; a hung one must not hold
            # a request for long (portal/cache.py then leaves it alone for a few seconds).
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Anonymous public pages and site-wide fragments are kept in the cache and purged on publish
# (portal/page_cache/). On by default only with the shared Redis cache: a per-process cache
# could not be purged by the other processes. Downstream caches (nginx, a CDN) may keep the
# pages for as many seconds as the cache itself.
PORTAL_PAGE_CACHE = env_bool("PORTAL_PAGE_CACHE", bool(REDIS_URL))
PORTAL_PAGE_CACHE_SECONDS = int(env("PORTAL_PAGE_CACHE_SECONDS", "60"))
# How long a web process answers cached pages from its own memory before asking the shared
# cache whether anything was published meanwhile (0: ask every time).
PORTAL_PAGE_CACHE_LOCAL_SECONDS = float(env("PORTAL_PAGE_CACHE_LOCAL_SECONDS", "1"))
PORTAL_PAGE_CACHE_PAGE_TYPES = [
    "portal.HomePage",
    "portal.StandardPage",
    "portal.NoticeIndexPage",
    "portal.NoticePage",
    "faq.FAQIndexPage",
    "faq.FAQSectionPage",
    "manuals.ManualIndexPage",
    "manuals.ManualPage",
    "manuals.DownloadsPage",
    "manuals.ErrorListPage",
]

# Sessions live in the database so that a Redis outage never logs anyone out (QUALITY B6).
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = 12 * 60 * 60
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# --- authentication -------------------------------------------------------------------------
AUTH_USER_MODEL = "portal.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "filings.auth_backends.AccountBackend",  # ModelBackend reading the filer in one query
]
PASSWORD_HASHERS = [
    "portal.hashers.PortalArgon2PasswordHasher",
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    # The length is the portal's own validator below (8 to 32), said once in the person's
    # language; Django's MinimumLengthValidator would say "too short" a second time.
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    # The spec's rule (A4, Q47), one part per validator (filings/passwords.py), and a list of
    # words anyone would try against this site (QUALITY A2).
    {"NAME": "filings.passwords.PasswordLengthValidator"},
    {"NAME": "filings.passwords.PasswordCharactersValidator"},
    {"NAME": "filings.passwords.PasswordClassesValidator"},
    {"NAME": "filings.passwords.PasswordNotContainingAuthIdValidator"},
    {"NAME": "filings.passwords.ContextWordsValidator"},
]
# Passwords expire this many days after they were set (SPEC A4, Q48); 0 turns expiry off.
PORTAL_PASSWORD_MAX_AGE_DAYS = int(env("PORTAL_PASSWORD_MAX_AGE_DAYS", "365"))
PORTAL_PASSWORD_CHANGE_PATH = "/account/password/"  # noqa: S105 (a URL path)
# Residents and organization users sign in here, under their language prefix; Wagtail's own
# front-end login (/<lang>/_util/login/) only sends them on to it (portal.views.frontend_login).
PORTAL_FILER_LOGIN_PATH = "/account/login/"
PORTAL_PASSWORD_EXPIRED_OPEN_PATHS = ["/account/password/", "/account/logout/"]
# Idle and absolute session limits (QUALITY B3, §3.9).
PORTAL_SESSION_IDLE_TIMEOUT = timedelta(minutes=30)
PORTAL_SESSION_ABSOLUTE_TIMEOUT = timedelta(hours=12)
LOGIN_URL = "wagtailadmin_login"
PASSWORD_RESET_TIMEOUT = 3600

# django-axes as QUALITY.md A7: lock per auth ID, exactly one day, the correct password refused
# while locked, further failures during the lock do not extend it.
AXES_FAILURE_LIMIT = int(env("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(days=1)
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_SENSITIVE_PARAMETERS = ["password", "otp_token", "card_number", "token"]
# The client's address for the per-address limits, axes' records and the audit trail: one rule
# in portal/client_ip.py. PORTAL_TRUSTED_PROXIES is the number of our proxies in front of the
# web processes (1 behind deploy/nginx.conf) or a comma-separated list of their networks; empty
# or 0 means none (REMOTE_ADDR, X-Forwarded-For ignored). The old AXES_IPWARE_PROXY_COUNT is
# read as a count when the new variable is not set.
PORTAL_TRUSTED_PROXIES = parse_trusted_proxies(
    env("PORTAL_TRUSTED_PROXIES", "") or env("AXES_IPWARE_PROXY_COUNT", "")
)
AXES_CLIENT_IP_CALLABLE = "portal.client_ip.client_ip"
AXES_VERBOSE = False
# The public login page shows its own lockout message (with the way out through
# re-notification); other logins (the admin) get axes' plain 429 answer.
AXES_LOCKOUT_CALLABLE = "portal.lockout.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
# The lock is per auth ID as SPEC A5 says. Adding the IP to axes' lockout would lock out a
# whole school behind one address after five mistakes; per-IP throttling is a separate, looser
# limit in the login view. Hence axes' W006 is silenced on purpose.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]

# Staff must pass a second factor before any admin page (SPEC X2). Only dev settings may turn
# this off, and only when asked to explicitly.
PORTAL_STAFF_OTP_REQUIRED = True
OTP_TOTP_ISSUER = "e-Notification Portal"

# --- internationalisation -------------------------------------------------------------------
# Tagalog is missing from Django's language table (STACK T5).
LANG_INFO.setdefault(
    "tl", {"bidi": False, "code": "tl", "name": "Tagalog", "name_local": "Tagalog"}
)
LANGUAGE_CODE = "ja"
LANGUAGES = [
    ("ja", "日本語"),
    ("en", "English"),
    ("zh-hant", "繁體中文"),
    ("zh-hans", "简体中文"),
    ("ko", "한국어"),
    ("es", "Español"),
    ("pt", "Português"),
    ("tl", "Tagalog"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# The site's own catalogues first; then the framework's messages in the languages Django has no
# catalogue for (Tagalog), which would otherwise fall back to Japanese, the source language.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "framework_locale"]
# Formats of the languages Django has none for (portal/formats/tl).
FORMAT_MODULE_PATH = ["portal.formats"]
TIME_ZONE = "Asia/Tokyo"
USE_I18N = True
USE_TZ = True

# --- static and media -----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploads are small workbooks; anything larger is refused before it reaches a view.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FILES = 1

# --- Wagtail --------------------------------------------------------------------------------
# Where a development server started by `make run` answers (the Procfile's port), the default of
# the absolute addresses below.
LOCAL_BASE_URL = f"http://127.0.0.1:{env('PORTAL_PORT', '8000')}"
WAGTAIL_SITE_NAME = "電子届出システム"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", LOCAL_BASE_URL)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "xlsx", "docx", "csv", "txt"]
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Staff work in Japanese; English is the one other admin language (chosen per account).
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ja", "日本語"), ("en", "English")]
# No avatars fetched from gravatar.com: the admin's policy allows no third-party images, and
# staff addresses are not sent to another site.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The admin login checks passwords under the sign-in policy, at the staff door (portal.signin).
WAGTAILADMIN_USER_LOGIN_FORM = "portal.forms.AdminLoginForm"
# No password reset by mail in the admin: /admin/password_reset/ answers 404 to everyone,
# before any account is looked up (same answer, same time). It would reset a password with
# mailbox access alone, for residents and organization users too. Officers set a staff
# member's new password in the admin's Users section; filers use the account pages.
WAGTAIL_PASSWORD_RESET_ENABLED = False
# Wagtail's own password panel on the admin account page checks the current password without
# counting it toward the lockout; portal.wagtail_hooks registers one that does.
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAILLOCALIZE_JQUERY_WIDGETS = False

# --- mail -----------------------------------------------------------------------------------
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = VAR_DIR / "mail"
EMAIL_HOST = env("EMAIL_HOST", "127.0.0.1")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "no-reply@e-notification.example.jp")
# Links in mails point here (confirmation and activation links). Production sets it; without
# it, the address `make run` serves on (its port follows PORTAL_PORT, like the Procfile's).
PORTAL_PUBLIC_BASE_URL = env("PORTAL_PUBLIC_BASE_URL", LOCAL_BASE_URL)
# First retry of a mail after a transient SMTP error; doubles per attempt up to 30 minutes.
PORTAL_MAIL_RETRY_BASE_SECONDS = int(env("PORTAL_MAIL_RETRY_BASE_SECONDS", "30"))

from .queues import *  # noqa: E402, F403
from .queues import CELERY_BEAT_SCHEDULE, PORTAL_SWEEP_INTERVAL_SECONDS  # noqa: E402
from .security import *  # noqa: E402, F403

# --- maintenance windows and downloads (SPEC N10, C5) ----------------------------------------
# URL sections (after the optional language prefix) that answer 503 while a maintenance window
# runs. Page types can also declare themselves through portal.hooks.MAINTENANCE_GUARDED_PAGES.
PORTAL_MAINTENANCE_GUARDED_PATHS = ["account/", "filing/", "status/", "bulk/", "api/"]
# Download key -> URL name of the view that serves it, or (URL name, kwargs); a URL that takes
# a language gets the page's. Until a name resolves, the downloads page shows "coming soon".
PORTAL_DOWNLOAD_URL_NAMES = {
    "bulk-acceptance": ("filings:bulk_template", {"family": "acceptance"}),
    "bulk-snapshot": ("filings:bulk_template", {"family": "snapshot"}),
    "bulk-proxy": ("filings:bulk_template", {"family": "proxy"}),
    "organization-registration": "filings:organization_registration_template",
}

# `manage.py seed_demo` may run: false in production, so demo accounts never exist there.
PORTAL_DEMO_ALLOWED = True

# --- filing pipeline (SPEC S2, N7; QUALITY H3) ------------------------------------------------
# "immediate": registration runs as soon as a filing is received; "nightly": the batch at 02:00
# takes everything received that day, as the original system did (Q75).
PORTAL_FILING_REGISTRATION = env("PORTAL_FILING_REGISTRATION", "immediate")
CELERY_BEAT_SCHEDULE.update(
    {
        "filing-sweeper": {
            "task": "filings.tasks.sweep_filings",
            "schedule": PORTAL_SWEEP_INTERVAL_SECONDS,
        },
        "filing-batch": {
            "task": "filings.tasks.run_registration_batch",
            "schedule": crontab(hour=2, minute=0),
        },
        "filing-reminders": {
            "task": "filings.tasks.send_filing_reminders",
            "schedule": crontab(hour=8, minute=0),
        },
        # Optional reminders (a stay ending, the student reports): daily, each mail once.
        "stay-end-reminders": {
            "task": "filings.tasks.send_stay_end_reminders",
            "schedule": crontab(hour=8, minute=10),
        },
        "snapshot-reminders": {
            "task": "filings.tasks.send_snapshot_reminders",
            "schedule": crontab(hour=8, minute=20),
        },
        # Bulk files left accepted or registering by a lost message or a killed worker (I1).
        "bulk-sweeper": {"task": "filings.tasks.bulk_sweep", "schedule": 300.0},
    }
)
# Uploaded bulk workbooks, under random names: outside MEDIA_ROOT and never served (QUALITY D10).
# Kept through Django's storage API (`STORAGES["bulk_uploads"]`), like every stored file.
PORTAL_BULK_UPLOAD_DIR = Path(env("PORTAL_BULK_UPLOAD_DIR", str(VAR_DIR / "bulk-uploads")))
STORAGES["bulk_uploads"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {
        "location": str(PORTAL_BULK_UPLOAD_DIR),
        "file_permissions_mode": 0o600,
        "directory_permissions_mode": 0o700,
    },
}
# Error workbooks, built once by a worker and streamed to the uploader by the download view:
# their own storage on a directory outside MEDIA_ROOT that nothing serves (SPEC N3). Shared
# by the web and worker hosts, like PORTAL_BULK_UPLOAD_DIR.
PORTAL_BULK_REPORT_DIR = Path(env("PORTAL_BULK_REPORT_DIR", str(VAR_DIR / "bulk-reports")))
STORAGES["bulk_reports"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {
        "location": str(PORTAL_BULK_REPORT_DIR),
        "file_permissions_mode": 0o600,
        "directory_permissions_mode": 0o700,
    },
}
# Largest workbook accepted (QUALITY D2); Django's upload limits above are a little higher.
PORTAL_BULK_MAX_BYTES = 2 * 1024 * 1024
# Rows registered per task; the next batch is queued when one finishes.
PORTAL_BULK_BATCH_SIZE = 50
# Limits per organization, so one account cannot fill the disk or the queue (QUALITY §3.8):
# uploads received per day (Japan), and bytes of workbooks kept at any one time. A workbook is
# kept while its error workbook may be asked for, then removed by the nightly retention job.
PORTAL_BULK_UPLOADS_PER_DAY = int(env("PORTAL_BULK_UPLOADS_PER_DAY", "100"))
PORTAL_BULK_STORED_MB_PER_ORGANIZATION = int(env("PORTAL_BULK_STORED_MB_PER_ORGANIZATION", "200"))
PORTAL_BULK_KEEP_DAYS = int(env("PORTAL_BULK_KEEP_DAYS", "30"))

# --- retention (SPEC X1; QUALITY G6) -----------------------------------------------------------
# Filings' personal data is removed this many days after reception by the nightly job below
# (filings/retention.py); 0 turns it off. Five years by default.
PORTAL_FILING_RETENTION_DAYS = int(env("PORTAL_FILING_RETENTION_DAYS", "1826"))
CELERY_BEAT_SCHEDULE["filing-retention"] = {
    "task": "filings.tasks.apply_retention",
    "schedule": crontab(hour=3, minute=30),
}
