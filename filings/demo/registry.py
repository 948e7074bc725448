"""Demo registry: a few thousand plausible residents, about fifty organizations, and the named
demo identities README.md lists so a newcomer can register and file at once.

Deterministic (fixed seeds, fixed card numbers) and idempotent: `make run` calls it on every
start, so when everything exists it returns after one query (plus refreshing the card that is
always "issued today", Q36). Only used with demo settings; Faker is a development dependency
and is imported here, never by the running portal.
"""

from __future__ import annotations

import datetime
import random
import unicodedata
from dataclasses import dataclass

from django.apps import apps
from django.db import transaction
from django.utils import timezone

from filings import rules
from filings.constants import OrganizationType, Sex
from filings.management.reference_data import ensure_loaded
from filings.models import (
    Municipality,
    Nationality,
    Organization,
    ResidenceCard,
    Resident,
    StatusOfResidence,
)

SEED = 19_16_17
CROWD_SIZE = 3000
ORGANIZATION_COUNT = 50


@dataclass(frozen=True)
class DemoIdentity:
    key: str
    card_number: str
    name_latin: str
    name_kanji: str
    birth_date: datetime.date
    sex: str
    nationality: str
    status: str
    municipality: str
    address_rest: str
    period_days: int | None
    issued_days_ago: int


D = datetime.date
DEMO_IDENTITIES: tuple[DemoIdentity, ...] = (
    DemoIdentity(
        "student",
        "AB12345678CD",
        "NGUYEN THI LAN",
        "",
        D(2003, 4, 15),
        Sex.FEMALE,
        "VNM",
        "student",
        "13104",
        "西新宿２丁目８番１号",
        820,
        200,
    ),
    DemoIdentity(
        "engineer",
        "EF23456789GH",
        "SHARMA RAHUL",
        "",
        D(1991, 8, 20),
        Sex.MALE,
        "IND",
        "engineer-humanities-international",
        "27127",
        "梅田１丁目１番１号",
        1825,
        90,
    ),
    DemoIdentity(
        "spouse",
        "IJ34567890KL",
        "SANTOS MARIA CLARA",
        "",
        D(1993, 11, 3),
        Sex.FEMALE,
        "PHL",
        "dependent",
        "23106",
        "栄３丁目５番１２号",
        1095,
        300,
    ),
    DemoIdentity(
        "skilled-worker",
        "UV67890123WX",
        "PUTRI AYU LESTARI",
        "",
        D(2000, 1, 22),
        Sex.FEMALE,
        "IDN",
        "specified-skilled-worker-1",
        "40132",
        "博多駅前２丁目１番１号",
        365,
        120,
    ),
    DemoIdentity(
        "permanent-resident",
        "MN45678901OP",
        "KIM MINJUN",
        "",
        D(1980, 3, 1),
        Sex.MALE,
        "KOR",
        "permanent-resident",
        "14104",
        "山下町１２３番地",
        None,
        1000,
    ),
    DemoIdentity(
        "issued-today",
        "QR56789012ST",
        "WANG XIAOMING",
        "王小明",
        D(1999, 6, 30),
        Sex.MALE,
        "CHN",
        "student",
        "26102",
        "今出川町１番地",
        820,
        0,
    ),
)
# The engineer's previous card: same person, older card (Q37: a new card keeps the person).
ENGINEER_PREVIOUS_CARD = "EF11111111GH"

# (name, type, statuses accepted) of the organizations the demo identities belong to.
DEMO_ORGANIZATIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("デモ国際大学", OrganizationType.SCHOOL, ("student", "professor", "researcher")),
    ("デモ日本語学院", OrganizationType.SCHOOL, ("student",)),
    ("株式会社デモテック", OrganizationType.COMPANY, ("engineer-humanities-international",)),
    (
        "デモケアサービス株式会社",
        OrganizationType.COMPANY,
        ("nursing-care", "specified-skilled-worker-1"),
    ),
)

NATIONALITY_WEIGHTS = {
    "CHN": 24, "VNM": 17, "KOR": 12, "PHL": 9, "BRA": 6, "NPL": 6, "IDN": 5, "MMR": 3,
    "TWN": 2, "USA": 2, "THA": 2, "IND": 2, "LKA": 2, "PER": 1, "BGD": 1, "GBR": 1,
}  # fmt: skip
STATUS_WEIGHTS = {
    "permanent-resident": 24, "engineer-humanities-international": 12,
    "technical-intern-training": 12, "student": 10, "specified-skilled-worker-1": 9,
    "dependent": 7, "long-term-resident": 6, "spouse-of-japanese": 4,
    "spouse-of-permanent-resident": 2, "designated-activities": 2, "business-manager": 1,
    "skilled-labor": 1, "intra-company-transferee": 1, "nursing-care": 1, "hsp-1-b": 1,
    "professor": 1, "instructor": 1,
}  # fmt: skip

# Romanized name parts where Faker has no romanized names for the country.
VIETNAMESE = (
    ("NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "PHAN", "VU", "DANG", "BUI", "DO", "NGO", "DUONG"),
    ("VAN", "THI", "DUC", "MINH", "NGOC", "THANH", "HONG", "QUANG", "XUAN"),
    ("AN", "BINH", "CHI", "DUNG", "HA", "HAI", "HANH", "HIEU", "HOA", "HUNG", "HUONG", "KHANH",
     "LAN", "LINH", "LONG", "MAI", "NAM", "NGA", "PHUONG", "QUAN", "THAO", "TRANG", "TUAN"),
)  # fmt: skip
KOREAN = (
    ("KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM", "HAN", "SHIN"),
    ("MINJUN", "SEOYEON", "JIHO", "HAYOON", "DOYUN", "SEOJIN", "JIWOO", "SUBIN", "YEJUN",
     "JIMIN", "HYUNWOO", "SOYEON", "EUNJI", "JUNHO", "YUNA"),
)  # fmt: skip
FILIPINO_SURNAMES = ("SANTOS", "REYES", "CRUZ", "BAUTISTA", "OCAMPO", "GARCIA", "MENDOZA",
                     "TORRES", "VILLANUEVA", "RAMOS", "AQUINO", "CASTILLO", "FLORES")  # fmt: skip
NEPALI_SURNAMES = ("GURUNG", "TAMANG", "SHRESTHA", "RAI", "MAGAR", "THAPA", "ADHIKARI",
                   "KARKI", "BASNET", "LAMA", "POUDEL")  # fmt: skip
BURMESE_SYLLABLES = ("AUNG", "KYAW", "MIN", "HTET", "THU", "ZAW", "NAING", "MYO", "WIN",
                     "HLAING", "SU", "MYAT", "NWE", "PHYU", "THIN", "KHIN", "MOE")  # fmt: skip
THAI = (
    ("SRISUK", "WONGSAWAT", "CHAIYAPORN", "SAETANG", "BOONMA", "KAEWSAI", "PHROMMA"),
    ("SOMCHAI", "SOMSAK", "ANONG", "KANYA", "NATTAPONG", "PORNTHIP", "SUDARAT", "WICHAI"),
)  # fmt: skip


def _latin(text: str) -> str:
    """A name as printed on a card: A-Z and single spaces only."""
    text = text.replace("Đ", "D").replace("đ", "d")
    plain = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    ).upper()
    letters = "".join(ch if "A" <= ch <= "Z" else " " for ch in plain.replace("-", ""))
    return " ".join(letters.split())


class _Names:
    """Romanized names per nationality, from Faker where it has them."""

    def __init__(self, rng: random.Random):
        from faker import Faker

        self.rng = rng
        self.fakers = {}
        for index, locale in enumerate(
            ("zh_CN", "zh_TW", "en_US", "en_IN", "pt_BR", "es_MX", "id_ID", "en_GB")
        ):
            faker = Faker(locale)
            faker.seed_instance(SEED + index)
            self.fakers[locale] = faker

    def name(self, nationality: str, sex: str) -> str:
        pick = self.rng.choice
        female = sex == Sex.FEMALE
        f = self.fakers
        if nationality == "CHN":
            given = f["zh_CN"].first_romanized_name()
            return _latin(f"{f['zh_CN'].last_romanized_name()} {given}")
        if nationality == "TWN":
            return _latin(f["zh_TW"].romanized_name())
        if nationality == "VNM":
            middle = "THI" if female else pick(VIETNAMESE[1])
            return f"{pick(VIETNAMESE[0])} {middle} {pick(VIETNAMESE[2])}"
        if nationality == "KOR":
            return f"{pick(KOREAN[0])} {pick(KOREAN[1])}"
        if nationality == "MMR":
            return " ".join(pick(BURMESE_SYLLABLES) for _ in range(self.rng.randint(2, 3)))
        if nationality == "THA":
            return f"{pick(THAI[0])} {pick(THAI[1])}"
        if nationality == "PHL":
            first = f["en_US"].first_name_female() if female else f["en_US"].first_name_male()
            return _latin(f"{pick(FILIPINO_SURNAMES)} {first}")
        if nationality == "NPL":
            first = f["en_IN"].first_name_female() if female else f["en_IN"].first_name_male()
            return _latin(f"{pick(NEPALI_SURNAMES)} {first}")
        locale = {
            "IND": "en_IN",
            "LKA": "en_IN",
            "BGD": "en_IN",
            "BRA": "pt_BR",
            "PER": "es_MX",
            "IDN": "id_ID",
            "GBR": "en_GB",
        }.get(nationality, "en_US")
        faker = f[locale]
        first = faker.first_name_female() if female else faker.first_name_male()
        return _latin(f"{faker.last_name()} {first}")


def corporate_number(base: int) -> str:
    """A 13-digit corporate number with its check digit in front (法人番号)."""
    body = f"{base:012d}"
    return f"{rules.corporate_check_digit(body)}{body}"


def _crowd_card_number(index: int, rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    head = rng.choice(letters) + rng.choice(letters)
    tail = rng.choice(letters) + rng.choice(letters)
    return f"{head}{50_000_000 + index:08d}{tail}"


def _crowd_numbers(size: int) -> list[str]:
    rng = random.Random(SEED)
    return [_crowd_card_number(index, rng) for index in range(size)]


def seed(stdout=None, *, crowd_size: int = CROWD_SIZE) -> None:
    """Create whatever part of the demo registry is missing; return at once if nothing is."""
    today = timezone.localdate()
    markers = [identity.card_number for identity in DEMO_IDENTITIES]
    if crowd_size:
        markers.append(_crowd_numbers(crowd_size)[-1])
    done = ResidenceCard.objects.filter(number__in=markers).count() == len(markers)
    with transaction.atomic():
        # The "issued today" identity must stay issued today whatever day the demo runs (Q36).
        ResidenceCard.objects.filter(number="QR56789012ST").exclude(issued_on=today).update(
            issued_on=today
        )
        if done:
            return
        # A flushed database (browser tests empty every table) has lost the migration's data too.
        ensure_loaded(apps)
        organizations = _organizations()
        people = _identities(today)
        crowd = _crowd(today, crowd_size)
    if stdout is not None:
        stdout.write(
            f"Demo registry: {Resident.objects.count()} residents, "
            f"{Organization.objects.count()} organizations "
            f"(added {people + crowd} residents, {organizations} organizations)."
        )


def _organizations() -> int:
    from faker import Faker

    statuses = {s.code: s for s in StatusOfResidence.objects.all()}
    faker = Faker("ja_JP")
    faker.seed_instance(SEED)
    rng = random.Random(SEED)
    wanted = []
    for index, (name, kind, accepted) in enumerate(DEMO_ORGANIZATIONS, start=1):
        address = ("東京都新宿区西新宿１丁目１番１号", "大阪府大阪市北区梅田２丁目２番２号")[
            index % 2
        ]
        wanted.append((corporate_number(10_100_010_000 + index), name, kind, address, accepted))
    company_statuses = (
        "engineer-humanities-international",
        "skilled-labor",
        "intra-company-transferee",
        "specified-skilled-worker-1",
    )
    for index in range(ORGANIZATION_COUNT - len(DEMO_ORGANIZATIONS)):
        school = rng.random() < 0.25
        name = f"{faker.last_name()}日本語学校" if school else faker.company()
        accepted = ("student",) if school else tuple(rng.sample(company_statuses, 2))
        kind = OrganizationType.SCHOOL if school else OrganizationType.COMPANY
        address = rules.to_fullwidth(faker.address().replace(" ", ""))
        wanted.append((corporate_number(20_100_011_000 + index), name, kind, address, accepted))
    existing = set(
        Organization.objects.filter(corporate_number__in=[w[0] for w in wanted]).values_list(
            "corporate_number", flat=True
        )
    )
    created = 0
    for number, name, kind, address, accepted in wanted:
        if number in existing:
            continue
        organization = Organization.objects.create(
            corporate_number=number,
            name=name,
            organization_type=kind,
            address=address,
            contact_name="担当者",
            email=f"contact{number[-4:]}@example.jp",
        )
        organization.accepted_statuses.set([statuses[code] for code in accepted])
        created += 1
    return created


def _identities(today: datetime.date) -> int:
    nationalities = dict(Nationality.objects.values_list("code", "id"))
    statuses = dict(StatusOfResidence.objects.values_list("code", "id"))
    municipalities = {
        m.code: m
        for m in Municipality.objects.filter(code__in=[i.municipality for i in DEMO_IDENTITIES])
    }
    existing = set(
        ResidenceCard.objects.filter(
            number__in=[i.card_number for i in DEMO_IDENTITIES]
        ).values_list("number", flat=True)
    )
    created = 0
    for identity in DEMO_IDENTITIES:
        if identity.card_number in existing:
            continue
        issued = today - datetime.timedelta(days=identity.issued_days_ago)
        municipality = municipalities[identity.municipality]
        resident = Resident.objects.create(
            name_latin=identity.name_latin,
            name_kanji=identity.name_kanji,
            birth_date=identity.birth_date,
            sex=identity.sex,
            nationality_id=nationalities[identity.nationality],
            prefecture_id=municipality.prefecture_id,
            municipality=municipality,
            address_rest=identity.address_rest,
            status_id=statuses[identity.status],
            period_of_stay_days=identity.period_days,
            period_of_stay_until=(
                issued + datetime.timedelta(days=identity.period_days)
                if identity.period_days
                else None
            ),
            status_granted_on=issued,
        )
        expires = issued + datetime.timedelta(days=identity.period_days or 7 * 365)
        if identity.key == "engineer":
            ResidenceCard.objects.create(
                number=ENGINEER_PREVIOUS_CARD,
                resident=resident,
                issued_on=issued - datetime.timedelta(days=3 * 365),
                expires_on=issued,
                is_valid=False,
            )
        ResidenceCard.objects.create(
            number=identity.card_number, resident=resident, issued_on=issued, expires_on=expires
        )
        created += 1
    return created


def _crowd(today: datetime.date, size: int) -> int:
    """Residents with one current card each, in Japan's proportions of nationality and status."""
    from faker import Faker

    numbers = _crowd_numbers(size)
    existing = set(
        ResidenceCard.objects.filter(number__in=numbers).values_list("number", flat=True)
    )
    if len(existing) == size:
        return 0
    nationalities = dict(Nationality.objects.values_list("code", "id"))
    statuses = dict(StatusOfResidence.objects.values_list("code", "id"))
    municipalities = list(Municipality.objects.active().values_list("id", "prefecture_id", "code"))
    # Most residents live in the big prefectures; a tenth anywhere in Japan.
    urban = [m for m in municipalities if m[2][:2] in {"13", "14", "23", "27", "11", "12", "40"}]
    towns = Faker("ja_JP")
    towns.seed_instance(SEED)
    rng = random.Random(SEED + 1)
    names = _Names(rng)
    nationality_codes, nationality_weights = zip(*NATIONALITY_WEIGHTS.items(), strict=True)
    status_codes, status_weights = zip(*STATUS_WEIGHTS.items(), strict=True)

    residents, cards = [], []
    for number in numbers:
        nationality = rng.choices(nationality_codes, nationality_weights)[0]
        status = rng.choices(status_codes, status_weights)[0]
        sex = rng.choice((Sex.MALE, Sex.FEMALE))
        age = (
            rng.randint(18, 30)
            if status in {"student", "technical-intern-training"}
            else (rng.randint(22, 75))
        )
        birth = today - datetime.timedelta(days=age * 365 + rng.randint(0, 364))
        municipality_id, prefecture_id, _code = rng.choice(
            urban if rng.random() < 0.9 else municipalities
        )
        address = rules.to_fullwidth(
            f"{towns.town()}{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
        )
        if status == "permanent-resident":
            days = None
            granted = today - datetime.timedelta(days=rng.randint(30, 4000))
            issued = today - datetime.timedelta(days=rng.randint(1, 2000))
            until = None
            expires = issued + datetime.timedelta(days=7 * 365)
        else:
            days = rng.choice((365, 1095, 1825))
            granted = today - datetime.timedelta(days=rng.randint(1, days - 30))
            issued = granted
            until = expires = granted + datetime.timedelta(days=days)
        name = names.name(nationality, sex)
        if number in existing:
            continue
        resident = Resident(
            name_latin=name,
            birth_date=birth,
            sex=sex,
            nationality_id=nationalities[nationality],
            prefecture_id=prefecture_id,
            municipality_id=municipality_id,
            address_rest=address,
            status_id=statuses[status],
            period_of_stay_days=days,
            period_of_stay_until=until,
            status_granted_on=granted,
        )
        residents.append(resident)
        cards.append(
            ResidenceCard(number=number, resident=resident, issued_on=issued, expires_on=expires)
        )
    Resident.objects.bulk_create(residents, batch_size=1000)
    for card in cards:
        card.resident_id = card.resident.pk
    ResidenceCard.objects.bulk_create(cards, batch_size=1000)
    return len(residents)
