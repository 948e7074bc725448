"""What django-axes answers when a locked-out account tries to sign in (QUALITY A7).

The public login page renders its own answer in the reader's language, with the way out
(re-notification for residents) and the same 429 status; it marks the request so that this
callable keeps that page. Any other login (the admin's) gets a plain 429.
"""

from django.http import HttpResponse
from django.utils.translation import gettext as _


def lockout_response(request, original_response=None, credentials=None):
    if original_response is not None and getattr(request, "portal_lockout_handled", False):
        return original_response
    response = HttpResponse(
        _("This account is locked after repeated wrong passwords. Try again after one day."),
        status=429,
        content_type="text/plain; charset=utf-8",
    )
    response["Cache-Control"] = "no-store"
    return response
