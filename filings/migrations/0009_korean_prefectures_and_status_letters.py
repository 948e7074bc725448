from django.db import migrations, models

# Status names in Chinese and Korean that kept the Japanese item letters イ/ロ/ハ: the letters
# (a)/(b)/(c) instead, as in the other languages. A name an officer has edited since is left.
STATUS_NAMES = {
    "hsp-1-a": {
        "zh_hant": ("高度專門職1號イ（高度學術研究活動）", "高度專門職1號(a)（高度學術研究活動）"),
        "zh_hans": ("高度专门职1号イ（高度学术研究活动）", "高度专门职1号(a)（高度学术研究活动）"),
        "ko": ("고도전문직 1호 イ(고도학술연구활동)", "고도전문직 1호 (a)(고도학술연구활동)"),
    },
    "hsp-1-b": {
        "zh_hant": ("高度專門職1號ロ（高度專門・技術活動）", "高度專門職1號(b)（高度專門・技術活動）"),
        "zh_hans": ("高度专门职1号ロ（高度专门・技术活动）", "高度专门职1号(b)（高度专门・技术活动）"),
        "ko": ("고도전문직 1호 ロ(고도전문・기술활동)", "고도전문직 1호 (b)(고도전문・기술활동)"),
    },
    "hsp-1-c": {
        "zh_hant": ("高度專門職1號ハ（高度經營・管理活動）", "高度專門職1號(c)（高度經營・管理活動）"),
        "zh_hans": ("高度专门职1号ハ（高度经营・管理活动）", "高度专门职1号(c)（高度经营・管理活动）"),
        "ko": ("고도전문직 1호 ハ(고도경영・관리활동)", "고도전문직 1호 (c)(고도경영・관리활동)"),
    },
    "hsp-2-ab": {
        "zh_hant": ("高度專門職2號（イ・ロ之活動）", "高度專門職2號（(a)・(b)之活動）"),
        "zh_hans": ("高度专门职2号（イ・ロ的活动）", "高度专门职2号（(a)・(b)的活动）"),
        "ko": ("고도전문직 2호(イ・ロ의 활동)", "고도전문직 2호((a)・(b)의 활동)"),
    },
    "hsp-2-c": {
        "zh_hant": ("高度專門職2號（ハ之活動）", "高度專門職2號（(c)之活動）"),
        "zh_hans": ("高度专门职2号（ハ的活动）", "高度专门职2号（(c)的活动）"),
        "ko": ("고도전문직 2호(ハ의 활동)", "고도전문직 2호((c)의 활동)"),
    },
    "designated-activities-c": {
        "zh_hant": ("特定活動（ハ）", "特定活動(c)"),
        "zh_hans": ("特定活动（ハ）", "特定活动(c)"),
        "ko": ("특정활동(ハ)", "특정활동(c)"),
    },
}


def forwards(apps, schema_editor):
    from filings.management.reference_data import PREFECTURE_KO

    Prefecture = apps.get_model("filings", "Prefecture")
    for code, name in PREFECTURE_KO.items():
        Prefecture.objects.filter(code=code, name_ko="").update(name_ko=name)
    Status = apps.get_model("filings", "StatusOfResidence")
    for code, names in STATUS_NAMES.items():
        for suffix, (old, new) in names.items():
            Status.objects.filter(code=code, **{f"name_{suffix}": old}).update(
                **{f"name_{suffix}": new}
            )


class Migration(migrations.Migration):
    dependencies = [
        ("filings", "0008_bulk_received_on"),
    ]

    operations = [
        migrations.AddField(
            model_name="prefecture",
            name="name_ko",
            field=models.CharField(blank=True, max_length=20, verbose_name="name (Korean)"),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
