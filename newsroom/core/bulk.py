"""Rows and their history versions written together: on PostgreSQL one statement for both (the
rows' INSERT in a WITH, its RETURNING feeding the history's INSERT), elsewhere simple-history's
`bulk_create_with_history`. The same rows, ids and history rows either way."""

import functools

from django.conf import settings
from django.db import connections, router
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, get_change_reason_from_object

from newsroom.core.editorial import history_model

# the columns of a history row that are not the tracked row's, with the one the database fills
HISTORY_OWN = {"history_id", "history_date", "history_change_reason", "history_type"}


def rows_create_with_history(objs, model):
    """`bulk_create_with_history(objs, model)`: insert `objs` (no pk yet) and a "+" history
    version of each, in their order; return them with their ids."""
    objs = list(objs)
    if not objs:
        return objs
    db = router.db_for_write(model)
    connection = connections[db]
    plan = _plan(model) if connection.vendor == "postgresql" else None
    attributed = plan and _attribution(objs, model)
    if plan is None or attributed is None or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return bulk_create_with_history(objs, model)
    fields, history_table, history_columns, user_column = plan
    rows, params = [], []
    for obj in objs:
        obj._prepare_related_fields_for_save(operation_name="bulk_create")
        rows.append(f"({', '.join(['%s'] * len(fields))})")
        params += [
            field.get_db_prep_save(field.pre_save(obj, True), connection) for field in fields
        ]
    quote = connection.ops.quote_name
    pk = quote(model._meta.pk.column)
    tracked = [quote(column) for column, _ in history_columns]
    sql = (
        f"WITH new AS (INSERT INTO {quote(model._meta.db_table)} "
        f"({', '.join(quote(field.column) for field in fields)}) VALUES {', '.join(rows)} "
        f"RETURNING *) "
        f"INSERT INTO {quote(history_table)} ({', '.join(quote(c) for _, c in history_columns)}, "
        f"history_date, history_change_reason, history_type, {quote(user_column)}) "
        f"SELECT {', '.join(tracked)}, %s, %s, '+', %s FROM new ORDER BY {pk} RETURNING {pk}"
    )
    user, reason = attributed
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, timezone.now(), reason, user])
        ids = sorted(row[0] for row in cursor.fetchall())
    for obj, pk_value in zip(objs, ids, strict=True):
        obj.pk = pk_value
        obj._state.adding, obj._state.db = False, db
    return objs


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
