"""Writes that belong to no single domain app: the editors' group and accounts."""

import secrets

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction

EDITORS_GROUP = "Editors"


def editors_group_ensure():
    """Create or refresh the Editors group with every permission on the newsroom's models."""
    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    labels = [
        config.label for config in apps.get_app_configs() if config.name.startswith("newsroom.")
    ]
    permissions = Permission.objects.filter(content_type__app_label__in=labels)
    group.permissions.set(permissions)
    return group


@transaction.atomic
def editor_create(*, username):
    """Create a staff account in the Editors group; return its generated password, or None if
    the account already exists (its password is never printed again)."""
    user_model = get_user_model()
    group = editors_group_ensure()
    if user_model.objects.filter(username=username).exists():
        return None
    password = secrets.token_urlsafe(15)
    user = user_model.objects.create_user(username=username, password=password, is_staff=True)
    user.groups.add(group)
    return password
