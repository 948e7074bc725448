from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FilingsConfig(AppConfig):
    name = "filings"
    verbose_name = _("Filings")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from filings.services import completion, mail
        from filings.services.reference import reference_data_changed

        # A sent mail completes what waited for it (SPEC S2).
        mail.mail_sent.connect(completion.on_mail_sent, dispatch_uid="completion_on_mail_sent")

        # Choice fields are checked against per-process code sets (filings.services.reference).
        for model in ("Nationality", "Prefecture", "Municipality"):
            for signal in (post_save, post_delete):
                signal.connect(
                    reference_data_changed,
                    sender=f"filings.{model}",
                    dispatch_uid=f"reference_data_changed_{signal is post_save}_{model}",
                )
