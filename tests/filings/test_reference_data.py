"""Reference data: what the migration loads, validity ranges, labels, the top-page hook (O5, C1)."""

import datetime
import importlib
import unicodedata

import pytest

from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils import translation

from wagtail import hooks

from filings.constants import StatusItem
from filings.errors import LANGUAGES
from filings.management.reference_data import ensure_loaded, load_all
from filings.models import Municipality, Nationality, Prefecture, StatusOfResidence
from portal.hooks import WHO_MUST_FILE

pytestmark = pytest.mark.django_db


# SPEC "Domain facts": today's Art. 19-16 groups, written out independently of the data.
ITEM_1_TODAY = {
    "professor",
    "hsp-1-c",
    "hsp-2-c",
    "business-manager",
    "legal-accounting",
    "medical-services",
    "instructor",
    "intra-company-transferee",
    "technical-intern-training",
    "student",
    "trainee",
}
ITEM_2_TODAY = {
    "hsp-1-a",
    "hsp-1-b",
    "hsp-2-ab",
    "researcher",
    "engineer-humanities-international",
    "nursing-care",
    "entertainer",
    "skilled-labor",
    "specified-skilled-worker-1",
    "specified-skilled-worker-2",
}
ITEM_3_TODAY = {"dependent", "spouse-of-japanese", "spouse-of-permanent-resident"}
NO_ITEM = {
    "artist",
    "religious-activities",
    "journalist",
    "long-term-resident",
    "permanent-resident",
    "cultural-activities",
    "designated-activities",
}
NOT_MID_LONG_TERM = {
    "temporary-visitor",
    "diplomat",
    "official",
    "special-permanent-resident",
    "designated-activities-representative-office",
}
TODAY = datetime.date(2026, 11, 26)


@pytest.fixture(autouse=True)
def _reference_data():
    # A browser test elsewhere in the session may have flushed the tables.
    ensure_loaded(apps)


def _codes(queryset) -> set[str]:
    return set(queryset.values_list("code", flat=True))


def test_the_data_migration_loads_every_table_into_an_empty_database():
    StatusOfResidence.objects.all().delete()
    Nationality.objects.all().delete()
    Municipality.objects.all().delete()
    Prefecture.objects.all().delete()
    migration = importlib.import_module("filings.migrations.0002_reference_data")

    migration.load(apps, None)

    assert StatusOfResidence.objects.filter(code__in=ITEM_1_TODAY | ITEM_2_TODAY).count() == len(
        ITEM_1_TODAY | ITEM_2_TODAY
    )
    assert Prefecture.objects.count() == 47
    assert 1850 <= Municipality.objects.count() <= 1950
    assert Nationality.objects.filter(code="XXA").exists()


def test_loading_again_adds_nothing_and_keeps_officer_edits():
    status = StatusOfResidence.objects.get(code="entertainer")
    status.name_en = "Entertainer (edited)"
    status.save()
    before = (
        StatusOfResidence.objects.count(),
        Nationality.objects.count(),
        Municipality.objects.count(),
    )

    counts = load_all(apps)

    assert counts == {
        "statuses": 0,
        "nationalities": 0,
        "municipalities": 0,
        "retired_municipalities": 0,
    }
    after = (
        StatusOfResidence.objects.count(),
        Nationality.objects.count(),
        Municipality.objects.count(),
    )
    assert after == before
    assert StatusOfResidence.objects.get(code="entertainer").name_en == "Entertainer (edited)"


def test_items_of_todays_statuses_follow_the_spec():
    current = StatusOfResidence.objects.valid_on(TODAY)
    assert _codes(current.filter(item=StatusItem.ACTIVITY)) == ITEM_1_TODAY
    assert _codes(current.filter(item=StatusItem.CONTRACT)) == ITEM_2_TODAY
    assert _codes(current.filter(item=StatusItem.SPOUSE)) == ITEM_3_TODAY
    assert _codes(current.filter(item=StatusItem.NONE, mid_long_term=True)) >= NO_ITEM
    assert _codes(current.filter(mid_long_term=False)) == NOT_MID_LONG_TERM


def test_the_2013_list_is_kept_as_earlier_entries():
    on_2013 = StatusOfResidence.objects.valid_on(datetime.date(2013, 6, 1))
    codes = _codes(on_2013)
    for old in ("investor-business-manager", "engineer", "specialist-humanities-international"):
        assert old in codes
        assert old not in _codes(StatusOfResidence.objects.valid_on(TODAY))
    assert "designated-activities-c" in _codes(on_2013.filter(item=StatusItem.SPOUSE))
    for later in (
        "business-manager",
        "engineer-humanities-international",
        "hsp-1-a",
        "nursing-care",
        "specified-skilled-worker-1",
    ):
        assert later not in codes
    engineer = StatusOfResidence.objects.get(code="engineer")
    assert engineer.valid_to == datetime.date(2015, 3, 31)
    assert engineer.successor.code == "engineer-humanities-international"
    assert (
        "技術" in StatusOfResidence.objects.get(code="engineer-humanities-international").alias_list
    )


@pytest.mark.parametrize(
    ("code", "first_day"),
    [
        ("business-manager", datetime.date(2015, 4, 1)),
        ("hsp-1-c", datetime.date(2015, 4, 1)),
        ("nursing-care", datetime.date(2017, 9, 1)),
        ("specified-skilled-worker-1", datetime.date(2019, 4, 1)),
        ("employment-for-skill-development", datetime.date(2027, 4, 1)),
    ],
)
def test_statuses_start_on_the_day_the_law_changed(code, first_day):
    status = StatusOfResidence.objects.get(code=code)
    assert not status.is_valid_on(first_day - datetime.timedelta(days=1))
    assert status.is_valid_on(first_day)
    assert code not in _codes(
        StatusOfResidence.objects.valid_on(first_day - datetime.timedelta(days=1))
    )
    assert code in _codes(StatusOfResidence.objects.valid_on(first_day))


def test_every_status_has_a_label_in_all_eight_languages():
    statuses = list(StatusOfResidence.objects.all())
    assert len(statuses) >= 40
    for status in statuses:
        labels = []
        for language in LANGUAGES:
            with translation.override(language):
                assert status.label.strip(), (status.code, language)
                labels.append(status.label)
        assert labels[0] == status.name_ja
        assert labels[1] == status.name_en
        # Japanese item letters (イ, ロ, ハ) only in the Japanese name, never in Chinese or Korean.
        for language, label in zip(LANGUAGES[2:], labels[2:], strict=True):
            if language in ("zh-hant", "zh-hans", "ko"):
                assert not set("イロハ") & set(label), (status.code, language, label)


def test_label_follows_the_active_language():
    status = StatusOfResidence.objects.get(code="student")
    with translation.override("ko"):
        assert status.label == "유학"
        assert str(status) == "유학"
    with translation.override("pt"):
        assert status.label == "Estudante"
    with translation.override("zh-hant"):
        assert status.label == "留學"


def test_entertainer_carries_the_contract_note():
    status = StatusOfResidence.objects.get(code="entertainer")
    with translation.override("en"):
        assert "contract" in status.note
        assert "Japan" in status.note
    for language in LANGUAGES:
        with translation.override(language):
            assert status.note


def test_special_permanent_resident_is_not_a_status_and_not_mid_long_term():
    status = StatusOfResidence.objects.get(code="special-permanent-resident")
    assert status.is_status_of_residence is False
    assert status.mid_long_term is False
    assert status.item == StatusItem.NONE


def test_as_rule_carries_the_fields_the_rules_need():
    status = StatusOfResidence.objects.get(code="nursing-care")
    rule = status.as_rule()
    assert rule.code == "nursing-care"
    assert rule.item == StatusItem.CONTRACT
    assert rule.mid_long_term is True
    assert rule.org_filing is True
    assert rule.valid_from == datetime.date(2017, 9, 1)
    assert rule.valid_to is None


def test_a_status_cannot_end_before_it_starts():
    status = StatusOfResidence.objects.get(code="nursing-care")
    status.valid_to = datetime.date(2016, 1, 1)
    with pytest.raises(ValidationError) as caught:
        status.full_clean()
    assert "valid_to" in caught.value.message_dict


def test_a_status_that_is_not_mid_long_term_cannot_have_an_item():
    status = StatusOfResidence.objects.get(code="temporary-visitor")
    status.item = StatusItem.ACTIVITY
    with pytest.raises(ValidationError) as caught:
        status.full_clean()
    assert "item" in caught.value.message_dict


def test_47_prefectures_with_jis_codes():
    codes = list(Prefecture.objects.values_list("code", flat=True))
    assert codes == [f"{n:02d}" for n in range(1, 48)]
    tokyo = Prefecture.objects.get(code="13")
    assert (tokyo.name_ja, tokyo.name_en) == ("東京都", "Tokyo")
    assert Prefecture.objects.get(code="47").name_ja == "沖縄県"
    assert all(p.name_en and p.name_kana and p.name_ko for p in Prefecture.objects.all())


def test_prefectures_read_in_each_languages_script():
    tokyo = Prefecture.objects.get(code="13")
    expected = {"ja": "東京都", "zh-hant": "東京都", "ko": "도쿄도", "en": "Tokyo", "tl": "Tokyo"}
    for language, name in expected.items():
        with translation.override(language):
            assert tokyo.label == name, language
    with translation.override("ko"):
        assert Prefecture.objects.get(code="01").label == "홋카이도"


def test_municipalities_include_special_wards_and_wards_of_designated_cities():
    count = Municipality.objects.count()
    assert 1850 <= count <= 1950
    tokyo_wards = Municipality.objects.filter(code__gte="13101", code__lte="13123")
    assert tokyo_wards.count() == 23
    chuo = Municipality.objects.get(code="01101")
    assert chuo.name_ja == "札幌市中央区"
    assert chuo.prefecture.code == "01"
    assert chuo.name_kana
    # Hamamatsu merged its wards on 2024-01-01: the new Chuo ward exists.
    assert Municipality.objects.get(code="22138").name_ja == "浜松市中央区"
    # A designated city itself is not an address; its wards are.
    assert not Municipality.objects.filter(code="01100").exists()
    assert all(m.prefecture.code == m.code[:2] for m in Municipality.objects.all()[:200])


def test_municipality_check_digit():
    # 131016 (Chiyoda) and 011011 (Sapporo Chuo, whose remainder is 0) from the published list.
    assert Municipality.objects.get(code="13101").check_digit_code == "131016"
    assert Municipality.objects.get(code="01101").check_digit_code == "011011"


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def test_nationalities_are_listed_by_english_name_with_stateless_last():
    names = list(Nationality.objects.values_list("name_en", flat=True))
    countries = names[:-1]
    assert countries == sorted(countries, key=lambda n: _fold(n.replace("’", "'")))
    assert names[-1] == "Stateless"
    assert names.index("Åland Islands") < names.index("Albania")
    assert Nationality.objects.get(code="XXA").name_ja == "無国籍"
    kosovo = Nationality.objects.get(code="XKX")
    assert kosovo.name_ja == "コソボ"
    assert Nationality.objects.count() >= 250


def test_nationalities_have_names_in_all_eight_languages():
    vietnam = Nationality.objects.get(code="VNM")
    expected = {"ja": "ベトナム", "en": "Vietnam", "ko": "베트남", "pt": "Vietnã"}
    for language, name in expected.items():
        with translation.override(language):
            assert vietnam.label == name
    for nationality in Nationality.objects.filter(is_active=True):
        for language in LANGUAGES:
            assert nationality.label_in(language).strip(), (nationality.code, language)
    # A Japanese national never holds a residence card.
    assert Nationality.objects.get(code="JPN").is_active is False


def test_chosen_on_a_card_is_named_as_a_region_in_every_language_not_as_the_dprk():
    chosen = Nationality.objects.get(alpha_2="KP")
    expected = {"ja": "朝鮮", "en": "Korea (Chōsen)", "ko": "조선", "es": "Corea (Chōsen)"}
    for language, name in expected.items():
        assert chosen.label_in(language) == name
    for language in LANGUAGES:
        label = chosen.label_in(language)
        assert "North" not in label and "北" not in label and "Norte" not in label, label


def test_the_chosen_migration_renames_only_names_nobody_edited():
    import importlib

    from django.apps import apps as django_apps

    migration = importlib.import_module("filings.migrations.0012_korea_chosen")
    chosen = Nationality.objects.get(alpha_2="KP")
    Nationality.objects.filter(pk=chosen.pk).update(
        name_en="North Korea", name_pt="Coreia do Norte (editado)"
    )
    migration.forwards(django_apps, None)
    chosen.refresh_from_db()
    assert chosen.name_en == "Korea (Chōsen)"
    assert chosen.name_pt == "Coreia do Norte (editado)"


def test_who_must_file_hook_groups_todays_statuses_by_item():
    functions = hooks.get_hooks(WHO_MUST_FILE)
    assert any(fn.__module__ == "filings.wagtail_hooks" for fn in functions)
    who = next(fn for fn in functions if fn.__module__ == "filings.wagtail_hooks")
    with translation.override("en"):
        groups = who(TODAY)
        activity_label = str(StatusItem.ACTIVITY.label)
    assert [g["item"] for g in groups] == ["activity", "contract", "spouse"]
    assert groups[0]["label"] == activity_label == "Item 1: activity organization"
    contract = groups[1]["statuses"]
    assert "Nursing Care" in contract
    assert any(s.startswith("Entertainer (") and "contract" in s for s in contract)
    assert all("Investor" not in s for g in groups for s in g["statuses"])
    assert len(groups[2]["statuses"]) == 3
    with translation.override("ja"):
        old = who(datetime.date(2013, 6, 1))
    assert any(s.startswith("技術（") for s in old[1]["statuses"])
    assert "介護" not in old[1]["statuses"]
    assert any(s.startswith("特定活動（ハ）") for s in old[2]["statuses"])
    with translation.override("ja"):
        later = who(datetime.date(2027, 4, 1))
    assert any(s.startswith("育成就労") for s in later[0]["statuses"])
