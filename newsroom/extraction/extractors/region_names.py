"""Names of places that the classifier reads by their form: a prefix before particles ("Palácio
das <X>"), a region's formal name with "of", a country's official name, a compass point before a
continent."""

from __future__ import annotations

from . import places
from .chunks import looks_like_name
from .lexicon import ORG_HEADS, PLACE_NOUNS, ROLE_NOUNS
from .particles import NAME_PARTICLES


def after_particles(words: list[str]) -> list[str]:
    """The words after a place prefix, less the particles that may open them ("Palácio das <X>"
    -> ["<X>"])."""
    k = 1
    while k < len(words) - 1 and words[k] in NAME_PARTICLES:
        k += 1
    return words[k:]


def place_noun_of(words: list[str], lows: list[str]) -> bool:
    """ "<Adjective> Region of (the) <Name>", "Province of <Name>": a region's formal name, with
    no body's head or title before "of"."""
    k = lows.index("of") if "of" in lows else 0
    rest = words[k + 2 :] if lows[k + 1 : k + 2] == ["the"] else words[k + 1 :]
    return (
        k > 0
        and lows[k - 1] in PLACE_NOUNS
        and not any(w in ORG_HEADS or w in ROLE_NOUNS for w in lows[:k])
        and looks_like_name(rest)
    )


def country_name(name: str) -> str:
    """The country a name stands for ("the <Demonym> Republic" -> its usual name), or ""."""
    place = places.lookup(name)
    return place.name if place is not None and place.kind == "country" else ""


def is_continent(word: str) -> bool:
    """The word names a continent ("Africa", "Asia")."""
    return getattr(places.lookup(word), "kind", None) == "continent"
