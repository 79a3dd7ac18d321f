"""Behaviours added in rules-1.2 after the first run on the "fresh2" benchmark group."""

from __future__ import annotations

from newsroom.extraction.extractors import extract

from .helpers import entity, names, speaker_of
from .test_roles import roles


def test_hyphenated_given_name_is_one_token_of_the_person():
    text = "KASA deputy administrator Lee Jin-ho met the Oslo-based team on Monday."
    result = extract(text)
    assert names(result, "person") == ["Lee Jin-ho"]
    assert roles(text) == [("Lee Jin-ho", "deputy administrator", "KASA")]


def test_institution_named_after_a_person_keeps_the_name():
    text = "The crew trained at the Ivan Petrov Cosmonaut Training Center last year."
    result = extract(text)
    assert names(result, "organization") == ["Ivan Petrov Cosmonaut Training Center"]
    assert names(result, "person") == []


def test_number_word_does_not_open_an_organisation_name():
    result = extract("Four Indian Air Force pilots trained at the centre in 2021.")
    assert names(result, "organization") == ["Indian Air Force"]


def test_sentence_initial_title_adjective_is_not_an_organisation():
    text = "Retired cosmonaut Pavel Orlov said he was hopeful."
    result = extract(text)
    assert names(result, "organization") == []
    assert roles(text) == [("Pavel Orlov", "Retired cosmonaut", None)]


def test_cue_noun_after_single_word_makes_an_organisation():
    result = extract("The minister arrived for talks with Kosmoflot leadership on Monday.")
    assert names(result, "organization") == ["Kosmoflot"]
    assert names(extract("In a Monday statement, the ministry was silent."), "organization") == []


def test_state_corporation_resolves_to_headless_name_with_said_cue():
    text = (
        "The chairman flew to Moscow for talks with Kosmoflot leadership.\n"
        "The visit was confirmed by the embassy.\n"
        "Training\n"
        "Four Northern Air Force pilots trained at the centre in 2021.\n"
        "“We want to build on that,” the chairman said.\n"
        "The state corporation said it was ready to “expand cooperation in all areas,” "
        "according to a statement posted on its website.\n"
    )
    result = extract(text)
    quote = next(q for q in result.quotes if q.text.startswith("expand"))
    assert result.entity(quote.speaker_key).name == "Kosmoflot"
    assert quote.cue == "said"


def test_according_to_a_name_after_the_quote():
    text = "“The launch is on schedule,” according to the Nordic Space Agency, which declined."
    result = extract(text)
    assert speaker_of(result, "The launch") == "Nordic Space Agency"
    assert result.quotes[0].cue == "according to"


def test_name_of_country_without_head_word_is_split():
    result = extract("Ruricosmos of Kazakhstan will host the board meeting.")
    assert names(result, "place") == ["Kazakhstan"]
    result = extract("The University of Geneva will host the board meeting.")
    assert names(result, "organization") == ["University of Geneva"]


def test_person_of_organisation_in_one_capitalised_run():
    text = "Prof. Anna Berg of Nordic Technical University called it overdue."
    result = extract(text)
    assert names(result, "person") == ["Anna Berg"]
    assert names(result, "organization") == ["Nordic Technical University"]
    assert roles(text) == [("Anna Berg", "Prof.", "Nordic Technical University")]


def test_demonym_from_country_stem_is_not_an_organisation():
    result = extract("Uzbekistan hosted the talks, the Uzbek agency said on Tuesday.")
    assert names(result, "organization") == []


def test_department_in_a_title_is_not_an_organisation():
    text = "Its Director of Human and Robotic Exploration, Daniel Weber, spoke first."
    assert names(extract(text), "organization") == []


def test_singular_role_noun_after_a_coordination_belongs_to_the_last_name():
    text = (
        "Kosmoflot Director General Farid Umarov and Astrolink chairman Nurlan Sadykov "
        "will sign the deal."
    )
    result = extract(text)
    assert names(result, "person") == ["Farid Umarov", "Nurlan Sadykov"]
    assert roles(text) == [
        ("Farid Umarov", "Director General", "Kosmoflot"),
        ("Nurlan Sadykov", "chairman", "Astrolink"),
    ]


def test_quote_ending_a_sentence_is_not_attributed_to_the_next_subject():
    text = (
        "“We are neighbours,” Farid Umarov said. “There is no reason to compete.” "
        "Nurlan Sadykov, a former cosmonaut, said he agreed."
    )
    assert speaker_of(extract(text), "There is no") == "Farid Umarov"


def test_roles_title_of_org_before_name_with_comma():
    text = "The head of the Nordic Space Organisation, S. Lindqvist, arrived on Wednesday."
    assert roles(text) == [("S. Lindqvist", "head", "Nordic Space Organisation")]
    text = "The Chairman of the Nordic Space Organisation (NSO), S. Lindqvist, arrived."
    assert roles(text) == [("S. Lindqvist", "Chairman", "Nordic Space Organisation")]


def test_roles_modifier_before_organisation_stays_in_the_title():
    text = "Former NSO astronaut Karin Holm welcomed the talks."
    assert roles(text) == [("Karin Holm", "Former astronaut", "NSO")]


def test_roles_adviser_to_descriptor_and_possessive_country_before_org():
    text = (
        "The Nordic Space Agency met on Monday. Karin Holm, now an adviser to the agency, "
        "welcomed it."
    )
    assert roles(text) == [("Karin Holm", "adviser", "Nordic Space Agency")]
    text = "Claire Dubois, President of France`s space agency CNES, met him."
    assert roles(text) == [("Claire Dubois", "President", "CNES")]


def test_city_after_between_is_a_place_and_coordination_follows():
    result = extract("The group will alternate between Tsukuba and Sacheon.")
    assert names(result, "place") == ["Tsukuba", "Sacheon"]
    assert entity(result, "Sacheon").kind == "place"
