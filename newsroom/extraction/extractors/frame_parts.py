"""The date and the place of an event frame: which of a clause's dates is the event's (not the
statement's, not the date its object comes from), where the clause puts the event (not where a
party has its seat), and which places the text puts inside others."""

from __future__ import annotations

import re

from newsroom.claims import values

from . import places
from .coref import Ent, Mention
from .dates import DateExpr, find_dates
from .text import Doc

PRECISION = ("year", "month", "day")
# "the X Cosmodrome in <country>", "<city>, <state>": one place inside another
INSIDE = re.compile(r"^\s*(?:,|\bin\b|\bat\b|\bnear\b|\boutside\b)\s*(?:the\s+)?$", re.I)
# "the X launch site on Y island", "the X launch centre on the Canary island of Y"
SITE_ON = re.compile(
    r"^\s+(?:launch\s+)?(?:site|centre|center|complex|base|range)\s+(?:on|in|at|near)\s+"
    r"(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:island\s+of\s+)?$"
)
# ("talks at the agency's headquarters in Y" are in Y)
# (nor where a thing was made: "a two-stage rocket built in Y made its maiden flight")
SEAT = re.compile(r"\b(?:headquartered|based|built|manufactured|assembled)\s+in\s+$", re.I)
# "carried two satellites for a university in Y": where a party is, which no launch is in (a
# contract signed "with a university in Y" may well be signed there)
PARTY_SEAT = re.compile(
    r"\b(?:university|company|firm|institute|start-up|startup|school|college|laboratory|team)"
    r"\s+in\s+$",
    re.I,
)
SITED_KINDS = {"launch"}
PLACE_PREP = re.compile(
    r"\b(?:in|at|from|to|near|outside|over)\s+(?:the\s+)?"
    # "in the northern city of X", "at the Pacific port of X"
    r"(?:(?:[\w-]+\s+){0,2}(?:city|town|port|village|capital|region|province)\s+of\s+)?$"
)
# "A 25 March article on the pact", "in its 3 May edition": the date of a publication
PUBLICATION_AFTER = re.compile(
    r"\s+(?:article|report|story|edition|issue|piece|column|feature|interview|broadcast"
    r"|bulletin|newsletter)s?\b",
    re.I,
)
ATTRIBUTIVE = re.compile(r"\b(?:their|its|his|her|our|the|a|an)\s+$", re.I)


def dates_object(text: str, d: DateExpr, event_at: int) -> bool:
    """ "extend their 2024 memorandum": a year written before a noun after the event word
    tells when the object dates from, not when the event is."""
    return (
        d.precision == "year"
        and d.start > event_at
        and bool(ATTRIBUTIVE.search(text[max(0, d.start - 8) : d.start]))
        and text[d.end : d.end + 2].startswith(" ")
        and text[d.end + 1 : d.end + 2].islower()
    )


def find_containments(doc: Doc, ents: list[Ent], keys: list[str]) -> list[tuple[str, str]]:
    """(inner, outer) place keys for each "X in Y" or "X, Y" the text writes with two places."""
    places = sorted(
        (start, end, i)
        for i, ent in enumerate(ents)
        if ent.kind == "place" and keys[i]
        for start, end in ent.mentions
    )
    found = []
    for (_, end, inner), (start, outer_end, outer) in zip(places, places[1:], strict=False):
        gap = doc.text[end:start]
        if inner != outer and (start - end < 16 and INSIDE.match(gap) or SITE_ON.match(gap)):
            if _countries(ents[inner]) and not _countries(ents[outer]):
                continue  # "the Embassy of X, Y": a country lies in no town the text names
            if "," in gap and (
                LIST_END.match(doc.text, outer_end) or _countries(ents[inner], ents[outer])
            ):
                continue  # "across X, Y and Z": a list of places, not one inside the next
            pair = (keys[inner], keys[outer])
            if pair not in found:
                found.append(pair)
    return found


# "X, Y and Z", "X, Y or Z": the comma before Y separates items of a list
LIST_END = re.compile(r"\s+(?:and|or)\s")


def _countries(*ents: Ent) -> bool:
    found = [places.lookup(ent.name) for ent in ents]
    return all(place is not None and place.kind == "country" for place in found)


def event_date(dates: list[DateExpr], event_at: int | None = None) -> DateExpr | None:
    """Of a clause's dates, the event's: not a point of comparison ("since 2018"), not the
    statement's when another is given, the nearest to the event word, at its most precise."""
    usable = [d for d in dates if d.date and not d.reference]
    main = [d for d in usable if not d.reporting] or usable
    if not main:
        return None
    if event_at is not None and len(main) > 1:
        # "X's study, delivered in January, assumes a launch in 2028": of dates that disagree,
        # the one nearest the event word
        main.sort(key=lambda d: abs(d.start - event_at))
    # "the 2026 session … on June 10": the most precise of the dates that agree with the first
    agreeing = [
        d for d in main if values.dates_agree(d.date, d.precision, main[0].date, main[0].precision)
    ]
    return max(agreeing, key=lambda d: PRECISION.index(d.precision))


def sentence_dates(
    doc, sent, published_at, default_year, dateline_end, labels=()
) -> list[DateExpr]:
    return [
        d
        for d in find_dates(
            doc.text, sent.start, sent.end, published_at, default_year, doc.months_year
        )
        if d.start > dateline_end
        and not any(a <= d.start < b for a, b in labels)
        and not PUBLICATION_AFTER.match(doc.text, d.end)
    ]


def event_place(doc: Doc, ents: list[Ent], in_sent: list[Mention], kind=None) -> int | None:
    """The place the sentence puts its event in: the first place after in/at/from, not where
    an organisation has its seat ("a company headquartered in Y"; of a launch, "a university
    in Y")."""
    for m in in_sent:
        before = doc.text[max(0, m.start - 48) : m.start]
        if (
            ents[m.ent].kind == "place"
            and PLACE_PREP.search(before)
            and not SEAT.search(before)
            and not (kind in SITED_KINDS and PARTY_SEAT.search(before))
        ):
            return m.ent
    return None
