"""Appositive roles after a name, in the forms wire copy uses."""

from __future__ import annotations

from newsroom.extraction.extractors import extract

from .helpers import names, roles


def test_appositive_stacked_titles_each_followed_by_its_body():
    text = (
        "The Veloria Space Board (VSB) will fly the probe. R. Anand Kethwal, Secretary, "
        "Ministry of Orbital Affairs, and Chairman, VSB, said the probe was ready."
    )
    assert roles(text) == [
        ("R. Anand Kethwal", "Secretary", "Ministry of Orbital Affairs"),
        ("R. Anand Kethwal", "Chairman", "Veloria Space Board"),
    ]


def test_appositive_capitalised_title_then_body_between_commas():
    text = (
        "The Tarvik Satellite Centre (TSC) built the bus. Meena Dorai, Director, TSC, said "
        "the tests were over."
    )
    assert roles(text) == [("Meena Dorai", "Director", "Tarvik Satellite Centre")]


def test_appositive_title_and_body_inside_a_broadcast_note():
    text = (
        "SOUNDBITE (Nora Vesk, Chair, Tarvik County Commission): These jobs matter to us, and "
        "we will say so."
    )
    assert roles(text) == [("Nora Vesk", "Chair", "Tarvik County Commission")]


def test_ranking_member_is_a_title_not_a_person():
    text = (
        "Questions came from the Ranking Member of the Harbour Works Committee, Efua "
        "Mensima-Darko, who wanted the tender papers."
    )
    assert names(extract(text), "person") == ["Efua Mensima-Darko"]


def test_appositive_title_of_several_words_makes_the_name_a_persons():
    text = "Kobina Adjei-Tawiah, the Board Member of the Harbour Works Committee, said it was late."
    assert names(extract(text), "person") == ["Kobina Adjei-Tawiah"]
