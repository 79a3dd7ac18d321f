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
    rows_insert([(objs, model, True)])
    return objs


def rows_insert(batches, *, provisional=()):
    """Insert several bulks of rows, in order: each batch `(objs, model, versioned)` is a bulk
    insert of `objs` (without pks) and, when `versioned`, a "+" history version of each row (as
    `rows_create_with_history`). `objs` may be a function that returns them, called once the
    batches before it are prepared (their `auto_now` fields set).

    `provisional`, ids the caller gave some rows of one batch as their pks: those rows get ids
    from the database, in the order of `provisional`, and every value of a later batch equal
    to one of them (a link to such a row, a version's copy of its id) is replaced by its id.

    On PostgreSQL one statement for all the batches (each INSERT, and each history INSERT, in a
    WITH; the provisional rows' ids are drawn from their sequence in it), where the history
    versions can be written so (see `_one_statement`); otherwise one bulk insert (and its
    history's) per batch, as before. The same rows and ids either way. Return {provisional
    id: id}."""
    provisional = list(provisional)
    # (a batch given as a function is read when its turn comes; one with versions, now)
    batches = [
        (objs if callable(objs) and not versioned else list(objs), model, versioned)
        for objs, model, versioned in batches
    ]
    if not batches:
        return {}
    connection = connections[router.db_for_write(batches[0][1])]
    attributed = {}
    for index, (objs, model, versioned) in enumerate(batches):
        if versioned and objs:
            _, _, plan, attribution = _one_statement(objs, model)
            attributed[index] = attribution if plan is not None else None
    together = connection.vendor == "postgresql" and None not in attributed.values()
    if not together:
        return _insert_each(batches, provisional)
    return _insert_together(batches, provisional, connection, attributed)


def _objs(objs):
    return list(objs() if callable(objs) else objs)


def _replace(objs, ids):
    """Put the ids where the provisional ones stand in `objs`' values."""
    if not ids:
        return
    for obj in objs:
        for field in obj._meta.concrete_fields:
            value = getattr(obj, field.attname)
            if type(value) is int and value in ids:
                setattr(obj, field.attname, ids[value])


def _insert_each(batches, provisional):
    wanted, ids = set(provisional), {}
    for objs, model, versioned in batches:
        objs = _objs(objs)
        _replace(objs, ids)
        mine = [obj for obj in objs if obj.pk in wanted]
        given = [obj.pk for obj in mine]
        for obj in mine:
            obj.pk = None
        if versioned:
            bulk_create_with_history(objs, model)
        else:
            model._default_manager.bulk_create(objs)
        ids.update(zip(given, (obj.pk for obj in mine), strict=True))
    return ids


def _insert_together(batches, provisional, connection, attributed):
    quote = connection.ops.quote_name
    slots = {pk: slot for slot, pk in enumerate(provisional, 1)}
    parts, params, selects, done = [], [], [], []
    for index, (objs, model, versioned) in enumerate(batches):
        objs = _objs(objs)
        if not objs:
            continue
        opts = model._meta
        fields = [field for field in opts.concrete_fields if not field.primary_key]
        given = [obj.pk in slots for obj in objs]
        if any(given):  # the provisional rows: their ids are drawn first
            if not all(given) or "_ids" in done:
                raise ValueError("provisional ids must be the pks of one whole batch")
            fields = [opts.pk, *fields]
            parts.append(
                "_ids AS (SELECT s AS slot, nextval(pg_get_serial_sequence(%s, %s)) AS id "
                "FROM generate_series(1, %s) AS s ORDER BY s)"
            )
            params += [quote(opts.db_table), opts.pk.column, len(provisional)]
            selects.append("SELECT -1, slot, id FROM _ids")
            done.append("_ids")
        elif any(obj.pk is not None for obj in objs):
            raise ValueError(f"{model.__name__}: rows to insert have pks")
        if any(field.generated or field.has_db_default() for field in fields):
            raise ValueError(f"{model.__name__}: a field the database fills")
        rows = []
        for obj in objs:
            obj._prepare_related_fields_for_save(operation_name="bulk_create")
            cells = []
            for field in fields:
                value = field.pre_save(obj, True)
                if type(value) is int and value in slots:
                    if "_ids" not in done:
                        raise ValueError("a provisional id used before its row is inserted")
                    cells.append("(SELECT id FROM _ids WHERE slot = %s)")
                    params.append(slots[value])
                else:
                    cells.append("%s")
                    params.append(field.get_db_prep_save(value, connection))
            rows.append(f"({', '.join(cells)})")
        pk = quote(opts.pk.column)
        returning = "*" if versioned else pk
        parts.append(
            f"n{index} AS (INSERT INTO {quote(opts.db_table)} "
            f"({', '.join(quote(field.column) for field in fields)}) VALUES {', '.join(rows)} "
            f"RETURNING {returning})"
        )
        if versioned:
            user, reason = attributed[index]
            versions = _versions_insert(
                _plan(model), quote, source=f"n{index}", order=pk, history_type="+", returning=pk
            )
            parts.append(f"h{index} AS ({versions})")
            params += [timezone.now(), reason, user]
        selects.append(f"SELECT {index}, 0, {pk} FROM n{index}")
        done.append((index, objs))
    if not selects:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(f"WITH {', '.join(parts)} {' UNION ALL '.join(selects)}", params)
        found = cursor.fetchall()
    drawn = dict(sorted((slot, pk) for index, slot, pk in found if index == -1))
    ids = {provisional[slot - 1]: pk for slot, pk in drawn.items()}
    db = connection.alias
    for index, objs in (item for item in done if item != "_ids"):
        pks = sorted(pk for at, _, pk in found if at == index)
        _replace(objs, ids)
        for obj, pk in zip(objs, pks, strict=True):
            if obj.pk in ids:
                obj.pk = ids[obj.pk]
            if obj.pk is not None and obj.pk != pk:
                raise RuntimeError(f"{type(obj).__name__}: rows inserted out of order")
            obj.pk = pk
            obj._state.adding, obj._state.db = False, db
    return ids


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
