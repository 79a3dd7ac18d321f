"""Writes that belong to no single domain app: the editors' group and accounts."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from newsroom.core.permissions import EDITORS_GROUP, groups_sync


def editors_group_ensure():
    """Create or refresh the Editors and Reporters groups; return the Editors group."""
    return groups_sync(Group, Permission)[EDITORS_GROUP]


@transaction.atomic
def editor_create(*, username, group=EDITORS_GROUP):
    """Create a staff account in the Editors (or Reporters) group; return its generated
    password, or None if the account already exists (its password is never printed again)."""
    user_model = get_user_model()
    group = groups_sync(Group, Permission)[group]
    if user_model.objects.filter(username=username).exists():
        return None
    password = secrets.token_urlsafe(15)
    user = user_model.objects.create_user(username=username, password=password, is_staff=True)
    user.groups.add(group)
    return password
