from django.db import migrations

# 朝鮮 on a residence card is a regional designation, not the DPRK's nationality: its names
# in the other languages were CLDR's "North Korea". A name an officer has edited since is left.


def forwards(apps, schema_editor):
    from babel import Locale

    from filings.management.reference_data import CLDR_LOCALES, KOREA_CHOSEN

    Nationality = apps.get_model("filings", "Nationality")
    for suffix, name in KOREA_CHOSEN.items():
        old = Locale.parse(CLDR_LOCALES[suffix]).territories.get("KP", "")
        Nationality.objects.filter(alpha_2="KP", **{f"name_{suffix}": old}).update(
            **{f"name_{suffix}": name}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("filings", "0011_registration_help_texts"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
