"""Titles before a name in other languages' styles: never part of the name."""

from __future__ import annotations

from newsroom.extraction.extractors import extract

from .helpers import entity, names, roles, speaker_of


def test_titles_spanish_courtesy_title_is_not_part_of_the_name():
    result = extract("Her teacher, Señora Amparo Villalba, told the class to keep trying.")
    assert names(result, "person") == ["Amparo Villalba"]


def test_titles_a_brigadiers_rank_is_a_title_and_names_the_speaker_later():
    text = (
        "The head of the test range, Brigadier Olumide Adeyemi-Crane, briefed the crews on "
        "Friday. “Nobody flies until the weather clears over the bay,” the brigadier said."
    )
    result = extract(text)
    assert names(result, "person") == ["Olumide Adeyemi-Crane"]
    assert roles(text) == [("Olumide Adeyemi-Crane", "Brigadier", None)]
    assert speaker_of(result, "Nobody flies") == "Olumide Adeyemi-Crane"


def test_titles_a_brigadier_generals_rank_is_one_title():
    text = "The wing's commander, Brigadier General Halvard Strøm, opened the new hangar."
    assert roles(text) == [("Halvard Strøm", "Brigadier General", None)]


def test_titles_an_abbreviated_associate_or_assistant_is_part_of_the_title():
    text = (
        "Assoc Prof Wilailak Thongdee, a marine biologist at the university, led the survey. "
        "Asst Prof Somchai Kaewkla counted the turtles."
    )
    result = extract(text)
    assert [(e.name, e.kind) for e in result.entities] == [
        ("Wilailak Thongdee", "person"),
        ("Somchai Kaewkla", "person"),
    ]
    assert roles(text)[0] == ("Wilailak Thongdee", "Assoc Prof", None)
    assert roles(text)[-1] == ("Somchai Kaewkla", "Asst Prof", None)


def test_titles_a_ministry_whose_last_portfolio_has_two_words_is_one_name():
    text = (
        "The deal was signed at the Ministry of Fisheries, Tourism and Rural Development in "
        "Port Vell on Monday."
    )
    assert names(extract(text), "organization") == [
        "Ministry of Fisheries, Tourism and Rural Development"
    ]


def test_titles_a_scope_word_before_a_minister_is_no_organisation():
    text = "Federal Minister for Fisheries Tomas Quell said the quota would rise."
    result = extract(text)
    assert names(result, "organization") == []
    assert names(result, "person") == ["Tomas Quell"]


def test_titles_a_plain_title_before_a_particle_surname_is_the_person_named_in_full():
    text = (
        "Dr Maarten van den Hoogt runs the clinic's trials. Dr van den Hoogt told staff on "
        "Monday that the second phase would start in June."
    )
    result = extract(text)
    assert names(result, "person") == ["Maarten van den Hoogt"]
    assert entity(result, "Maarten van den Hoogt").aliases == ["van den Hoogt"]


def test_titles_a_headteacher_before_a_name_is_a_title_not_part_of_the_name():
    text = (
        "Headteacher Marla Quennell-Obi said the pupils were ready. "
        "'Only a few will ask,' she said."
    )
    result = extract(text)
    assert names(result, "person") == ["Marla Quennell-Obi"]
    assert speaker_of(result, "Only a few") == "Marla Quennell-Obi"
    assert roles(text) == [("Marla Quennell-Obi", "Headteacher", None)]


def test_titles_a_bishops_title_is_not_part_of_the_name_and_his_see_is_no_employer():
    text = (
        "The Auxiliary Bishop of Dunmorrow and Keld visited the lifeboat station on Friday. "
        "Bishop Quentin Marrowby said a short prayer over the new hull. "
        "'The sea is wide and our boat is small,' Bishop Marrowby told the crews."
    )
    result = extract(text)
    assert names(result, "person") == ["Quentin Marrowby"]
    assert names(result, "organization") == []
    assert speaker_of(result, "The sea is wide") == "Quentin Marrowby"


def test_titles_a_priests_title_and_his_orders_letters_are_not_part_of_the_name():
    text = (
        "Speaking by video link, Fr Ottavio Brunelli di Castelvero SJ, who teaches optics at "
        "the Corvenna Institute, said: 'Lenses are older than telescopes.' Fr Brunelli di "
        "Castelvero will visit the school in June."
    )
    result = extract(text)
    assert names(result, "person") == ["Ottavio Brunelli di Castelvero"]
    assert speaker_of(result, "Lenses are older") == "Ottavio Brunelli di Castelvero"


def test_titles_commissioner_before_a_name_is_a_title_and_her_quote_hers():
    text = (
        "Chairman Oskar Feldmann praised the budget: “It is balanced.”\n\n"
        "Commissioner Greta Lindqvist-Moore voted against it. “The road fund is empty,” she told "
        "the council."
    )
    result = extract(text)
    assert [e.name for e in result.entities if e.kind == "person"] == [
        "Oskar Feldmann",
        "Greta Lindqvist-Moore",
    ]
    assert speaker_of(result, "The road fund") == "Greta Lindqvist-Moore"


def test_titles_a_ministers_portfolios_whatever_their_head_word_are_no_organisation():
    text = (
        "Dr. Alma Pruitt, Minister of Higher Education and Scientific Research and Chair of the "
        "governing council of the institute, said the budget would rise. "
        "Tomas Brevik, Minister of Trade and Research, agreed."
    )
    result = extract(text)
    assert [(e.name, e.kind) for e in result.entities] == [
        ("Alma Pruitt", "person"),
        ("Tomas Brevik", "person"),
    ]
