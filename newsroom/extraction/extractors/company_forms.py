"""Short forms of a company's name: the name without its legal form or head word ("Kestrel
Dynamics Ltd" -> "Kestrel Dynamics", "Kestrel"), and a firm's first word alone (split from
coref.py)."""

from __future__ import annotations

from collections import defaultdict

from . import places
from .acronyms import legal_base
from .lexicon import (
    FIRM_HEADS,
    MASTHEAD_HEADS,
    NOT_NAME_WORDS,
    ORG_HEADS,
    STOP_CAPS,
    is_given,
    lexicon,
    word_set,
)
from .nationality import is_demonym
from .types import Ent

ARTICLE_LEADS = word_set("article_leads")  # capitalised: "Al X Holding" is later "Al X"
# a partnership's legal form: "<Family> <Family> <Family> LLP" is later its first two names
PARTNERSHIP_FORMS = frozenset(lexicon()["partnership_forms"])


def company_short_forms(ents: list[Ent]) -> list[Ent]:
    """A company named with its legal form ("Kestrel Dynamics Ltd") is later "Kestrel Dynamics"
    or "Kestrel": the first word stands for it when it is no common word, place, nationality or
    given name and no other name starts with it; a name that is only that word folds in."""
    shorts: dict[str, list[Ent]] = defaultdict(list)
    for ent in ents:
        if ent.kind != "organization":
            continue
        full = ent.name.split()
        if len(full) > 2 and full[-1].lower() in ORG_HEADS - MASTHEAD_HEADS:  # "<X> <Y> Industries"
            shorts[" ".join(full[:-1])].append(ent)
        if len(full) > 3 and full[-1] in PARTNERSHIP_FORMS:
            shorts[" ".join(full[:2])].append(ent)  # "<A> <B> <C> LLP": "<A> <B>"
        if len(full) == 3 and full[-1].lower() in FIRM_HEADS and places.lookup(full[0]):
            shorts[full[1]].append(ent)  # "<City> <Word> Motors": "<Word>" stands for the firm
        bases = [b for b in map(legal_base, ent.surfaces) if b]
        if not bases and ent.rule != "legal-form":
            continue
        base = max(bases, key=len) if bases else ent.name
        ent.surfaces.setdefault(base, None)
        words = base.split()
        if len(words) > 1 and _short_form(_lead(words)):
            shorts[_lead(words)].append(ent)
    firsts = [_lead(e.name.split()) for e in ents if len(e.name.split()) > 1]
    out = []
    for ent in ents:
        owner = _unique(shorts.get(ent.name, []))
        if owner is not None and ent.kind in ("person", "organization"):
            owner.surfaces.update(ent.surfaces)
            continue
        out.append(ent)
    for word, owners in shorts.items():
        if len(owners) == 1 and firsts.count(word) == 1:
            owners[0].surfaces.setdefault(word, None)
    return out


def _lead(words: list[str]) -> str:
    """The first word of a name, with the article before it ("Al X" of "Al X Holding")."""
    if len(words) > 2 and words[0] in ARTICLE_LEADS:
        return f"{words[0]} {words[1]}"
    return words[0]


def _short_form(word: str) -> bool:
    if " " in word:  # an article and a word
        return _short_form(word.split()[1]) and places.lookup(word) is None
    return (
        word[:1].isupper()
        and word.isalpha()
        and not word.isupper()
        and word.lower() not in STOP_CAPS | NOT_NAME_WORDS | ORG_HEADS
        and not is_demonym(word)
        and places.lookup(word) is None
        and not is_given(word)
    )


def first_word_companies(ents: list[Ent]) -> None:
    """ "Torvald Propulsion … Torvald said", "X Launch Systems … X and the agency will sign": a
    company of two or three words is known by its first word alone when that word is no common
    word, place, nationality or given name, and no other name of the article has it; an
    organisation found under that word alone ("the X team") folds in."""
    alone = {e.name: e for e in ents if e.kind == "organization" and " " not in e.name}
    words_used = [w for e in ents if e.name not in alone for w in e.name.split()]
    for ent in list(ents):
        words = ent.name.split()
        if (
            ent.kind == "organization"
            and len(words) in (2, 3)
            # a firm's name, not an institution's ("X Institute", "Y Agency")
            and (words[-1].lower() not in ORG_HEADS or words[-1].lower() in FIRM_HEADS)
            and words_used.count(words[0]) == 1
            and _short_form(words[0])
        ):
            ent.surfaces.setdefault(words[0], None)
            if (short := alone.get(words[0])) is not None and short in ents:
                ent.surfaces.update(short.surfaces)
                ents.remove(short)


def _unique(found: list[Ent]) -> Ent | None:
    return found[0] if len(found) == 1 else None
