"""What the account listings share: a permission policy that never offers some actions, and
a way to take a generic view's URL out so that a view of their own can take its place."""

from __future__ import annotations

from wagtail.permission_policies import ModelPermissionPolicy


class LimitedPolicy(ModelPermissionPolicy):
    """Model permissions, minus the actions this listing must never offer."""

    def __init__(self, model, denied: tuple[str, ...]):
        super().__init__(model)
        self.denied = denied

    def user_has_permission(self, user, action):
        return action not in self.denied and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


def without(patterns, names):
    return [p for p in patterns if getattr(p, "name", None) not in names]
