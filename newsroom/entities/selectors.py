"""Shared reads of entities: lookups by name for extraction, and the gazetteer."""

from django.db.models import Case, IntegerField, Prefetch, Q, Value, When

from newsroom.core.models import Origin, ReviewStatus
from newsroom.entities.models import Alias, Entity, normalize_alias

# An approved entity beats a pending one, which beats a rejected one (the status strings do not
# sort that way, which is how a rejected duplicate once won the lookup).
STATUS_RANK = Case(
    When(review_status=ReviewStatus.APPROVED, then=Value(0)),
    When(review_status=ReviewStatus.PENDING, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


def strong_names(name, aliases=()):
    """Names specific enough to identify an entity across articles: the canonical name, every
    multi-word alias, and acronyms. A bare surname could belong to anyone, so it never matches
    across articles by itself."""
    names = [name]
    for alias in aliases:
        if len(alias.split()) > 1 or (alias.isupper() and len(alias) > 1):
            names.append(alias)
    return [normalize_alias(value) for value in names]


def entity_canonical(entity):
    """The entity `entity` was (perhaps transitively) merged into, or itself."""
    seen = set()
    while entity.merged_into_id and entity.pk not in seen:
        seen.add(entity.pk)
        entity = entity.merged_into
    return entity


def entity_get_by_names(*, name, kind, aliases=()):
    """The existing entity (merges followed) a candidate of `kind` named `name` stands for, or
    None. Its canonical name is tried first, then its other strong names; an entity of the same
    kind wins, approved before pending before rejected, and failing that an entity whose kind an
    editor set: an editor's correction of the kind must not make the machine propose a twin."""
    for normalized in strong_names(name, aliases):
        named = Entity.objects.filter(
            Q(aliases__normalized=normalized) | Q(name__iexact=normalized)
        ).select_related("merged_into")
        found = (
            named.filter(kind=kind).order_by("merged_into", STATUS_RANK, "pk").first()
            or named.filter(origin=Origin.EDITOR).order_by("merged_into", STATUS_RANK, "pk").first()
        )
        if found is not None:
            return entity_canonical(found)
    return None


def entity_list_gazetteer():
    """Approved, unmerged entities with their approved aliases, and the names and approved
    aliases of the entities merged into them: what editors confirmed, and nothing else."""
    aliases = Alias.objects.filter(review_status=ReviewStatus.APPROVED).only("name", "entity_id")
    return (
        Entity.objects.approved()
        .only("name", "kind", "description")
        .prefetch_related(
            Prefetch("aliases", queryset=aliases),
            Prefetch(
                "merged_from",
                queryset=Entity.objects.only("name", "merged_into_id").prefetch_related(
                    Prefetch("aliases", queryset=aliases)
                ),
            ),
        )
    )
