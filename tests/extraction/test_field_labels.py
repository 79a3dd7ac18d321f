"""Field labels and salutations in capitals ("* ENGINE: …", "WHY IT MATTERS: …", "SIR – …")
name nothing."""

from __future__ import annotations

from newsroom.extraction.extractors import extract

from .helpers import names, speaker_of

BOX = (
    "Factbox: three firms in the race\n\n"
    "The agency will pick a winner in March, its director said on Monday.\n\n"
    "TORNVIK AEROSPACE\n\n"
    "* ENGINE: Grålo, a methane engine tested in 2025.\n\n"
    "* WHY IT MATTERS: In a statement, Tornvik Aerospace said its engine had "
    '"passed every test we set it," a claim that could not be checked.\n\n'
    "* DOUBT: The firm has not named its investors.\n\n"
    "THE VERDICT: The board will meet again in May.\n"
)


def test_field_labels_capital_labels_name_nothing():
    result = extract(BOX)
    assert names(result, "organization") == ["Tornvik Aerospace"]
    assert speaker_of(result, "passed every test") == "Tornvik Aerospace"


def test_field_labels_an_acronym_used_elsewhere_still_names_its_body():
    text = (
        "Who is bidding\n\n"
        "* KSPA: the national agency has asked for two bids.\n\n"
        "Officials at KSPA said the bids were due in May."
    )
    assert names(extract(text), "organization") == ["KSPA"]


def test_field_labels_a_salutation_in_capitals_names_nothing():
    text = (
        "Letters\n\n"
        "SIR – The plan to close the observatory is short-sighted.\n\n"
        "SIR – Nobody asked the people who use it every night."
    )
    assert extract(text).entities == []
