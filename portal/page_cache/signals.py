"""The signals that purge the page cache: a page published, unpublished, moved or deleted, a
view restriction, a maintenance window, the help desk, a site or a locale saved or deleted."""

from __future__ import annotations

from portal.page_cache.generation import purge


def _on_page(sender, instance=None, **kwargs) -> None:
    purge(f"page {getattr(instance, 'pk', '')}")


def _on_delete(sender, instance=None, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(instance, Page):
        purge(f"page {instance.pk} deleted")


def _on_model(sender, instance=None, **kwargs) -> None:
    purge(f"{sender._meta.label} {getattr(instance, 'pk', '')}")


def connect_signals() -> None:
    """Purge on every change that can show on a public page (called from PortalConfig.ready)."""
    from django.db.models.signals import post_delete, post_save

    from wagtail.models import Locale, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(_on_page, dispatch_uid="page_cache_published")
    page_unpublished.connect(_on_page, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(_on_page, dispatch_uid="page_cache_moved")
    post_delete.connect(_on_delete, dispatch_uid="page_cache_page_deleted")
    # By label: the site shell's own models are named, not imported, so this module stays
    # below them.
    for model in (
        PageViewRestriction,
        "portal.MaintenanceWindow",
        "portal.HelpDeskSettings",
        "portal.HelpDeskText",
        Site,
        Locale,
    ):
        label = model if isinstance(model, str) else model._meta.label
        uid = label.lower()
        post_save.connect(_on_model, sender=model, dispatch_uid=f"page_cache_save_{uid}")
        post_delete.connect(_on_model, sender=model, dispatch_uid=f"page_cache_delete_{uid}")
