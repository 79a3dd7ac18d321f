"""Entity lookups by name: the precedence rules, and a cost that does not grow with the names."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsroom.entities.models import normalize_alias
from newsroom.entities.selectors import EntityIndex, entity_get_by_names
from newsroom.entities.services import aliases_propose_many, entity_merge, entity_review
from tests.factories import AliasFactory, EntityFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_index_reads_one_or_forty_names_in_one_query():
    entities = [EntityFactory(name=f"Agency Number {n}", kind="organization") for n in range(40)]
    for entity in entities:
        AliasFactory(entity=entity, name=entity.name)
    names = [normalize_alias(entity.name) for entity in entities]
    with CaptureQueriesContext(connection) as one:
        index = EntityIndex(names[:1])
    with CaptureQueriesContext(connection) as forty:
        index = EntityIndex(names)
    assert len(one) == len(forty) == 1
    found = [index.lookup(name=entity.name, kind="organization") for entity in entities]
    assert found == entities
    # an entity merged into another: the one it was merged into is read too, in one query more
    entity_merge(source=entities[0], target=entities[1], user=UserFactory())
    with CaptureQueriesContext(connection) as merged:
        index = EntityIndex(names[:1])
    assert len(merged) == 2
    assert index.lookup(name=entities[0].name, kind="organization") == entities[1]


def test_index_finds_names_through_the_lower_name_index_not_a_scan():
    EntityFactory(name="Vireo Aerospace", kind="organization")
    with CaptureQueriesContext(connection) as queries:
        EntityIndex(["vireo aerospace"])
    by_name = next(q["sql"] for q in queries if "LOWER" in q["sql"].upper())
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"EXPLAIN QUERY PLAN {by_name}")
            plan = " ".join(str(row) for row in cursor.fetchall())
        else:  # a table this small is scanned unless scans are ruled out
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(f"EXPLAIN {by_name}")
            plan = " ".join(row[0] for row in cursor.fetchall())
    assert "entity_lower_name_idx" in plan


def test_lookup_prefers_the_same_kind_then_approved_and_follows_merges():
    pending = EntityFactory(name="Vireo Aerospace", kind="organization")
    approved = EntityFactory(name="Vireo Aerospace", kind="organization")
    place = EntityFactory(name="Vireo", kind="place")
    short = EntityFactory(name="Tern Works", kind="organization")
    survivor = EntityFactory(name="Tern Works Ltd", kind="organization")
    aliases_propose_many(
        names_by_entity={
            pending: ["Vireo Aerospace"],
            approved: ["Vireo Aerospace"],
            place: ["Vireo"],
            short: ["Tern Works"],
        },
        extractor_version="test",
    )
    approved = entity_review(entity=approved, user=UserFactory(), status="approved")
    assert entity_get_by_names(name="Vireo Aerospace", kind="organization") == approved
    assert entity_get_by_names(name="Vireo", kind="place") == place
    entity_merge(source=short, target=survivor, user=UserFactory())
    assert entity_get_by_names(name="Tern Works", kind="organization") == survivor


def test_index_finds_what_the_caller_added_meanwhile():
    index = EntityIndex(["orbital agency"])
    created = EntityFactory(name="Orbital Agency", kind="organization")
    assert index.lookup(name="Orbital Agency", kind="organization") is None
    index.add(created, ["Orbital Agency", "OA"])
    assert index.lookup(name="Orbital Agency", kind="organization") == created
