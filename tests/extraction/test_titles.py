"""Titles before a name in other languages' styles: never part of the name."""

from __future__ import annotations

from newsroom.extraction.extractors import extract

from .helpers import names


def test_titles_spanish_courtesy_title_is_not_part_of_the_name():
    result = extract("Her teacher, Señora Amparo Villalba, told the class to keep trying.")
    assert names(result, "person") == ["Amparo Villalba"]
