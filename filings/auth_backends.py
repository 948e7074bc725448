"""The sign-in backend: Django's ModelBackend, reading a signed-in user with what filing needs.

Every request of a signed-in resident or organization user asks, through `filer_for`, for the
user's resident account and person or their organization membership: two more queries after
the user's own on every filing, status and account page. Read together with the user, they
cost one query, the one the session already makes.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

PATH = "filings.auth_backends.AccountBackend"


class AccountBackend(ModelBackend):
    def get_user(self, user_id):
        model = get_user_model()
        user = (
            model._default_manager.select_related(
                "resident_account__resident", "organization_membership__organization"
            )
            .filter(pk=user_id)
            .first()
        )
        return user if user is not None and self.user_can_authenticate(user) else None
