"""Shared reads of entities: lookups by name for extraction, and the gazetteer."""

from django.db.models import Value
from django.db.models.functions import Lower

from newsroom.core.models import Origin, ReviewStatus
from newsroom.entities.models import (
    Alias,
    Entity,
    GazetteerChange,
    GazetteerState,
    normalize_alias,
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
    kind wins, unmerged before merged, approved before pending before rejected, and failing that
    an entity whose kind an editor set: an editor's correction of the kind must not make the
    machine propose a twin."""
    names = strong_names(name, aliases)
    return EntityIndex(names).lookup(name=name, kind=kind, aliases=aliases)


class EntityIndex:
    """The entities known under a set of names, loaded in two queries, for resolving many
    candidates at once (an article's forty entities in a few queries instead of a hundred);
    `add` records what the caller creates meanwhile, so later candidates find it as they would
    in the database. Merges are followed on lookup.

    `forms`, more normalized names that are not looked up by (a surname), are read as aliases
    with the names: `aliased` holds (entity id, normalized) of every alias of the names and
    forms, what `aliases_propose_many` would otherwise read again."""

    def __init__(self, names, *, forms=()):
        names = set(names)
        # the aliases of the names and forms, and the entities of those names, in one query
        aliased = (
            Alias.objects.filter(normalized__in=names | set(forms))
            .annotate(is_alias=Value(True))
            .values_list("normalized", "entity_id", "is_alias")
        )
        named = (
            Entity.objects.annotate(lowered=Lower("name"), is_alias=Value(False))
            .filter(lowered__in=names)
            .values_list("lowered", "pk", "is_alias")
        )
        found = set(aliased.order_by().union(named.order_by(), all=True).order_by())
        self.aliased = {(pk, normalized) for normalized, pk, is_alias in found if is_alias}
        pairs = {(normalized, pk) for normalized, pk, _ in found if normalized in names}
        rows = Entity.objects.filter(pk__in={pk for _, pk in pairs}).select_related("merged_into")
        entities = {entity.pk: entity for entity in rows}
        self.named = {}
        for normalized, pk in pairs:
            self.named.setdefault(normalized, []).append(entities[pk])

    def add(self, entity, names):
        for name in names:
            known = self.named.setdefault(normalize_alias(name), [])
            if entity not in known:
                known.append(entity)

    def lookup(self, *, name, kind, aliases=()):
        for normalized in strong_names(name, aliases):
            named = self.named.get(normalized, [])
            found = [e for e in named if e.kind == kind] or [
                e for e in named if e.origin == Origin.EDITOR
            ]
            if found:
                return entity_canonical(min(found, key=_precedence))
        return None


def _precedence(entity):
    # An approved entity beats a pending one, which beats a rejected one (the status strings do
    # not sort that way, which is how a rejected duplicate once won the lookup). An entity the
    # caller is about to save comes after the saved ones, as its id will.
    rank = {ReviewStatus.APPROVED: 0, ReviewStatus.PENDING: 1}.get(entity.review_status, 2)
    return (entity.merged_into_id is not None, rank, entity.pk is None, entity.pk or 0)


def gazetteer_version():
    """The gazetteer's version: how many changes the entity services have recorded. One query."""
    found = GazetteerState.objects.filter(pk=1).values_list("version", flat=True).first()
    return found or 0


def gazetteer_changes_since(version):
    """[(version, entity id)] of the changes recorded after `version`, oldest first."""
    changes = GazetteerChange.objects.filter(version__gt=version)
    return list(changes.order_by("version", "entity_id").values_list("version", "entity_id"))


def entity_list_gazetteer(*, ids=None):
    """The gazetteer rows of the approved, unmerged entities (of `ids`, or all): (id, name,
    kind, description, names, merged ids), `names` being their approved aliases, then the name
    and approved aliases of each entity merged into them: what editors confirmed, and nothing
    else. Three queries of plain values and no join, whatever the number of entities."""
    entities = Entity.objects.approved().order_by("name", "pk")
    merged = Entity.objects.filter(merged_into__isnull=False).order_by("name", "pk")
    aliases = Alias.objects.order_by("name", "pk")
    if ids is None:
        aliases = aliases.filter(review_status=ReviewStatus.APPROVED)
    else:  # a few rows: by their ids, on the indexes (the status is checked below)
        entities = entities.filter(pk__in=ids)
    rows = list(entities.values_list("pk", "name", "kind", "description"))
    if ids is not None:
        merged = merged.filter(merged_into__in=[row[0] for row in rows])
    merged = list(merged.values_list("pk", "name", "merged_into_id"))
    if ids is not None:
        aliases = aliases.filter(entity__in=[row[0] for row in rows + merged])
    # the whole gazetteer: every approved alias, those of entities outside it dropped below
    own = {}
    for entity_id, name, status in aliases.values_list("entity_id", "name", "review_status"):
        if status == ReviewStatus.APPROVED:
            own.setdefault(entity_id, []).append(name)
    names, merged_ids = {}, {}
    for row in rows:
        names[row[0]] = list(own.get(row[0], ()))
    for pk, name, into in merged:
        if into in names:
            merged_ids.setdefault(into, []).append(pk)
            names[into] += [name, *own.get(pk, ())]
    return [(*row, names[row[0]], merged_ids.get(row[0], [])) for row in rows]
