"""Possessives inside a name: a capitalised run that goes on after "'s" ("St <Name>'s College",
"the People's Republic of X") rather than ending at it (split from chunks.py)."""

from __future__ import annotations

from .lexicon import ORG_HEADS

SAINT_WORDS = ("St", "St.", "Saint")  # "St <Name>'s College": a saint's name opens it


def is_cap(text: str) -> bool:
    """A capitalised word (not a quotation mark)."""
    return text[:1].isupper() and text not in ("“", "”", "‘", "’")


def saints_body(toks, i: int, j: int, end: int) -> bool:
    """ "St <Name>'s <Words> <Head>" from token ``i`` (the possessive at ``j``): the capitalised
    words after it end in an organisation's head word."""
    if j - i != 2 or toks[i].text not in SAINT_WORDS:
        return False
    k = j + 1
    while k < end and is_cap(toks[k].text):
        k += 1
    return k > j + 1 and toks[k - 1].lower in ORG_HEADS


def peoples_name(toks, j: int, end: int) -> bool:
    """ "People's" before a capitalised word (the possessive at ``j``): a state's, a party's or
    a bank's name goes on ("the People's Republic of X", "the X People's Party"); cut at the
    possessive, "Republic of X" would name another state."""
    return toks[j - 1].text == "People" and j + 1 < end and is_cap(toks[j + 1].text)
