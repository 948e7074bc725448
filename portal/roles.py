"""The back office's roles: one group per kind of work, each with only what that work needs.

Nobody works as a superuser. A staff member belongs to one or more of these groups; the table
below is the one source of what each may see and do, and `ensure_roles` (run after every
`migrate`, and by the demo seed) makes the groups match it. Permissions named here that a
group holds but the table no longer lists are taken away, so narrowing a role is one edit.

Page permissions (editing and publishing pages) and the editorial workflow are given by
`services.ensure_editorial_workflow`, which needs the page tree and runs once it exists.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Role:
    key: str
    name: str  # the group's name, as staff see it in the admin
    permissions: tuple[str, ...]  # "app_label.codename"


ADMIN = "wagtailadmin.access_admin"
PERSONAL_DATA = "filings.view_personal_data"

EDITORS = "編集者 / Editors"
MODERATORS = "承認者 / Moderators"
TRANSLATORS = "翻訳者 / Translators"

ROLES: tuple[Role, ...] = (
    # Write and change pages, notices, the Q&A and manuals; submit them for approval.
    Role(
        "editors",
        EDITORS,
        (
            ADMIN,
            "wagtail_localize.submit_translation",
        ),
    ),
    # Approve and publish pages and translations; maintenance windows and the help desk.
    Role(
        "moderators",
        MODERATORS,
        (
            ADMIN,
            "wagtail_localize.submit_translation",
            "portal.add_maintenancewindow",
            "portal.change_maintenancewindow",
            "portal.delete_maintenancewindow",
            "portal.change_helpdesksettings",
        ),
    ),
    # Translate pages into the other languages and submit the translations for approval.
    Role(
        "translators",
        TRANSLATORS,
        (ADMIN, "wagtail_localize.submit_translation"),
    ),
    # Organization registrations, resident and organization accounts, unlocking them.
    Role(
        "counter",
        "窓口担当 / Counter officers",
        (
            ADMIN,
            "filings.view_organizationregistration",
            "filings.add_organizationregistration",
            "filings.change_organizationregistration",
            "filings.view_residentaccount",
            "filings.change_residentaccount",
            "filings.view_organizationmembership",
            "filings.change_organizationmembership",
            "filings.view_mail",
        ),
    ),
    # Filings and bulk files with their personal data: open, retry, withdraw, export.
    Role(
        "filing_officers",
        "届出担当 / Filing officers",
        (
            ADMIN,
            "filings.view_filing",
            "filings.change_filing",
            "filings.view_bulkupload",
            PERSONAL_DATA,
            "filings.view_resident",
            "filings.view_residencecard",
            "filings.view_organization",
        ),
    ),
    # Accounts and their mail history, without residence card numbers or dates of birth.
    Role(
        "help_desk",
        "ヘルプデスク / Help desk",
        (
            ADMIN,
            "filings.view_residentaccount",
            "filings.view_organizationmembership",
            "filings.view_mail",
        ),
    ),
    # The audit trail and the dashboard of filings (card numbers masked).
    Role(
        "supervisors",
        "監督者 / Supervisors",
        (ADMIN, "portal.view_auditevent", "filings.view_filing", "filings.view_bulkupload"),
    ),
    # Staff accounts and groups, the registry, reference data and imports.
    Role(
        "administrators",
        "システム管理者 / Administrators",
        (
            ADMIN,
            "portal.add_user",
            "portal.change_user",
            "portal.view_user",
            "auth.add_group",
            "auth.change_group",
            "auth.view_group",
            "filings.add_resident",
            "filings.change_resident",
            "filings.view_resident",
            "filings.add_residencecard",
            "filings.change_residencecard",
            "filings.view_residencecard",
            "filings.add_organization",
            "filings.change_organization",
            "filings.view_organization",
            PERSONAL_DATA,
            "wagtailcore.add_locale",
            "wagtailcore.change_locale",
            "wagtailcore.add_site",
            "wagtailcore.change_site",
            "portal.view_auditevent",
        ),
    ),
)


# Wagtail's own first migration creates "Editors" and "Moderators" (with image and document
# permissions by collection); they become the editorial roles rather than lingering beside them.
LEGACY_NAMES = {"Editors": EDITORS, "Moderators": MODERATORS}


def _rename_group(Group, old: str, new: str) -> None:
    legacy = Group.objects.filter(name=old).first()
    if legacy is None:
        return
    current = Group.objects.filter(name=new).first()
    if current is None:
        legacy.name = new
        legacy.save(update_fields=["name"])
        return
    current.user_set.add(*legacy.user_set.all())  # both exist: keep the members, drop the old
    legacy.delete()


def ensure_roles(**kwargs) -> None:
    """Make every role's group hold exactly its listed permissions. Idempotent.

    Connected to `post_migrate`: Django creates permissions app by app after migrating, so
    those of every installed app are created first; a permission still missing (an app not
    installed) is skipped rather than failing the migration.
    """
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    by_name = {
        f"{app}.{codename}": pk
        for pk, app, codename in Permission.objects.values_list(
            "pk", "content_type__app_label", "codename"
        )
    }
    for old, new in LEGACY_NAMES.items():
        _rename_group(Group, old, new)
    for role in ROLES:
        group, _created = Group.objects.get_or_create(name=role.name)
        group.permissions.set([by_name[p] for p in role.permissions if p in by_name])
