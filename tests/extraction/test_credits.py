"""Picture credits: the photographer and the agencies named under a picture."""

from __future__ import annotations

from newsroom.extraction.extractors import extract

from .helpers import names, speaker_of

GALLERY = (
    "Harbour festival – in pictures\n\n"
    "Crews from Pellmouth Rowing Association carry their boat to the slipway\n"
    "Photograph: Tilde Sørbø/Nordpix via Harbourline Images\n\n"
    "The association, founded in 1902, won the first race. In a statement, the association "
    "said the day “showed what a small town can do”\n"
    "(Photo by Kit Wembury/Quayside Press)"
)


def test_credits_photographers_and_agencies_are_named():
    result = extract(GALLERY)
    assert names(result, "person") == ["Tilde Sørbø", "Kit Wembury"]
    assert names(result, "organization") == [
        "Pellmouth Rowing Association",
        "Nordpix",
        "Harbourline Images",
        "Quayside Press",
    ]


def test_credits_an_agency_under_a_picture_is_no_speaker():
    assert speaker_of(extract(GALLERY), "showed what") == "Pellmouth Rowing Association"
