"""Builds the demo portal: locales, the page tree in eight languages, the help desk, a
maintenance window, the editorial groups and workflow, and a demo officer.

Idempotent and cheap to repeat: `make run` calls it on every start. Each part remembers a
digest of the content it built (`portal.SeedRecord`) and is rebuilt only when that content
changed or its pages are gone. Other apps add their part through `portal.hooks.SEED_DEMO`
(portal never imports them).
"""

from datetime import datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import PageIndex, synchronize_tree

from portal import demo_content, roles, services
from portal.blocks import list_items
from portal.hooks import SEED_DEMO, call_all
from portal.models import (
    HelpDeskSettings,
    HelpDeskText,
    HomePage,
    MaintenanceWindow,
    NoticeIndexPage,
    NoticePage,
    StandardPage,
)
from portal.seeding import (
    digest,
    run_once,
    segment_map,
    service_group,
    translate_all,
    translate_object,
    upsert_child,
)

DEMO_OFFICER = "demo-officer"
DEMO_OFFICER_PASSWORD = "Demo#Officer2026"  # noqa: S105 - printed by `make run`, dev only
DEMO_STAFF_PASSWORD = "Demo#Staff2026"  # noqa: S105 - the role accounts' password, dev only

# Bump when the seed code changes what it builds from the same content.
SEED_VERSION = 2


class Command(BaseCommand):
    help = "Create or refresh the demo content and the demo officer account."

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="Print only the summary.")
        parser.add_argument(
            "--force", action="store_true", help="Rebuild every part even if unchanged."
        )

    def handle(self, *args, quiet=False, force=False, **options):
        if not getattr(settings, "PORTAL_DEMO_ALLOWED", False):
            raise CommandError("Demo data is never created with production settings.")
        self.force = force
        with transaction.atomic():
            source = self._locales()
            built = run_once(
                "portal",
                digest(SEED_VERSION, _portal_content()),
                lambda: self._build_portal(source),
                exists=not force and self._portal_exists(),
            )
            # Other apps add their demo content through the hook (portal never imports them).
            call_all(SEED_DEMO, self.stdout)
            home = HomePage.objects.get(locale=source)
            if self._link_home(home) or built:
                translate_all(home, demo_content.HOME)
            self._link_entry_pages(home)
            self._sync_locales(source)
            self._maintenance_window()
            services.ensure_editorial_workflow()
            self._officer()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo ready: {Page.objects.live().count()} live pages in "
                f"{Locale.objects.count()} languages."
            )
        )
        if not quiet:
            self.stdout.write(f"Demo officer: {DEMO_OFFICER} / {DEMO_OFFICER_PASSWORD}")
            names = ", ".join(demo_staff_username(role) for role in roles.ROLES)
            self.stdout.write(f"Demo staff by role: {names} / {DEMO_STAFF_PASSWORD}")

    # --- parts -----------------------------------------------------------------------------

    def _portal_exists(self) -> bool:
        """Every language has the top page and the reading pages this part builds."""
        expected = 1 + len(_standard_specs()) + 1 + len(demo_content.NOTICES)
        live = Page.objects.live().filter(
            depth__gte=2,
            content_type__app_label="portal",
        )
        return live.count() >= expected * len(settings.LANGUAGES)

    def _build_portal(self, source: Locale) -> None:
        home = self._home(source)
        children = []
        for spec in demo_content.STANDARD_PAGES_BEFORE:
            children.append((self._standard_page(home, spec), spec))
        notice_index = upsert_child(
            home,
            NoticeIndexPage,
            demo_content.NOTICE_INDEX["slug"],
            title=demo_content.NOTICE_INDEX["ja"]["title"],
            intro=demo_content.NOTICE_INDEX["ja"]["intro"],
        )
        children.append((notice_index, demo_content.NOTICE_INDEX))
        for spec in demo_content.NOTICES:
            children.append((self._notice(notice_index, spec), spec))
        for spec in demo_content.STANDARD_PAGES_AFTER + demo_content.STANDARD_PAGES_LAST:
            children.append((self._standard_page(home, spec), spec))
        for page, spec in children:
            translate_all(page, spec)
        self._help_desk()

    def _home(self, source: Locale) -> HomePage:
        site = Site.objects.filter(is_default_site=True).first()
        home = HomePage.objects.filter(locale=source).first()
        fields = demo_content.HOME["ja"]
        if home is None:
            root = Page.get_first_root_node() or Page.add_root(
                instance=Page(title="Root", slug="root", locale=source)
            )
            home = HomePage(slug="portal", locale=source, **fields)
            root.add_child(instance=home)
        else:
            for key, value in fields.items():
                setattr(home, key, value)
        home.save_revision().publish()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True, root_page=home)
        site.root_page = home
        site.site_name = fields["title"]
        site.save()
        # The placeholder page of Wagtail's first migration is of no use once the home exists.
        Page.objects.filter(depth=2, content_type__model="page").exclude(pk=home.pk).delete()
        return home

    def _standard_page(self, parent: Page, spec: dict) -> StandardPage:
        fields = spec["ja"]
        return upsert_child(
            parent,
            StandardPage,
            spec["slug"],
            title=fields["title"],
            introduction=fields["introduction"],
            body=[(kind, value) for kind, value in fields["body"]],
        )

    def _notice(self, parent: NoticeIndexPage, spec: dict) -> NoticePage:
        fields = spec["ja"]
        return upsert_child(
            parent,
            NoticePage,
            spec["slug"],
            title=fields["title"],
            summary=fields["summary"],
            body=list(fields["body"]),
            category=spec["category"],
            date=timezone.localdate() - timedelta(days=spec["days_ago"]),
        )

    def _link_home(self, home: HomePage) -> bool:
        """Point the top page's entries and links at its children, by slug; True if changed."""
        children = {p.slug: p for p in home.get_children()}
        wanted_links = [
            {"page": children[slug].pk, "label": "", "description": ""}
            for slug in demo_content.HOME_LINKS
            if slug in children
        ]
        current_links = [
            {k: b["value"].get(k, "") for k in ("page", "label", "description")}
            for b in home.links.raw_data
        ]
        entries = {
            field: children[slug].pk if slug in children else None
            for field, slug in demo_content.HOME_ENTRIES.items()
        }
        wanted_services = [
            service_group(home, audience, slugs)
            for audience, slugs in demo_content.SERVICE_LINKS.items()
        ]
        current_services = [_stored_group(b["value"]) for b in home.services.raw_data]
        if (
            current_links == wanted_links
            and current_services == wanted_services
            and all(getattr(home, f"{field}_id") == pk for field, pk in entries.items())
        ):
            return False
        home.links = [{"type": "link", "value": link} for link in wanted_links]
        home.services = [{"type": "services", "value": group} for group in wanted_services]
        for field, pk in entries.items():
            setattr(home, f"{field}_id", pk)
        home.save_revision().publish()
        return True

    def _link_entry_pages(self, home: HomePage) -> None:
        """The "For residents" and "For organizations" pages end with their service buttons;
        added once (an editor may move or remove them afterwards), then translated again."""
        specs = {spec["slug"]: spec for spec in _standard_specs()}
        for audience, slugs in demo_content.SERVICE_LINKS.items():
            page = StandardPage.objects.child_of(home).filter(slug=audience).first()
            if page is None or any(b.block_type == "services" for b in page.body):
                continue
            group = service_group(home, audience, slugs)
            page.body = [*page.body.raw_data, {"type": "services", "value": group}]
            page.save_revision().publish()
            if audience in specs:
                translate_all(page, specs[audience])

    def _help_desk(self) -> None:
        desk = HelpDeskSettings.load()
        desk.phone = demo_content.HELP_DESK["phone"]
        desk.email = demo_content.HELP_DESK["email"]
        desk.save()
        for code, text in demo_content.HELP_DESK["texts"].items():
            HelpDeskText.objects.update_or_create(setting=desk, language_code=code, defaults=text)

    def _maintenance_window(self) -> None:
        """A window a few days ahead, so the banner can be seen; renewed once it has passed."""
        if MaintenanceWindow.objects.filter(end__gt=timezone.now()).exists():
            return
        spec = demo_content.MAINTENANCE
        day = timezone.localdate() + timedelta(days=spec["days_ahead"])
        start = timezone.make_aware(datetime.combine(day, time(spec["start_hour"])))
        announcement = NoticePage.objects.filter(
            locale__language_code="ja", category="maintenance"
        ).first()
        window = MaintenanceWindow.objects.create(
            title=spec["ja"]["title"],
            message=spec["ja"]["message"],
            start=start,
            end=start + timedelta(hours=spec["hours"]),
            announce_days=7,
            announcement=announcement,
            locale=Locale.objects.get(language_code="ja"),
        )
        for code in demo_content.LANGUAGES[1:]:
            translate_object(window, code, segment_map(spec["ja"], spec[code]))

    def _locales(self) -> Locale:
        source, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        for code, _name in settings.LANGUAGES:
            Locale.objects.get_or_create(language_code=code)
        return source

    def _sync_locales(self, source: Locale) -> None:
        """Keep every other tree in step with the Japanese one (wagtail-localize "sync from").

        Pages created here do not pass through the admin's "after create" hook, so trees that
        lack a page get their synchronised copies now; complete trees are left alone (building
        wagtail-localize's page index is the slowest part of a re-run).
        """
        counts = dict(
            Page.objects.filter(depth__gte=2)
            .order_by()  # the tree's default ordering by path would split the groups
            .values_list("locale_id")
            .annotate(pages=Count("id"))
            .values_list("locale_id", "pages")
        )
        others = list(Locale.objects.exclude(pk=source.pk))
        for locale in others:
            if not LocaleSynchronization.objects.filter(locale=locale).exists():
                # Saving it would synchronise at once; the loop below does that once for all.
                LocaleSynchronization.objects.bulk_create(
                    [LocaleSynchronization(locale=locale, sync_from=source)]
                )
        behind = [loc for loc in others if counts.get(loc.pk, 0) < counts.get(source.pk, 0)]
        if behind:
            index = PageIndex.from_database().sort_by_tree_position()
            for locale in behind:
                synchronize_tree(source, locale, page_index=index)

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
        # One account per back-office role, each in its group only (README lists them).
        for role in roles.ROLES:
            user, created = user_model.objects.get_or_create(
                username=demo_staff_username(role),
                defaults={"email": f"{role.key}@example.jp", "is_staff": True},
            )
            if created:
                user.set_password(DEMO_STAFF_PASSWORD)
                user.password_changed_at = timezone.now()
                user.first_name, user.last_name = "Demo", role.key.replace("_", " ").title()
                user.save()
            user.groups.set([Group.objects.get(name=role.name)])


def demo_staff_username(role) -> str:
    return f"demo-{role.key.replace('_', '-')}"


def _standard_specs() -> list[dict]:
    return (
        demo_content.STANDARD_PAGES_BEFORE
        + demo_content.STANDARD_PAGES_AFTER
        + demo_content.STANDARD_PAGES_LAST
    )


def _portal_content() -> list:
    return [
        demo_content.HOME,
        _standard_specs(),
        demo_content.NOTICE_INDEX,
        demo_content.NOTICES,
        demo_content.HELP_DESK,
        demo_content.SERVICE_LINKS,
    ]


def _stored_group(value: dict) -> dict:
    """A stored group in the shape `service_group` builds, to compare the two."""
    return {
        "audience": value.get("audience"),
        "links": [
            {k: item.get(k, "") for k in ("page", "label", "description")}
            for item in list_items(value.get("links"))
        ],
    }
