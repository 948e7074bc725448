"""Argon2id tuned for a small server (QUALITY A15, K2).

Django's defaults ask for ~100 MiB and 8 lanes per hash, which lets a handful of concurrent
logins exhaust a 2-core box. These parameters stay above the OWASP minimum (19 MiB, t=2, p=1).
"""

from django.contrib.auth.hashers import Argon2PasswordHasher


class PortalArgon2PasswordHasher(Argon2PasswordHasher):
    algorithm = "argon2"
    time_cost = 2
    memory_cost = 19_456  # KiB
    parallelism = 1
