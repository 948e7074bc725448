"""The demo registry: plausible, deterministic, idempotent and cheap to re-run."""

import io
import re

import pytest

from django.apps import apps
from django.utils import timezone

from wagtail import hooks

from filings.demo import registry as demo
from filings.management.reference_data import ensure_loaded
from filings.models import Organization, ResidenceCard, Resident
from portal.hooks import SEED_DEMO

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _reference_data():
    ensure_loaded(apps)


def test_seed_hook_is_registered():
    assert any(fn.__module__ == "filings.wagtail_hooks" for fn in hooks.get_hooks(SEED_DEMO))


def test_seeding_twice_creates_everything_once(django_assert_max_num_queries):
    out = io.StringIO()
    demo.seed(out)
    counts = (Resident.objects.count(), ResidenceCard.objects.count(), Organization.objects.count())
    assert counts[0] == demo.CROWD_SIZE + len(demo.DEMO_IDENTITIES)
    assert counts[1] == counts[0] + 1  # the engineer also has an earlier card
    assert counts[2] == demo.ORGANIZATION_COUNT
    assert "residents" in out.getvalue()

    with django_assert_max_num_queries(4):
        demo.seed(io.StringIO())

    assert (
        Resident.objects.count(),
        ResidenceCard.objects.count(),
        Organization.objects.count(),
    ) == counts


def test_named_identities_have_fixed_cards_and_the_documented_statuses():
    demo.seed()
    expected = {
        "AB12345678CD": ("NGUYEN THI LAN", "student", "activity"),
        "EF23456789GH": ("SHARMA RAHUL", "engineer-humanities-international", "contract"),
        "IJ34567890KL": ("SANTOS MARIA CLARA", "dependent", "spouse"),
        "MN45678901OP": ("KIM MINJUN", "permanent-resident", "none"),
        "QR56789012ST": ("WANG XIAOMING", "student", "activity"),
        "UV67890123WX": ("PUTRI AYU LESTARI", "specified-skilled-worker-1", "contract"),
    }
    for number, (name, status, item) in expected.items():
        card = ResidenceCard.objects.select_related("resident__status").get(number=number)
        assert card.is_valid
        assert card.resident.name_latin == name
        assert (card.resident.status.code, card.resident.status.item) == (status, item)
    today = timezone.localdate()
    assert ResidenceCard.objects.get(number="QR56789012ST").issued_on == today
    assert ResidenceCard.objects.get(number="AB12345678CD").issued_on < today
    engineer = Resident.objects.get(cards__number="EF23456789GH")
    assert set(engineer.cards.values_list("number", "is_valid")) == {
        ("EF23456789GH", True),
        ("EF11111111GH", False),
    }


def test_the_card_issued_today_stays_issued_today():
    demo.seed()
    ResidenceCard.objects.filter(number="QR56789012ST").update(
        issued_on=timezone.localdate().replace(year=2020)
    )
    demo.seed()
    assert ResidenceCard.objects.get(number="QR56789012ST").issued_on == timezone.localdate()


def test_crowd_data_is_well_formed():
    demo.seed()
    names = Resident.objects.values_list("name_latin", flat=True)
    assert all(re.fullmatch(r"[A-Z]+( [A-Z]+)*", name) for name in names)
    assert len(set(names)) > demo.CROWD_SIZE // 3
    numbers = ResidenceCard.objects.values_list("number", flat=True)
    assert all(re.fullmatch(r"[A-Z]{2}[0-9]{8}[A-Z]{2}", n) for n in numbers)
    nationalities = set(Resident.objects.values_list("nationality__code", flat=True))
    assert {"CHN", "VNM", "KOR", "PHL", "BRA", "NPL"} <= nationalities
    for resident in Resident.objects.select_related("municipality")[:300]:
        assert resident.municipality.prefecture_id == resident.prefecture_id
        resident.full_clean()
    for organization in Organization.objects.all():
        organization.full_clean()
