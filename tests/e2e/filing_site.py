"""A small site for the filing browser tests: home, account, check, filing and status pages in
the languages asked for, and the demo registry's named people (README) without the crowd."""

from __future__ import annotations

from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils import timezone

from filings.demo import accounts as account_demo
from filings.demo import filings as filing_demo
from filings.demo import registry as demo
from filings.management.reference_data import ensure_loaded
from filings.models import AccountPage, ResidenceCard, ResidentAccount
from portal.seeding import translate_all, upsert_child
from tests.content_helpers import make_site

PASSWORD = "Demo#Filer2026"


def build(languages: tuple[str, ...]) -> dict:
    ensure_loaded(apps)  # live_server tests flush every table, reference data included
    site = make_site(languages=languages)
    home = site["home"]
    others = [code for code in languages if code != "ja"]
    spec = account_demo.ACCOUNT
    account = upsert_child(
        home, AccountPage, "account", title=spec["ja"]["title"], intro=spec["ja"]["intro"]
    )
    if others:  # an empty list would mean "every language" to translate_all
        translate_all(account, spec, languages=others)
    for model, spec in filing_demo.PAGES:
        page = upsert_child(
            home, model, spec["slug"], title=spec["ja"]["title"], intro=spec["ja"]["intro"]
        )
        if others:
            translate_all(page, spec, languages=others)
    demo.seed(crowd_size=0)
    return site


def demo_resident_user(card_number: str, username: str, language: str):
    """An account for one of README's demo identities, as registration would have made."""
    card = ResidenceCard.objects.select_related("resident").get(number=card_number)
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@example.jp",
        password=PASSWORD,
        kind="resident",
        language_code=language,
    )
    user.password_changed_at = timezone.now()
    user.save(update_fields=["password_changed_at"])
    ResidentAccount.objects.create(user=user, resident=card.resident)
    return user
