"""Quotes that run on: a speech of several paragraphs after the paragraph about its speaker, a
paragraph that is one quote after an attributed one, a second quote right after an attributed one
in the same paragraph."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import HONORIFICS
from .marks import RawQuote
from .text import Doc

if TYPE_CHECKING:
    from .quotes import Attributor


def previous_paragraph_person(doc: Doc, att: Attributor, para: int) -> int | None:
    """The one person the previous paragraph names, when it has no quote of its own and it
    or its last sentence opens with them: a quote of several paragraphs with no attribution is
    theirs."""
    if para == 0:
        return None
    lo, hi = doc.paras[para - 1]
    if any(c in doc.text[lo:hi] for c in '“”"«»'):
        return None
    people = {m.ent for m in att.outside if lo <= m.start < hi and att.ents[m.ent].kind == "person"}
    last = doc.sent_of_char(hi - 1)
    opens = {after_titles(doc, lo), after_titles(doc, last.start if last else lo)}
    first = next((m for m in att.outside if lo <= m.start < hi and m.start in opens), None)
    if len(people) != 1 or first is None or first.ent not in people:
        return None
    return people.pop()


def after_titles(doc: Doc, pos: int) -> int:
    """Where the words at ``pos`` go on after titles ("Dr <Name>", "Prof. <Name>")."""
    toks = doc.toks
    k = next((t.i for t in toks if t.start >= pos), len(toks))
    while k < len(toks) and toks[k].lower.rstrip(".") in HONORIFICS:
        k += 1 + (k + 1 < len(toks) and toks[k + 1].text == ".")
    return toks[k].start if k < len(toks) else pos


def continues(doc: Doc, raws: list[RawQuote], results: list, n: int) -> bool:
    """Quote ``n`` fills its paragraph and the previous paragraph ended with a quote whose
    speaker is known."""
    if not n:
        return False
    q, prev = raws[n], raws[n - 1]
    lo, hi = doc.paras[q.para]
    tail = doc.text[(q.close + 1 if q.close is not None else hi) : hi].strip()
    prev_tail = doc.text[(prev.close or prev.end) + 1 : doc.paras[prev.para][1]]
    return (
        results[n - 1][0] is not None
        and prev.para == q.para - 1
        and q.open == lo
        and not tail
        and len(prev_tail.split()) <= 12
    )


def adjacent_to_attributed(doc: Doc, raws: list[RawQuote], results: list, n: int) -> bool:
    """Quote ``n`` follows, in the same paragraph, a quote whose speaker is known."""
    return bool(
        n
        and raws[n - 1].para == raws[n].para
        and results[n - 1][0] is not None
        and _adjacent(doc.text, raws[n - 1], raws[n])
    )


def _adjacent(text: str, a: RawQuote, b: RawQuote) -> bool:
    """Only an attribution or nothing stands between two quotes of the same speaker (the titles
    before a name, "prof. dr hab. <Name>", do not lengthen it)."""
    between = text[(a.close or a.end) + 1 : b.open]
    return len([w for w in between.split() if w.lower() not in HONORIFICS]) <= 15
