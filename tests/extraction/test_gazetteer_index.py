"""The gazetteer index, built whole and changed entity by entity (no database)."""

import itertools

from newsroom.extraction.extractors import Gazetteer, KnownEntity, extract

ORBIT = KnownEntity("Orbitak Works", "organization", aliases=("Orbitak", "OW"))
QUILL = KnownEntity("Ada Quill", "person", aliases=("Dr. Quill",))
QUILLON = KnownEntity("Ben Quill", "person")
PLACE = KnownEntity("Port Velin", "place", aliases=("Velin",))
RIVAL = KnownEntity("Velin", "organization")


def built(rows):
    return Gazetteer((key, key, known) for key, known in rows)


def state(gazetteer):
    return gazetteer.index, gazetteer.longest, gazetteer.entities


def test_gazetteer_indexes_names_aliases_and_a_surname_only_one_person_has():
    gazetteer = built([(1, ORBIT), (2, QUILL), (3, PLACE)])
    assert gazetteer.index == {
        ("Orbitak", "Works"): 1,
        ("Orbitak",): 1,
        ("OW",): 1,
        ("Ada", "Quill"): 2,
        ("Dr.", "Quill"): 2,
        ("Quill",): 2,
        ("Port", "Velin"): 3,
        ("Velin",): 3,
    }
    assert gazetteer.longest == 2


def test_gazetteer_shared_name_goes_to_the_first_in_order_and_a_shared_surname_to_no_one():
    gazetteer = built([(1, PLACE), (2, RIVAL), (3, QUILL), (4, QUILLON)])
    assert gazetteer.index[("Velin",)] == 1
    assert ("Quill",) not in gazetteer.index


def test_gazetteer_changed_entity_by_entity_equals_a_full_build():
    rows = [(1, ORBIT), (2, QUILL), (3, QUILLON), (4, PLACE), (5, RIVAL)]
    for order in itertools.permutations(rows):
        gazetteer = Gazetteer()
        for key, known in order:
            gazetteer.put(key, key, known)
        assert state(gazetteer) == state(built(rows))
    gazetteer = built(rows)
    gazetteer.put(3, 3, None)  # one Quill left: the surname alone names her again
    gazetteer.put(4, 4, None)  # the rival takes the name the place gave up
    gazetteer.put(1, 1, KnownEntity("Orbitak Heavy Works", "organization"))  # renamed
    expected = built(
        [(1, KnownEntity("Orbitak Heavy Works", "organization")), (2, QUILL), (5, RIVAL)]
    )
    assert state(gazetteer) == state(expected)
    assert gazetteer.longest == 3


def test_extract_reads_a_gazetteer_changed_in_place():
    gazetteer = built([(1, PLACE)])
    text = "Officials in Velin said the port would reopen."
    assert [(e.name, e.kind) for e in extract(text, gazetteer=gazetteer).entities] == [
        ("Port Velin", "place")
    ]
    gazetteer.put(1, 1, None)
    gazetteer.put(5, 5, KnownEntity("Velin Holdings", "organization", aliases=("Velin",)))
    assert [(e.name, e.kind) for e in extract(text, gazetteer=gazetteer).entities] == [
        ("Velin Holdings", "organization")
    ]
