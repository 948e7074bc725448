"""Resident accounts and organization users (SPEC O2, O4; QUALITY A9, G4): an officer opens
one to unlock, deactivate or re-enable it, send an organization user a new password link, and
read its mail history and recent audit events. Every action is audited."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet

from filings.admin.accounts.common import without
from filings.admin.base import AuditedIndexView
from filings.models.accounts import OrganizationMembership, ResidentAccount
from filings.models.mail import Mail
from filings.services import accounts as services
from portal import audit
from portal.models import AuditEvent

User = get_user_model()

# Who may open an account at the counter (unlock, deactivate, new password link): the right
# to change that kind of account. Not `change_user`: that opens Wagtail's user editor, where
# a staff member could be made an administrator.
ACCOUNT_PERMISSIONS = {
    User.Kind.RESIDENT: "filings.change_residentaccount",
    User.Kind.ORGANIZATION: "filings.change_organizationmembership",
}


class AccountDetailView(WagtailAdminTemplateMixin, TemplateView):
    """One account at the counter: unlock, deactivate or re-enable, new password link for an
    organization user; its mail history with delivery states; its recent audit events."""

    template_name = "filings/admin/account_detail.html"
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        self.account_user = get_object_or_404(
            User.objects.exclude(kind=User.Kind.STAFF), pk=kwargs["pk"]
        )
        if not request.user.has_perm(ACCOUNT_PERMISSIONS[self.account_user.kind]):
            from wagtail.admin.auth import permission_denied

            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Account %(auth_id)s") % {"auth_id": self.account_user.username}

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        # The account, its mail history and its events are personal data (QUALITY G4).
        audit.record(
            "personal_data.viewed",
            request=request,
            target=self.account_user,
            details={"view": "account"},
        )
        return response

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        from axes.models import AccessAttempt

        user = self.account_user
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "account_user": user,
                "resident_account": ResidentAccount.objects.filter(user=user).first(),
                "membership": OrganizationMembership.objects.filter(user=user)
                .select_related("organization")
                .first(),
                "locked_attempts": AccessAttempt.objects.filter(username=user.username).first(),
                "mails": Mail.objects.filter(recipient=user).order_by("-created_at")[:50],
                "events": AuditEvent.objects.filter(
                    target_type="portal.user", target_id=str(user.pk)
                ).order_by("-occurred_at")[:30],
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        user = self.account_user
        action = request.POST.get("action")
        if action == "unlock":
            services.officer_unlock(user, officer=request.user, request=request)
            messages.success(request, _("The account is unlocked."))
        elif action in ("deactivate", "reactivate"):
            services.officer_set_active(
                user, officer=request.user, active=action == "reactivate", request=request
            )
            messages.success(request, _("The account has been updated."))
        elif action == "reset":
            member = OrganizationMembership.objects.filter(user=user).first()
            if member is not None:
                services.reset_member_password(
                    request.user, member, request=request, by_officer=True
                )
                messages.success(request, _("A link to set a new password has been mailed."))
        return redirect(request.path)


class _AccountListing(ModelViewSet):
    copy_view_enabled = False
    inspect_view_enabled = False
    search_backend_name = None

    def get_urlpatterns(self):
        return [
            *without(super().get_urlpatterns(), {"edit"}),
            path("edit/<int:pk>/", self._detail, name="edit"),
        ]

    def _detail(self, request, pk):
        instance = get_object_or_404(self.model, pk=pk)
        return AccountDetailView.as_view()(request, pk=instance.user_id)


class ResidentAccountViewSet(_AccountListing):
    model = ResidentAccount
    index_view_class = AuditedIndexView
    name = "resident_accounts"
    icon = "user"
    menu_label = _("Resident accounts")
    list_display = ["user", "registered_at", "valid_until", "deactivation_reason"]
    list_filter = ["deactivation_reason"]
    search_fields = ["user__username", "user__email"]
    ordering = ["-registered_at"]
    form_fields = ["valid_until"]


class OrganizationMembershipViewSet(_AccountListing):
    model = OrganizationMembership
    index_view_class = AuditedIndexView
    name = "organization_users"
    icon = "group"
    menu_label = _("Organization users")
    list_display = ["user", "organization", "role", "created_at", "deactivation_reason"]
    list_filter = ["role"]
    search_fields = ["user__username", "user__email", "organization__name"]
    ordering = ["organization__name"]
    form_fields = ["role"]
