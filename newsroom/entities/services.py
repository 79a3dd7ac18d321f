"""Writes to entities, aliases, mentions and roles: the editors' and the pipeline's alike."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F

from newsroom.core.bulk import rows_create_with_history
from newsroom.core.editorial import (
    fact_changed,
    fact_create,
    fact_edit,
    fact_review,
    row_lock,
    row_save,
)
from newsroom.core.models import MACHINE_PENDING, Origin, ReviewStatus
from newsroom.core.text import SLUG_ATTEMPTS, unique_slug, unique_slug_save, unique_slugs
from newsroom.entities.models import (
    Alias,
    Entity,
    GazetteerChange,
    GazetteerState,
    Mention,
    Role,
    normalize_alias,
)

# The fields a gazetteer row is made of: a change to any of them is a change to the gazetteer.
GAZETTEER_FIELDS = {Entity: {"name", "kind", "description", "review_status", "merged_into"}}
GAZETTEER_FIELDS[Alias] = {"name", "review_status", "entity"}


@transaction.atomic
def gazetteer_changed(*, entity_ids):
    """Record, in the caller's transaction, that the gazetteer rows of `entity_ids` (their
    names, aliases, kind, status or merge) may have changed, under a new gazetteer version.

    The version is bumped by an UPDATE of one row, whose lock is held until the transaction
    commits: versions commit in order, so a worker that reads version v has every change up to
    v committed, and brings its gazetteer up to date with the entities logged since its own."""
    ids = sorted({pk for pk in entity_ids if pk is not None})
    if not ids:
        return
    bumped = GazetteerState.objects.filter(pk=1)
    if not bumped.update(version=F("version") + 1):
        GazetteerState.objects.get_or_create(pk=1)
        bumped.update(version=F("version") + 1)
    version = bumped.values_list("version", flat=True).get()
    GazetteerChange.objects.bulk_create(
        GazetteerChange(version=version, entity_id=pk) for pk in ids
    )


def gazetteer_fact_changed(sender, *, fact, changes, **kwargs):
    """`fact_changed` receiver: an editor's change to an entity or alias, through any service,
    the desk or the admin, that touches what the gazetteer holds."""
    fields = GAZETTEER_FIELDS.get(sender)
    if not fields or not fields & {name for name, _, _ in changes}:
        return
    ids = {fact.pk} if sender is Entity else {fact.entity_id}
    for name, before, after in changes:
        if name in ("merged_into", "entity"):
            ids.update(getattr(value, "pk", value) for value in (before, after))
    gazetteer_changed(entity_ids=ids)


def entity_propose(*, name, kind, confidence, rule, extractor_version):
    """A new pending machine entity, as extraction proposes it (a slug another worker takes
    meanwhile is chosen again)."""
    entity = Entity(
        name=name[:200],
        kind=kind,
        confidence=confidence,
        rule=rule[:60],
        extractor_version=extractor_version,
    )
    return unique_slug_save(entity, name, max_length=200, fallback=kind)


def entities_propose(*, entities, retry=True):
    """Save new pending machine entities (unsaved `Entity` rows, as extraction builds them) in
    one bulk insert with a history version each, every one under a slug no row has (chosen
    again if another worker takes one meanwhile, each try in a savepoint). Return them.

    `retry=False`, for a caller that tries its whole transaction again on an IntegrityError (the
    extraction save does): one try, without a savepoint."""
    if not entities:
        return entities
    if not retry:
        return _entities_insert(entities, savepoint=False)
    for _ in range(SLUG_ATTEMPTS - 1):
        try:
            return _entities_insert(entities)
        except IntegrityError:
            for entity in entities:
                entity.pk = None
    return _entities_insert(entities)


def _entities_insert(entities, *, savepoint=True):
    slugs = unique_slugs(
        Entity,
        [entity.name for entity in entities],
        max_length=200,
        fallback=[entity.kind for entity in entities],
    )
    for entity, slug in zip(entities, slugs, strict=True):
        entity.slug = slug
    with transaction.atomic(savepoint=savepoint):
        return rows_create_with_history(entities, Entity)


def aliases_propose(*, entity, names, extractor_version):
    """Add the surface forms the entity lacks as pending machine aliases; return how many.
    A form an editor rejected stays rejected: it already exists, so it is not added again."""
    existing = set(entity.aliases.values_list("normalized", flat=True))
    added = 0
    for name in names:
        normalized = normalize_alias(name)
        if not normalized or normalized in existing:
            continue
        Alias.objects.create(
            entity=entity, name=name[:200], extractor_version=extractor_version, rule="surface"
        )
        existing.add(normalized)
        added += 1
    return added


def aliases_propose_many(*, names_by_entity, extractor_version, existing=None):
    """`aliases_propose` for many entities at once ({entity: names}): one query for the forms
    they have, one bulk insert (with history) for those they lack; return how many.
    `existing`, the (entity id, normalized) pairs of their aliases when the caller read them
    (at least those of the normalized names), saves the query."""
    if existing is None:
        existing = Alias.objects.filter(entity__in=list(names_by_entity)).values_list(
            "entity_id", "normalized"
        )
    existing = set(existing)
    new = []
    for entity, names in names_by_entity.items():
        for name in names:
            normalized = normalize_alias(name)
            if not normalized or (entity.pk, normalized) in existing:
                continue
            existing.add((entity.pk, normalized))
            new.append(
                Alias(
                    entity=entity,
                    name=name[:200],
                    normalized=normalized,
                    extractor_version=extractor_version,
                    rule="surface",
                )
            )
    rows_create_with_history(new, Alias)
    return len(new)


@transaction.atomic
def entity_create(*, user, name, kind, description="", slug="", review_status=None, reason=""):
    """An entity an editor adds, with its name as an approved alias."""
    entity = fact_create(
        Entity,
        user=user,
        reason=reason,
        fields={
            "name": name,
            "kind": kind,
            "description": description,
            "slug": slug or unique_slug(Entity, name, max_length=200, fallback=kind),
            **({"review_status": review_status} if review_status else {}),
        },
    )
    alias_add(entity=entity, name=name, user=user)  # (which records the gazetteer's change)
    return entity


@transaction.atomic
def entity_update(*, entity, user, fields, version=None, reason=""):
    """Change an entity's name, kind, description, slug or review status as an editor.

    A renamed entity keeps its old name as an alias, so the next extraction finds it under
    either name instead of proposing the old one again."""
    if "merged_into" in fields:
        raise ValidationError("Use a merge to merge entities.")
    before = row_lock(entity, version=version)
    old_name = before.name
    updated = fact_edit(before, user=user, fields=fields, reason=reason)
    if updated.name != old_name:
        alias_add(entity=updated, name=old_name, user=user)
    if fields.get("review_status") == ReviewStatus.APPROVED:
        _aliases_approve(updated, user=user)
    return updated


@transaction.atomic
def entity_review(*, entity, user, status, reason=""):
    """Approve or reject an entity. Approving it approves its pending machine aliases too (the
    editor saw them beside it, and only approved aliases feed the gazetteer); rejecting it
    rejects its pending machine mentions."""
    entity = fact_review(entity, user=user, status=status, reason=reason)
    if status == ReviewStatus.APPROVED:
        _aliases_approve(entity, user=user)
    elif status == ReviewStatus.REJECTED:
        # Its pending mentions name something the desk says is not an entity: rejected with it,
        # so that they stay out of every page and re-extraction leaves the decision alone.
        for mention in entity.mentions.filter(MACHINE_PENDING):
            fact_review(mention, user=user, status=ReviewStatus.REJECTED, reason=reason)
    return entity


def _aliases_approve(entity, *, user):
    for alias in entity.aliases.filter(origin=Origin.MACHINE, review_status=ReviewStatus.PENDING):
        fact_review(alias, user=user, status=ReviewStatus.APPROVED)


@transaction.atomic
def alias_add(*, entity, name, user, reason=""):
    """Give `entity` the surface form `name` (approved, the editor's); a form it already has,
    perhaps rejected, is approved again. Return the alias."""
    normalized = normalize_alias(name)
    existing = entity.aliases.filter(normalized=normalized).first()
    if existing is not None:
        if existing.review_status != ReviewStatus.APPROVED:
            existing = fact_review(existing, user=user, status=ReviewStatus.APPROVED, reason=reason)
        return existing
    alias = fact_create(Alias, user=user, reason=reason, fields={"entity": entity, "name": name})
    gazetteer_changed(entity_ids=[entity.pk])
    return alias


def alias_remove(*, alias, user, reason=""):
    """Take a surface form away from its entity. It is rejected rather than deleted, so the
    machine never proposes it for that entity again."""
    return fact_review(alias, user=user, status=ReviewStatus.REJECTED, reason=reason)


def fact_move(row, *, field, to, user, reason):
    """Point `row.field` at `to` on an editor's behalf (origin editor), with history."""
    setattr(row, field, to)
    row.origin = Origin.EDITOR
    row._history_user, row._change_reason = user, reason or None
    row.save()


@transaction.atomic
def entity_merge(*, source, target, user, reason=""):
    """Merge `source` into `target`: its mentions, aliases, roles, quotes, claims and evidence
    move to `target`, its name becomes an alias of `target`, and `source` keeps a pointer to
    `target` so its old URL redirects. Return `target`."""
    source, target = row_lock(source), row_lock(target)
    if source.pk == target.pk:
        raise ValidationError("An entity cannot be merged into itself.")
    if source.merged_into_id or target.merged_into_id:
        raise ValidationError("Merge into and from entities that are not merged already.")
    reason = reason or f"Merged {source.name} into {target.name}"
    # Sent before the rows move, so that a story showing `source` still finds it; it records
    # the gazetteer's change of both entities too (`gazetteer_fact_changed`), the rows locked
    # first as every entity service locks them.
    fact_changed.send(
        Entity, fact=source, changes=[("merged_into", None, target)], user=user, reason=reason
    )
    taken = set(target.mentions.values_list("article_id", "start", "end"))
    for mention in source.mentions.all():
        if (mention.article_id, mention.start, mention.end) in taken:
            mention._history_user = user
            mention.delete()
        else:
            fact_move(mention, field="entity", to=target, user=user, reason=reason)
    names = set(target.aliases.values_list("normalized", flat=True))
    for alias in source.aliases.all():
        if alias.normalized in names:
            alias._history_user = user
            alias.delete()
        else:
            fact_move(alias, field="entity", to=target, user=user, reason=reason)
            names.add(alias.normalized)
    # Every other row that points at an entity (roles, quotes, claims, evidence, earlier merges),
    # found through the model's relations so that this app names none of the apps above it.
    for relation in Entity._meta.related_objects:
        if relation.related_model in (Mention, Alias):
            continue
        if relation.many_to_many:
            for row in relation.related_model.objects.filter(**{relation.field.name: source}):
                getattr(row, relation.field.name).remove(source)
                getattr(row, relation.field.name).add(target)
            continue
        for row in relation.related_model.objects.filter(**{relation.field.name: source}):
            fact_move(row, field=relation.field.name, to=target, user=user, reason=reason)
    source.merged_into, source.origin = target, Origin.EDITOR
    row_save(source, user=user, reason=reason)
    alias_add(entity=target, name=source.name, user=user, reason=reason)
    return target


@transaction.atomic
def entity_split(*, alias, user, name="", kind="", reason=""):
    """Make an alias wrongly attached to an entity an entity of its own, taking with it the
    mentions written that way. Return the new entity."""
    alias = row_lock(alias)
    source = alias.entity
    if normalize_alias(source.name) == alias.normalized:
        raise ValidationError("An entity's own name cannot be split off; merge or rename it.")
    reason = reason or f"Split {alias.name} off {source.name}"
    entity = fact_create(
        Entity,
        user=user,
        reason=reason,
        fields={
            "name": name or alias.name,
            "kind": kind or source.kind,
            "slug": unique_slug(Entity, name or alias.name, max_length=200, fallback="entity"),
        },
    )
    fact_move(alias, field="entity", to=entity, user=user, reason=reason)
    gazetteer_changed(entity_ids=[source.pk, entity.pk])
    for mention in source.mentions.all():
        if normalize_alias(mention.text) == alias.normalized:
            fact_move(mention, field="entity", to=entity, user=user, reason=reason)
    return entity


def mention_create(*, user, article, entity, start, end, reason=""):
    """A mention an editor marks in an article."""
    return fact_create(
        Mention,
        user=user,
        reason=reason,
        fields={
            "article": article,
            "entity": entity,
            "start": start,
            "end": end,
            "text": article.body[start:end],
        },
    )


def mention_update(*, mention, user, fields, version=None, reason=""):
    """Change a mention's entity or span as an editor; the text follows the span."""
    if {"start", "end"} & set(fields):
        article = mention.article
        start, end = fields.get("start", mention.start), fields.get("end", mention.end)
        fields = {**fields, "text": article.body[start:end]}
    return fact_edit(mention, user=user, fields=fields, version=version, reason=reason)


def role_create(*, user, person, title, organization=None, article=None, reason="", **span):
    """A role an editor records."""
    return fact_create(
        Role,
        user=user,
        reason=reason,
        fields={
            "person": person,
            "title": title,
            "organization": organization,
            "article": article,
            **span,
        },
    )


def role_update(*, role, user, fields, version=None, reason=""):
    """Change a role's person, title, organization or evidence as an editor."""
    return fact_edit(role, user=user, fields=fields, version=version, reason=reason)


def place_locate(*, place, within):
    """Record that `place` lies in `within` (a city in its country), as the text or the place
    data says; a link an editor set, or one that would make a loop, is left alone. Return
    whether it was recorded."""
    if place.pk == within.pk or place.located_in_id is not None or place.kind != "place":
        return False
    ancestor, seen = within, set()
    while ancestor is not None and ancestor.pk not in seen:
        if ancestor.pk == place.pk:
            return False
        seen.add(ancestor.pk)
        ancestor = ancestor.located_in
    place.located_in = within
    place.save(update_fields=["located_in", "updated_at"])
    return True
