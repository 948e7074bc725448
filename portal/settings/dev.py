"""Settings for `make run` on a laptop: debug pages, mail written to files under var/mail."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = True
# Bypassing the staff second factor is possible only here, and only when asked for explicitly.
PORTAL_STAFF_OTP_REQUIRED = not env_bool("PORTAL_DEV_SKIP_STAFF_OTP", False)
