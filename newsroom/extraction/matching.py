"""Matching an extracted claim to the claim already in the database that it reports: one event,
many pieces of evidence. (Entity lookups live in `entities.selectors`; the event-frame query
and the status rule in `claims`.)"""

import re

from django.db.models import Q

from newsroom.claims import values
from newsroom.claims.models import Claim, Evidence
from newsroom.claims.selectors import (
    claim_list_for_frame,
    party_ids_expand_each,
    places_agree,
)
from newsroom.entities.models import Entity, EntityKind, normalize_alias
from newsroom.entities.services import place_locate
from newsroom.extraction.extractors import cues, places


class Matcher:
    """claim_find for one extraction run. Roles and aliases do not change while a run matches
    its claims, so the organisations each party acts for are read once per run, for many
    parties at a time (`warm` with the article's entities first), not once per frame and claim
    compared."""

    def __init__(self):
        self._expanded = {}

    def warm(self, ids):
        missing = set(ids) - self._expanded.keys()
        if missing:
            self._expanded.update(party_ids_expand_each(missing))

    def expand(self, ids):
        ids = set(ids)
        self.warm(ids)
        return set().union(ids, *(self._expanded[pk] for pk in ids))

    def find(self, candidate, **kwargs):
        return claim_find(candidate, expand=self.expand, **kwargs)


def claim_find(candidate, *, parties, article, expand, named=(), place=None):
    """The existing claim this candidate reports, or None.

    A passage an earlier run tied to a claim stays with it. An event frame joins the claim of
    the same kind of event with an overlapping party and a date of the same occurrence (from
    any article, this one included: one article may state an event twice, and independence is
    counted by articles when the status is computed). Any other statement joins a claim with
    the same words.
    """
    spans = Q()
    for span in candidate.evidence:
        spans |= Q(start=span.start, end=span.end)
    if candidate.evidence:
        earlier = Evidence.objects.filter(spans, article=article).select_related("claim").first()
        if earlier is not None:
            return earlier.claim
    if candidate.kind:
        frames = claim_list_for_frame(
            kind=candidate.kind,
            parties=[party.pk for party in parties],
            previous=candidate.previous,
            date=candidate.date,
            precision=candidate.date_precision,
            expand=expand,
        )
        named_orgs = {
            entity.pk
            for entity in named
            if entity.kind == EntityKind.ORGANIZATION and not _typed_otherwise(entity)
        }
        frames = [
            claim for claim in frames if _may_dispute(claim, candidate, named_orgs, place, expand)
        ]
        frames = [claim for claim in frames if _same_ordinal(claim, candidate)]
        if candidate.kind in SPEAKER_KINDS:
            frames = _same_speaker(frames, parties, expand)
        return _closest(frames, candidate)
    statement = " ".join(candidate.statement.split())
    return Claim.objects.filter(statement=statement, kind="").order_by("pk").first()


def _may_dispute(claim, candidate, named_orgs, place, expand):
    """A frame whose date disagrees with a claim's joins it (and disputes it) unless each names
    an organisation the other lacks: "the agency awarded a company a contract on Monday" is not
    the arrangement it signed with another agency days before. Nor does it join when its place
    disagrees too: a meeting two days later in another city is another meeting, not one
    disputed twice. A party described but not named ("with a university in Y") is one the
    claim lacks."""
    if values.dates_agree(
        candidate.date, candidate.date_precision, claim.date, claim.date_precision
    ):
        return True
    if place is not None and _elsewhere(claim, place):
        return False
    theirs = expand(claim.parties.values_list("pk", flat=True))
    mine = {org: expand([org]) for org in named_orgs}
    unnamed = any(cues.UNNAMED_PARTY.search(span.text) for span in candidate.evidence)
    if all(expanded & theirs for expanded in mine.values()) and not unnamed:
        return True
    known = set().union(*mine.values())
    counterparts = Entity.objects.filter(pk__in=theirs - known, kind=EntityKind.ORGANIZATION)
    return not any(not _typed_otherwise(org) for org in counterparts)


# "the third flight", "its fourth Chaski launch", "the rocket's maiden flight"
ORDINAL = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|maiden|debut|next"
    r"|\d+(?:st|nd|rd|th))"
    r"\s+(?:[\w'’`-]+\s+){0,2}?(?:flight|launch|mission)s?\b",
    re.I,
)
SAME_ORDINAL = {
    "maiden": "first",
    "debut": "first",
    "1st": "first",
    "2nd": "second",
    "3rd": "third",
}


def _ordinals(text):
    return {SAME_ORDINAL.get(word.lower(), word.lower()) for word in ORDINAL.findall(text)}


def _same_ordinal(claim, candidate):
    """A flight numbered differently is another flight: "the third flight, planned for May" is
    not the second flight that launched the satellite in February, nor "the next flight" the one
    an article reports."""
    mine = _ordinals(" ".join(span.text for span in candidate.evidence))
    if not mine:
        return True
    theirs = _ordinals(" ".join([claim.statement, *claim.evidence.values_list("text", flat=True)]))
    if mine == {"next"}:
        # "its next flight, in June" is not the flight just reported, unless it was told as
        # the next one too
        return "next" in theirs
    return not theirs or bool(mine & theirs)


def _elsewhere(claim, place):
    """Does every place the claim's passages give lie apart from ``place`` (neither the same
    nor one inside the other, by the links editors and earlier runs made or the place data)?"""
    given = [row.place for row in claim.evidence.select_related("place") if row.place_id]
    if claim.place_id:  # a claim proposed earlier in this run has no evidence rows yet
        given.append(claim.place)
    return bool(given) and not any(
        places_agree(place, other)
        or places.contains(place.name, other.name)
        or places.contains(other.name, place.name)
        or places.same_place(place.name, other.name)
        for other in given
    )


# Events that are someone's statement: one party's plan for a craft is not another's plan for it.
SPEAKER_KINDS = {"intent"}
OBJECT_KINDS = {EntityKind.SPACECRAFT, EntityKind.MISSION, EntityKind.PROGRAM}


def _same_speaker(frames, parties, expand):
    """The claims that name one of the frame's agents, not only the craft or programme the
    frame is about."""
    agents = expand(p.pk for p in parties if p.kind not in OBJECT_KINDS)
    if not agents:
        return frames
    return [
        claim for claim in frames if agents & expand(claim.parties.values_list("pk", flat=True))
    ]


def _typed_otherwise(entity):
    """An organisation whose name other passages give to a place or a craft ("the Y
    company" read as an organisation called Y; a mission typed as its operator) is too
    uncertain a party to keep a frame from a claim."""
    return (
        Entity.objects.filter(aliases__normalized=normalize_alias(entity.name))
        .exclude(kind=EntityKind.ORGANIZATION)
        .exists()
    )


# An undated claim of the event is as likely a match as one dated a month away.
UNDATED_DAYS = 31


def _closest(frames, candidate):
    """Of the claims a dated frame may join, the one whose date is nearest to it, a coarse date
    taken at the middle of its span: a launch reported for September 17 joins the launch
    reported for September 15, not a flight said to be "the only campaign of 2026"."""
    if candidate.date is None or not frames:
        return frames[0] if frames else None
    mine = values.date_middle(candidate.date, candidate.date_precision)

    def distance(claim):
        if claim.date is None:
            return UNDATED_DAYS
        return abs((values.date_middle(claim.date, claim.date_precision) - mine).days)

    return min(frames, key=lambda claim: (distance(claim), frames.index(claim)))


def places_link(*, pairs, claims):
    """Record which place lies in which: the pairs the text wrote ("X in Y"), and, among the
    places the claims' sources give, what the place data knows (a city in its country). One
    object per place, so that a link recorded here is seen by the loop check of the next."""
    known = {}

    def one(place):
        return known.setdefault(place.pk, place)

    for inner, outer in pairs:
        place_locate(place=one(inner), within=one(outer))
    for claim in claims:
        given = {one(row.place) for row in claim.evidence.all() if row.place_id}
        if claim.place_id:
            given.add(one(claim.place))
        for outer in given:
            for inner in given:
                if inner.pk == outer.pk:
                    continue
                # Two names of one place ("U.S.", "United States") agree like nested ones.
                same = inner.pk > outer.pk and places.same_place(outer.name, inner.name)
                if same or places.contains(outer.name, inner.name):
                    place_locate(place=inner, within=outer)
