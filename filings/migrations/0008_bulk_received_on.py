from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import migrations, models

import filings.rules.deadlines


def fill_received_on(apps, schema_editor):
    """Existing uploads get the Japanese day they were received."""
    BulkUpload = apps.get_model("filings", "BulkUpload")
    japan = ZoneInfo("Asia/Tokyo")
    for upload in BulkUpload.objects.only("pk", "received_at").iterator():
        day = upload.received_at.astimezone(japan).date()
        BulkUpload.objects.filter(pk=upload.pk).update(received_on=day)


class Migration(migrations.Migration):
    dependencies = [
        ("filings", "0007_mail_dispatched_at"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="bulkupload",
            name="filings_bulk_same_file_once",
        ),
        migrations.AddField(
            model_name="bulkupload",
            name="received_on",
            field=models.DateField(
                default=filings.rules.deadlines.today_in_japan, verbose_name="received on"
            ),
        ),
        migrations.RunPython(fill_received_on, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="bulkupload",
            constraint=models.UniqueConstraint(
                condition=models.Q(("state__in", ["accepted", "registering", "completed"])),
                fields=("organization", "sha256", "received_on"),
                name="filings_bulk_same_file_once_a_day",
            ),
        ),
    ]
