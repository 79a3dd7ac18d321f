"""Lines at the top of a text that are layout, not prose: notices, mastheads, bylines."""

from __future__ import annotations

from newsroom.extraction.extractors import extract

from .helpers import names


def test_layout_a_notice_in_capitals_before_a_dash_is_no_dateline_city():
    text = (
        "NOT FOR CIRCULATION — do not forward to anyone outside the works\n\n"
        "The Kestrel-2 engine ran for 600 seconds on Thursday, Alma Pruitt said."
    )
    result = extract(text)
    assert names(result, "place") == []
    assert names(result, "person") == ["Alma Pruitt"]


def test_layout_a_four_word_masthead_on_the_date_line_under_the_byline_is_the_outlet():
    text = (
        "THE NIGHT SKY\n"
        "Dark skies and bright trains\n\n"
        "By Alma Pruitt\n"
        "The Brackwater Vale Gazette, Tuesday 10 March 2026\n\n"
        "The station will open in May, the agency said."
    )
    result = extract(text)
    assert names(result, "organization") == ["The Brackwater Vale Gazette"]
    assert result.article_date.isoformat() == "2026-03-10"


def test_layout_a_byline_in_capitals_names_its_writer():
    text = (
        "A station for the island\n\n"
        "by ALMA PRUITT\n"
        "alma.pruitt@dunmore.example\n\n"
        "The station will open in May, the agency said."
    )
    result = extract(text)
    assert [(e.name, e.aliases) for e in result.entities if e.kind == "person"] == [
        ("Alma Pruitt", ["ALMA PRUITT"])
    ]


def test_layout_a_city_and_a_name_after_a_dash_on_a_line_of_their_own_are_place_and_reporter():
    # the city must be one the place lists know; the reporter is invented
    text = (
        "Borvian agency: the probe completes its tests\n\n"
        "Alexandria — Yasmeen Haddawi\n\n"
        "The Borvian Space Agency announced the completion of the tests on Monday."
    )
    result = extract(text)
    assert [(e.name, e.kind) for e in result.entities] == [
        ("Alexandria", "place"),
        ("Yasmeen Haddawi", "person"),
        ("Borvian Space Agency", "organization"),
    ]
