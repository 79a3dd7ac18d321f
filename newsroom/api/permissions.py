"""Who may call the editor endpoints: a signed-in user holding the Django model permission the
desk's groups grant for that action (see `newsroom.core.permissions`): `quotes.review_quote` to
approve a quote, `entities.merge_entity` to merge, `stories.publish_story` to publish."""

from rest_framework.exceptions import PermissionDenied
from rest_framework.permissions import BasePermission

# The permission verb of each view action; an @action names its own with `permission_verb`.
ACTION_VERBS = {"retrieve": "view", "partial_update": "change"}


def model_perm(model, verb):
    """The Django permission `<app>.<verb>_<model>`, as the admin checks it."""
    return f"{model._meta.app_label}.{verb}_{model._meta.model_name}"


def perm_require(user, perm, message):
    """PermissionDenied with `message` unless `user` holds `perm` (a check on the input, such as a
    claim's verdict, which needs more than the action itself)."""
    if not user.has_perm(perm):
        raise PermissionDenied(message)


class HasEditorialPermission(BasePermission):
    """Authenticated, and holding `<app>.<verb>_<model>` for the view's model and action;
    anonymous requests are refused before anything is read (401), others without it get 403."""

    message = "Your account does not have the permission this action needs."

    def has_permission(self, request, view):
        user = request.user
        if not (user and user.is_authenticated):
            return False
        verb = getattr(view, "permission_verb", None) or ACTION_VERBS.get(view.action, "view")
        perm = model_perm(view.queryset.model, verb)
        self.message = f"Your account does not have the permission this action needs ({perm})."
        return user.has_perm(perm)
