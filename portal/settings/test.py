"""Settings for the test suite.

PostgreSQL when DATABASE_URL is set (CI always sets it), SQLite otherwise; Celery runs eagerly
unless a test starts a real worker, which then uses the broker in CELERY_BROKER_URL.
"""

import os

from . import _xdist  # noqa: F401 (shifts the environment before base reads it)
from .base import *  # noqa: F403
from .base import env_bool

DEBUG = False
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_EAGER", True)
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher",
    "portal.hashers.PortalArgon2PasswordHasher",
]
# In-memory mail, unless a test starts a worker that must talk to a real SMTP server.
EMAIL_BACKEND = os.environ.get(
    "PORTAL_TEST_EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend"
)
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests share one cache but roll the database back: the page cache is switched on only by the
# tests that are about it (tests/portal/test_page_cache.py).
PORTAL_PAGE_CACHE = False
ALLOWED_HOSTS = ["*"]
