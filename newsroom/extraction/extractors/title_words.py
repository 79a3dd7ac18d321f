"""Titles and roles before a name ("Dr.", "Director General", "Gen. (ret.)"): how many tokens
one takes (split from chunks.py)."""

from __future__ import annotations

from .lexicon import (
    HONORIFICS,
    PLAIN_TITLES,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    TITLE_PHRASES,
    word_set,
)
from .particles import NAME_PARTICLES
from .text import Doc

RETIRED_NOTES = word_set("retired_notes")
# the title phrases longest first (the longest one that opens at a token wins), and the words
# they open with: most tokens open none
LONGEST_PHRASES = tuple(sorted(TITLE_PHRASES, key=len, reverse=True))
PHRASE_OPENERS = frozenset(phrase[0] for phrase in TITLE_PHRASES)


def retired_note(toks: list, j: int, last: int) -> int:
    """One past a retirement note in brackets at token ``j`` ("(ret.)", "(retd)") between a
    rank and a name, or 0."""
    k = j + 2
    if not (k < last and toks[j].text == "(" and toks[j + 1].lower in RETIRED_NOTES):
        return 0
    k += toks[k].text == "."
    return k + 1 if k < last and toks[k].text == ")" else 0


def title_len(doc: Doc, i: int, last: int) -> int:
    """Length of a title or role starting at token ``i`` ("Director General", "Dr.", "Chief";
    a retirement note after a rank, "Gen. (ret.)", belongs to it)."""
    toks = doc.toks
    if note := retired_note(toks, i, last):
        return note - i
    low = toks[i].lower
    for phrase in LONGEST_PHRASES if low in PHRASE_OPENERS else ():
        n = len(phrase)
        if i + n <= last and tuple(t.lower for t in toks[i : i + n]) == phrase:
            return n
    if low in HONORIFICS and low.endswith("."):
        return 1
    if low in PLAIN_TITLES and i + 1 < last and toks[i].is_cap and _name_next(toks, i + 1, last):
        return 1  # without a dot ("Dr X", "Sir X"): only the lexicon's plain titles
    if low in ROLE_NOUNS:
        return 1
    if low in ROLE_MODIFIERS and i + 1 < last and toks[i + 1].lower in ROLE_NOUNS:
        return 2
    return 0


def _name_next(toks: list, j: int, last: int) -> bool:
    """A capitalised word at token ``j``, or lowercase particles and then one ("Dr van der X"):
    the family name a plain title goes with."""
    while j < last - 1 and toks[j].lower in NAME_PARTICLES and not toks[j].is_cap:
        j += 1
    return j < last and toks[j].is_cap
