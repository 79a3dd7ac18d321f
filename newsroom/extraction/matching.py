"""Matching an extracted claim to the claim already in the database that it reports: one event,
many pieces of evidence. (Entity lookups live in `entities.selectors`; the event-frame query
and the status rule in `claims`.)"""

import re

from newsroom.claims import values
from newsroom.claims.frames import ClaimFrameIndex
from newsroom.claims.models import Evidence
from newsroom.claims.selectors import (
    party_ids_expand_each,
    places_agree,
    roles_read,
)
from newsroom.entities.models import Alias, Entity, EntityKind, normalize_alias
from newsroom.extraction.extractors import cues, places


class Matcher:
    """claim_find for one extraction run of one article. Roles, aliases and evidence do not
    change while a run matches its claims, so what the comparisons need is read once per run,
    for all the frames at a time (`load` with the run's candidates first), not once per frame
    and claim compared: the organisations each party acts for, the claims the frames may join
    (a `ClaimFrameIndex`), the passages an earlier run of the article tied to claims, and which
    names other passages give to something other than an organisation. Claims the run creates
    or completes are recorded with `add`."""

    def __init__(self, article, *, has_evidence=True, dated=None):
        self.article = article
        self.has_evidence = has_evidence  # False: the article has no passage to read
        published = article.published_at
        # without a publication date, the dateline's (`dated`) tells what is history
        self.published = published.date() if published is not None else dated
        self._expanded = {}
        # person id -> [(organisation id, review status)]: the roles the party expansion and the
        # frame index read, each once (roles do not change while a run matches)
        self._roles = {}
        self._typed_otherwise = {}  # normalized name -> bool
        self._kinds = {}  # entity id -> (kind, name)
        self._typed_read = set()  # entity ids whose names _typed_otherwise has
        self.frames = None
        self._frames = []  # (candidate, what the index's `candidates` takes of it)
        self._earlier = []
        self._by_statement = {}

    def warm(self, ids, *, names=None, people=(), typed=()):
        """Read the party expansion of the ids not read yet (`names`: {id: name} of them, else
        those the run knows), with its roles those of `people`, and with its aliases whether the
        normalized names `typed` are typed otherwise."""
        missing = set(ids) - self._expanded.keys()
        if missing:
            if names is None:
                names = {pk: self._kinds[pk][1] for pk in missing if pk in self._kinds}
            # (the kinds and names of the entities the expansion adds, and whether the names
            # it looks up are typed otherwise, read with it, save _entities_read its queries)
            self._expanded.update(
                party_ids_expand_each(
                    missing,
                    names=names,
                    roles=self._roles,
                    kinds=self._kinds,
                    elsewhere=self._typed_otherwise,
                    also=people,
                    also_names=set(typed) - self._typed_otherwise.keys(),
                )
            )
        elif people:
            roles_read(people, cache=self._roles, kinds=self._kinds)

    def expand(self, ids):
        ids = set(ids)
        self.warm(ids)
        return set().union(ids, *(self._expanded[pk] for pk in ids))

    def load(self, candidates):
        """Read what matching `candidates` ([(candidate, parties, named entities)]) needs."""
        self.frames = ClaimFrameIndex(
            [
                (
                    candidate.kind,
                    [p.pk for p in parties],
                    candidate.previous,
                    candidate.date,
                    candidate.date_precision,
                )
                for candidate, parties, _ in candidates
                if candidate.kind
            ],
            expand=self.expand,
            published=self.published,
            roles=self._roles,
            # the frameless claims with the statements of the candidates without a frame, read
            # with the claims the frames may join
            statements={
                " ".join(candidate.statement.split())
                for candidate, _, _ in candidates
                if not candidate.kind
            },
        )
        self._by_statement = dict(self.frames.by_statement)
        # Every passage of the article tied to a claim, in the order a query for some of them
        # would give them, so the first of a candidate's is the one a query would return.
        if self.has_evidence:
            self._earlier = list(
                Evidence.objects.filter(article=self.article).select_related("claim")
            )
        # one object per claim, so that what the run changes on it is seen by every later frame
        claims = {}
        for row in self._earlier:
            row.claim = claims.setdefault(row.claim_id, self.frames.adopt(row.claim))
        # the kinds and names of the run's entities and of the claims' parties are known: only
        # those of the organisations the parties act for are read
        named = {entity.pk: entity for _, _, entities in candidates for entity in entities}
        self._kinds.update((pk, (entity.kind, entity.name)) for pk, entity in named.items())
        self._frames = [(c, _frame_of(c, parties, self)) for c, parties, _ in candidates if c.kind]
        self._prepare(named=named.keys())

    def _prepare(self, *, named=()):
        """Read what matching the run's frames with the index's claims, as they stand, reads:
        the roles the index's party test needs (`prospects`); the party expansion, with the kinds
        and names of the entities it gives (and `named`'s), only of the claims a frame may join
        whose date disagrees with its own (`_may_dispute`) and of all a plan may join
        (`_same_speaker`). What the run changes meanwhile is read when compared, as before."""
        self._kinds.update(self.frames.party_entities)
        people, claims = set(), set()
        for candidate, frame in self._frames:
            found, unknown = self.frames.prospects(**frame)
            people |= unknown
            plan = candidate.kind in SPEAKER_KINDS
            claims.update(c.pk for c in found if plan or not _dates_agree(c, candidate))
        parties = {pk for claim in claims for pk in self.frames.parties_of_id(claim)}
        self.warm(
            parties,
            names={pk: name for pk, (_, name) in self.frames.party_entities.items()},
            people=people,
            # (`_may_dispute` asks it of the organisations the compared claims' parties act
            # for, most of them parties of other claims)
            typed={
                normalize_alias(name)
                for kind, name in self.frames.party_entities.values()
                if kind == EntityKind.ORGANIZATION
            },
        )
        self._entities_read(set(named) | self.expand(parties))

    def more(self, frame):
        """Read the next claims an undated frame may join, with what comparing them reads."""
        self.frames.more(**frame)
        self._prepare()

    def places_prefetch(self, frames):
        """Read at once the places comparing the frames' places with claims will read
        (`_may_dispute`): for each frame ((candidate, parties, place)) with a place and no
        passage of an earlier run, those of the claims it may join as the index stands now
        whose date disagrees with it. What the run changes meanwhile (a claim it dates) is read
        when compared, as before; a place read here and not compared is only read early."""
        claims = []
        for candidate, parties, place in frames:
            if place is None or not candidate.kind or self.earlier(candidate) is not None:
                continue
            claims += [
                claim
                for claim in self.frames.candidates(**_frame_of(candidate, parties, self))
                if not _dates_agree(claim, candidate)
            ]
        self.frames.places_given_read(claims)

    def frames_parties(self, claim):
        return self.expand(self.frames.parties_of(claim))

    def _kinds_read(self, ids):
        """Each entity's kind and name, for the ids not read yet (one query at most)."""
        missing = set(ids) - self._kinds.keys()
        if missing:
            for pk, kind, name in Entity.objects.filter(pk__in=missing).values_list(
                "pk", "kind", "name"
            ):
                self._kinds[pk] = (kind, name)

    def _entities_read(self, ids):
        """Each entity's kind and name, for the ids not read yet, and whether the names of the
        organisations among the ids are typed otherwise, for those not read yet (two queries at
        most)."""
        ids = set(ids)
        self._kinds_read(ids)
        unread, self._typed_read = ids - self._typed_read, self._typed_read | ids
        names = {
            normalize_alias(self._kinds[pk][1])
            for pk in unread
            if pk in self._kinds and self._kinds[pk][0] == EntityKind.ORGANIZATION
        } - self._typed_otherwise.keys()
        if not names:  # nothing to read: most calls, once the run's entities are read
            return
        elsewhere = set(
            Alias.objects.filter(normalized__in=names)
            .exclude(entity__kind=EntityKind.ORGANIZATION)
            .values_list("normalized", flat=True)
        )
        self._typed_otherwise.update((name, name in elsewhere) for name in names)

    def typed_otherwise(self, entity_id):
        """An organisation whose name other passages give to a place or a craft ("the Y
        company" read as an organisation called Y; a mission typed as its operator) is too
        uncertain a party to keep a frame from a claim."""
        self._entities_read([entity_id])
        _, name = self._kinds[entity_id]
        return self._typed_otherwise.get(normalize_alias(name), False)

    def family_words(self, ids):
        """The words after the given name of the people among `ids` ("Rosa Ticona Flores" is
        also "Rosa Ticona"; a one-word name is its own)."""
        ids = list(ids)
        self._kinds_read(ids)
        names = [
            self._kinds[pk][1].lower().split()
            for pk in ids
            if pk in self._kinds and self._kinds[pk][0] == EntityKind.PERSON
        ]
        return {word for words in names for word in (words[1:] or words)}

    def organizations(self, ids):
        """Of `ids`, the organisations."""
        self._entities_read(ids)
        return [pk for pk in ids if self._kinds.get(pk, (None,))[0] == EntityKind.ORGANIZATION]

    def crafts(self, ids):
        """Of `ids`, the spacecraft, missions and programmes."""
        ids = set(ids)
        self._kinds_read(ids)
        return {pk for pk in ids if self._kinds.get(pk, (None,))[0] in OBJECT_KINDS}

    def earlier(self, candidate):
        """The claim a passage of the candidate was tied to by an earlier run, or None."""
        spans = {(span.start, span.end) for span in candidate.evidence}
        for row in self._earlier:
            if (row.start, row.end) in spans:
                return row.claim
        return None

    def add(self, claim, *, parties, new=False):
        """Record a claim the run created (`new`: it has no evidence yet) or completed, with
        the ids of all its parties."""
        if claim.kind:
            self.frames.add(claim, parties=parties, new=new)
        else:
            self._by_statement.setdefault(claim.statement, claim)

    def by_statement(self, statement):
        """The claim without a frame whose statement is these words, or None."""
        return self._by_statement.get(" ".join(statement.split()))

    def party_ids(self, claim):
        """The ids of the claim's parties, or None when the run has not read them."""
        return set(self.frames.parties_of(claim)) if self.frames.known(claim) else None

    def find(self, candidate, **kwargs):
        return claim_find(candidate, matcher=self, **kwargs)


def claim_find(candidate, *, parties, matcher, named=(), place=None):
    """The existing claim this candidate reports, or None (`matcher` has loaded the run).

    A passage an earlier run tied to a claim stays with it. An event frame joins the claim of
    the same kind of event with an overlapping party and a date of the same occurrence (from
    any article, this one included: one article may state an event twice, and independence is
    counted by articles when the status is computed). Any other statement joins a claim with
    the same words.
    """
    earlier = matcher.earlier(candidate)
    if earlier is not None:
        return earlier
    if candidate.kind:
        frame = _frame_of(candidate, parties, matcher)
        named_orgs = {
            entity.pk
            for entity in named
            if entity.kind == EntityKind.ORGANIZATION and not matcher.typed_otherwise(entity.pk)
        }
        # a party described but not named ("with a university in Y") is one a claim lacks
        unnamed = any(cues.UNNAMED_PARTY.search(span.text) for span in candidate.evidence)
        while True:  # (an undated frame's claims are read a few at a time, in its order)
            frames = matcher.frames.candidates(**frame)
            if place is not None:  # the places _may_dispute compares, read at once
                matcher.frames.places_given_read(
                    claim for claim in frames if not _dates_agree(claim, candidate)
                )
            frames = [
                claim
                for claim in frames
                if _may_dispute(
                    claim, candidate, parties, named_orgs, place, matcher, unnamed=unnamed
                )
            ]
            if _ordinals(" ".join(span.text for span in candidate.evidence)):
                matcher.frames.passages_read(frames)  # the passages _same_ordinal reads, at once
            frames = [claim for claim in frames if _same_ordinal(claim, candidate, matcher)]
            if candidate.kind in SPEAKER_KINDS:
                frames = _same_speaker(frames, parties, matcher)
            if candidate.kind in PERSON_KINDS:
                frames = _same_person(frames, parties, matcher)
            found = _closest(frames, candidate)
            if matcher.frames.settled(found=found, **frame):
                return None if found is None else matcher.frames.claim(found)
            matcher.more(frame)
    return matcher.by_statement(candidate.statement)


def _frame_of(candidate, parties, matcher):
    """What `ClaimFrameIndex.candidates` takes of a candidate with these parties."""
    return {
        "kind": candidate.kind,
        "mine": matcher.expand(party.pk for party in parties),
        "previous": candidate.previous,
        "date": candidate.date,
        "precision": candidate.date_precision,
        "published": matcher.published,
        "anonymous": not matcher.organizations([party.pk for party in parties]),
    }


# Kinds of event that happen to one craft: two that name different crafts are two events.
CRAFT_EVENTS = {"launch", "end_of_operations"}


def _may_dispute(claim, candidate, parties, named_orgs, place, matcher, *, unnamed):
    """A frame whose date disagrees with a claim's joins it (and disputes it) unless each names
    an organisation the other lacks: "the agency awarded a company a contract on Monday" is not
    the arrangement it signed with another agency days before. Nor does it join when its place
    disagrees too: a meeting two days later in another city is another meeting, not one
    disputed twice. `unnamed`: the frame tells of a party it does not name, one the claim
    lacks."""
    if _dates_agree(claim, candidate):
        return True
    if place is not None and _elsewhere(claim, place, matcher):
        return False
    theirs = matcher.frames_parties(claim)
    if candidate.kind in CRAFT_EVENTS:
        # "Y's Z-3 went up on Tuesday from Kourou": a launch of another craft two days before
        # this one is another launch
        mine, their_crafts = matcher.crafts(p.pk for p in parties), matcher.crafts(theirs)
        if mine and their_crafts and not mine & their_crafts:
            return False
    mine = {org: matcher.expand([org]) for org in named_orgs}
    if all(expanded & theirs for expanded in mine.values()) and not unnamed:
        return True
    known = set().union(*mine.values())
    counterparts = matcher.organizations(theirs - known)
    return not any(not matcher.typed_otherwise(org) for org in counterparts)


def _dates_agree(claim, candidate):
    return values.dates_agree(
        candidate.date, candidate.date_precision, claim.date, claim.date_precision
    )


# "the third flight", "its fourth Chaski launch", "the rocket's maiden flight"
ORDINAL = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|maiden|debut|next|further"
    r"|another"
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
    # "a further launch, for another operator", "another flight": one after the one reported
    "further": "next",
    "another": "next",
}


def _ordinals(text):
    return {SAME_ORDINAL.get(word.lower(), word.lower()) for word in ORDINAL.findall(text)}


def _same_ordinal(claim, candidate, matcher):
    """A flight numbered differently is another flight: "the third flight, planned for May" is
    not the second flight that launched the satellite in February, nor "the next flight" the one
    an article reports."""
    mine = _ordinals(" ".join(span.text for span in candidate.evidence))
    if not mine:
        return True
    passages = matcher.frames.passages_of(claim)
    theirs = _ordinals(" ".join([claim.statement, *passages]))
    if mine == {"next"}:
        # "its next flight, in June" is not the flight just reported, unless it was told as
        # the next one too
        return "next" in theirs
    return not theirs or bool(mine & theirs)


def _elsewhere(claim, place, matcher):
    """Does every place the claim's passages give lie apart from ``place`` (neither the same
    nor one inside the other, by the links editors and earlier runs made or the place data)?"""
    given = list(matcher.frames.places_given_of(claim))
    if claim.place_id:  # a claim proposed earlier in this run has no evidence rows yet
        given.append(matcher.frames.place_of(claim))
    return bool(given) and not any(
        places_agree(place, other)
        or places.contains(place.name, other.name)
        or places.contains(other.name, place.name)
        or places.same_place(place.name, other.name)
        for other in given
    )


# Events that are someone's statement: one party's plan is not another's plan, unless both are
# plans for one craft.
SPEAKER_KINDS = {"intent"}
OBJECT_KINDS = {EntityKind.SPACECRAFT, EntityKind.MISSION, EntityKind.PROGRAM}


def _same_speaker(frames, parties, matcher):
    """The claims that name one of the frame's agents, or the craft or programme the plan is
    for: "X wants Y-2 in orbit by 2029" is the plan another report gives to X's agency, or to
    a speaker the rules misread. (A craft only listed, "six flights, including Y-2", is no
    party of the plan.)"""
    agents = matcher.expand(p.pk for p in parties if p.kind not in OBJECT_KINDS)
    if not agents or not matcher.organizations(agents):
        # no organisation speaks: a person read without the body they speak for
        return frames
    objects = {p.pk for p in parties if p.kind in OBJECT_KINDS}
    return [
        claim
        for claim in frames
        if agents & matcher.frames_parties(claim) or objects & set(matcher.frames.parties_of(claim))
    ]


# Events that happen to a person: two people's appointments on one day are two appointments.
PERSON_KINDS = {"appointment"}


def _same_person(frames, parties, matcher):
    """The claims that name one of the people the frame names, or no person: a chief
    executive's appointment and the founder's move to chairman the same day are two events. A
    person is known by the words after the given name, which a short mention in another article
    shares."""
    mine = matcher.family_words(p.pk for p in parties)
    if not mine:
        return frames
    return [
        claim
        for claim in frames
        if not (theirs := matcher.family_words(matcher.frames.parties_of(claim))) or mine & theirs
    ]


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
