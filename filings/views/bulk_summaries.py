"""The result page's summaries of a bulk file, with the count in the sentence (SPEC K4, N3).

They are gettext plurals (`ngettext`), so "1 problem" and "2 problems" read right in every
language, those with a single plural form included; the error catalogue's entries of the same
codes keep the wording for the manual's list of messages.
"""

from __future__ import annotations

from django.utils.translation import ngettext


def reception(count: int) -> str:
    return ngettext(
        "The file was not accepted (reception error): %(count)d problem was found. None of "
        "the notifications in this file has been filed.",
        "The file was not accepted (reception error): %(count)d problems were found. None of "
        "the notifications in this file has been filed.",
        count,
    ) % {"count": count}


def registration(count: int) -> str:
    return ngettext(
        "The notification for %(count)d person could not be registered (registration error). "
        "The others were registered.",
        "The notifications for %(count)d people could not be registered (registration error). "
        "The others were registered.",
        count,
    ) % {"count": count}
