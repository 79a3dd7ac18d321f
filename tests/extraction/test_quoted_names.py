"""Words in quotation marks that name something (a craft's code, a nickname): not quotes."""

from __future__ import annotations

from newsroom.extraction.extractors import extract


def quoted(text: str) -> list[tuple[str, str | None]]:
    result = extract(text)
    out = []
    for q in result.quotes:
        speaker = result.entity(q.speaker_key)
        out.append((q.text, speaker.name if speaker else None))
    return out


def test_a_quoted_code_name_of_a_craft_is_no_quote():
    text = (
        "The Borvian Space Office announced that it had finished testing the weather satellite "
        '"Lumen-3" last week.\n\n'
        "Dr. Oskar Feldhaus said the share of local parts had doubled since its predecessor "
        '"Lumen-2", which was launched in 2021.'
    )
    assert quoted(text) == []


def test_a_nickname_set_off_after_a_name_is_no_quote():
    text = (
        "Torvald Brekke asked us to thank Annelise Margrave — “Lise” to everyone in the hangar — "
        "who found the leak.\n\n"
        "“She saved the launch,” Brekke said."
    )
    assert quoted(text) == [("She saved the launch", "Torvald Brekke")]
