"""Capitalised runs split into names: what opens a name and what does not."""

from newsroom.extraction.extractors import extract

from .helpers import names


def test_capitalised_patronymic_opens_a_firms_name():
    result = extract("A note from Bin Tarrak Capital warned that the order book was thin.")
    assert names(result, "organization") == ["Bin Tarrak Capital"]


def test_lowercase_patronymic_stays_inside_a_persons_name():
    result = extract("Rashed bin Tarrak Al Marri warned that the order book was thin.")
    assert names(result, "person") == ["Rashed bin Tarrak Al Marri"]


def test_an_acronym_and_a_company_are_two_organisations():
    result = extract(
        "The Orbital Research Bureau (ORBX) runs the station. ORBX and Kestrel Tracking Services "
        "extended their agreement on Tuesday until 2031."
    )
    assert names(result, "organization") == ["Orbital Research Bureau", "Kestrel Tracking Services"]


def test_a_field_and_an_agency_stay_one_name():
    result = extract("The National Space and Geomatics Agency extended the agreement until 2031.")
    assert names(result, "organization") == ["National Space and Geomatics Agency"]
