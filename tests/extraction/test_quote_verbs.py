"""Verbs that report a quote as speech beyond "said" ("characterised it as «…»", "pleads"),
speakers that are nobody named ("a harbour official told us"), and a nickname quoted in an aside."""

from __future__ import annotations

from newsroom.extraction.extractors import extract

from .helpers import speaker_of


def test_quotes_characterised_as_is_the_subjects():
    text = (
        "The head of the harbour board, Professor Ilka Morvenstrand, characterised the new pier "
        "as «the hardest engineering job this coast has seen», noting that it would open "
        "in spring."
    )
    result = extract(text)
    assert speaker_of(result, "the hardest") == "Ilka Morvenstrand"


def test_quotes_pleads_after_a_quote_names_its_speaker():
    text = (
        "Our treasurer, Dorian Albrecht-Soto, has news of his own. “Write to me with anything "
        "at all, however small it seems,” Albrecht-Soto pleads, before handing over."
    )
    result = extract(text)
    assert speaker_of(result, "Write to me") == "Dorian Albrecht-Soto"


def test_quotes_of_an_unnamed_official_are_not_the_last_organisations():
    text = (
        "The Coastal Works Agency and Tarnby Port Services should review the plan together.\n\n"
        "Villagers were asked about the site of the new quay. A harbour official in the "
        "northern district told us: “They never asked how the quay would be used. They only "
        "asked how long it should be.”"
    )
    result = extract(text)
    assert speaker_of(result, "They never asked") is None


def test_quotes_a_nickname_in_an_aside_is_no_speech_of_the_name_after_it():
    text = (
        "Halvard Eskeland-Moe ’91 (once “Hally” to the crews of Birch Lodge) writes that he has "
        "moved to the coast."
    )
    result = extract(text)
    assert [q.text for q in result.quotes] == []
