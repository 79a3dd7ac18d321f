"""Names the layout of a text gives: a transcript's speaker labels ("FIRST LAST:", "NAME,
OUTLET:"), a hearing's witness list, and a dateline's city, region and outlet."""

from __future__ import annotations

import re

from . import places
from .classify import Label
from .lexicon import INTERPRETER_NOTES, ORG_HEADS, ROLE_NOUNS, TRANSCRIPT_NON_SPEAKERS
from .particles import NAME_PARTICLES
from .text import Doc
from .transcripts import introduced, transcript_labels, witness_names

# A transcript speaker label: an upper-case name of two to four words, perhaps ", OUTLET".
SPEAKER_LABEL = re.compile(
    r"([A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){1,3})(?:, ([A-Z][A-Z0-9&'’\- ]*[A-Z0-9]))?"
    r"(?: ?\([^)]{1,80}\))?: +(?=\S)"
)

# A script header's fields ("ANCHOR: FIRST LAST / PRODUCER: F. LAST"), parted by "/" or "|"
HEADER_LINES = 6
AGENT_ENDS = ("er", "or", "ist")
FIELD_SEPARATOR = re.compile(r"(?:^|(?<=[/|]))[ ]*([^/|\n]+?)[ ]*(?=[/|]|$)", re.MULTILINE)
CREDIT_FIELD = re.compile(r"([A-Z]+(?: [A-Z]+)?): ([A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){1,2})")
# A label of one hyphenated family name in capitals ("SURNAME-SURNAME:")
DOUBLE_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ]+(?:-[A-ZÀ-ÖØ-Þ]+)+")


def speaker_label_names(doc: Doc, covered: set[int]) -> list[Label]:
    """In a speaker-labelled transcript, "FIRST LAST:" names a person and "FIRST LAST,
    OUTLET:" a person and the organisation they ask for, written in capitals only there. A
    question number and a label that names no one ("Q12 The Chair:", "Operator:") name nothing."""
    found = transcript_labels(doc)
    if not found:
        return []
    for n, m in found:
        words = m.group(1).lower().split()
        end = m.end(1) if any(w in TRANSCRIPT_NON_SPEAKERS for w in words) else m.start()
        covered.update(t.i for t in doc.toks if doc.paras[n][0] <= t.start and t.end <= end)
        if m.group(2) and any(w in m.group(2).lower() for w in INTERPRETER_NOTES):
            # "(sync, in <Language>, subtitled)": how the turn is given, no place
            covered.update(t.i for t in doc.toks if m.start(2) <= t.start and t.end <= m.end(2))
    labels = []
    for _, m in found:  # "Given Family (role, Body):": a person however the name reads
        first, last = _token_at(doc, m.start(1)), _token_at_end(doc, m.end(1))
        words = m.group(1).lower().split()
        if first is not None and last is not None and introduced(words, m.group(2) or ""):
            labels.append(Label("person", m.group(1), first, last, 0.8, "transcript-person"))
            covered.update(range(first, last))
        elif first is not None and last is not None and DOUBLE_NAME.fullmatch(m.group(1)):
            # "SURNAME-SURNAME:": one person's double family name, not two words to read apart
            name = m.group(1).title()
            labels.append(Label("person", name, first, last, 0.8, "transcript-person"))
            covered.update(range(first, last))
    for lo, hi in doc.paras:
        m = SPEAKER_LABEL.match(doc.text, lo, hi)
        if m is None or not any(c.isalpha() for c in doc.text[m.end() : hi]):
            continue  # "RUNNING TIME: 4:30": a script's header field gives a figure, no speech
        words = m.group(1).lower().split()
        if any(w in TRANSCRIPT_NON_SPEAKERS or w in ROLE_NOUNS or w in ORG_HEADS for w in words):
            continue
        for group, kind in ((1, "person"), (2, "organization")):
            if m.group(group) is None:
                continue
            first = _token_at(doc, m.start(group))
            last = first
            while last is not None and last < len(doc.toks) and doc.toks[last].end <= m.end(group):
                last += 1
            if first is None or first in covered or last == first:
                continue
            name = m.group(group).title().replace("’S", "’s").replace("'S", "'s")
            labels.append(Label(kind, name, first, last, 0.8, f"transcript-{kind}"))
            covered.update(range(first, last))
    for start, end, name in witness_names(doc):
        first, last = _token_at(doc, start), _token_at_end(doc, end)
        if first is not None and last is not None and not covered & set(range(first, last)):
            # the surname alone is the mention: "SURNAME, Title Given" is no form of the name
            labels.append(Label("person", name, first, first + 1, 0.8, "witness-list"))
            covered.update(range(first, last))
    return labels


def credit_field_names(doc: Doc, covered: set[int]) -> list[Label]:
    """A script's header of fields in capitals, "ANCHOR: FIRST LAST / PRODUCER: FIRST LAST":
    each field's value names the person in that job (an initial instead of a given name gives
    no name to take)."""
    labels = []
    for lo, hi in doc.paras[:HEADER_LINES]:
        parts = list(FIELD_SEPARATOR.finditer(doc.text, lo, hi))
        if len(parts) < 2 or not all(":" in a.group(1) for a in parts):
            continue  # "SLUG: X Y / LIVE": a story's line, not a header of fields
        fields = [CREDIT_FIELD.fullmatch(doc.text, a.start(1), a.end(1)) for a in parts]
        for m in filter(None, fields):
            if not _job(m.group(1).lower()):
                continue  # "SLUG: X Y", "DESK: X Y": what the field gives is no person's name
            first, last = _token_at(doc, m.start(2)), _token_at_end(doc, m.end(2))
            if first is None or last is None or covered & set(range(first, last)):
                continue
            name = m.group(2).title().replace("’S", "’s").replace("'S", "'s")
            labels.append(Label("person", name, first, last, 0.75, "credit-field"))
            covered.update(range(first, last))
    return labels


def _job(label: str) -> bool:
    """A field's label names a job: a role noun, or an agent noun ("anchor", "producer")."""
    word = label.split()[-1]
    return word in ROLE_NOUNS or word in TRANSCRIPT_NON_SPEAKERS or word.endswith(AGENT_ENDS)


def _token_at_end(doc: Doc, pos: int) -> int | None:
    for t in doc.toks:
        if t.end == pos:
            return t.i + 1
    return None


def _token_at(doc: Doc, pos: int) -> int | None:
    for t in doc.toks:
        if t.start == pos:
            return t.i
    return None


def dateline_labels(doc: Doc, covered: set[int]) -> list[Label]:
    labels = []
    if "date" in doc.dateline:  # "22 OTT": a month abbreviated in the wire's language, no body
        start, end = doc.dateline["date"]
        covered.update(t.i for t in doc.toks if start <= t.start and t.end <= end)
    for key, kind in (("city", "place"), ("region", "place"), ("outlet", "organization")):
        if key not in doc.dateline:
            continue
        start, end = doc.dateline[key]
        first = _token_at(doc, start)
        if first is None or first in covered:
            continue
        last = first
        while last < len(doc.toks) and doc.toks[last].end <= end:
            last += 1
        surface = doc.text[start:end]
        place = places.lookup(surface) if kind == "place" else None
        name = (
            place.name
            # a city in the wire's own language, named in English in the text ("ROMA", "Rome")
            if place and (place.kind != "city" or re.search(rf"\b{place.name}\b", doc.text))
            else _title_case(surface)
            if surface.isupper() and kind == "place"
            else surface
        )
        if kind == "place" and place is None and _masthead(surface):
            kind = "organization"  # "HARBOUR WORKERS BULLETIN — No. 3, …": a masthead, no city
        labels.append(Label(kind, name, first, last, 0.9, f"dateline-{key}"))
        covered.update(range(first, last))
    return labels


def _masthead(surface: str) -> bool:
    return any(w in ORG_HEADS for w in surface.lower().split())


def _title_case(surface: str) -> str:
    """A town in capitals in title case, its particles in lower case ("VILA DO X" -> "Vila do
    X"), as the text writes it elsewhere."""
    words = surface.title().split(" ")
    return " ".join(
        w.lower() if n and w.lower() in NAME_PARTICLES else w for n, w in enumerate(words)
    )
