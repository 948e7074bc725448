"""The Python ceiling of the HTTP benchmark: the smallest Django project that answers one page.

No apps, no middleware, one URL whose view returns the bytes of the file named by
BENCH_CEILING_BODY from memory. Run under the same gunicorn settings as the portal
(deploy/gunicorn.conf.py), it measures what Django and gunicorn cost on this machine before
the portal does anything; the cached public page is compared with it. Never part of the product.

    BENCH_CEILING_BODY=page.html gunicorn -c deploy/gunicorn.conf.py tests.bench.ceiling_app
"""

from __future__ import annotations

import os
from pathlib import Path

from django.conf import settings

BODY = (
    Path(os.environ["BENCH_CEILING_BODY"]).read_bytes()
    if "BENCH_CEILING_BODY" in os.environ
    else b""
)

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="bench-ceiling-only-" + "x" * 40,
        ALLOWED_HOSTS=["*"],
        ROOT_URLCONF=__name__,
        MIDDLEWARE=[],
        INSTALLED_APPS=[],
        USE_I18N=False,
    )

from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.urls import path  # noqa: E402


def page(request, anything=""):
    response = HttpResponse(BODY, content_type="text/html; charset=utf-8")
    response["Cache-Control"] = "public, max-age=60"
    return response


urlpatterns = [path("<path:anything>", page), path("", page)]
application = get_wsgi_application()
