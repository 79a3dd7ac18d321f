import pytest
from django.db import connection
from simple_history.utils import bulk_create_with_history

from newsroom.core.bulk import rows_create_with_history, rows_insert
from newsroom.core.editorial import history_model, rows_save
from newsroom.entities.models import Alias, Entity

pytestmark = pytest.mark.django_db

SKIP = {"history_id", "history_date", "created_at", "updated_at", "slug"}


def entities(*names, slug=""):
    return [Entity(name=name, slug=f"{name.lower()}{slug}", kind="organization") for name in names]


def written(model, objs):
    """The rows and the history versions of `objs`, without ids and timestamps, in id order."""
    fields = [f.attname for f in model._meta.concrete_fields if f.attname not in SKIP | {"id"}]
    history = history_model(model)
    versions = [f.attname for f in history._meta.concrete_fields if f.attname not in SKIP]
    ids = [obj.pk for obj in objs]
    return (
        list(model.objects.filter(pk__in=ids).order_by("pk").values_list(*fields)),
        [
            (row[0] - ids[0], *row[1:])
            for row in history.objects.filter(id__in=ids)
            .order_by("history_id")
            .values_list(*versions)
        ],
    )


def test_rows_and_versions_are_those_simple_history_writes():
    mine = rows_create_with_history(entities("Orbital Agency", "Harbor Institute"), Entity)
    theirs = bulk_create_with_history(
        entities("Orbital Agency", "Harbor Institute", slug="-2"), Entity
    )
    assert [obj.pk for obj in mine] == [theirs[0].pk - 2, theirs[0].pk - 1]
    assert all(not obj._state.adding and obj.created_at is not None for obj in mine)
    rows, versions = written(Entity, mine)
    their_rows, their_versions = written(Entity, theirs)
    assert rows == their_rows
    assert [v[0] for v in versions] == [0, 1]  # versions in the rows' order
    assert versions == their_versions
    assert versions[0][-3:] == (None, "+", None)  # change reason, history_type, user


def test_rows_and_their_versions_are_one_statement_on_postgresql(django_assert_num_queries):
    entity = Entity.objects.create(
        name="Orbital Agency", slug="orbital-agency", kind="organization"
    )
    aliases = [Alias(entity=entity, name=name, normalized=name.lower()) for name in ("OA", "Orb")]
    with django_assert_num_queries(1 if connection.vendor == "postgresql" else 2):
        rows_create_with_history(aliases, Alias)
    assert list(Alias.history.order_by("history_id").values_list("id", "name", "history_type")) == [
        (aliases[0].pk, "OA", "+"),
        (aliases[1].pk, "Orb", "+"),
    ]
    assert rows_create_with_history([], Alias) == []


def test_versions_keep_each_rows_own_user_and_reason(editor):
    objs = entities("Orbital Agency", "Harbor Institute")
    objs[0]._history_user, objs[1]._change_reason = editor, "merged by hand"
    rows_create_with_history(objs, Entity)
    assert list(
        Entity.history.order_by("history_id").values_list(
            "name", "history_user", "history_change_reason"
        )
    ) == [("Orbital Agency", editor.pk, None), ("Harbor Institute", None, "merged by hand")]


def test_rows_save_writes_rows_and_versions_in_one_statement_on_postgresql(
    editor, django_assert_num_queries
):
    objs = rows_create_with_history(entities("Orbital Agency", "Harbor Institute"), Entity)
    locked = list(Entity.objects.filter(pk__in=[o.pk for o in objs]).order_by("-pk"))
    for entity, kind in zip(locked, ("place", "mission"), strict=True):
        entity.kind = kind
    # the rows, their versions; the copies of tracked links (none here: no query) on PostgreSQL
    with django_assert_num_queries(1 if connection.vendor == "postgresql" else 2):
        rows_save(locked, user=editor, reason="kinds", update_fields=["kind", "updated_at"])
    assert list(
        Entity.history.filter(history_type="~")
        .order_by("history_id")
        .values_list("id", "kind", "name", "history_user", "history_change_reason")
    ) == [
        (objs[1].pk, "place", "Harbor Institute", editor.pk, "kinds"),
        (objs[0].pk, "mission", "Orbital Agency", editor.pk, "kinds"),
    ]
    assert list(Entity.objects.order_by("pk").values_list("kind", "updated_at")) == [
        ("mission", locked[1].updated_at),
        ("place", locked[0].updated_at),
    ]


def test_rows_insert_writes_several_tables_and_links_to_new_rows_in_one_statement_on_postgresql(
    django_assert_num_queries,
):
    from newsroom.claims.models import Claim

    agency = Entity.objects.create(name="Orbital Agency", slug="oa", kind="organization")
    first, second = 10**18 + 1, 10**18 + 2  # ids the caller gives before the insert
    claims = [
        Claim(pk=pk, statement=text, confidence=0.5, rule="t", extractor_version="t")
        for pk, text in ((first, "A met"), (second, "B met"))
    ]
    through = Claim.parties.through
    links = [
        through(claim_id=second, entity_id=agency.pk),
        through(claim_id=first, entity_id=agency.pk),
    ]
    aliases = [Alias(entity=agency, name="OA", normalized="oa")]
    # (elsewhere: the claims, the links, the aliases and their versions)
    with django_assert_num_queries(1 if connection.vendor == "postgresql" else 4):
        ids = rows_insert(
            [(claims, Claim, False), (lambda: links, through, False), (aliases, Alias, True)],
            provisional=[first, second],
        )
    # the ids in the order of `provisional`, as inserts one by one would give them
    assert list(ids.values()) == [claims[0].pk, claims[0].pk + 1] == [c.pk for c in claims]
    assert ids == {first: claims[0].pk, second: claims[1].pk}
    assert [(link.claim_id, link.pk) for link in links] == [
        (claims[1].pk, links[0].pk),
        (claims[0].pk, links[0].pk + 1),
    ]
    stored = through.objects.order_by("pk").values_list("claim_id", "entity_id")
    assert list(stored) == [(claims[1].pk, agency.pk), (claims[0].pk, agency.pk)]
    assert list(Alias.history.values_list("id", "name", "history_type")) == [
        (aliases[0].pk, "OA", "+")
    ]
    assert all(not obj._state.adding for obj in [*claims, *links, *aliases])
