"""Back office for accounts (SPEC A2, O2, O4, X1; QUALITY A9, G1).

- Organization registrations (`registrations`): the counter finds a pre-registration by its
  reference number, checks the person, and approves it (the "edit" view of the listing); "add"
  is the counter's own entry, pre-filled by uploading the filled registration template.
- Resident accounts and organization users (`users`): an officer opens one to unlock,
  deactivate or re-enable it, send an organization user a new password link, and read its mail
  history and recent audit events. Every action is audited.
- Mails and the audit trail (`records`): read-only listings.

This face groups them under one menu and registers their permission policies.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.permissions import register_permission_policy

from filings.models.accounts import (
    OrganizationMembership,
    OrganizationRegistration,
    ResidentAccount,
)
from filings.models.mail import Mail
from portal.models import AuditEvent

from .common import LimitedPolicy
from .records import AuditEventViewSet, MailViewSet
from .registrations import OrganizationRegistrationViewSet
from .users import OrganizationMembershipViewSet, ResidentAccountViewSet


class AccountsGroup(ModelViewSetGroup):
    menu_label = _("Accounts")
    menu_icon = "user"
    menu_order = 350
    items = (
        OrganizationRegistrationViewSet,
        ResidentAccountViewSet,
        OrganizationMembershipViewSet,
        MailViewSet,
        AuditEventViewSet,
    )


register_permission_policy(
    OrganizationRegistration, LimitedPolicy(OrganizationRegistration, ("delete",)), exact_class=True
)
for _model in (ResidentAccount, OrganizationMembership):
    register_permission_policy(_model, LimitedPolicy(_model, ("add", "delete")), exact_class=True)
for _model in (Mail, AuditEvent):
    register_permission_policy(
        _model, LimitedPolicy(_model, ("add", "change", "delete")), exact_class=True
    )
