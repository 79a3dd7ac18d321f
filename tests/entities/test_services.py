"""Entity writes that must survive concurrent workers."""

import pytest
from django.db import connection

from newsroom.core import text
from newsroom.entities import services
from newsroom.entities.models import Entity

pytestmark = pytest.mark.django_db


def test_entity_propose_chooses_again_a_slug_another_worker_took(monkeypatch):
    first = services.entity_propose(
        name="Ada Chair", kind="person", confidence=0.9, rule="test", extractor_version="t"
    )
    real, calls = text.unique_slug, []

    def stale_slug(model, value, **kwargs):
        calls.append(value)
        return first.slug if len(calls) == 1 else real(model, value, **kwargs)

    monkeypatch.setattr(text, "unique_slug", stale_slug)
    second = services.entity_propose(
        name="Ada Chair", kind="person", confidence=0.9, rule="test", extractor_version="t"
    )
    assert (first.slug, second.slug, len(calls)) == ("ada-chair", "ada-chair-2", 2)


def test_entities_propose_saves_new_entities_in_bulk_with_free_slugs_and_history(
    django_assert_num_queries,
):
    Entity.objects.create(name="Ada Chair", slug="ada-chair", kind="person")
    new = [
        Entity(name="Ada Chair", kind="organization", confidence=0.9, extractor_version="t"),
        Entity(name="Ada Chair", kind="person", confidence=0.9, extractor_version="t"),
        Entity(name="!!!", kind="place", confidence=0.9, extractor_version="t"),
    ]
    # the slugs taken, a savepoint, the rows, their history versions (one statement with the
    # rows on PostgreSQL), the savepoint's release
    with django_assert_num_queries(4 if connection.vendor == "postgresql" else 5):
        services.entities_propose(entities=new)
    assert [entity.slug for entity in new] == ["ada-chair-2", "ada-chair-3", "place"]
    assert [list(entity.history.values_list("history_type", "slug")) for entity in new] == [
        [("+", "ada-chair-2")],
        [("+", "ada-chair-3")],
        [("+", "place")],
    ]


def test_entities_propose_chooses_again_a_slug_another_worker_took(monkeypatch):
    Entity.objects.create(name="Ada Chair", slug="ada-chair", kind="person")
    real, calls = services.unique_slugs, []

    def stale_slugs(model, values, **kwargs):
        calls.append(values)
        return ["ada-chair"] if len(calls) == 1 else real(model, values, **kwargs)

    monkeypatch.setattr(services, "unique_slugs", stale_slugs)
    (entity,) = services.entities_propose(
        entities=[Entity(name="Ada Chair", kind="person", confidence=0.9, extractor_version="t")]
    )
    assert (entity.slug, len(calls), Entity.objects.filter(name="Ada Chair").count()) == (
        "ada-chair-2",
        2,
        2,
    )
