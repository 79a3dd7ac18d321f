"""Rows and their history versions written together: on PostgreSQL one statement for both (the
rows' INSERT in a WITH, its RETURNING feeding the history's INSERT), elsewhere simple-history's
`bulk_create_with_history`. The same rows, ids and history rows either way."""

import functools

from django.conf import settings
from django.db import connections, router
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, get_change_reason_from_object


@functools.cache
def history_model(model):
    """The history model django-simple-history made for `model`. `model.history` builds a new
    manager class on every access (a few hundred a run), which is most of what it costs."""
    return model.history.model


# the columns of a history row that are not the tracked row's, with the one the database fills
HISTORY_OWN = {"history_id", "history_date", "history_change_reason", "history_type"}


def rows_create_with_history(objs, model):
    """`bulk_create_with_history(objs, model)`: insert `objs` (no pk yet) and a "+" history
    version of each, in their order; return them with their ids."""
    objs = list(objs)
    if not objs:
        return objs
    db, connection, plan, attributed = _one_statement(objs, model)
    if plan is None:
        return bulk_create_with_history(objs, model)
    fields = plan[0]
    rows, params = [], []
    for obj in objs:
        obj._prepare_related_fields_for_save(operation_name="bulk_create")
        rows.append(f"({', '.join(['%s'] * len(fields))})")
        params += [
            field.get_db_prep_save(field.pre_save(obj, True), connection) for field in fields
        ]
    quote = connection.ops.quote_name
    pk = quote(model._meta.pk.column)
    sql = (
        f"WITH new AS (INSERT INTO {quote(model._meta.db_table)} "
        f"({', '.join(quote(field.column) for field in fields)}) VALUES {', '.join(rows)} "
        f"RETURNING *) "
        + _versions_insert(plan, quote, source="new", order=pk, history_type="+", returning=pk)
    )
    user, reason = attributed
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, timezone.now(), reason, user])
        ids = sorted(row[0] for row in cursor.fetchall())
    for obj, pk_value in zip(objs, ids, strict=True):
        obj.pk = pk_value
        obj._state.adding, obj._state.db = False, db
    return objs


def _one_statement(objs, model):
    """(database alias, connection, plan, (user, reason)) for writing `objs` and their versions in
    one statement; the plan is None where that is not done."""
    db = router.db_for_write(model)
    connection = connections[db]
    plan = _plan(model) if connection.vendor == "postgresql" else None
    attributed = plan and _attribution(objs, model)
    if attributed is None or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        plan = None
    return db, connection, plan, attributed


def _versions_insert(plan, quote, *, source, order, history_type, returning):
    """The INSERT of the history versions of the rows a WITH query `source` returned."""
    _, table, columns, user = plan
    return (
        f"INSERT INTO {quote(table)} ({', '.join(quote(c) for _, c in columns)}, "
        f"history_date, history_change_reason, history_type, {quote(user)}) "
        f"SELECT {', '.join(quote(c) for c, _ in columns)}, %s, %s, '{history_type}', %s "
        f"FROM {source} ORDER BY {order} RETURNING {returning}"
    )


@functools.cache
def _plan(model):
    """(the fields to insert, the history table, [(row column, history column)] of the tracked
    fields, the history's user column), or None where the one statement would not write
    exactly what simple-history writes."""
    history = history_model(model)
    opts = model._meta
    fields = [field for field in opts.concrete_fields if not field.primary_key]
    if any(field.generated or field.has_db_default() for field in fields):
        return None
    tracked = [(field.column, history._meta.get_field(field.name).column)
               for field in history.tracked_fields]  # fmt: skip
    user = history._meta.get_field("history_user")
    own = {field.column for field in history._meta.concrete_fields} - {c for _, c in tracked}
    if own != HISTORY_OWN | {user.column} or not hasattr(user, "column"):
        return None
    return fields, history._meta.db_table, tracked, user.column


def _attribution(objs, model):
    """(user id, change reason) that simple-history would give every version of `objs`, or None
    when they differ from one row to another."""
    history = history_model(model)
    found = set()
    for obj in objs:
        user = getattr(obj, "_history_user", history.get_default_history_user(obj))
        reason = get_change_reason_from_object(obj) or None
        found.add((user.pk if user is not None else None, reason))
    return found.pop() if len(found) == 1 else None


def rows_update_with_history(objs, fields):
    """`bulk_update(objs, fields)` and a "~" history version of each row (simple-history's
    `bulk_history_create(objs, update=True)`), in one statement on PostgreSQL; return the
    versions (history ids), in the order of `objs`, or None where it was not done (another
    database, or rows whose versions would be attributed differently): the caller then writes
    them itself. The rows must be as stored but for `fields` (read under a lock)."""
    model = type(objs[0])
    if len({obj.pk for obj in objs}) < len(objs):
        return None
    _, connection, plan, attributed = _one_statement(objs, model)
    if plan is None:
        return None
    quote = connection.ops.quote_name
    fields = [model._meta.get_field(name) for name in fields]
    pk = model._meta.pk
    columns = [pk, *fields]
    cast = ", ".join(f"CAST(%s AS {field.cast_db_type(connection)})" for field in columns)
    params = []
    for position, obj in enumerate(objs):
        params += [field.get_db_prep_save(getattr(obj, field.attname), connection)
                   for field in columns] + [position]  # fmt: skip
    names = ", ".join(["_pk", *(f"_{field.column}" for field in fields), "_position"])
    table = quote(model._meta.db_table)
    sql = (
        f"WITH v ({names}) AS (VALUES {', '.join([f'({cast}, %s)'] * len(objs))}), "
        f"changed AS (UPDATE {table} SET "
        f"{', '.join(f'{quote(f.column)} = v._{f.column}' for f in fields)} "
        f"FROM v WHERE {table}.{quote(pk.column)} = v._pk RETURNING {table}.*, v._position) "
        + _versions_insert(
            plan,
            quote,
            source="changed",
            order="_position",
            history_type="~",
            returning=f"history_id, {quote(pk.column)}",
        )
    )
    user, reason = attributed
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, timezone.now(), reason, user])
        found = sorted(cursor.fetchall())
    if [row[1] for row in found] != [obj.pk for obj in objs]:
        raise RuntimeError(f"{model.__name__}: rows changed while they were locked")
    history = history_model(model)
    return [history(history_id=history_id, id=pk) for history_id, pk in found]
