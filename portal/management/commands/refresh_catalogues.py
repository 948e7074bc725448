"""Refresh the gettext catalogues of every site language from the code (`make messages`).

The languages come from settings.LANGUAGES, so a language added there gets its catalogue here
without another list to edit. Tests, the virtualenv and var/ are not scanned.
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils.translation import to_locale


class Command(BaseCommand):
    help = "Run makemessages for every language in settings.LANGUAGES."

    def handle(self, *args, **options):
        locales = [to_locale(code) for code, _name in settings.LANGUAGES]
        call_command(
            "makemessages",
            locale=locales,
            ignore_patterns=[".venv/*", "var/*", "tests/*", "node_modules/*"],
            no_obsolete=True,
            verbosity=0,
        )
        self.stdout.write(f"Refreshed {len(locales)} catalogues: {', '.join(locales)}.")
