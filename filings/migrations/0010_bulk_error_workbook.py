
import filings.models.bulk
from django.conf import settings
from django.db import migrations, models


def queue_existing(apps, schema_editor):
    """Uploads that ended with problems before error workbooks were built by a worker: marked
    *building* with no queued time, so the bulk sweeper queues their build."""
    BulkUpload = apps.get_model("filings", "BulkUpload")
    kept = BulkUpload.objects.exclude(stored_name="")
    kept.filter(state="reception_error").exclude(problems=[]).update(
        error_workbook_state="building"
    )
    kept.filter(state="completed", rows_failed__gt=0).update(error_workbook_state="building")


class Migration(migrations.Migration):
    dependencies = [
        ("filings", "0009_korean_prefectures_and_status_letters"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="bulkupload",
            name="error_workbook",
            field=models.FileField(
                blank=True,
                editable=False,
                max_length=200,
                storage=filings.models.bulk.error_workbook_storage,
                upload_to="%Y/%m/",
                verbose_name="error workbook file",
            ),
        ),
        migrations.AddField(
            model_name="bulkupload",
            name="error_workbook_queued_at",
            field=models.DateTimeField(
                blank=True, null=True, verbose_name="error workbook last queued"
            ),
        ),
        migrations.AddField(
            model_name="bulkupload",
            name="error_workbook_state",
            field=models.CharField(
                blank=True,
                choices=[
                    ("", "Nothing to mark"),
                    ("building", "Being prepared"),
                    ("ready", "Ready"),
                    ("unavailable", "No longer available"),
                ],
                default="",
                max_length=12,
                verbose_name="error workbook",
            ),
        ),
        migrations.AddIndex(
            model_name="bulkupload",
            index=models.Index(
                fields=["error_workbook_state", "error_workbook_queued_at"],
                name="filings_bulk_report_queued",
            ),
        ),
        migrations.RunPython(queue_existing, migrations.RunPython.noop),
    ]
