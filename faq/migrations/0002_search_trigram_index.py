"""pg_trgm and a trigram GIN index for substring search in the Q&A (SPEC C3).

Only on PostgreSQL: TrigramExtension does nothing elsewhere, and the index is created by SQL
guarded on the database vendor, so SQLite (which searches the same table with plain LIKE) still
migrates.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

INDEX = "faq_search_document_trgm"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON faq_faqsearchentry "
        "USING gin (document gin_trgm_ops)"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("faq", "0001_initial")]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_index, drop_index, elidable=False),
    ]
