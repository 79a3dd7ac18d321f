"""Quotation marks other than English ones: the same quotes, spans and speakers."""

from __future__ import annotations

from newsroom.extraction.extractors import extract


def quoted(text: str) -> list[tuple[str, str | None]]:
    """(quote text, speaker's canonical name) pairs in order; every span indexes ``text``."""
    result = extract(text)
    out = []
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
        speaker = result.entity(q.speaker_key)
        out.append((q.text, speaker.name if speaker else None))
    return out


def test_quotes_guillemets_with_non_breaking_spaces_are_quotation_marks():
    text = (
        "The mayor of Vermonde, Lucile Aubrac-Ferrand, visited the new radar on Friday.\n"
        "«\u00a0Nous avons attendu dix ans pour ce radar\u00a0», she said.\n"
        "«\u202fThe tower will be finished by spring\u202f», said Odon Marchetti, the site manager."
    )
    assert quoted(text) == [
        ("Nous avons attendu dix ans pour ce radar", "Lucile Aubrac-Ferrand"),
        ("The tower will be finished by spring", "Odon Marchetti"),
    ]


def test_quotes_single_guillemets_inside_guillemets():
    text = "« The pilots call it ‹ the lantern › and so do we », said Bettina Solvang."
    assert quoted(text) == [("The pilots call it ‹ the lantern › and so do we", "Bettina Solvang")]


def test_quotes_guillemets_over_two_paragraphs_keep_their_speaker():
    text = (
        "Engineer Mireille Castagnède showed us the cleanroom.\n\n"
        "« The mirror is polished by hand », she said. « It takes a week per square metre.\n\n"
        "« Nobody else in the region can do it. »"
    )
    speaker = "Mireille Castagnède"
    assert quoted(text) == [
        ("The mirror is polished by hand", speaker),
        ("It takes a week per square metre.", speaker),
        ("Nobody else in the region can do it.", speaker),
    ]


def test_quotes_low_opening_marks_polish_style_over_two_paragraphs():
    text = (
        "„We will open the second hangar in spring,” said Halina Brzezińska-Wolna, a director.\n\n"
        "„The first one is already too small for us.\n\n"
        "„Nobody expected that.” she added."
    )
    speaker = "Halina Brzezińska-Wolna"
    assert quoted(text) == [
        ("We will open the second hangar in spring", speaker),
        ("The first one is already too small for us.", speaker),
        ("Nobody expected that.", speaker),
    ]


def test_quotes_low_opening_marks_german_style_close_with_a_high_mark():
    text = "„The antenna is ready“, said Ortwin Hagedorn. „It is not ‚small‘ at all“, he added."
    assert quoted(text) == [
        ("The antenna is ready", "Ortwin Hagedorn"),
        ("It is not ‚small‘ at all", "Ortwin Hagedorn"),
    ]


def test_quotes_lowercase_academic_titles_before_the_speaker_keep_the_next_quotes_his():
    text = (
        "„The hangar opens in May,” said prof. dr hab. inż. Zdzisław Orzechowski-Lis, chairman "
        "of the supervisory board and co-founder of Orlisoft. „Ten years ago we had nothing.\n\n"
        "„Today we have a clean room.”"
    )
    speaker = "Zdzisław Orzechowski-Lis"
    assert quoted(text) == [
        ("The hangar opens in May", speaker),
        ("Ten years ago we had nothing.", speaker),
        ("Today we have a clean room.", speaker),
    ]


def test_quote_marks_a_line_of_dialogue_opened_by_a_dash_ends_at_the_comma_before_its_verb():
    text = (
        "OSLO: The launch slipped again.\n\n"
        "– The weather station gave us a wind reading we could not use. So we wait, says chief "
        "executive Hedda Mørk to the paper.\n\n"
        "The mayor, Ingeborg Holte, was calm.\n\n"
        "– The ferry timetable stays as it is, for now, Holte says.\n\n"
        "– Items on a list, without a verb\n"
        "– and a lowercase one, says nothing"
    )
    assert quoted(text) == [
        ("The weather station gave us a wind reading we could not use. So we wait", "Hedda Mørk"),
        ("The ferry timetable stays as it is, for now", "Ingeborg Holte"),
    ]


def test_quote_marks_a_defined_term_in_brackets_after_its_long_form_is_no_quote():
    text = (
        "Port director Tomas Brandvik defended the fees: “They pay for the new crane.”\n\n"
        "In its newsletter, the Harbour Pilots Guild (“HPG”) quoted Brandvik as saying that the "
        "port would “freeze fees until spring.” HPG wants that in writing."
    )
    assert quoted(text) == [
        ("They pay for the new crane.", "Tomas Brandvik"),
        ("freeze fees until spring.", "Tomas Brandvik"),
    ]
