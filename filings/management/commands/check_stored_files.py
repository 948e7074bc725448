"""`manage.py check_stored_files`: after a restore, every file the database names is there."""

from django.core.management.base import BaseCommand, CommandError

from filings.services.stored_files import check_stored_files


class Command(BaseCommand):
    help = "Check that every stored file the database refers to exists (the restore drill)."

    def handle(self, *args, **options):
        result = check_stored_files()
        for line in result.missing:
            self.stderr.write(f"missing: {line}")
        if result.missing:
            raise CommandError(
                f"{len(result.missing)} of {result.checked} stored files are missing."
            )
        self.stdout.write(self.style.SUCCESS(f"All {result.checked} stored files are present."))
