"""A letter's sign-off: the writer's name, post and town on bare lines after the letter."""

from __future__ import annotations

from newsroom.extraction.extractors import extract

from .helpers import names

LETTERS = (
    "LETTERS\n\n"
    "Keep the observatory open\n\n"
    "The plan to close the observatory is short-sighted. Its staff have trained a "
    "generation of engineers.\n\n"
    "Professor Morwenna ap Gruffydd\n"
    "Professor of Radio Astronomy, Tregaron University\n\n"
    "---\n\n"
    "A cheaper way\n\n"
    "Nobody asked the people who use it every night.\n\n"
    "Hendrik van der Merwe\n"
    "Ipswich\n"
)


def test_signoffs_name_post_and_town_lines_after_a_letter_are_read():
    result = extract(LETTERS)
    assert names(result, "person") == ["Morwenna ap Gruffydd", "Hendrik van der Merwe"]
    assert names(result, "organization") == ["Tregaron University"]
    assert names(result, "place") == ["Ipswich"]


def test_signoffs_a_sub_heading_between_paragraphs_is_no_signoff():
    text = "".join(f"Paragraph {n} of the minutes was read.\n\n" for n in range(8)) + (
        "Hendrik Ipswich\n\nThe second item was the new building. It was postponed."
    )
    assert names(extract(text), "person") == []


def test_signoffs_a_professors_subject_is_no_organisation():
    text = "Dr Ilse Varga, a professor of Coastal Geology, said the cliffs were retreating."
    assert names(extract(text), "organization") == []


def test_signoffs_a_valediction_above_and_a_postscript_below_keep_the_sign_off():
    text = (
        "Dear supporters,\n\n"
        + "".join(f"Item {n}: the workshop report was read and agreed.\n\n" for n in range(6))
        + "The new telescope mount arrived on Friday and it works. Thank you for waiting.\n\n"
        "Warm regards,\n"
        "Agatha Farquar\n"
        "Build lead, Quillermoor Mews Society (QMS)\n\n"
        "P.S. The next open evening is on the calendar.\n"
    )
    assert names(extract(text), "person") == ["Agatha Farquar"]
