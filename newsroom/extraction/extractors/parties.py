"""Who takes part in an event: the organisations and people a clause names (a person counts as
the organisation a role ties them to), and the two organisations an article is about."""

from __future__ import annotations

import re

from .coref import Ent


def main_organisations(
    ents: list[Ent], dateline_end: int = -1, labels: list[tuple[int, int]] = ()
) -> list[int]:
    """The two organisations the article names most (the "both agencies" of its events); not
    the outlet a dateline names ("X, May 19 (Outlet) —"), nor a transcript's speaker label
    taken for an acronym ("ANNA:" on every line of a bulletin)."""
    orgs = [
        i
        for i, ent in enumerate(ents)
        if ent.kind == "organization"
        and any(
            start > dateline_end and not any(a <= start < b for a, b in labels)
            for start, _ in ent.mentions
        )
    ]
    orgs.sort(key=lambda i: (-len(ents[i].mentions), ents[i].mentions[0][0]))
    return orgs[:2]


def author_organisation(ents: list[Ent], source: str | None) -> int | None:
    """The organisation an article speaks for, whose "we" its own words are: the one named in the
    text whose name begins the name of the source ("X Launch Systems" of a letter from "X Launch
    Systems S.A.", "X Teleport" of "X Teleport LLC, Investor Relations"); the longest such."""
    if not source:
        return None
    words = _words(source)
    found = [
        (len(name), i)
        for i, ent in enumerate(ents)
        if ent.kind == "organization"
        for name in map(_words, (ent.name, *ent.surfaces))
        if name and words[: len(name)] == name
    ]
    return max(found)[1] if found else None


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def parties_of(ents, keys, key_ent, ent_ids, role_orgs) -> set[int]:
    """Organisations taking part, and people: a person stands for their organisation when a
    role says so, and takes part in person otherwise ("X founder A met B": X and B)."""
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
    return orgs | people


def participant_id(ent: Ent) -> str:
    """A name that stays the same across articles: an acronym when there is one, a surname."""
    acronyms = [s for s in ent.surfaces if s.isupper() and s.isalpha() and 2 <= len(s) <= 8]
    if ent.kind == "organization" and acronyms:
        return min(acronyms, key=len).lower()
    if ent.kind == "person":
        return ent.name.split()[-1].lower()
    return ent.name.lower()
