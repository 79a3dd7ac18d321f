"""Entities: kinds, canonical names, aliases, mention spans and coreference."""

from __future__ import annotations

import re
from pathlib import Path

from newsroom.extraction.extractors import KnownEntity, extract

from .helpers import entity, names

EXTRACTORS = Path(__file__).resolve().parents[2] / "newsroom/extraction/extractors"


def test_entities_person_aliases_resolve_to_one_person():
    text = (
        "Agency chief Viktor Orlenko opened the session. Orlenko`s speech was short.\n"
        "Later, Mr. Orlenko met reporters."
    )
    result = extract(text)
    person = entity(result, "Viktor Orlenko")
    assert person.kind == "person"
    assert person.aliases == ["Orlenko", "Mr. Orlenko"]
    assert [m.text for m in person.mentions] == ["Viktor Orlenko", "Orlenko", "Mr. Orlenko"]
    assert names(result, "person") == ["Viktor Orlenko"]


def test_entities_org_chief_name_pattern_gives_org_and_person():
    result = extract("Kosmoflot chief Irina Valeeva and Kosmoflot engineers met on Monday.")
    assert entity(result, "Kosmoflot").kind == "organization"
    assert entity(result, "Irina Valeeva").kind == "person"


def test_entities_acronym_in_brackets_is_alias_of_long_form():
    text = (
        "The Korea Aerospace Research Institute (KARI) will fly the probe. "
        "KARI said the launch was on track."
    )
    result = extract(text)
    org = entity(result, "Korea Aerospace Research Institute")
    assert org.kind == "organization"
    assert org.aliases == ["KARI"]
    assert [m.text for m in org.mentions] == ["Korea Aerospace Research Institute", "KARI", "KARI"]


def test_entities_bare_acronym_matches_initials_of_long_form():
    text = "The Canadian Space Agency approved the rover. CSA officials praised the design."
    org = entity(extract(text), "Canadian Space Agency")
    assert org.aliases == ["CSA"]


def test_entities_descriptor_resolves_to_organization():
    text = "Orbital Freight Corporation lost its tug. The corporation said it would try again."
    result = extract(text)
    org = entity(result, "Orbital Freight Corporation")
    assert [m.text for m in org.mentions] == ["Orbital Freight Corporation", "The corporation"]
    assert "The corporation" not in org.aliases  # descriptors are mentions, not names


def test_entities_possessive_backtick_and_curly_apostrophe():
    text = "Brazil`s space agency and Chile’s observatories signed a deal in Chile."
    result = extract(text)
    brazil, chile = entity(result, "Brazil"), entity(result, "Chile")
    assert (brazil.kind, chile.kind) == ("place", "place")
    assert [m.text for m in chile.mentions] == ["Chile", "Chile"]
    assert (brazil.mentions[0].start, brazil.mentions[0].end) == (0, 6)


def test_entities_places_countries_cities_landmarks():
    text = (
        "The U.K. team flew from Denver to the Kennedy Space Center, then on to the "
        "Tanegashima Spaceport in Japan. The United Kingdom paid for the trip."
    )
    result = extract(text)
    assert names(result, "place") == [
        "United Kingdom",
        "Denver",
        "Kennedy Space Center",
        "Tanegashima Spaceport",
        "Japan",
    ]
    assert entity(result, "United Kingdom").aliases == ["U.K."]


def test_entities_spacecraft_missions_programs():
    text = (
        "The Orion capsule will fly on the Perseus II mission under the agency's Perseus "
        "program. Expedition-74 crews rode the Shenlong spacecraft."
    )
    result = extract(text)
    assert entity(result, "Orion").kind == "spacecraft"
    assert entity(result, "Perseus II").kind == "mission"
    assert entity(result, "Perseus program").kind == "program"
    assert entity(result, "Expedition-74").kind == "mission"
    assert entity(result, "Shenlong").kind == "spacecraft"


def test_entities_celestial_bodies_are_other_not_places():
    result = extract("The probe left Earth for the Moon and then Mars.")
    assert names(result, "other") == ["Earth", "Moon", "Mars"]
    assert names(result, "place") == []


def test_entities_sentence_initial_common_words_are_not_entities():
    result = extract("Space exploration is hard. Although budgets grew, Deep thinking lagged.")
    assert result.entities == []


def test_entities_gazetteer_takes_precedence_and_teaches_new_names():
    gazetteer = [
        KnownEntity("Zvezdaflot", "organization", aliases=("the Flot",)),
        KnownEntity("Anna Petrova-Kim", "person"),
    ]
    text = "Zvezdaflot hired Petrova-Kim. Zvezdaflot will pay her."
    result = extract(text, gazetteer=gazetteer)
    org = entity(result, "Zvezdaflot")
    assert org.kind == "organization"
    assert len(org.mentions) == 2
    assert entity(result, "Anna Petrova-Kim").mentions[0].text == "Petrova-Kim"


def test_entities_dateline_city_and_outlet():
    result = extract("NAIROBI, June 2 (Reuters) - Kenya launched its second satellite.")
    city = entity(result, "Nairobi")
    assert (city.kind, city.aliases) == ("place", ["NAIROBI"])
    assert entity(result, "Reuters").kind == "organization"


def test_entities_mention_spans_index_the_original_text():
    text = "In Denver`s suburbs, “Dr. Lena Ortiz” met ISRO staff."
    for ent in extract(text).entities:
        for m in ent.mentions:
            assert text[m.start : m.end] == m.text


def test_extractors_name_no_seed_person_organization_or_place():
    forbidden = re.compile(
        r"roscosmos|nasa|bakanov|duffy|houston|geneva|baikonur|krylov|platonov|rogozin|"
        r"bridenstine|kazakhstan|artemis|soyuz|crew dragon",
        re.IGNORECASE,
    )
    for path in EXTRACTORS.glob("*.py"):
        assert not forbidden.search(path.read_text(encoding="utf-8")), path.name
