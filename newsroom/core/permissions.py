"""Who may do what on the desk: the two editorial groups and their permissions, as data.

Reporters review facts (approve, reject, correct, add) but cannot merge entities, verify claims,
publish stories or delete anything; Editors may do everything on the newsroom's models, and
nothing on user accounts. The groups are created by a data migration (`desk`) and refreshed by
`ensure_editor`; admin classes and views check these permissions before calling a service.
"""

from django.db.models import Q

EDITORS_GROUP = "Editors"
REPORTERS_GROUP = "Reporters"
NEWSROOM_APPS = ("articles", "entities", "quotes", "claims", "stories", "extraction")
FACTS = ("entity", "alias", "mention", "role", "quote", "claim", "evidence")

REPORTER_PERMISSIONS = Q(codename__startswith="view_") | Q(
    codename__in=[f"{verb}_{fact}" for fact in FACTS for verb in ("add", "change", "review")]
)


def groups_sync(group_model, permission_model):
    """Create or refresh both groups; return {name: group}. Takes the models so that a data
    migration can pass its historical ones."""
    newsroom = permission_model.objects.filter(content_type__app_label__in=NEWSROOM_APPS)
    groups = {}
    for name, permissions in (
        (EDITORS_GROUP, newsroom),
        (REPORTERS_GROUP, newsroom.filter(REPORTER_PERMISSIONS)),
    ):
        group, _ = group_model.objects.get_or_create(name=name)
        group.permissions.set(permissions)
        groups[name] = group
    return groups
