"""Capitalised runs split into names: what opens a name and what does not."""

from newsroom.extraction.extractors import extract

from .helpers import names


def test_capitalised_patronymic_opens_a_firms_name():
    result = extract("A note from Bin Tarrak Capital warned that the order book was thin.")
    assert names(result, "organization") == ["Bin Tarrak Capital"]


def test_lowercase_patronymic_stays_inside_a_persons_name():
    result = extract("Rashed bin Tarrak Al Marri warned that the order book was thin.")
    assert names(result, "person") == ["Rashed bin Tarrak Al Marri"]
