"""The one user model for residents, organization staff and ministry staff."""

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class PortalUserManager(UserManager):
    """Login matches the auth ID exactly: IDs are case-sensitive (SPEC A3, Q42)."""

    def get_by_natural_key(self, username):
        return self.get(**{self.model.USERNAME_FIELD: username})


class User(AbstractUser):
    """A person who signs in. The username is the auth ID the person chose.

    Login compares the auth ID case-sensitively, but two IDs that differ only in case cannot
    both exist, so nobody can register a look-alike of someone else's ID (QUALITY J4).
    """

    class Kind(models.TextChoices):
        RESIDENT = "resident", _("Resident")
        ORGANIZATION = "organization", _("Organization user")
        STAFF = "staff", _("Ministry staff")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.STAFF)
    language_code = models.CharField(
        _("preferred language"),
        max_length=10,
        default="ja",
        help_text=_("Mails and notices are written in this language."),
    )
    password_changed_at = models.DateTimeField(_("password set at"), null=True, blank=True)
    password_must_change = models.BooleanField(
        _("password must be changed"),
        default=False,
        help_text=_("Set when the password was found in the list of known leaked passwords."),
    )
    # Reminders a person may do without; a mail about something they did, or a reminder of a
    # draft they left, always goes.
    optional_reminders = models.BooleanField(
        _("deadline reminders"),
        default=True,
        help_text=_(
            "Reminders before your period of stay ends and before the student reports of "
            "1 May and 1 November are due."
        ),
    )

    objects = PortalUserManager()

    @property
    def is_filer(self) -> bool:
        """Residents and organization users: they file, and have nothing in the admin."""
        return self.kind != self.Kind.STAFF

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(Lower("username"), name="portal_user_username_ci_unique"),
        ]
