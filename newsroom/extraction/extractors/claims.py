"""Claims: check-worthy sentences (a date, a number, or an event at a place) with their entities,
date, place, evidence and an event signature that matches the same event across articles."""

from __future__ import annotations

import datetime
import re

from .coref import Ent, Mention
from .dates import DateExpr, find_dates
from .lexicon import lexicon
from .text import Doc, Sentence
from .types import ClaimCandidate, QuoteCandidate, RoleCandidate, Span

# Event kinds and the words that name them (data/lexicon.json), as whole-word patterns.
EVENTS = tuple(
    (kind, re.compile(r"\b(?:{})\b".format("|".join(map(re.escape, sorted(ws)))), re.I))
    for kind, ws in lexicon()["event_words"].items()
)
NUMBER = re.compile(
    r"(?:[$€£]\s?\d|\b\d[\d,.]*\s*(?:%|per ?cent|billion|million|thousand|km|kg|tonnes?)"
    r"|\b\d{2,}\b)"
)
CLAUSE_BREAK = re.compile(r";\s|,\s(?:and|but|while|whereas)\s")
PLACE_PREP = re.compile(
    r"\b(?:in|at|from|to|near|outside|over)\s+(?:the\s+)?"
    # "in the northern city of X", "at the Pacific port of X"
    r"(?:(?:[\w-]+\s+){0,2}(?:city|town|port|village|capital|region|province)\s+of\s+)?$"
)


def find_claims(
    doc: Doc,
    ents: list[Ent],
    mentions: list[Mention],
    keys: list[str],
    roles: list[RoleCandidate],
    quotes: list[QuoteCandidate],
    published_at: datetime.date | None,
) -> list[ClaimCandidate]:
    """Return one claim per check-worthy sentence."""
    quoted = [(q.start, q.end) for q in quotes]
    role_orgs: dict[str, set[str]] = {}
    for r in roles:
        if r.organization_key:
            role_orgs.setdefault(r.person_key, set()).add(r.organization_key)
    key_ent = {k: i for i, k in enumerate(keys) if k}
    default_year = _default_year(doc)
    dateline_end = max((end for _, end in doc.dateline.values()), default=-1)
    claims: list[ClaimCandidate] = []
    previous: list[int] = []
    for sent in doc.sents:
        # the dateline names where and when it was filed, not who took part in what
        in_sent = [
            m for m in mentions if sent.start <= m.start < sent.end and m.start > dateline_end
        ]
        if sent.heading or _mostly_quoted(sent, quoted):
            previous = [m.ent for m in in_sent]
            continue
        dates = [
            d
            for d in find_dates(doc.text, sent.start, sent.end, published_at, default_year)
            if not any(a <= d.start < b for a, b in quoted) and d.start > dateline_end
        ]
        for lo, hi, clause_dates in _clauses(doc.text, sent, dates):
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
            )
            if claim is not None:
                claims.append(claim)
        previous = [m.ent for m in in_sent] or previous
    return claims


def _claim(doc, ents, keys, key_ent, role_orgs, quoted, lo, hi, in_sent, dates, previous):
    text = doc.text[lo:hi]
    date = _event_date(dates)
    event_type = next((name for name, rx in EVENTS if rx.search(text)), None)
    place = _place(doc, ents, in_sent)
    spans = list(doc.dateline.values())  # "LONDON, Jan. 9, 2026 --" is not a figure
    blank = quoted + ([(min(a for a, _ in spans), max(b for _, b in spans))] if spans else [])
    has_number = NUMBER.search(_unquoted(doc.text, lo, hi, blank))
    if not (date or has_number or (event_type and place is not None)):
        return None
    ent_ids = list(dict.fromkeys(m.ent for m in in_sent))
    participants = _participants(ents, keys, key_ent, ent_ids, role_orgs) or _participants(
        ents, keys, key_ent, previous, role_orgs
    )
    event = (
        f"{event_type}:{'|'.join(sorted(participants))}" if event_type and participants else None
    )
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
        rule="dated" if date else "event-place" if event_type and place is not None else "number",
        event=event,
    )


def _clauses(text: str, sent: Sentence, dates: list[DateExpr]) -> list[tuple[int, int, list]]:
    """One sentence, or its clauses when two clauses carry dates of their own ("X landed in
    January 2024, and Y touched down in August 2023"), each with its dates. A founding date told
    in passing ("met on Friday — the first talks since the agency was founded in 2024", "X, which
    was set up in 2010, will host …") is a claim of its own and never dates the sentence."""
    out = []
    main = list(dates)
    for d in dates:
        if d.background and (clause := _background_clause(text, sent, d)) is not None:
            out.append((*clause, [d]))
            main.remove(d)
    return _dated_clauses(text, sent, main) + out


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


def _default_year(doc: Doc) -> int | None:
    """Without an article date, a day without a year takes the year of the last full date."""
    years = re.findall(r"\b[A-Z][a-z]+\.? \d{1,2},? ((?:19|20)\d{2})\b", doc.text)
    return int(years[-1]) if years else None


def _event_date(dates: list[DateExpr]) -> DateExpr | None:
    usable = [d for d in dates if d.date and not d.reference]
    main = [d for d in usable if not d.reporting]
    return (main or usable or [None])[0]


def _mostly_quoted(sent: Sentence, quoted: list[tuple[int, int]]) -> bool:
    inside = sum(max(0, min(b, sent.end) - max(a, sent.start)) for a, b in quoted)
    return inside > 0.6 * (sent.end - sent.start)


def _unquoted(text: str, lo: int, hi: int, quoted: list[tuple[int, int]]) -> str:
    chars = list(text[lo:hi])
    for a, b in quoted:
        for k in range(max(a, lo), min(b, hi)):
            chars[k - lo] = " "
    return "".join(chars)


def _place(doc: Doc, ents: list[Ent], in_sent: list[Mention]) -> int | None:
    """The place the sentence puts its event in: the first place after in/at/from."""
    for m in in_sent:
        if ents[m.ent].kind == "place" and PLACE_PREP.search(
            doc.text[max(0, m.start - 48) : m.start]
        ):
            return m.ent
    return None


def _participants(ents, keys, key_ent, ent_ids, role_orgs) -> set[str]:
    """Organisations taking part (people stand for their organisation when a role says so)."""
    orgs: set[int] = set()
    people: set[int] = set()
    for i in ent_ids:
        if ents[i].kind == "organization":
            orgs.add(i)
        elif ents[i].kind == "person":
            linked = role_orgs.get(keys[i], set())
            orgs.update(key_ent[k] for k in linked if k in key_ent)
            if not linked:
                people.add(i)
    chosen = orgs or people
    return {participant_id(ents[i]) for i in chosen}


def participant_id(ent: Ent) -> str:
    """A name that stays the same across articles: an acronym when there is one, a surname."""
    acronyms = [s for s in ent.surfaces if s.isupper() and s.isalpha() and 2 <= len(s) <= 8]
    if ent.kind == "organization" and acronyms:
        return min(acronyms, key=len).lower()
    if ent.kind == "person":
        return ent.name.split()[-1].lower()
    return ent.name.lower()


def _statement(sentence: str) -> str:
    text = re.sub(r"\s+", " ", sentence).strip()
    return text.lstrip("-–—• ").replace("`", "’")
