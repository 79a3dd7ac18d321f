"""Particles inside a family name: a Gaelic surname's article after "Mac" or "Nic" ("Nic a' <X>",
"Mac an <X>"), which chunking would otherwise cut at, and where a family name with particles
begins."""

from __future__ import annotations

import re

from .lexicon import word_set, world_data
from .text import Tok

# Capitalised particles that begin a surname ("La Torre", "Van Dyke", "Nic <X>").
SURNAME_PARTICLES = word_set("surname_particles")
NAME_PARTICLES = word_set("name_particles")  # lowercase: "<Given> van der <Family>"
SURNAME_ARTICLES = word_set("surname_articles")  # "a'", "an", "na" after "Mac" or "Nic"
APOSTROPHES = ("'", "’")
# "J." and glued initials, "A.B.C." (not a country's "U.S.")
INITIALS = re.compile(r"(?:[A-Z]\.){1,4}")
COUNTRY_VARIANTS = world_data()["country_variants"]


def is_initial(word: str) -> bool:
    """``word`` is a given name's initial or several glued together."""
    return bool(INITIALS.fullmatch(word)) and word not in COUNTRY_VARIANTS


def surname_article_end(toks: list[Tok], j: int, end: int) -> int | None:
    """One past the capitalised word after a surname's article at token ``j`` ("Nic a' <X>":
    "a", an apostrophe joined to it, "<X>"), or None."""
    if not (0 < j < end and toks[j - 1].text in SURNAME_PARTICLES):
        return None
    word = toks[j].text
    k = j + 1
    if k < end and toks[k].text in APOSTROPHES and toks[k].start == toks[j].end:
        word, k = word + "'", k + 1
    if word in SURNAME_ARTICLES and k < end and toks[k].text[:1].isupper():
        return k + 1
    return None


def is_surname_article(words: list[str], n: int) -> bool:
    """The word ``n`` of a name is a surname's article ("a'" in "<Given> Nic a' <X>")."""
    word = words[n].replace("’", "'")
    return 0 < n < len(words) - 1 and word in SURNAME_ARTICLES and words[n - 1] in SURNAME_PARTICLES


def family_start(words: list[str]) -> int:
    """Where a family name opened by a capitalised particle begins in a full name ("<Given> Di
    <X>", "<Given> Van den <X>", "<Given> Nic a' <X>"), or 0 when it has none."""
    for k in range(1, len(words) - 1):
        if words[k] in SURNAME_PARTICLES and all(
            w in NAME_PARTICLES or is_surname_article(words, n)
            for n, w in enumerate(words[k + 1 : -1], start=k + 1)
        ):
            return k
    return 0


def devotional_word(name: str) -> str:
    """The word after a particle that follows the first given name ("<Given> do <X> <Family>" ->
    "<X>"): the part of a compound given name that a courtesy title goes with ("Dona <X>"), or
    ""."""
    words = name.split()
    return words[2] if len(words) > 3 and words[1] in NAME_PARTICLES else ""
