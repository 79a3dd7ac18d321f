"""Cutting a sentence into the clauses that report one event each."""

from __future__ import annotations

import re

from .cues import (
    ARRANGEMENT_SUBJECT,
    EVENTS,
    FALLBACK_KINDS,
    PREVIOUS,
    TERM_WORDS,
    UNTIL,
    leading_aside,
    modifies,
    names_event,
    until_in,
)
from .dates import TENURE_SINCE, DateExpr
from .event_words import EventWords
from .kinds import MADE_WORD
from .text import Sentence

CLAUSE_BREAK = re.compile(r";\s|,\s(?:and|but|while|whereas)\s")


def clauses(
    text: str, sent: Sentence, dates: list[DateExpr], events: EventWords
) -> list[tuple[int, int, list, int]]:
    """One sentence, or its clauses when two clauses carry dates of their own ("X landed in
    January 2024, and Y touched down in August 2023") or tell two events, each with its dates
    and where the words that set its time and place begin ("On Tuesday in Y, X met and
    signed …": the signing's setting is the sentence's). A founding date told in passing ("met
    on Friday — the first talks since the agency was founded in 2024", "X, which was set up in
    2010, will host …") is a claim of its own and never dates the sentence. ``events``: the
    event words of ``text``."""
    out = []
    main = list(dates)
    for d in dates:
        if d.background and (clause := _background_clause(text, sent, d)) is not None:
            out.append((*clause, [d], clause[0]))
            main.remove(d)
    return [
        *(
            part
            for lo, hi, found in _since_split(text, _dated_clauses(text, sent, main))
            for part in _event_split(text, events, (lo, hi, found, lo))
        ),
        *out,
    ]


# Where a second event begins inside a clause: "X met | and signed …", "sign X, | extend Y
# until 2031", "the deal came days | after Z was launched", "the signing | followed the launch",
# "appointed X, | subject to approval at a meeting on May 2" (a condition is an event of its own).
# "X, the satellite that Y launched in 2019, will now operate until 2029": a relative clause,
# or the words after a colon, tell another event too.
AUXILIARY = (
    r"(?:(?:will|would|now|also|then|has|have|had|is|are|was|were|be|been|to|expected)\s+){0,4}"
)
JOIN = re.compile(
    # ", and the two agencies signed …": up to three words for the second event's subject;
    # after a comma, a setting too (", and by the end of the afternoon the two had signed"),
    # or "with" and the second event's noun (", with a contract … expected to be signed")
    rf"(?:,\s+(?:and\s+)?{AUXILIARY}|\s+and\s+(?:[\w-]+\s+){{0,3}}?"
    # "X lofts Y as Z extends its deal": "as" and a named subject
    r"|\s+as\s+(?:the\s+)?(?-i:[A-Z])[\w'’.&-]*\s+(?:[\w'’-]+\s+){0,2}?"
    # ", and its operations director, X Y, becomes …": a subject with its name set off
    r"|,\s+and\s+(?:[\w'’-]+\s+){1,4}?[\w'’-]+,\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}"
    rf",\s+{AUXILIARY}"
    r"|,\s+and\s+(?:[\w'’-]+\s+){4,9}?|,\s+with\s+(?:a|an|the)\s+"
    r"|,\s+(?:pending|subject\s+to)\s+(?:[\w'’-]+\s+){0,8}?"
    r"|\b(?:after|following|follows|followed|before|preceded|concluded|capped|crowned)\s+"
    r"(?:[\w'’-]+\s+){0,4}?"
    # "The pact was signed when both chiefs met in Y": the event that set its time, told
    # after "when"
    r"|\s+when\s+(?:[\w'’-]+\s+){0,6}?"
    # (after a semicolon, a longer subject without a comma: "X and Y chiefs meet in Z; W radar
    # craft cleared for its autumn launch"; "…; one came in 2019, before V flew" tells a time)
    r"|\b(?:that|which|who|where)\s+(?:[\w'’-]+\s+){0,6}?|\s*[:;—–]\s+(?:[\w'’,-]+\s+){0,6}?"
    r"|\s*;\s+(?:[\w'’-]+\s+){7,12}?)$",
    re.I,
)


ARRANGED = {"agreement", "extension"}
# a capitalised word right before: the event word ends a name ("X Launch", "Y Launch Systems")
IN_NAME = re.compile(r"\b[A-Z][\w'’.&-]*\s+$")
OBJECT_MODIFIER = re.compile(r"\s+(?:the|its|their|his|her|our)\s+[\w-]+", re.I)
# "met and signed", "held talks in X, where they signed": the second event shares the setting
COORDINATED = re.compile(r"\s*(?:,|and\b|where\b)", re.I)
# "a pad a few kilometres from where the two met": "where" after a preposition names a place,
# and its clause tells its own event, not one in the setting of the clause before
PLACE_WHERE = re.compile(r"\b(?:from|near|to|at|beyond|towards?|of|by)\s*$", re.I)
# "… the satellite that Y launched" (no comma before "that"): the clause defines the noun
RESTRICTIVE = re.compile(r"(?:that|which|who)\b", re.I)
NOUN_PHRASE = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+$", re.I
)


def _event_split(
    text: str, events: EventWords, clause: tuple[int, int, list, int]
) -> list[tuple[int, int, list, int]]:
    """A clause that reports two events of different kinds, cut where the second begins, each
    part with its dates: "met and signed an arrangement" is a meeting and an agreement, which
    shares the meeting's setting; "after Z was launched" does not."""
    lo, hi, dates, setting = clause
    until = until_in(text, lo, hi)
    words = {}  # where each event word starts -> its kind (the first kind tried) and word
    for index in reversed(range(len(EVENTS))):
        kind = EVENTS[index][0]
        if kind in FALLBACK_KINDS:
            continue
        for m in events.find(index, lo, hi):
            # (the capital first: most event words have none, and skip the scan of the clause)
            if (
                m.group(0)[:1].isupper()
                and not m.group(0).isupper()  # (in a heading in capitals, every word is)
                and IN_NAME.search(text, lo, m.start())
            ):
                continue  # "Cordillera Launch": a word of a name, no second event
            if names_event(kind, m.group(0), until):
                words[m.start()] = (kind, m.group(0))
    order = sorted(words)
    # "a launch services agreement" tells one event, the one its last noun names
    starts = {
        at: words[at][0]
        for at, nxt in zip(order, [*order[1:], None], strict=False)
        if nxt is None
        or words[at][0] == words[nxt][0]
        or not modifies(words[at][1], text[at + len(words[at][1]) : nxt], words[nxt][1])
    }
    lead = LEADING_SETTING.match(text, lo, hi)
    if lead and (comma := text.find(",", lead.end(), hi)) > 0:
        # "Following the launch of X from Y earlier this month, Z said W would be switched off
        # on May 19": the event that sets the time is told too, with its own time and place
        head = {kind for at, kind in starts.items() if at < comma}
        tail = {kind for at, kind in starts.items() if at > comma}
        if head and tail and (not head & tail or lead.group("offset")):
            rest = comma + len(text[comma:hi]) - len(text[comma:hi].lstrip(" ,"))
            later = [d for d in dates if d.start >= rest]
            ends = {m.start("when") for m in UNTIL.finditer(text, rest, hi)}  # "until 2030"
            if lead.group("same") and all(d.start in ends for d in later):
                later += [d for d in dates if d.start < comma]  # the same time, not a later one
            return [
                (lo, comma, [d for d in dates if d.start < comma], lo),
                *_event_split(text, events, (rest, hi, later, rest)),
            ]
    if starts and (relative := _dated_relative(text, lo, min(starts), dates)) is not None:
        # "X paid Y $4 million on Wednesday for the loss of Z, the satellite that went silent
        # on Oct. 2": a head with a date of its own and no event word, then a relative clause
        # that tells a dated event
        cut, rest = relative
        return [
            (lo, lo + len(text[lo:cut].rstrip(" ,")), [d for d in dates if d.start < cut], setting),
            *_event_split(text, events, (rest, hi, [d for d in dates if d.start >= rest], rest)),
        ]
    if aside := leading_aside(text, lo, hi):
        inside = {kind for at, kind in starts.items() if at < aside.end()}
        outside = {kind for at, kind in starts.items() if at >= aside.end()}
        told = [d for d in dates if d.start < aside.end()]
        if told and inside - outside and outside:
            # "X, who became director in March, saw the flight from Y": the aside
            # tells a dated event of its own, with the subject it describes
            return [
                (lo, lo + len(text[lo : aside.end()].rstrip(" ,")), told, setting),
                *_event_split(text, events, (lo, hi, [d for d in dates if d not in told], setting)),
            ]
        # "The pact, which lets X check Y and Z targets, now runs until 2031": a subject and
        # the relative clause that describes it tell no event; the verb after them does
        starts = {at: kind for at, kind in starts.items() if at >= aside.end()} or starts
    first = None  # the kind of the head's first event word
    first_at = first_end = lo
    for at in sorted(starts):
        join = JOIN.search(text, lo, at)
        if join is not None and WHEN.match(join.group(0)) and first not in ARRANGED:
            join = None  # "became part of X when Y switched on a dish": the when-clause's event
        if (
            first is None
            or join is None
            or join.start() < first_end  # (a break before the first event word cuts nothing)
            or starts[at] == first
            and not _second_appointee(text, lo, join, first)
            and not EARLIER_AFTER.match(join.group(0))
            and not _earlier_then_this(text, lo, join, at)
            and not _offset_apart(text, lo, join)
            and not EARLIER_RELATIVE.match(text, join.start(), at + len(words[at][1]))
        ):
            if first is None or starts[at] == first and not text[first_end:at].strip():
                first_at = at  # (of "a framework agreement", the noun)
            first, first_end = first or starts[at], at + len(words[at][1])
            continue
        if first in ARRANGED and words[at][1].lower() in TERM_WORDS:
            # "…, running to 2029": the term of the arrangement just named, not another event
            continue
        if (
            {first, starts[at]} == ARRANGED
            and at == min(start for start in starts if start > first_at)
            and ARRANGEMENT_SUBJECT.match(text[lo:first_at])
            # ("X's agreement with Y, first concluded in 2024 and extended …": two events)
            and not MADE_WORD.search(text, first_end, at)
        ):
            # "Its agreement with Y, renewed in May, runs until 2031", "The previous extension,
            # signed in 2023, …": the arrangement is the subject of its extension or signing
            continue
        if OBJECT_MODIFIER.fullmatch(text, first_end, join.start()):
            # "extended its training and ground-station agreement": two modifiers of the
            # first event's object, not a second event
            continue
        cut = join.start()
        restrictive = RESTRICTIVE.match(join.group(0)) and not text[lo:cut].rstrip().endswith(",")
        if restrictive and (np := NOUN_PHRASE.search(text, lo, cut)):
            # "the satellite that Y launched": the noun phrase belongs to its clause
            if np.start() <= lo:
                continue  # (the clause is that noun phrase and its relative clause already)
            cut = np.start()
        rest = cut + len(text[cut:hi]) - len(text[cut:hi].lstrip(" ,"))
        shared = (
            setting
            if COORDINATED.match(join.group(0)) and not PLACE_WHERE.search(text, lo, join.start())
            else rest
        )
        head, tail = [d for d in dates if d.start < cut], [d for d in dates if d.start >= rest]
        if WHEN.match(join.group(0)):
            # "The pact was sealed when the two met last month": the signing and the meeting
            # share their time
            head = tail = dates
        return [
            (lo, lo + len(text[lo:cut].rstrip()), head, setting),
            *_event_split(text, events, (rest, hi, tail, shared)),
        ]
    return [clause]


WHEN = re.compile(r"\s+when\b", re.I)


RELATIVE_WORD = re.compile(r"\b(?:that|which|who)\s+(?:[\w'’-]+\s+){0,4}?$", re.I)


def _dated_relative(text: str, lo: int, at: int, dates: list[DateExpr]) -> tuple[int, int] | None:
    """Where to cut a clause whose first event word, at ``at``, is in a relative clause with a
    date of its own after a head dated apart: (end of the head, start of the relative clause's
    noun phrase or pronoun), or None."""
    join = RELATIVE_WORD.search(text, lo, at)
    if join is None or not any(d.start >= at for d in dates if not d.reporting):
        return None
    cut = join.start()
    if not any(d.start < cut for d in dates if not d.reporting):
        return None
    if (np := NOUN_PHRASE.search(text, lo, cut)) and np.start() > lo:
        cut = np.start()  # "the satellite that went silent": the noun belongs to its clause
    return cut, cut + len(text[cut:at]) - len(text[cut:at].lstrip(" ,"))


# "Following the launch of X, …": an event that sets the time of the clause after the comma
# "four days", "a few weeks": how far apart two events are told to be (its unit follows)
AMOUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few|several|\d+)\s+"
LEADING_SETTING = re.compile(
    # ("Four days before the X launch, Y failed on its debut flight": another occurrence)
    rf"\s*(?P<offset>{AMOUNT}(?:hours?|days?|weeks?|months?)\s+)?"
    r"(?:(?:after|following|ahead\s+of|before|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to)"
    r"\s+(?:the|its|their|a|an)\s+"
    # "When X and Y met in Z on 14 October, the two also signed …", "At the meeting in Z on
    # 3 September, X and Y signed …": a clause or a meeting that sets the time and place
    r"|(?P<same>when\s+|at\s+(?:the|a|an|their|its)\s+(?=(?:[\w-]+\s+)?(?:meeting|talks|summit)\b)"
    # "On the day of the flight, X and Y renewed …": the same day
    r"|on\s+the\s+day\s+of\s+(?:the|its|their)\s+))",
    re.I,
)


# "X launched Y on 18 March, its first success after | Z's maiden flight failed in 2026": an
# earlier occurrence of the same kind of event, told after "after" or "before"
EARLIER_AFTER = re.compile(
    r"(?:after|following|before)\s+(?:[\w'’-]+\s+){0,3}?(?:maiden|first|previous|last|earlier|prior)\s",
    re.I,
)


# "the third flight of X, which first flew in March 2024": the first occurrence, told in a
# relative clause after another of its kind
EARLIER_RELATIVE = re.compile(
    r"(?:which|that)\s+(?:[\w'’-]+\s+){0,3}?(?:debut(?:ed)?|maiden\s+\w+|first\s+\w+)$", re.I
)


def _earlier_then_this(text: str, lo: int, join: re.Match, at: int) -> bool:
    """ "The agreement, last renewed in 2023 and running until 2026, | is expected to be extended
    until 2030": an earlier occurrence told by its verb in an aside, then this one, told by a
    verb of its own ("its previous contract, signed in 2023, covers …" is one event)."""
    return (
        bool(LAST_DONE.search(text, lo, join.start()))
        and bool(FINITE_JOIN.search(join.group(0)))
        and not PREVIOUS.search(text, join.start(), at)
    )


def _offset_apart(text: str, lo: int, join: re.Match) -> bool:
    """ "The launch came five days | after X flew its Y rocket": an event told as so long after
    (or before) another of its kind is another occurrence, with its own parties and date."""
    return join.group(0)[:5].lower() in ("after", "befor") and bool(
        OFFSET_BEFORE_JOIN.search(text, lo, join.start())
    )


# "five days ", "a week ", "two months ": how far apart, right before "after"/"before"
OFFSET_BEFORE_JOIN = re.compile(rf"\b{AMOUNT}(?:hours?|days?|weeks?|months?|years?)\s+$", re.I)
LAST_DONE = re.compile(r"\b(?:last|previously)\s+(?:\w+ed|met|held|flew|ran|signed)\b", re.I)
FINITE_JOIN = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|be)\b", re.I)


def _second_appointee(text: str, lo: int, join: re.Match, kind: str) -> bool:
    """ "X will take office on Monday, succeeding Y, | who becomes chairman the same day": a
    relative clause after an appointment tells of another person's appointment."""
    return (
        kind == "appointment"
        and join.group(0)[:3].lower() == "who"
        and text[lo : join.start()].rstrip().endswith(",")
    )


# "has led the company since, will become …": "since" as an adverb ends its clause, it opens none
SINCE_WORD = re.compile(r"\bsince\b(?!\s*[,.;:—–])", re.I)


def _since_split(text: str, clauses: list[tuple[int, int, list]]) -> list[tuple[int, int, list]]:
    """ "the first talks since their predecessors met in Y in 2019": from "since" on, the
    clause reports an earlier occurrence with a date of its own, so it is a clause of its own."""
    out = []
    for lo, hi, dates in clauses:
        dated = [d for d in dates if d.date and not d.reference]
        cut = None
        for d in dated:
            found = list(SINCE_WORD.finditer(text, lo, d.start))
            if found and TENURE_SINCE.search(text, lo, found[-1].end()):
                break  # "has led X since May": the tenure's start, no earlier event
            if found and found[-1].start() > lo:
                cut = found[-1].start()
                break
        if cut is None:
            out.append((lo, hi, dates))
            continue
        head = text[lo:cut].rstrip(" ,—–")
        out.append((lo, lo + len(head), [d for d in dates if d.start < cut]))
        out.append((cut, hi, [d for d in dates if d.start >= cut]))
    return out


def _background_clause(text: str, sent: Sentence, d: DateExpr) -> tuple[int, int] | None:
    """The subordinate clause around a founding date, from the nearest comma, dash, bracket or
    "since" before it to the next comma, dash or bracket; None when it is the whole sentence."""
    head = text[sent.start : d.start]
    cut = max(head.rfind(mark) for mark in (",", "—", "–", "(", " since "))
    if cut < 0:
        return None
    lo = sent.start + cut + 1
    clause = text[lo : d.start].lstrip(" ,—–(")
    lo = d.start - len(clause.removeprefix("since "))
    tail = BACKGROUND_END.search(text, d.end, sent.end)
    hi = tail.start() if tail else sent.end
    return lo, lo + len(text[lo:hi].rstrip(" .!?"))


BACKGROUND_END = re.compile(r"[,—–);]")


def _dated_clauses(text: str, sent: Sentence, dates: list[DateExpr]) -> list[tuple[int, int, list]]:
    return [
        (lo, hi, [d for d in dates if lo <= d.start < hi]) for lo, hi in _split(text, sent, dates)
    ]


def _split(text: str, sent: Sentence, dates: list[DateExpr]) -> list[tuple[int, int]]:
    whole = [(sent.start, sent.end)]
    if sum(1 for d in dates if not d.reference and not d.reporting) < 2:
        return whole
    cuts = [sent.start + m.start() for m in CLAUSE_BREAK.finditer(text[sent.start : sent.end])]
    bounds = [sent.start, *cuts, sent.end]
    parts = [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]
    dated = [p for p in parts if any(p[0] <= d.start < p[1] for d in dates)]
    if len(dated) < 2:
        return whole
    out = []
    for a, b in parts:
        a = a + len(text[a:b]) - len(text[a:b].lstrip(" ,;"))
        if out and not any(a <= d.start < b for d in dates):
            out[-1] = (out[-1][0], b)  # an undated clause stays with the one before it
        else:
            out.append((a, b))
    return out
