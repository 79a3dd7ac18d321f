"""Descriptors ("the agency", "the state corporation", "the Vietnamese centre", "the news
agency"): the organisation each one stands for, from the names before it."""

from __future__ import annotations

import re

from . import places
from .lexicon import DESCRIPTOR_HEADS, DESCRIPTOR_MODIFIERS, NEWS_DESCRIPTORS, ORG_HEADS, word_set
from .nationality import is_demonym, nation_key
from .text import Doc
from .types import Ent, Mention

DESCRIPTOR = re.compile(
    r"\b[Tt]he ([A-Z][a-z]+ )?((?:(?:{})[ -]){{0,2}})({})\b".format(
        "|".join(sorted(DESCRIPTOR_MODIFIERS)), "|".join(sorted(DESCRIPTOR_HEADS))
    )
)
NEWS_DESCRIPTOR = re.compile(
    r"\b[Tt]he (?:{})\b".format("|".join(re.escape(d) for d in NEWS_DESCRIPTORS))
)
OUTLET_RULES = ("outlet", "dateline-outlet", "picture-credit")
# "financed by X and Y": X and Y are backers of the company named before, not "the firm"
BACKED_BY = re.compile(
    r"\b(?:{})\s+by\s+(?:[A-Z][\w’'-]*\s+){{0,4}}(?:and\s+)?$".format(
        "|".join(sorted(word_set("backing_participles")))
    )
)
# Words inside a name that make it a public body, not a company (matched inside the name).
PUBLIC_BODY = re.compile("|".join(sorted(word_set("public_body_words"))))
COMPANY_HEADS = word_set("company_heads")
# Nouns before a name that make it a public body ("the space regulator X"), not a company.
PUBLIC_BODY_NOUNS = word_set("public_body_nouns")


def _nationality(ent: Ent) -> str | None:
    """The nation key of the demonym or country word in an organisation's name
    ("Vietnam National Space Center" -> "viet", "UK Space Agency" -> "brit"), None when it has
    none."""
    for word in ent.name.split():
        if word[:1].isupper() and (is_demonym(word) or _country(word)):
            return nation_key(word)
    return None


def _country(word: str) -> bool:
    place = places.lookup(word)
    return place is not None and place.kind == "country"


def _fits(head: str, ent: Ent) -> bool:
    """Does a descriptor's head noun suit this organisation? A company is not a public body."""
    name = ent.name.lower().replace("center", "centre")
    if head in name:
        return True
    if head in COMPANY_HEADS:
        return not PUBLIC_BODY.search(name)
    return False


def _introduced_as_public_body(doc: Doc, ents: list[Ent], orgs: list[Mention]) -> set[int]:
    """Organisations whose name follows a public-body noun ("the national regulator X")."""
    out = set()
    for m in orgs:
        words = doc.text[max(0, m.start - 30) : m.start].split()
        if words and words[-1].lower() in PUBLIC_BODY_NOUNS:
            out.add(m.ent)
    return out


def _backer(text: str, start: int) -> bool:
    """The organisation at ``start`` is named as a backer ("financed by X", "backed by Y and
    Z")."""
    return BACKED_BY.search(text[max(0, start - 60) : start]) is not None


def _headless(ent: Ent) -> bool:
    """An organisation none of whose names carries a head word ("Kosmos", "KASA" alone)."""
    return not any(w.lower() in ORG_HEADS for s in ent.surfaces for w in s.split())


def resolve_descriptors(doc: Doc, ents: list[Ent], mentions: list[Mention]) -> list[Mention]:
    """Resolve "the agency": the latest organisation that fits the head noun, else the latest."""
    out = []
    outlets = [m for m in mentions if ents[m.ent].rule in OUTLET_RULES]
    for match in NEWS_DESCRIPTOR.finditer(doc.text):  # "the news agency said": the latest outlet
        before = [m for m in outlets if m.end <= match.start()]
        if before:
            out.append(Mention(match.start(), match.end(), before[-1].ent, descriptor=True))
    news = [(m.start(), m.end()) for m in NEWS_DESCRIPTOR.finditer(doc.text)]
    # an outlet reports on the others; "the state corporation" is never the news agency
    orgs = [
        m
        for m in mentions
        if ents[m.ent].kind == "organization" and ents[m.ent].rule not in OUTLET_RULES
    ]
    public = _introduced_as_public_body(doc, ents, orgs)
    for match in DESCRIPTOR.finditer(doc.text):
        if any(a <= match.start() < b for a, b in news):
            continue
        head = match.group(3).replace("center", "centre")
        demonym = (match.group(1) or "").strip()
        if demonym and not is_demonym(demonym):
            continue
        before = [m for m in orgs if m.end <= match.start()]
        if demonym:  # "the Vietnamese centre": a body of that country, never another's
            own = [m for m in before if _nationality(ents[m.ent]) == nation_key(demonym)]
            before = own or [m for m in before if _nationality(ents[m.ent]) is None]
            if not own and not any(_fits(head, ents[m.ent]) for m in before):
                continue
        if not before:
            continue
        fitting = [m for m in before if _fits(head, ents[m.ent])]
        if head in COMPANY_HEADS:  # "the regulator X": never "the company"
            fitting = [m for m in fitting if m.ent not in public]
            # "X, a start-up financed by Y and Z. The firm's …": X, not the investors after it
            fitting = [m for m in fitting if not _backer(doc.text, m.start)] or fitting
        if not fitting and head not in COMPANY_HEADS:
            # "the state corporation" when no name says "corporation": a bare name ("Kosmos")
            # can be one; "X Air Force" or "Y Space Agency" cannot
            # "the agency" where no name says "agency": a public body's name ("The X
            # Administration will oversee Y's inquiry. … the agency said") may be it too
            public_head = PUBLIC_BODY.search(head) is not None
            fitting = [
                m
                for m in before
                if _headless(ents[m.ent])
                or public_head
                and PUBLIC_BODY.search(ents[m.ent].name.lower()) is not None
            ]
        if not fitting and head in COMPANY_HEADS:
            continue  # "the company" is never the agency named before it
        chosen = (fitting or before)[-1]
        reach = 10 if fitting else 4  # a fitting name may be further back than any name
        if len(re.findall(r"\n+", doc.text[chosen.end : match.start()])) > reach:
            continue  # too far back to be what the descriptor means
        out.append(Mention(match.start(), match.end(), chosen.ent, descriptor=True))
    return out
