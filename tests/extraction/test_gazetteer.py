"""The gazetteer a worker holds: read once, then brought up to date with what the entity
services changed, so that the next run in any process sees an editor's decision."""

import pytest

from newsroom.core.models import ReviewStatus
from newsroom.entities.models import GazetteerChange
from newsroom.entities.services import (
    alias_add,
    alias_remove,
    entity_merge,
    entity_review,
    entity_split,
    entity_update,
)
from newsroom.extraction import gazetteer as held
from newsroom.extraction.gazetteer import HeldGazetteer, gazetteer_current
from newsroom.extraction.selectors import gazetteer_list
from tests.factories import AliasFactory, EntityFactory

pytestmark = pytest.mark.django_db

APPROVED = ReviewStatus.APPROVED


def rows(gazetteer):
    """{name: (kind, sorted aliases)} of a gazetteer."""
    return {k.name: (k.kind, sorted(k.aliases)) for k in gazetteer.entities.values()}


def same_as_a_full_read(gazetteer):
    fresh = HeldGazetteer(0).gazetteer
    return (gazetteer.index, gazetteer.longest, rows(gazetteer)) == (
        fresh.index,
        fresh.longest,
        rows(fresh),
    )


@pytest.fixture
def quill():
    """An approved person with an approved and a pending alias, written as the seed data is."""
    person = EntityFactory(name="Ada Quill", kind="person", review_status=APPROVED)
    AliasFactory(entity=person, name="Dr. Quill", review_status=APPROVED)
    AliasFactory(entity=person, name="Quill-Ames")
    return person


def test_gazetteer_is_the_approved_entities_with_their_approved_aliases(quill):
    EntityFactory(name="Velin Port Authority", kind="organization")  # pending: not in it
    assert rows(gazetteer_current()) == {"Ada Quill": ("person", ["Dr. Quill"])}
    assert gazetteer_list()[0].aliases == ("Dr. Quill",)


def test_unchanged_gazetteer_costs_one_query(quill, django_assert_max_num_queries):
    first = gazetteer_current()
    with django_assert_max_num_queries(1):
        assert gazetteer_current() is first


def test_approval_is_in_the_next_runs_gazetteer(quill, editor, django_assert_max_num_queries):
    first = gazetteer_current()
    orbitak = EntityFactory(name="Orbitak Works", kind="organization")
    AliasFactory(entity=orbitak, name="Orbitak")
    entity_review(entity=orbitak, user=editor, status=APPROVED)
    with django_assert_max_num_queries(6):  # the version, the log, the changed rows
        gazetteer = gazetteer_current()
    assert gazetteer is first  # brought up to date in place, not read again
    assert rows(gazetteer)["Orbitak Works"] == ("organization", ["Orbitak"])
    assert same_as_a_full_read(gazetteer)


def test_rename_reject_alias_and_merge_are_in_the_next_runs_gazetteer(quill, editor):
    ames = EntityFactory(name="Ben Ames", kind="person", review_status=APPROVED)
    velin = EntityFactory(name="Velin", kind="place", review_status=APPROVED)
    gazetteer = gazetteer_current()
    assert gazetteer.index[("Quill",)] == quill.pk  # the only Quill: her surname alone

    entity_update(entity=quill, user=editor, fields={"name": "Ada Quill-Ames"})
    assert rows(gazetteer_current())["Ada Quill-Ames"] == (
        "person",
        ["Ada Quill", "Dr. Quill"],
    )
    assert ("Ada", "Quill") in gazetteer.index  # the old name, now an alias

    alias_add(entity=ames, name="B. Ames", user=editor)
    alias_remove(alias=quill.aliases.get(name="Dr. Quill"), user=editor)
    entity_review(entity=velin, user=editor, status=ReviewStatus.REJECTED)
    gazetteer = gazetteer_current()
    assert rows(gazetteer) == {
        "Ada Quill-Ames": ("person", ["Ada Quill"]),
        "Ben Ames": ("person", ["B. Ames"]),
    }

    entity_merge(source=ames, target=quill, user=editor)
    assert gazetteer_current() is gazetteer
    assert rows(gazetteer) == {"Ada Quill-Ames": ("person", ["Ada Quill", "B. Ames", "Ben Ames"])}
    assert gazetteer.index[("Ben", "Ames")] == quill.pk
    assert same_as_a_full_read(gazetteer)


def test_merged_entity_changed_later_changes_the_row_holding_its_names(quill, editor):
    ames = EntityFactory(name="Ben Ames", kind="person", review_status=APPROVED)
    entity_merge(source=ames, target=quill, user=editor)
    gazetteer_current()
    entity_update(entity=ames, user=editor, fields={"name": "Benjamin Ames"})
    gazetteer = gazetteer_current()
    assert "Benjamin Ames" in rows(gazetteer)["Ada Quill"][1]
    assert same_as_a_full_read(gazetteer)


def test_split_alias_becomes_an_entity_of_the_next_runs_gazetteer(quill, editor):
    gazetteer_current()
    entity_split(alias=quill.aliases.get(name="Dr. Quill"), user=editor, name="Dora Quill")
    gazetteer = gazetteer_current()
    assert rows(gazetteer) == {
        "Ada Quill": ("person", []),
        "Dora Quill": ("person", ["Dr. Quill"]),
    }
    assert ("Quill",) not in gazetteer.index  # two Quills now: the surname names neither
    assert same_as_a_full_read(gazetteer)


def test_every_process_sees_the_change_another_made(quill, editor):
    other = HeldGazetteer(0)  # another worker's, read before the change
    entity_update(entity=quill, user=editor, fields={"kind": "organization"})
    gazetteer_current()  # this worker catches up...
    changes = GazetteerChange.objects.values_list("version", "entity_id").order_by("version")
    assert other.catch_up(list(changes))  # ...and so does the other, from the same log
    assert (
        rows(other.gazetteer)
        == rows(held._held.gazetteer)
        == {"Ada Quill": ("organization", ["Dr. Quill"])}
    )


def test_pruned_log_means_a_full_read(quill, editor):
    gazetteer_current()
    entity_update(entity=quill, user=editor, fields={"description": "Engineer"})
    alias_add(entity=quill, name="A. Quill", user=editor)
    GazetteerChange.objects.filter(version=1).delete()
    assert "A. Quill" in rows(gazetteer_current())["Ada Quill"][1]


def test_admin_deletion_is_in_the_next_runs_gazetteer(quill, admin_client):
    gazetteer_current()
    response = admin_client.post(
        f"/admin/entities/entity/{quill.pk}/delete/", {"post": "yes"}, follow=True
    )
    assert response.status_code == 200
    assert rows(gazetteer_current()) == {}
