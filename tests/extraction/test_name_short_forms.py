"""Short forms of a person's name: glued initials ("Prof. R.M.S. <Family>", "A.T. <Family>"), the
first half of a double family name ("Mrs. <A>" of "<Given> <A>-<B>")."""

from __future__ import annotations

from newsroom.extraction.extractors import extract

from .helpers import names, speaker_of


def test_glued_initials_after_a_title_open_the_persons_name():
    text = (
        "At the harbour, the survey's director Prof. R.M.S. Wijesooriya said the buoy was "
        "ready.\n\n"
        '"The buoy has passed every test we set for it," Prof. Wijesooriya said.'
    )
    result = extract(text)
    assert names(result, "person") == ["R.M.S. Wijesooriya"]
    assert speaker_of(result, "The buoy has") == "R.M.S. Wijesooriya"


def test_glued_initials_and_one_initial_are_the_same_long_name():
    text = (
        "Arkady Timofeyevich Brusnikin chaired the meeting in Tver.\n\n"
        "A. Brusnikin: The pumps come first today.\n\n"
        "In closing, A.T. Brusnikin said that the crews had repaired the pumps."
    )
    result = extract(text)
    assert names(result, "person") == ["Arkady Timofeyevich Brusnikin"]


def test_a_countrys_abbreviation_is_no_initial():
    result = extract("The U.S. Navy and Dr. Ilse Marrow signed the deal in Brest.")
    assert names(result, "person") == ["Ilse Marrow"]


def test_first_half_of_a_double_family_name_is_that_person():
    text = (
        "The board's chair, Professor Ariadni Pelekanou-Stavrou, opened the session.\n\n"
        "«Our harbours silt up every winter», Mrs. Pelekanou said."
    )
    result = extract(text)
    assert names(result, "person") == ["Ariadni Pelekanou-Stavrou"]
    assert speaker_of(result, "Our harbours") == "Ariadni Pelekanou-Stavrou"
