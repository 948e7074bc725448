from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FilingsConfig(AppConfig):
    name = "filings"
    verbose_name = _("Filings")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from filings.fields import reference_data_changed

        # Choice fields are checked against per-process code sets (filings.fields).
        for model in ("Nationality", "Prefecture", "Municipality"):
            for signal in (post_save, post_delete):
                signal.connect(
                    reference_data_changed,
                    sender=f"filings.{model}",
                    dispatch_uid=f"reference_data_changed_{signal is post_save}_{model}",
                )
