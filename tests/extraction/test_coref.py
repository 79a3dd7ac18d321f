"""Coreference of name forms: honorifics, double surnames and a company's legal form."""

from __future__ import annotations

from newsroom.extraction.extractors import extract

from .helpers import entity, names, speaker_of


def test_coref_dotless_honorific_from_the_lexicon_is_not_part_of_the_name():
    text = (
        "The investor Alhaji Musa Danbaba Yero chaired the meeting in Kano. "
        "Alhaji Yero said the plant would open in May. "
        "“We are ready,” Alhaji Yero said."
    )
    result = extract(text)
    assert names(result, "person") == ["Musa Danbaba Yero"]
    assert entity(result, "Musa Danbaba Yero").aliases == ["Alhaji Yero"]
    assert speaker_of(result, "We are ready") == "Musa Danbaba Yero"


def test_coref_double_surname_later_alone_is_the_same_person():
    text = (
        "The agency's director of launch policy, Lucía Fernanda Ortega Barrientos, spoke on "
        "Monday. Ortega Barrientos said the pad would be ready in May. "
        "“We listened to the town,” Ortega Barrientos said."
    )
    result = extract(text)
    assert names(result, "person") == ["Lucía Fernanda Ortega Barrientos"]
    assert entity(result, "Lucía Fernanda Ortega Barrientos").aliases == ["Ortega Barrientos"]
    assert speaker_of(result, "We listened") == "Lucía Fernanda Ortega Barrientos"
