"""A quote with no attribution of its own that goes on with what the sentence before it
reported ("<Name> then told us that …. “…”"), or that repeats words quoted with a speaker
elsewhere."""

from __future__ import annotations

from newsroom.extraction.extractors import extract

from .helpers import speaker_of


def test_quotes_after_told_us_that_in_the_same_paragraph_is_that_speaker():
    text = (
        "Ms. Odile Ferrandez, the fleet manager, said the depot was short of spare wheels.\n\n"
        "Ms. Ferrandez later told us that a stock clerk now orders them every week. "
        '"Whoever counts the wheels should never be the one who fits them, and now they never '
        'are."'
    )
    result = extract(text)
    assert speaker_of(result, "Whoever counts") == "Odile Ferrandez"


def test_quotes_paragraph_after_he_said_that_is_his():
    text = (
        '"We stopped treating it as a pastime long ago," said Tobias Wrenfield, who runs a '
        "boatyard in Kelmarsh.\n\n"
        "He said that apprentices from the village had built nearly all of the hull.\n\n"
        '"We bought the mast in Norway and the sails in Brittany. The rest was cut, bent and '
        'glued in this shed over two long winters."'
    )
    result = extract(text)
    assert speaker_of(result, "We bought the mast") == "Tobias Wrenfield"


def test_quotes_after_a_sentence_that_reports_nothing_keep_no_speaker():
    text = (
        '"We stopped treating it as a pastime long ago," said Tobias Wrenfield, who runs a '
        "boatyard in Kelmarsh.\n\n"
        "Apprentices from the village built nearly all of the hull over two winters.\n\n"
        '"We bought the mast in Norway and the sails in Brittany. The rest was cut, bent and '
        'glued in this shed over two long winters."'
    )
    result = extract(text)
    assert speaker_of(result, "We bought the mast") is None


def test_quotes_a_headline_quote_repeated_in_the_story_is_its_speakers():
    text = (
        "'Late, but still afloat and sailing': readers divided on the ferry timetable\n\n"
        "The Harbour Courier quotes Tobias Wrenfield as calling the ferry 'late, but still afloat "
        "and sailing'."
    )
    result = extract(text)
    assert speaker_of(result, "Late, but") == "Tobias Wrenfield"
    assert speaker_of(result, "late, but") == "Tobias Wrenfield"
