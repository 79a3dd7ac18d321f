"""The whole extraction: text in, dataclasses out."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from .claims import find_claims
from .coref import Ent, build_entities, find_mentions
from .datelines import (
    dateline_date,
    year_of_full_dates,
    year_of_month_years,
    year_of_weekday_dates,
)
from .entities import find_labels
from .frame_parts import find_containments
from .gazetteer import Gazetteer, gazetteer_of
from .parties import author_organisation
from .quotes import find_quotes
from .roles import find_roles
from .text import analyse
from .types import EntityCandidate, Extraction, KnownEntity, Span


def extract(
    text: str,
    *,
    gazetteer: Gazetteer | Sequence[KnownEntity] = (),
    published_at: datetime.date | None = None,
    received_at: datetime.date | None = None,
    source: str | None = None,
    dateline: str = "",
    ner_model: str = "",
) -> Extraction:
    """Extract entities, roles, quotes and claims from one article's text.

    ``gazetteer`` holds the approved entities (with aliases) from the database, as a
    ``Gazetteer`` or a list (the first of them winning a name they share); they take precedence
    over the rules. ``published_at`` resolves relative dates ("on Thursday"); without
    it, a dateline's date does, its year (when it gives none) taken from ``received_at``.
    ``dateline``, one given apart from the text (front matter), dates it when the text has
    neither a date nor a dateline of its own. ``source``, the name of who published the text,
    tells whose "we" its own words are when that organisation is named in it (a company's
    letter, an agency's release). ``ner_model`` names an optional spaCy model package whose
    entities are offered to the rules (see ``statistical``); empty, the rules work alone.
    Every offset indexes ``text`` as given.
    """
    doc = analyse(text)
    if ner_model:
        from .statistical import propose

        doc.proposals = propose(doc, ner_model)
    if not isinstance(gazetteer, Gazetteer):
        gazetteer = gazetteer_of(tuple(gazetteer))
    labels = find_labels(doc, gazetteer)
    ents = build_entities(doc, labels)
    mentions = find_mentions(doc, ents)
    order = sorted(
        (i for i, e in enumerate(ents) if e.mentions),
        key=lambda i: ents[i].mentions[0][0],
    )
    keys: list[str] = [""] * len(ents)
    for n, i in enumerate(order, start=1):
        keys[i] = f"e{n}"
    mentions = [m for m in mentions if keys[m.ent]]
    entities = [_candidate(doc.original, ents[i], keys[i]) for i in order]
    roles = find_roles(doc, ents, mentions, keys)
    quotes = find_quotes(doc, ents, mentions, keys, roles)
    # a day without a year takes the year of the text's full dates, else of its weekdays
    year = year_of_full_dates(doc) or year_of_weekday_dates(doc, received_at)
    dated = published_at or dateline_date(doc, received_at, year, dateline)
    if dated is None and year is None:
        # an undated text without a full date: its days and months take the year its months
        # with a year give ("flies in June 2026 … will meet in Oslo in June"; a dateline's year
        # they do not tell)
        year = doc.months_year = year_of_month_years(doc)
    author = author_organisation(ents, source)
    claims = find_claims(doc, ents, mentions, keys, roles, quotes, dated, author, year)
    return Extraction(
        entities=entities,
        roles=roles,
        quotes=quotes,
        claims=claims,
        containments=find_containments(doc, ents, keys),
        article_date=dated,
    )


def _candidate(original: str, ent: Ent, key: str) -> EntityCandidate:
    spans = sorted(set(ent.mentions) | set(ent.descriptors))
    aliases: dict[str, None] = {}
    for start, end in ent.mentions:
        surface = original[start:end]
        if surface != ent.name and surface.replace("’", "'").replace("`", "'") != ent.name:
            aliases[surface] = None
    return EntityCandidate(
        key=key,
        name=ent.name,
        kind=ent.kind,
        aliases=list(aliases),
        mentions=[Span(s, e, original[s:e]) for s, e in spans],
        confidence=round(ent.confidence, 2),
        rule=ent.rule,
    )
