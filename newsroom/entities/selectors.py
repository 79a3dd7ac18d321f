"""Shared reads of entities: lookups by name for extraction, and the gazetteer."""

from django.db.models import CharField, F, Value
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
    """The entities known under a set of names, loaded in one query, for resolving many
    candidates at once (an article's forty entities in a few queries instead of a hundred);
    `add` records what the caller creates meanwhile, so later candidates find it as they would
    in the database. Merges are followed on lookup.

    `forms`, more normalized names that are not looked up by (a surname), are read as aliases
    with the names: `aliased` holds (entity id, normalized) of every alias of the names and
    forms, what `aliases_propose_many` would otherwise read again."""

    def __init__(self, names, *, forms=()):
        names = set(names)
        # the entities with an alias among the names and forms (one row per alias) and those of
        # these names, in one query (a UNION ALL: each part can use its index)
        text = CharField()
        aliased = Entity.objects.filter(aliases__normalized__in=names | set(forms)).annotate(
            form=F("aliases__normalized"), lowered=Value(None, output_field=text)
        )
        named = Entity.objects.annotate(
            form=Value(None, output_field=text), lowered=Lower("name")
        ).filter(lowered__in=names)
        rows = list(aliased.order_by().union(named.order_by(), all=True).order_by())
        self.aliased = {(row.pk, row.form) for row in rows if row.form is not None}
        entities, pairs = {}, set()
        for row in rows:
            normalized = row.lowered if row.form is None else row.form
            if normalized in names:
                pairs.add((normalized, row.pk))
                entities.setdefault(row.pk, row)  # (one object per entity)
        # where merges are followed from, as the lookup reads them (none, mostly: no query)
        merged = {e.merged_into_id for e in entities.values() if e.merged_into_id} - {None}
        targets = Entity.objects.in_bulk(merged) if merged else {}
        for entity in entities.values():
            if entity.merged_into_id in targets:
                entity.merged_into = targets[entity.merged_into_id]
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
