"""Claims: check-worthy sentences (a date, a number, or an event at a place) with their entities,
date, place, evidence and an event signature that matches the same event across articles."""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from dataclasses import replace

from .clauses import SINCE_WORD, clauses
from .coref import Ent, Mention
from .cues import (
    BOTH,
    EVENTS,
    LISTED,
    PREVIOUS,
    THIS_EVENT,
    UNTIL_KINDS,
    until_in,
)
from .datelines import year_of_full_dates
from .dates import DIGIT, TENURE_SINCE, DateExpr
from .event_words import EventWords
from .frame_parts import (
    dates_object,
    event_date,
    event_place,
    sentence_dates,
)
from .kinds import heading_frame, kind_at, modality_of, sub_clause
from .parties import main_organisations, participant_id, parties_of
from .quoted import FIRST_PERSON, mostly_quoted, sentence_speaker, told_by, unquoted
from .text import Doc
from .transcripts import transcript_labels
from .types import ClaimCandidate, QuoteCandidate, RoleCandidate, Span

# "which …", or "the satellite which …" cut from "X, the satellite which was launched …"
RELATIVE = re.compile(r"^\s*(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?)?(?:which|that|who)\b", re.I)
# What an event is about besides who takes part: the craft launched, the programme extended
OBJECT_KINDS = {"spacecraft", "mission", "program"}
ANTECEDENT_KINDS = OBJECT_KINDS | {"person"}
SAME_DAY_WORDS = re.compile(r"\b(?:the|that)\s+same\s+day\b", re.I)
# "succeeding founder X", "takes over from X": the person an appointment replaces
PREDECESSOR = re.compile(
    r"\b(?:succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing)|from)\s+(?:[a-z-]+\s+){0,3}$"
)
SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
NUMBER = re.compile(
    r"(?:[$€£]\s?\d|\b\d[\d,.]*\s*(?:%|per ?cent|billion|million|thousand|km|kg|tonnes?)"
    r"|\b\d{2,}\b)"
)
EVENT_WORDS = {name: rx for name, rx in EVENTS}
TRAILING = re.compile(
    r",\s+(?:([a-z]+ing)\b|(?:a|an)\s+[\w-]+\s+(?:that|which)\b"
    r"|(and\s+(?:the\s+[a-z-]+\s+(?:that|which)|she|he|they|it|we)\b))"
)
# ", returning the visit …": the event word is the object of the participle, not its verb
OBJECT_EVENT = re.compile(r"\s(?:the|a|an|its|their|his|her|that|this)\s+(?:[\w-]+\s+)?$", re.I)


# a clause whose subject is "it" ("Remember, it went up from X on Thursday"; after a
# transcript's label: "KOVAC: It went up …"); not "it was the first flight since …", which
# describes
IT_SUBJECT = re.compile(
    r"\W*(?:[A-Z][A-Z .'’-]*:\s+)?(?:[A-Z]\w*,\s+)?[Ii]t\s(?!(?:was|is|will be)\s+(?:the|a|an)\s)"
)

# "Its launch …": the launch of the thing the sentence before named ("Its next flight" is more
# often a rocket's or its company's)
ITS_EVENT = re.compile(r"\W*Its\s+(?:planned\s+|scheduled\s+)?(?:launch|lift-?off)\b")

# "She starts in the role next week", "the council named him": a person the clause names by
# pronoun only
PERSONAL = re.compile(r"\b(?:[Hh]e|[Ss]he|him|[Hh]er|I)\b")
# "since taking office", "after joining the board": a clause whose subject is the one before's
PARTICIPLE_CLAUSE = re.compile(r"\s*(?:since|after|before|upon|on|when|while)\s+[a-z]+ing\b", re.I)


def find_claims(
    doc: Doc,
    ents: list[Ent],
    mentions: list[Mention],
    keys: list[str],
    roles: list[RoleCandidate],
    quotes: list[QuoteCandidate],
    published_at: datetime.date | None,
    author: int | None = None,
    default_year: int | None = None,
) -> list[ClaimCandidate]:
    """Return one claim per check-worthy sentence. ``author``: the organisation whose "we" the
    article's own words are (`parties.author_organisation`); ``default_year``: the year of a day
    written without one, when the article is undated (its full dates' year by default)."""
    quoted = [(q.start, q.end) for q in quotes]
    # a transcript's "NAME:" label tells who speaks, not who takes part in what is told
    labels = [label.span() for _, label in transcript_labels(doc)]
    # a byline ("By A. Writer") names who wrote the article, not who took part in what it tells
    labels += [(s.start, s.end) for s in doc.sents if s.heading and doc.toks[s.first].lower == "by"]
    dateline_end = max((end for _, end in doc.dateline.values()), default=-1)
    if "label" in doc.dateline:
        # "Published: 20 October 2026" under a headline and a byline: the line dates the article
        # and tells nothing more; the lines above it are the article's own, as without a dateline
        labels.append(doc.dateline["label"])
        dateline_end = -1
    mentions = [m for m in mentions if not any(a <= m.start < b for a, b in labels)]
    role_orgs: dict[str, set[str]] = {}
    for r in roles:
        if r.organization_key:
            role_orgs.setdefault(r.person_key, set()).add(r.organization_key)
    key_ent = {k: i for i, k in enumerate(keys) if k}
    default_year = default_year or year_of_full_dates(doc)
    claims: list[ClaimCandidate] = []
    previous: list[int] = []
    last_parties: dict[str, set[int]] = {}  # event kind -> parties of its latest frame
    last_date: list[DateExpr] = []  # the date of the latest dated frame ("the same day")
    main_orgs = main_organisations(ents, dateline_end, labels)
    events = EventWords(doc.text)  # (indexed once for all the sentences' clauses)
    starts = [m.start for m in mentions]  # (in order: a sentence's mentions are a slice)
    for sent in doc.sents:
        # the dateline names where and when it was filed, not who took part in what
        in_sent = [
            m
            for m in mentions[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]
            if m.start > dateline_end
        ]
        all_dates = sentence_dates(doc, sent, published_at, default_year, dateline_end, labels)
        in_quotes = mostly_quoted(sent, quoted)
        # "We signed for X in Jakarta this morning," the director said: a first-hand report of
        # an event is a passage of it
        if in_quotes:
            speaker = sentence_speaker(sent, quotes)
            told = clauses(doc.text, sent, all_dates, events)
            spans = [(lo, hi, speaker) for lo, hi, _, _ in told]
        else:
            spans = [
                (max(q.start, sent.start), min(q.end, sent.end), q.speaker_key)
                for q in quotes
                if q.start < sent.end and sent.start < q.end
            ]
        for lo, hi, speaker in spans:
            claim = _claim(
                doc, ents, keys, key_ent, role_orgs, [], lo, hi,
                [m for m in in_sent if lo <= m.start < hi],
                [d for d in all_dates if lo <= d.start < hi], previous, last_parties, main_orgs,
                last_date=last_date, events=events,
            )  # fmt: skip
            if claim is not None and claim.kind:
                claims.append(told_by(claim, speaker, role_orgs, doc.text[lo:hi]))
        if in_quotes:
            previous = [m.ent for m in in_sent] or previous
            continue
        dates = [d for d in all_dates if not any(a <= d.start < b for a, b in quoted)]
        for lo, hi, clause_dates, setting in clauses(doc.text, sent, dates, events):
            if sent.heading:
                line = doc.text[lo:hi]
                if not heading_frame(line, events.part(line, lo)):
                    continue
            # "On Tuesday in Y, X met and signed …": the signing's when and where
            shared = [m for m in in_sent if setting <= m.start < lo]
            if setting < lo and not clause_dates:
                clause_dates = [d for d in dates if setting <= d.start < lo]
            claim = _claim(
                doc,
                ents,
                keys,
                key_ent,
                role_orgs,
                quoted,
                lo,
                hi,
                [m for m in in_sent if lo <= m.start < hi],
                clause_dates,
                previous,
                last_parties,
                main_orgs,
                sent.heading,
                shared,
                split=lo > sent.start,
                last_date=last_date,
                events=events,
            )
            if claim is not None:
                we = author is not None and FIRST_PERSON.search(doc.text[lo:hi])
                if claim.kind and we and keys[author]:
                    # "we intend to fly X six times" in a company's own letter: the company
                    claim.parties = sorted({*claim.parties, keys[author]})
                claims.append(claim)
            # "X met Y and signed …": the next clause's parties are this one's
            previous = [m.ent for m in in_sent if lo <= m.start < hi] or previous
        previous = [m.ent for m in in_sent] or previous
    return claims


EFFECTIVE = re.compile(r"\b(?:effective|with\s+effect\s+from)\s+(?:from\s+|on\s+)?$", re.I)

# what a correction's rejected value follows: "…, not 2031", "rather than on Tuesday"
REJECTED = re.compile(
    r"(?:,\s*(?:and\s+)?not|\brather\s+than|\binstead\s+of)\s+(?:on\s+|in\s+|the\s+)?$", re.I
)


def _claim(
    doc,
    ents,
    keys,
    key_ent,
    role_orgs,
    quoted,
    lo,
    hi,
    in_sent,
    dates,
    previous,
    last_parties,
    main_orgs,
    heading=False,
    shared=(),
    split=False,
    last_date=None,
    events=None,
):
    spans = list(doc.dateline.values())  # "LONDON, Jan. 9, 2026 --" is not a figure
    if spans:
        end = max(b for _, b in spans)
        end += doc.text.startswith(")", end)  # the bracket closing "(AGENCY)" too
        spans = [(min(a for a, _ in spans), end)]
    blank = quoted + spans
    plain = unquoted(doc.text, lo, hi, blank)
    runs_until = until_in(plain)
    # "the new satellite will take over the tasks of the old one", "a paddock became part of a
    # network when X switched on a dish": nobody is appointed, another word may name the event
    names_person = any(ents[m.ent].kind == "person" for m in in_sent)
    # a pronoun stands for the last person the sentence before named
    # (and so does the subject of a clause cut before "after taking up the post in May")
    pronoun = (
        [i for i in previous if ents[i].kind == "person"][-1:]
        if not names_person and (PERSONAL.search(plain) or PARTICIPLE_CLAUSE.match(plain))
        else []
    )
    names_person = (
        names_person
        or bool(pronoun)
        or (RELATIVE.match(plain) and any(ents[i].kind == "person" for i in previous[-1:]))
    )
    # (a place's too: "at the Santa Maria Launch Centre" names no launch)
    org_names = [
        (m.start - lo, m.end - lo) for m in in_sent if ents[m.ent].kind in ("organization", "place")
    ]
    skip = () if names_person else ("appointment",)
    part = events.part(plain, lo, blank) if events is not None else None
    kind, at = kind_at(plain, runs_until, skip=skip, names=org_names, events=part)
    if kind:
        dates = [d for d in dates if not dates_object(doc.text, d, lo + at)]
    until = None
    if kind in UNTIL_KINDS and runs_until:
        until = int(runs_until.group("year"))
        # "until 2030" is how long it runs, not when it was decided
        span = (lo + runs_until.start("when"), lo + runs_until.end("when"))
        dates = [d for d in dates if not (span[0] <= d.start < span[1])]
    if kind == "appointment" and (
        effective := [
            d for d in dates if EFFECTIVE.search(doc.text, max(lo, d.start - 24), d.start)
        ]
    ):
        # "24 Sep — X has appointed Y as director, effective 1 October": the post is taken then
        # ("named her on 3 March, with effect from 2 April": the day of the decision is told)
        told = [d for d in dates if d not in effective and d.start > lo + at]
        dates = dates if told else effective
    # "extended until 2030, not 2031", "on the 10th rather than the 11th": a correction's
    # rejected value is no date of the event
    dates = [d for d in dates if not REJECTED.search(doc.text, max(lo, d.start - 16), d.start)]
    # ", competing with firms in India", ", a target that needs a plant in Y": a clause trailing
    # the event tells of something else, and so does a place in it (", putting X into orbit from
    # Y" goes on telling the launch); ", and the relationship that began in Y in 2024" tells
    # another time and place, unless it names the event again
    cutoff = hi
    for trailing in TRAILING.finditer(plain, at) if kind else ():
        if trailing.group(2):
            if not EVENT_WORDS[kind].search(plain, trailing.end()):
                cutoff = lo + trailing.start()
                dates = [d for d in dates if d.start < cutoff]
                break
            continue
        rest = plain.find(",", trailing.end())
        again = trailing.group(1) and EVENT_WORDS[kind].search(
            plain, trailing.start(), rest if rest > 0 else len(plain)
        )
        if again and OBJECT_EVENT.search(plain, trailing.end(), again.start()):
            # ", returning the visit Y paid to Z in 2024": another occurrence, with its own date
            cutoff = lo + trailing.start()
            dates = [d for d in dates if d.start < cutoff]
            break
        if not again:
            cutoff = lo + trailing.start()
            break
    # "the agency said on Thursday": when it was said, not when the event happens
    date = event_date([d for d in dates if not d.reporting], lo + at) if kind else event_date(dates)
    if kind and last_date is not None:
        if date is None and last_date and (same := SAME_DAY_WORDS.search(plain)):
            # "… talks in Y on Thursday. The two are due to sign a contract the same day."
            date = replace(last_date[-1], start=lo + same.start(), end=lo + same.end())
        elif date is not None:
            last_date[:] = [date]
    # "their first since the October 2018 encounter": the date is of an earlier occurrence
    # ("has led X since March": when the tenure began)
    since = (
        date is not None
        and SINCE.search(doc.text[max(lo, date.start - 12) : date.start])
        and not TENURE_SINCE.search(doc.text, lo, date.start)
    )
    # "built by X in La Paz; Y provided the launch": a place across a semicolon is another
    # clause's, unless that clause tells the event too ("postponed; it was signed in Y")
    before = plain.rfind(";", 0, at) if kind else -1
    after = plain.find(";", at) if kind else -1
    start = lo
    if before >= 0 and not EVENT_WORDS[kind].search(plain, 0, before):
        start = lo + before + 1
    if after >= 0 and not EVENT_WORDS[kind].search(plain, after):
        cutoff = min(cutoff, lo + after)
    # a place inside a quotation is the speaker's, not where the event was
    place = event_place(
        doc,
        ents,
        [
            m
            for m in in_sent
            if start <= m.start < cutoff and not any(a <= m.start < b for a, b in quoted)
        ],
        kind,
    )
    if place is None:
        place = event_place(doc, ents, shared, kind)
    # (every figure has a digit: most clauses have none, and skip the longer scan)
    has_number = DIGIT.search(plain) and NUMBER.search(plain)
    ent_ids = list(dict.fromkeys(m.ent for m in in_sent))
    if (
        IT_SUBJECT.match(plain) and not any(ents[i].kind in OBJECT_KINDS for i in ent_ids)
    ) or ITS_EVENT.match(plain):
        # "Y was already being built. It flies from X next spring": the craft just named; "…
        # the plan lists the Y-4 probe first. Its launch, on an X-3 booster, comes in May": the
        # craft just named is the one launched, the rocket only carries it
        crafts = [i for i in previous if ents[i].kind in OBJECT_KINDS and i not in ent_ids]
        ent_ids = list(dict.fromkeys([*crafts[-1:], *ent_ids]))
    if RELATIVE.match(plain):
        # "X, who becomes …", "X, the first satellite, which will end operations …":
        # the clause tells of the person or craft it follows
        antecedents = [i for i in previous if ents[i].kind in ANTECEDENT_KINDS]
        ent_ids = list(dict.fromkeys([*antecedents[-1:], *ent_ids]))
    # "the two agencies signed …", "X, which ended operations in May": the parties are named,
    # by the words for both of them or by the craft the event is about
    named = kind and (
        parties_of(ents, keys, key_ent, ent_ids, role_orgs)
        or BOTH.search(plain)
        or any(ents[i].kind in OBJECT_KINDS for i in ent_ids)
        or heading
        # "…, the satellite that Y launched last week": a clause cut from an event
        # sentence tells of the parties its first part names
        or (split and parties_of(ents, keys, key_ent, previous, role_orgs))
    )
    if kind == "appointment":
        ent_ids = list(dict.fromkeys([*pronoun, *ent_ids]))
    if kind == "appointment" and not any(ents[i].kind == "person" for i in ent_ids):
        # "the new satellite will take over the tasks of the old one": nobody is appointed
        kind = named = None
    if not (date or has_number or (kind and place is not None) or until or named):
        return None
    party_ids = parties_of(ents, keys, key_ent, ent_ids, role_orgs) or parties_of(
        ents, keys, key_ent, previous, role_orgs
    )
    if kind and (BOTH.search(plain) or (heading and not party_ids)):
        # "both agencies", or a headline: the two organisations the article is about
        party_ids |= set(main_orgs)
    if kind:
        party_ids |= {i for i in ent_ids if ents[i].kind in OBJECT_KINDS}
    if (
        kind
        and (opener := THIS_EVENT.match(plain.lstrip()))
        and not _another_told(plain, kind, [(m.start - lo, m.end - lo) for m in in_sent])
    ):
        # "The pact extends the arrangement until 2032": the pact's parties take part
        earlier = last_parties.get(kind_at(opener.group(0), True)[0] or "", ())
        party_ids |= {i for i in earlier if ents[i].kind not in OBJECT_KINDS}
    if kind == "appointment":
        # who is appointed is the event, more than the organisation they will act for; the
        # person they succeed is not appointed
        people = {i for i in ent_ids if ents[i].kind == "person"}
        gone = {
            m.ent
            for m in in_sent
            if lo <= m.start < hi
            and m.ent in people
            and PREDECESSOR.search(doc.text, max(lo, m.start - 40), m.start)
        }
        party_ids = (party_ids | people) - gone if people - gone else party_ids | people
    named_kind = kind  # the event the words name, frame or not
    modality = modality_of(sub_clause(plain, at)) if kind else None
    if (
        kind == "launch"
        and modality != "happened"
        and (date and date.precision == "year" or not date and INTENDS.search(plain, 0, at))
    ):
        # "X would be launched in 2028": a launch with no date yet is a statement of intent, as
        # is "X intends to fly from Y before the end of the decade"
        kind = "intent"
    if kind == "intent":
        # "six flights in 2028, including the Y-2 probe": a craft only listed is no party of it
        party_ids -= {
            m.ent
            for m in in_sent
            if ents[m.ent].kind in OBJECT_KINDS
            and LISTED.search(doc.text, max(lo, m.start - 30), m.start)
        }
    if kind and party_ids and all(ents[i].kind in OBJECT_KINDS for i in party_ids):
        # "X, launched from Y in 2019, …": only the craft is named; those who launched it are
        # the parties of the same kind of event named before, else of the latest event
        earlier = last_parties.get(kind) or last_parties.get("", ())
        party_ids |= {i for i in earlier if ents[i].kind not in OBJECT_KINDS}
    if not party_ids and kind:
        # "this meeting", "their last meeting", "the two heads agreed": the parties of the same
        # kind of event named before, else of the article's latest event
        party_ids = set(last_parties.get(kind) or last_parties.get("", ()))
    if not party_ids and kind and not last_parties:
        # "A Caribbean weather satellite lifted off from X on Tuesday": the article's first
        # event, told before anyone is named, is its main organisations'
        party_ids = set(main_orgs)
    if not party_ids:
        kind = until = None  # an event frame needs someone taking part
    elif kind:
        last_parties[kind] = last_parties[""] = party_ids
    # The signature names who takes part (organisations or people), not the objects
    agents = sorted(participant_id(ents[i]) for i in party_ids if ents[i].kind not in OBJECT_KINDS)
    event = f"{kind}:{'|'.join(agents)}" if kind else None
    return ClaimCandidate(
        statement=_statement(doc.original[lo:hi]),
        entity_keys=[keys[i] for i in ent_ids],
        date=date.date if date else None,
        date_precision=date.precision if date else None,
        place_key=keys[place] if place is not None else None,
        evidence=[Span(lo, hi, doc.original[lo:hi])],
        confidence=round(
            0.5 + (0.2 if date else 0) + (0.1 if place is not None else 0) + (0.1 if event else 0),
            2,
        ),
        rule="dated" if date else "event-place" if named_kind and place is not None else "number",
        event=event,
        kind=kind,
        parties=[keys[i] for i in sorted(party_ids, key=lambda i: keys[i])],
        modality=modality if kind else None,
        previous=bool(
            kind
            and (
                PREVIOUS.search(plain)
                or since
                # "the first talks | since their predecessors met": an earlier occurrence; a
                # sentence that opens "Since the pair were launched, …" tells when, not that
                or split
                and SINCE_WORD.match(plain.lstrip())
            )
        ),
        until=until,
    )


INTENDS = EVENT_WORDS["intent"]


# "The launch comes days after X launched Y from Z": the clause tells X's launch
AFTER_WORD = re.compile(r"\b(?:after|before|following)\s+", re.I)


def _another_told(plain: str, kind: str, names: list[tuple[int, int]]) -> bool:
    """Does an event of `kind` with a subject of its own follow "after"/"before" in the clause?"""
    for after in AFTER_WORD.finditer(plain):
        word = EVENT_WORDS[kind].search(plain, after.end(), after.end() + 60)
        if word and any(after.end() <= a and b <= word.start() for a, b in names):
            return True
    return False


def _statement(sentence: str) -> str:
    text = " ".join(sentence.split())  # (runs of spaces and line breaks as one space)
    return text.lstrip("-–—• ").replace("`", "’")
