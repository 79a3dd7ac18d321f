"""The editorial write primitives every domain service builds on: lock, check the version the
editor saw, mark the row as the editor's, validate, save with the acting user in history.

Domain services (`entities/services.py`, `quotes/services.py`, ...) call these; nothing else does.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Value
from django.dispatch import Signal
from django.utils import timezone

from newsroom.core.bulk import history_model, rows_insert, rows_update_with_history
from newsroom.core.models import Origin, ReviewStatus

# Fields a service never takes from its caller: provenance belongs to the pipeline.
PROVENANCE = frozenset(
    {"origin", "confidence", "extractor_version", "rule", "created_at", "updated_at"}
)


# Sent after a fact's change is saved, inside its transaction, with `changes` as
# [(field, before, after)], `user` and `reason`. The stories app listens, to turn a change to a fact
# that a published story shows into a public correction: apps depend one way (core ← ... ←
# stories), so the domain services cannot call the stories service themselves. A receiver that
# raises ValidationError undoes the change.
fact_changed = Signal()


class StaleEdit(ValidationError):
    """Someone saved the row after the editor opened it; saving would overwrite their change."""

    def __init__(self, obj, changes):
        self.obj, self.changes = obj, changes
        described = "; ".join(f"{name}: {before!r} → {after!r}" for name, before, after in changes)
        super().__init__(
            f"This {obj._meta.verbose_name} was changed by someone else after you opened it"
            + (f" ({described})" if described else "")
            + ". Your changes were not saved: reload the page to see the current version.",
            code="stale",
        )


def version_of(obj):
    """The token an edit form carries to detect a concurrent save: the row's last-change time."""
    return obj.updated_at.isoformat() if getattr(obj, "updated_at", None) else ""


def changes_since(obj, version):
    """(field, before, after) for the fields that differ between the version the editor saw
    (from the row's history) and the row now."""
    try:
        seen_at = datetime.datetime.fromisoformat(version)
    except ValueError:
        return []
    seen = obj.history.filter(updated_at=seen_at).order_by("-history_id").first()
    if seen is None:
        return []
    changes = []
    for field in obj._meta.concrete_fields:
        if field.name in PROVENANCE or field.primary_key:
            continue
        before, after = getattr(seen, field.attname), getattr(obj, field.attname)
        if before != after:
            changes.append((field.name, before, after))
    return changes


def row_lock(obj, *, version=None):
    """The row of `obj` locked for update; StaleEdit if it changed since `version`."""
    locked = type(obj)._default_manager.select_for_update().get(pk=obj.pk)
    if version and version != version_of(locked):
        raise StaleEdit(locked, changes_since(locked, version))
    return locked


def row_save(obj, *, user, reason="", update_fields=None):
    """`full_clean()` then save, recording `user` and `reason` in the row's history. A save of
    named fields validates those fields (the others were valid when stored): a status or
    stance the machine updates costs no query per foreign key."""
    if update_fields is None:
        obj.full_clean()
    else:
        named = set(update_fields)
        obj.full_clean(exclude=[f.name for f in obj._meta.concrete_fields if f.name not in named])
    obj._history_user = user
    obj._change_reason = reason or None
    obj.save(update_fields=update_fields)
    return obj


class LinkCopies:
    """The copies of many-to-many links that history versions carry, gathered from several
    writes of one transaction and inserted together by `save` (with other link rows that
    nothing reads before it): one statement on PostgreSQL, one insert per table elsewhere, not
    one per table and write. The writes add them in the order they make their versions, so the
    copies get the ids inserts one by one would give; nothing may write other copies to those
    tables before `save`."""

    def __init__(self):
        self.rows = {}  # the model of a link table's history -> unsaved copies, in order

    def add(self, recorded, rows):
        self.rows.setdefault(recorded, []).extend(rows)

    def save(self):
        rows_insert([(rows, recorded, False) for recorded, rows in self.rows.items()])
        self.rows = {}


def rows_save(objs, *, user, reason, update_fields, copies=None):
    """`row_save` of the same fields of many rows of one model, validated as it validates them,
    written in one UPDATE and one insert of their history versions (with the copies of their
    tracked many-to-many links that django-simple-history makes on a save; `copies`, a
    LinkCopies, gathers those for a later insert)."""
    if not objs:
        return objs
    model, now, named = type(objs[0]), timezone.now(), set(update_fields)
    for obj in objs:
        obj.full_clean(exclude=[f.name for f in obj._meta.concrete_fields if f.name not in named])
        obj._history_user = user
        obj._change_reason = reason or None
        if "updated_at" in named:  # what save() sets; bulk_update writes only what it is given
            obj.updated_at = now
    versions = rows_update_with_history(objs, update_fields)  # (one statement on PostgreSQL)
    if versions is None:
        model._default_manager.bulk_update(objs, update_fields)
        versions = model.history.bulk_history_create(objs, update=True)
    _history_links_copy(model, objs, versions, copies)
    return objs


def links_read(model, names, ids):
    """{name: [link]} for the many-to-many fields `names` of `model`: the through rows of the rows
    `ids`, read in one query for all the fields (a UNION ALL of their link tables), each list in
    the order of the through table's unique index (source, target)."""
    fields = [model._meta.get_field(name) for name in names]
    parts = [
        field.remote_field.through.objects.filter(**{f"{field.m2m_field_name()}__in": ids})
        .annotate(field=Value(index))
        .values_list(
            "field", "pk", f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        )
        .order_by()
        for index, field in enumerate(fields)
    ]
    found = {name: [] for name in names}
    if not parts or not ids:
        return found
    rows = parts[0].union(*parts[1:], all=True).order_by() if len(parts) > 1 else parts[0]
    for index, pk, source, target in sorted(rows, key=lambda row: (row[0], row[2], row[3])):
        field = fields[index]
        found[field.name].append(
            field.remote_field.through(
                pk=pk,
                **{
                    f"{field.m2m_field_name()}_id": source,
                    f"{field.m2m_reverse_field_name()}_id": target,
                },
            )
        )
    return found


def _history_links_copy(model, objs, versions, copies=None):
    """Each version's copy of its row's links, for every many-to-many field the history tracks,
    as simple-history writes them on a save: row by row, each row's links in the order of the
    through table's unique index (source, target)."""
    version_of = {obj.pk: version for obj, version in zip(objs, versions, strict=True)}
    position = {pk: index for index, pk in enumerate(version_of)}
    tracked = getattr(history_model(model), "_history_m2m_fields", [])
    read = links_read(model, [field.name for field in tracked], list(version_of))
    for field in tracked:
        through = getattr(model, field.name).through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        names = [f.attname for f in through._meta.fields]
        links = sorted(
            read[field.name],
            key=lambda row: (
                position[getattr(row, f"{source}_id")],
                getattr(row, f"{target}_id"),
            ),
        )
        recorded = getattr(history_model(model), field.name).model
        rows = [
            recorded(
                history=version_of[getattr(row, f"{source}_id")],
                **{name: getattr(row, name) for name in names},
            )
            for row in links
        ]
        if copies is None:
            recorded.objects.bulk_create(rows)
        else:
            copies.add(recorded, rows)


def fields_apply(obj, fields):
    """Set `fields` on `obj`; return the names whose value changed."""
    changed = []
    for name, value in fields.items():
        if name in PROVENANCE:
            raise ValueError(f"{name} is provenance and cannot be set by an editor")
        field = obj._meta.get_field(name)
        current = getattr(obj, field.attname if field.is_relation else name)
        new = value.pk if field.is_relation and value is not None else value
        if current != new:
            setattr(obj, name, value)
            changed.append(name)
    return changed


@transaction.atomic
def fact_edit(obj, *, user, fields, version=None, reason=""):
    """Apply an editor's values to a fact: locked, version-checked, validated, recorded.

    Any value other than the review status makes the row the editor's (origin `editor`): the one
    rule the extraction persister reads, so re-extraction never puts the machine's values back.
    Return the saved row.
    """
    row = row_lock(obj, version=version)
    before = {name: getattr(row, name) for name in fields}
    changed = fields_apply(row, fields)
    if not changed:
        return row
    if set(changed) - {"review_status"} and hasattr(row, "origin"):
        row.origin = Origin.EDITOR
    row_save(row, user=user, reason=reason)
    changes = [(name, before[name], getattr(row, name)) for name in changed]
    fact_changed.send(type(row), fact=row, changes=changes, user=user, reason=reason)
    return row


@transaction.atomic
def fact_create(model, *, user, fields, reason=""):
    """A fact an editor adds: origin `editor`, approved unless the editor says otherwise."""
    values = {"review_status": ReviewStatus.APPROVED, **fields}
    row = model(origin=Origin.EDITOR, **values)
    return row_save(row, user=user, reason=reason)


@transaction.atomic
def fact_review(obj, *, user, status, reason=""):
    """Approve or reject a fact (or put it back to pending); return the saved row."""
    return fact_edit(obj, user=user, fields={"review_status": status}, reason=reason)
