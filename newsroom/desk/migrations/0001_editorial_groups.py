"""The Reporters and Editors groups with their permissions (see newsroom.core.permissions)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from newsroom.core.permissions import groups_sync


def groups_create(apps, schema_editor):
    # Permissions are normally made after all migrations; make them now so the groups get them.
    for config in apps.get_app_configs():
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None
    groups_sync(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


def groups_delete(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Editors", "Reporters"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("articles", "0001_initial"),
        ("entities", "0003_permissions"),
        ("quotes", "0002_permissions"),
        ("claims", "0003_permissions"),
        ("stories", "0002_permissions"),
        ("extraction", "0001_initial"),
    ]

    operations = [migrations.RunPython(groups_create, groups_delete)]
