"""When two reports of one event agree: pure functions over plain values, shared by the claims
app (status from stored evidence) and the extractors (comparing candidates). No ORM here."""

from __future__ import annotations

import datetime
import functools
import re

import pycountry

# Two dates of one kind of event further apart than this are two occurrences (this year's
# meeting and the one in 2018), not a disagreement about one.
SAME_OCCURRENCE_DAYS = 60


def date_key(date: datetime.date, precision: str | None) -> tuple[int, ...]:
    """The date as far as it is known: (year,), (year, month) or (year, month, day)."""
    if precision == "year":
        return (date.year,)
    if precision == "month":
        return (date.year, date.month)
    return (date.year, date.month, date.day)


def dates_agree(a, a_precision, b, b_precision) -> bool:
    """Equal at the coarser precision: "July 2025" agrees with "July 31, 2025"."""
    if a is None or b is None:
        return True
    ka, kb = date_key(a, a_precision), date_key(b, b_precision)
    n = min(len(ka), len(kb))
    return ka[:n] == kb[:n]


def same_occurrence(a, a_precision, b, b_precision) -> bool:
    """Could two dates be two reports of one occurrence (agreeing, or close enough to be a
    disagreement about one event rather than two events)?"""
    if a is None or b is None or dates_agree(a, a_precision, b, b_precision):
        return True
    return abs((a - b).days) <= SAME_OCCURRENCE_DAYS


def date_middle(date: datetime.date, precision: str | None) -> datetime.date:
    """The middle of the span a date stands for: "2026" is around July 2, "July 2025" the 15th."""
    if precision == "year":
        return datetime.date(date.year, 7, 2)
    if precision == "month":
        return date.replace(day=15)
    return date


# The last word of a facility's name ("X Space Centre", "Y Cosmodrome"): a site stands in a
# town, so a site and a town are places of two scales.
SITE_WORDS = frozenset(
    [
        "airbase",
        "airfield",
        "airport",
        "base",
        "center",
        "centre",
        "complex",
        "cosmodrome",
        "facility",
        "launchpad",
        "pad",
        "range",
        "site",
        "spaceport",
    ]
)


def is_site(name: str) -> bool:
    """A facility rather than a settlement or a region, by the last word of its name."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in SITE_WORDS


# "Pad 2", "Launch Complex 39A", "SLC-4E": a pad, which any site may have by that name
PAD = re.compile(
    r"(?:(?:launch\s+)?pad|(?:space\s+)?launch\s+complex|s?lc)(?:[\s-]+|(?=\d))\w{1,4}", re.I
)


def is_pad(name: str) -> bool:
    return bool(PAD.fullmatch(name.strip()))


def named_after(site: str, place: str) -> bool:
    """ "Andøya Spaceport" and "Andøya", "Guiana Space Centre" and "French Guiana": a site named
    after the place it stands in (its own words, less the generic ones, all in the place's
    name)."""
    own = {w for w in site.lower().split() if w not in SITE_WORDS and w not in GENERIC_SITE_WORDS}
    return bool(own) and own <= set(place.lower().split())


# Words of a site's name that say what it is, not where ("X Space Centre", "Y Launch Complex").
GENERIC_SITE_WORDS = frozenset(
    ["air", "flight", "force", "international", "launch", "national", "rocket", "space", "test"]
)


# Continents and their parts ("Central Asia", "Western Europe"): regions, not places a report
# pins an event to.
CONTINENTS = frozenset(["africa", "america", "americas", "antarctica", "asia", "europe", "oceania"])
COMPASS_WORDS = frozenset(
    ["central", "east", "eastern", "north", "northern", "south", "southern", "west", "western"]
)


def is_region(name: str) -> bool:
    words = name.lower().removeprefix("the ").split()
    return bool(words) and words[-1] in CONTINENTS and all(w in COMPASS_WORDS for w in words[:-1])


# A sea or a strait ("the Baltic Sea", "Strait of X"): what rockets fly over, no town that a
# site could be in or not
WATER_WORDS = frozenset(["channel", "gulf", "ocean", "sea", "strait"])


def is_water(name: str) -> bool:
    words = name.lower().removeprefix("the ").split()
    return len(words) > 1 and (words[-1] in WATER_WORDS or words[0] in WATER_WORDS)


# The last word of the name of a country's administrative division ("X Province", "Y Oblast"),
# or of a group of islands ("the X Islands"): an area that holds many towns.
AREA_WORDS = frozenset(
    [
        "aimag",
        "archipelago",
        "islands",
        "isles",
        "canton",
        "county",
        "department",
        "district",
        "governorate",
        "oblast",
        "prefecture",
        "province",
        "region",
        "state",
        "territory",
    ]
)


def bare_area(name: str) -> str:
    """An area's name without its division word: "the X Region" and "X" are one area."""
    words = name.lower().removeprefix("the ").split()
    return " ".join(words[:-1] if len(words) > 1 and words[-1] in AREA_WORDS else words)


@functools.lru_cache(maxsize=4096)
def is_country(name: str) -> bool:
    """A country by its name or code, as the ISO 3166 data (pycountry) knows it."""
    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


def is_area(name: str) -> bool:
    """A country's province, county or region, by the last word of its name."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in AREA_WORDS
