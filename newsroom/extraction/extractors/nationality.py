"""Nationality words: demonyms ("Brazilian", "Uzbek") and regional demonyms ("South American")
are adjectives, never names of people or organisations."""

from __future__ import annotations

from functools import lru_cache

from . import places
from .lexicon import COMPASS, lexicon, word_set, world_data
from .types import Ent

DEMONYM_ENDINGS = tuple(lexicon()["demonym_endings"])
DEMONYMS = word_set("demonyms")


def is_demonym(word: str) -> bool:
    """Adjectives of nationality ("European mission", "the Uzbek agency", "Omani officials")
    are not names."""
    return word.endswith(DEMONYM_ENDINGS) or word.lower() in DEMONYMS or _country_stem(word)


@lru_cache(maxsize=4096)
def _country_stem(word: str) -> bool:
    """The word plus "istan"/"stan" or a plural "s" is a country ("Philippine"), or the word less
    a final "i", "n" or "an" is one ("Uruguayan", "Kenyan")."""
    if not word.isalpha() or not word[:1].isupper() or word.isupper() or len(word) < 4:
        return False
    forms = [word + "istan", word + "stan", word + "s"]
    if word.endswith("i"):
        forms.append(word[:-1])
    if word.endswith("n"):
        forms.extend([word[:-1], word[:-2]] if word.endswith("an") else [word[:-1]])
    for form in forms:
        place = places.lookup(form)
        if place is not None and place.kind == "country":
            return True
    return False


def regional_demonym(words: list[str]) -> bool:
    """ "South American", "North Korean", "West African": a compass word and a demonym; or the
    adjective of a region named in two words ("<X> East" -> "<X> Eastern")."""
    if len(words) == 2 and words[0].lower() in COMPASS and is_demonym(words[1]):
        return True
    last = words[-1] if len(words) == 2 else ""
    stems = [last[:-3]] if last.endswith("ern") else [last[:-1]] if last.endswith("n") else []
    return any(
        getattr(places.lookup(f"{words[0]} {stem}"), "kind", None) == "continent"
        for stem in stems
        if stem
    )


# Demonyms and country forms that do not share their first four letters ("British" / "UK").
NATION_KEYS = world_data()["nation_keys"]


def nation_key(word: str) -> str:
    """One key for a demonym and its country ("British", "UK" -> "brit"; "Korean", "Korea" ->
    "kore"): the first four letters unless the pair is irregular."""
    low = word.lower()
    return NATION_KEYS.get(low, low[:4])


def national_form(ents: list[Ent], short: Ent) -> Ent | None:
    """The one body of the same kind named by a demonym and these words ("the Air Force" after
    "the <Demonym> Air Force"), or None."""
    words = short.name.split()
    found = [
        e
        for e in ents
        if e is not short
        and e.kind == short.kind
        and e.name.split()[1:] == words
        and is_demonym(e.name.split()[0])
    ]
    return found[0] if len(found) == 1 else None
