"""Speakers named by a title and a particle surname, and pronouns that agree with a title."""

from __future__ import annotations

from newsroom.extraction.extractors import extract

from .helpers import speaker_of


def test_a_title_before_a_particle_surname_names_the_one_who_has_it():
    text = (
        "Dr. Hana Moriyama and Ramón de la Cruz Ortiz were married May 2 in Denver.\n\n"
        "The groom, 35, is an engineer at Tallis Space Systems. He is the son of Lucía Ortiz "
        "Campos and Emilio de la Cruz of Toledo, Spain. His mother is a nurse.\n\n"
        "“I thought he was rude,” the bride said.\n\n"
        "Mr. de la Cruz saw it differently. “I was correcting the speaker, actually,” he said."
    )
    result = extract(text)
    assert speaker_of(result, "I was correcting the speaker") == "Ramón de la Cruz Ortiz"


def test_she_is_not_the_man_titled_mister_just_before():
    text = (
        "Dr. Hana Moriyama led the pressure test at the plant.\n\n"
        "Later that week Mr. Okafor checked the valves again. “It held at twice the load,” she "
        "recalled."
    )
    result = extract(text)
    assert speaker_of(result, "It held at twice the load") == "Hana Moriyama"


def test_the_agency_is_the_public_body_named_before_not_a_firm_named_since():
    text = (
        "The Brisco rocket, built by privately held Kestrel Launch Systems, suffered an anomaly "
        "two minutes into the flight. Its rival Corvane SA rose 2%.\n\n"
        "The National Maritime Administration (NMA) said it would oversee Kestrel's mishap "
        "investigation. “No injuries have been reported,” the agency said, adding that the "
        "rocket would stay grounded."
    )
    result = extract(text)
    assert speaker_of(result, "No injuries") == "National Maritime Administration"


def test_a_verb_of_manner_after_a_quote_reports_it():
    text = (
        "Barry Colquhoun, 58, a retired plumber from Leeds, had paid for a seat on the first "
        "flight.\n\n"
        "“I’m off to the allotment. At least the carrots won’t get cancelled,” he grinned."
    )
    result = extract(text)
    assert speaker_of(result, "I’m off to the allotment") == "Barry Colquhoun"


def test_a_quote_after_a_pronouns_short_gesture_is_the_persons_named_before():
    text = (
        "“We wanted boots for the quarry and for the dance hall,” Ysolde Varnier said after "
        "the show, still wearing the grey overalls of her workshop team and a pair of old "
        "boots. She grinned. “The quarry forgives a lot. The dance hall forgives nothing.”"
    )
    assert speaker_of(extract(text), "The quarry forgives") == "Ysolde Varnier"


def test_the_governor_is_the_person_named_with_the_abbreviated_title():
    text = (
        "Gov. Philippa Strand-Okoro landed at the airport at noon. Her press secretary, Tamsin "
        "Achebe-Rowe, said the tour would last an hour. The governor glanced at the new tower "
        "and said, “Now I know what the budget bought.”"
    )
    assert speaker_of(extract(text), "Now I know") == "Philippa Strand-Okoro"
