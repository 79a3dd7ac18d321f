"""Nationality words: demonyms ("Brazilian", "Uzbek") and regional demonyms ("South American")
are adjectives, never names of people or organisations."""

from __future__ import annotations

from functools import lru_cache

from . import places

DEMONYM_ENDINGS = ("ean", "ian", "ese", "ish", "can")
DEMONYMS = frozenset(
    [
        "french",
        "dutch",
        "german",
        "israeli",
        "thai",
        "greek",
        "swiss",
        "czech",
        "iraqi",
        "pakistani",
    ]
)


def is_demonym(word: str) -> bool:
    """Adjectives of nationality ("European mission", "the Uzbek agency", "Omani officials")
    are not names."""
    return word.endswith(DEMONYM_ENDINGS) or word.lower() in DEMONYMS or _country_stem(word)


@lru_cache(maxsize=4096)
def _country_stem(word: str) -> bool:
    """The word plus "istan"/"stan" is a country, or the word less a final "i" is one."""
    if not word.isalpha() or not word[:1].isupper() or word.isupper() or len(word) < 4:
        return False
    forms = [word + "istan", word + "stan"]
    if word.endswith("i"):
        forms.append(word[:-1])
    for form in forms:
        place = places.lookup(form)
        if place is not None and place.kind == "country":
            return True
    return False


COMPASS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "central",
        "northern",
        "southern",
        "eastern",
        "western",
        "latin",
        "sub-saharan",
    ]
)


def regional_demonym(words: list[str]) -> bool:
    """ "South American", "North Korean", "West African": a compass word and a demonym."""
    return len(words) == 2 and words[0].lower() in COMPASS and is_demonym(words[1])
