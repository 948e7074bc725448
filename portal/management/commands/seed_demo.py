"""Builds the demo portal: locales, the page tree in eight languages and a demo officer.

Idempotent: running it again updates what exists and creates only what is missing, so
`make run` can call it on every start.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization

from portal import demo_content
from portal.hooks import SEED_DEMO, call_all
from portal.localization import translate_page
from portal.models import HomePage, StandardPage

DEMO_OFFICER = "demo-officer"
DEMO_OFFICER_PASSWORD = "Demo#Officer2026"  # noqa: S105 - printed by `make run`, dev only


class Command(BaseCommand):
    help = "Create or refresh the demo content and the demo officer account."

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="Print only the summary.")

    def handle(self, *args, quiet=False, **options):
        if not getattr(settings, "PORTAL_DEMO_ALLOWED", False):
            raise CommandError("Demo data is never created with production settings.")
        with transaction.atomic():
            source = self._locales()
            home = self._home(source)
            about = self._standard_page(home, demo_content.ABOUT_JA)
            for code, strings in demo_content.HOME_TRANSLATIONS.items():
                translate_page(home, code, strings)
            for code, strings in demo_content.ABOUT_TRANSLATIONS.items():
                translate_page(about, code, strings)
            self._sync_locales(source)
            self._officer()
            # Other apps add their demo content through the hook (portal never imports them).
            call_all(SEED_DEMO, self.stdout)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo ready: {Page.objects.live().count()} live pages in "
                f"{Locale.objects.count()} languages."
            )
        )
        if not quiet:
            self.stdout.write(f"Demo officer: {DEMO_OFFICER} / {DEMO_OFFICER_PASSWORD}")

    def _locales(self) -> Locale:
        source, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        for code, _name in settings.LANGUAGES:
            Locale.objects.get_or_create(language_code=code)
        return source

    def _sync_locales(self, source: Locale) -> None:
        """Keep every other tree in step with the Japanese one (wagtail-localize "sync from")."""
        for locale in Locale.objects.exclude(pk=source.pk):
            sync, created = LocaleSynchronization.objects.get_or_create(
                locale=locale, defaults={"sync_from": source}
            )
            if not created:
                sync.sync_trees()

    def _home(self, source: Locale) -> HomePage:
        site = Site.objects.filter(is_default_site=True).first()
        home = HomePage.objects.filter(locale=source).first()
        fields = demo_content.HOME_JA
        if home is None:
            root = Page.get_first_root_node() or Page.add_root(
                instance=Page(title="Root", slug="root", locale=source)
            )
            home = HomePage(
                title=fields["title"],
                slug="portal",
                lead=fields["lead"],
                intro=fields["intro"],
                locale=source,
            )
            root.add_child(instance=home)
        else:
            home.title, home.lead, home.intro = fields["title"], fields["lead"], fields["intro"]
        home.save_revision().publish()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True, root_page=home)
        site.root_page = home
        site.site_name = fields["title"]
        site.save()
        # The placeholder page of Wagtail's first migration is of no use once the home exists.
        Page.objects.filter(depth=2, content_type__model="page").exclude(pk=home.pk).delete()
        return home

    def _standard_page(self, parent: Page, fields: dict) -> StandardPage:
        page = StandardPage.objects.filter(locale=parent.locale, slug=fields["slug"]).first()
        values = {
            "title": fields["title"],
            "introduction": fields["introduction"],
            "body": [(kind, value) for kind, value in fields["body"]],
        }
        if page is None:
            page = StandardPage(slug=fields["slug"], locale=parent.locale, **values)
            parent.add_child(instance=page)
        else:
            for key, value in values.items():
                setattr(page, key, value)
        page.save_revision().publish()
        return page

    def _officer(self) -> None:
        user_model = get_user_model()
        officer, created = user_model.objects.get_or_create(
            username=DEMO_OFFICER,
            defaults={"email": "officer@example.jp", "is_staff": True, "is_superuser": True},
        )
        if created:
            officer.set_password(DEMO_OFFICER_PASSWORD)
            officer.password_changed_at = timezone.now()
            officer.first_name, officer.last_name = "Demo", "Officer"
            officer.save()
