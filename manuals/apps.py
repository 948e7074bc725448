from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ManualsConfig(AppConfig):
    name = "manuals"
    verbose_name = _("Manuals and downloads")
    default_auto_field = "django.db.models.BigAutoField"
