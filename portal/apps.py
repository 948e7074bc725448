from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .page_cache import connect_signals

        connect_signals()  # purge the page cache on publishing, in web and worker processes

        from . import publishing

        publishing.connect_signals()  # every language follows the source's publishing

        from . import maintenance_notices

        maintenance_notices.connect_signals()  # a window writes, moves and withdraws its notice

        from django.db.models.signals import post_migrate

        from .roles import ensure_roles

        # The back office's groups exist as soon as the database does.
        post_migrate.connect(ensure_roles, sender=self, dispatch_uid="portal_roles")
