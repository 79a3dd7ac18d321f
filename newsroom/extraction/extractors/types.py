"""The dataclasses the extractors return: plain data, no ORM."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

KINDS = ("person", "organization", "place", "spacecraft", "mission", "program", "other")


@dataclass(frozen=True)
class KnownEntity:
    """A gazetteer row from the database: an approved entity with its aliases."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    description: str = ""


@dataclass
class Span:
    """A character range of the original text; ``text == original[start:end]``."""

    start: int
    end: int
    text: str


@dataclass
class EntityCandidate:
    """One real-world thing named in the text, with every surface form and mention."""

    key: str
    name: str
    kind: str
    aliases: list[str]
    mentions: list[Span]
    confidence: float
    rule: str


@dataclass
class RoleCandidate:
    """A person's title, optionally at an organisation, with the span that says so."""

    person_key: str
    title: str
    organization_key: str | None
    evidence: Span
    confidence: float
    rule: str


@dataclass
class QuoteCandidate:
    """Quoted words (without the marks), their speaker and the cue that attributes them."""

    text: str
    start: int
    end: int
    speaker_key: str | None
    cue: str
    confidence: float
    rule: str


@dataclass
class ClaimCandidate:
    """A check-worthy statement with its entities, date, place and evidence."""

    statement: str
    entity_keys: list[str]
    date: datetime.date | None
    date_precision: str | None
    place_key: str | None
    evidence: list[Span]
    confidence: float
    rule: str
    event: str | None = None
    # The event frame, when the statement reports an event (kind None otherwise): its parties
    # (entity keys; a person counts as the organisation a role ties them to), whether it was
    # planned, happened or is expected, whether it is an earlier occurrence ("their last
    # meeting") and, for an extension or an end of operations, the year it runs until.
    kind: str | None = None
    parties: list[str] = field(default_factory=list)
    modality: str | None = None
    previous: bool = False
    until: int | None = None


@dataclass
class Extraction:
    """Everything one run of the extractors found in one text."""

    entities: list[EntityCandidate] = field(default_factory=list)
    roles: list[RoleCandidate] = field(default_factory=list)
    quotes: list[QuoteCandidate] = field(default_factory=list)
    claims: list[ClaimCandidate] = field(default_factory=list)
    # (inner, outer) place keys the text puts one inside the other ("X in Y", "X, Y")
    containments: list[tuple[str, str]] = field(default_factory=list)
    # the article's date: its publication date, else its dateline's ("MOSCOW, August 1.")
    article_date: datetime.date | None = None

    def entity(self, key: str | None) -> EntityCandidate | None:
        """Return the entity with this key, or None."""
        return next((e for e in self.entities if e.key == key), None)


# Working records the extractors share while they build the result (not part of it).
@dataclass
class Ent:
    """An entity being built: kind, canonical name, surfaces and mention spans."""

    kind: str
    name: str
    confidence: float
    rule: str
    surfaces: dict[str, None] = field(default_factory=dict)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    descriptors: list[tuple[int, int]] = field(default_factory=list)
    honorifics: set[str] = field(default_factory=set)  # "Dr." written right before a name
    suffix: str = ""  # "Jr." written right after a person's name, kept out of it until the end


@dataclass
class Mention:
    """A mention of an entity (``ent`` indexes the entity list)."""

    start: int
    end: int
    ent: int
    descriptor: bool = False
