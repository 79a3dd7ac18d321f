"""Which place lies in which, from the place data: a city in its country or US state, a site
named after its town, a country or city in its continent."""

import pytest

from newsroom.extraction.extractors import places


@pytest.mark.parametrize(
    ("outer", "inner", "inside"),
    [
        ("France", "Lyon", True),
        ("Texas", "Houston", True),
        ("Europe", "Latvia", True),
        ("Europe", "Riga", True),
        ("Asia", "Mongolia", True),
        ("Europe", "Ghana", False),
        ("Europe", "Asia", False),
        ("Latvia", "Europe", False),
        ("Lyon", "France", False),
    ],
)
def test_places_contains(outer, inner, inside):
    assert places.contains(outer, inner) is inside
