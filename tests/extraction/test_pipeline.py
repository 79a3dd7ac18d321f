"""End to end on the two seed articles (expected values may name the seed facts; code may not)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from newsroom.extraction.extractors import (
    EXTRACTOR_VERSION,
    KINDS,
    KnownEntity,
    compare_claims,
    extract,
)
from newsroom.extraction.extractors.compare import claim_facts

from .helpers import entity, names, speaker_of

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def seed0():
    return extract((SEEDS / "000_99863aae14a88d0b.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed1():
    return extract((SEEDS / "001_8e9b6f821d9f2fc6.txt").read_text(encoding="utf-8"))


def test_pipeline_version_and_kinds(seed0):
    assert EXTRACTOR_VERSION.startswith("rules-")
    assert {e.kind for e in seed0.entities} <= set(KINDS)


def test_pipeline_seed0_entities_and_aliases(seed0):
    assert names(seed0, "person") == ["Dmitry Bakanov", "Sean Duffy"]
    assert names(seed0, "organization") == [
        "Roscosmos",
        "National Aeronautics and Space Administration",
    ]
    assert entity(seed0, "National Aeronautics and Space Administration").aliases == ["NASA"]
    assert entity(seed0, "Dmitry Bakanov").aliases == ["Bakanov", "Mr. Bakanov"]
    assert entity(seed0, "Russia").mentions[0].text == "Russia"  # "Russia`s"
    roscosmos = entity(seed0, "Roscosmos")
    assert "the state corporation" in [m.text for m in roscosmos.mentions]


def test_pipeline_seed0_quote_speaker_is_the_state_corporation(seed0):
    (quote,) = seed0.quotes  # the scare quote "other space projects" is not a quote
    assert quote.text.startswith("Mr. Bakanov emphasized that Roscosmos")
    assert quote.cue == "stated"
    assert speaker_of(seed0, "Mr. Bakanov") == "Roscosmos"


def test_pipeline_seed0_roles(seed0):
    got = {
        (seed0.entity(r.person_key).name, r.title, seed0.entity(r.organization_key).name)
        for r in seed0.roles
    }
    assert got == {
        ("Dmitry Bakanov", "Director General", "Roscosmos"),
        ("Sean Duffy", "acting Administrator", "National Aeronautics and Space Administration"),
    }


def test_pipeline_seed1_entities(seed1):
    assert names(seed1, "person") == [
        "Dmitry Bakanov",
        "Sean Duffy",
        "Dmitry Rogozin",
        "Jim Bridenstine",
        "Oleg Platonov",
        "Elena Krylov",
        "Rebecca Lin",
    ]
    assert names(seed1, "place") == [
        "Russia",
        "United States",
        "Houston",
        "Baikonur Cosmodrome",
        "Kazakhstan",
        "China",
        "India",
    ]
    assert entity(seed1, "Crew-11").kind == "mission"
    assert entity(seed1, "Crew Dragon").kind == "spacecraft"
    assert entity(seed1, "Artemis program").kind == "program"
    assert entity(seed1, "International Space Station").aliases == ["ISS"]


def test_pipeline_seed1_quotes_and_speakers(seed1):
    assert [(q.text[:20], seed1.entity(q.speaker_key).name, q.cue) for q in seed1.quotes] == [
        ("No matter how hard r", "Dmitry Bakanov", "stated"),
        ("a hopeful signal tha", "Elena Krylov", "called"),
        ("Spaceflight is globa", "Rebecca Lin", "said"),
    ]


def test_pipeline_seed1_roles(seed1):
    got = {
        (
            seed1.entity(r.person_key).name,
            r.title,
            seed1.entity(r.organization_key).name if r.organization_key else None,
        )
        for r in seed1.roles
    }
    assert got == {
        ("Dmitry Bakanov", "chief", "Roscosmos"),
        ("Dmitry Bakanov", "Director", "Roscosmos"),
        ("Sean Duffy", "acting administrator", "NASA"),
        ("Oleg Platonov", "cosmonaut", "Roscosmos"),
        ("Elena Krylov", "Dr.", "University of Geneva"),
        ("Rebecca Lin", "Former astronaut", None),
    }


def test_pipeline_seed1_claim_dates(seed1):
    dated = [(c.date, c.date_precision) for c in seed1.claims if c.date]
    assert dated[:4] == [
        (datetime.date(2025, 7, 31), "day"),
        (datetime.date(2018, 10, 1), "month"),
        (datetime.date(2018, 1, 1), "year"),
        (datetime.date(2025, 7, 31), "day"),
    ]


def test_pipeline_seeds_meeting_claims_are_the_same_event(seed0, seed1):
    held = next(c for c in seed0.claims if "held in the United States" in c.statement)
    planned = next(c for c in seed1.claims if "take place in Houston" in c.statement)
    a, b = claim_facts(held, seed0), claim_facts(planned, seed1)
    assert (a.place, b.place) == ("United States", "Houston")
    assert a.event == b.event == "meeting:nasa|roscosmos"
    assert compare_claims(a, b) == "same"


def test_pipeline_gazetteer_unifies_names_across_articles():
    gazetteer = [
        KnownEntity(
            "National Aeronautics and Space Administration", "organization", aliases=("NASA",)
        )
    ]
    result = extract(
        (SEEDS / "001_8e9b6f821d9f2fc6.txt").read_text(encoding="utf-8"), gazetteer=gazetteer
    )
    org = entity(result, "National Aeronautics and Space Administration")
    assert org.rule == "gazetteer"
    assert org.aliases == ["NASA"]


def test_pipeline_every_span_indexes_the_original(seed0, seed1):
    for path, result in (("000_99863aae14a88d0b.txt", seed0), ("001_8e9b6f821d9f2fc6.txt", seed1)):
        text = (SEEDS / path).read_text(encoding="utf-8")
        spans = [m for e in result.entities for m in e.mentions]
        spans += [c.evidence[0] for c in result.claims] + [r.evidence for r in result.roles]
        assert all(text[s.start : s.end] == s.text for s in spans)
        assert all(text[q.start : q.end] == q.text for q in result.quotes)
