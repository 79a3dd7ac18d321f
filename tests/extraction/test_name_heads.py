"""Names whose last word makes them a firm or a stock index, never a person."""

from __future__ import annotations

from newsroom.extraction.extractors import extract

from .helpers import names, speaker_of


def test_a_two_word_firm_ending_in_a_trade_noun_is_an_organisation():
    text = (
        "Shares of the boatbuilder fell 3% on Monday, while its main supplier, Gantry Composites "
        "(GNTC.O), lost 2.1%, according to data from Fernhill Analytics."
    )
    result = extract(text)
    assert names(result, "person") == []
    assert names(result, "organization") == ["Gantry Composites", "Fernhill Analytics"]


def test_an_index_named_after_its_exchange_is_no_person():
    text = "Chip makers rallied on Friday. The broader Quillon Composite was little changed."
    result = extract(text)
    assert names(result, "person") == []
    assert names(result, "other") == ["Quillon Composite"]


def test_a_double_barrelled_surname_whose_first_half_is_a_city_stays_whole():
    text = (
        "Not everyone is convinced. Marta Quito-Reyes, who studies comets at the Lowell "
        "Institute, points to earlier false alarms. “I want to see it twice,” she says."
    )
    result = extract(text)
    assert names(result, "person") == ["Marta Quito-Reyes"]
    assert speaker_of(result, "I want to see it twice") == "Marta Quito-Reyes"


def test_the_adjective_of_a_two_word_region_is_no_person():
    text = (
        "The board said Mr Hale would lead the company's expansion into European and Middle "
        "Eastern markets from next year."
    )
    result = extract(text)
    assert names(result, "person") == ["Hale"]
