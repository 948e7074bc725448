"""Load the reference data so a fresh database can be used at once (SPEC O5).

The loaders live in filings.management.reference_data and only add what is missing, so this
migration is safe on a database that already has data; `manage.py load_reference_data` runs
the same code later to follow municipal changes.
"""

from django.db import migrations


def load(apps, schema_editor):
    from filings.management.reference_data import load_all

    load_all(apps)


class Migration(migrations.Migration):
    dependencies = [("filings", "0001_reference_and_registry")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop, elidable=False)]
