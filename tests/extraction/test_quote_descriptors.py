"""Quote speakers named by a title that stands for a person named earlier ("the Vice Minister
stressed"), after guillemets and clause openers."""

from __future__ import annotations

from newsroom.extraction.extractors import extract

from .helpers import speaker_of

MINISTER = (
    "The rail deal was concluded before the Vice Minister of Transport, Mr. Teodor Vashkelis, "
    "and the head of Norrland Rail, Ms. Ingrid Solheim.\n\n"
)


def test_quotes_capitalised_title_after_guillemets_is_the_titled_person():
    text = MINISTER + (
        "«From now on our trains leave on the minute», the Vice Minister stressed in his remarks, "
        "adding that the line «was laughed at three winters ago and now has a timetable»."
    )
    result = extract(text)
    assert speaker_of(result, "From now on") == "Teodor Vashkelis"
    assert speaker_of(result, "was laughed at") == "Teodor Vashkelis"


def test_quotes_as_the_title_said_is_the_titled_person():
    text = MINISTER + (
        "Ms. Solheim said the carriages were ready. As the Vice Minister later said, those words "
        '"turned into the watchword of every depot".'
    )
    result = extract(text)
    assert speaker_of(result, "turned into the watchword") == "Teodor Vashkelis"


def test_quotes_title_followed_by_honorific_and_name_is_that_name():
    text = MINISTER + (
        "The Vice Minister, Hon. Bertil Aaskov, was quoted by the agency as saying the line "
        'would "change how we travel between the valleys".'
    )
    result = extract(text)
    assert speaker_of(result, "change how we travel") == "Bertil Aaskov"
