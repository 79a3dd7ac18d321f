"""Quotes that run on: a speech of several paragraphs after the paragraph about its speaker, a
paragraph that is one quote after an attributed one, a second quote right after an attributed one
in the same paragraph."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import HONORIFICS
from .marks import (
    MAX_SCARE_WORDS,
    SENTENCE_END,
    RawQuote,
    cited_title,
    names_something,
    quotes_a_document,
    work_title,
)
from .quote_cues import REPORTED_THAT
from .text import Doc
from .transcripts import MIN_UNATTRIBUTED_WORDS
from .types import QuoteCandidate

QUOTE_CHARS = '“”"'  # (guillemets are curly marks once normalized)
MAX_ATTRIBUTION_WORDS = 30  # a speaker's name, a verb and a relative clause about them

if TYPE_CHECKING:
    from .quotes import Attributor


def previous_paragraph_person(doc: Doc, att: Attributor, para: int) -> int | None:
    """The one person the previous paragraph names, when it has no quote of its own and it
    or its last sentence opens with them, or it ends in a colon: a quote of several paragraphs
    (or one after such a colon) with no attribution is theirs."""
    if para == 0:
        return None
    lo, hi = doc.paras[para - 1]
    if any(c in doc.text[lo:hi] for c in '“”"«»'):
        return None
    people = {m.ent for m in att.outside if lo <= m.start < hi and att.ents[m.ent].kind == "person"}
    if len(people) == 1 and _introduces(doc, para):
        return people.pop()  # "… the following statement by <Name> was recorded:"
    last = doc.sent_of_char(hi - 1)
    opens = {after_titles(doc, lo), after_titles(doc, last.start if last else lo)}
    first = next((m for m in att.outside if lo <= m.start < hi and m.start in opens), None)
    if len(people) != 1 or first is None or first.ent not in people:
        return None
    return people.pop()


def _introduces(doc: Doc, para: int) -> bool:
    """The paragraph before ``para`` ends in a colon: it introduces the one after it."""
    return para > 0 and doc.text[: doc.paras[para - 1][1]].rstrip().endswith(":")


def after_titles(doc: Doc, pos: int) -> int:
    """Where the words at ``pos`` go on after titles ("Dr <Name>", "Prof. <Name>")."""
    toks = doc.toks
    k = next((t.i for t in toks if t.start >= pos), len(toks))
    while k < len(toks) and toks[k].lower.rstrip(".") in HONORIFICS:
        k += 1 + (k + 1 < len(toks) and toks[k + 1].text == ".")
    return toks[k].start if k < len(toks) else pos


def reported_before(doc: Doc, att: Attributor, q: RawQuote) -> int | None:
    """ "<Name> then told us that <…>. “…”", or a paragraph "She said that <…>" and then a
    paragraph that is one quote: a quote with no attribution that opens its sentence and ends its
    paragraph goes on with what the sentence just before it reported, that sentence's speaker."""
    text, sent = doc.text, doc.sent_of_char(q.open)
    lo, hi = doc.paras[q.para]
    if sent is None or q.close is None or text[sent.start : q.open].strip():
        return None
    if text[q.close + 1 : hi].strip():
        return None  # words after the quote: an attribution that was not understood
    if sent.start > lo:
        prev = doc.sents[sent.index - 1] if sent.index else None
    elif q.para and not any(c in text[slice(*doc.paras[q.para - 1])] for c in QUOTE_CHARS):
        prev = doc.sent_of_char(doc.paras[q.para - 1][1] - 1)
    else:
        return None
    if prev is None or prev.heading or any(c in text[prev.start : prev.end] for c in QUOTE_CHARS):
        return None
    chunk = text[prev.start : prev.end]
    verb = next(
        (v for v in att.verbs(chunk, prev.start) if REPORTED_THAT.match(chunk, v.end())), None
    )
    if verb is None:
        return None
    ent, _ = att.region(prev.start, prev.start + verb.start())
    return ent if ent is not None and att.ents[ent].kind == "person" else None


def _quoted_again(doc: Doc, raws: list[RawQuote], results: list, n: int) -> int | None:
    """ "'Late, but not lost': readers divided" over a story that quotes someone as calling the
    ferry 'late, but not lost': the same words quoted elsewhere with a speaker are that
    speaker's."""
    words = _words(doc.text[raws[n].start : raws[n].end])
    speakers = {
        results[k][0]
        for k, other in enumerate(raws)
        if k != n
        and results[k][0] is not None
        and _words(doc.text[other.start : other.end]) == words
    }
    return speakers.pop() if len(words) > 2 and len(speakers) == 1 else None


def _words(quote: str) -> list[str]:
    """A quote's words without case or punctuation."""
    return re.findall(r"\w+", quote.casefold())


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
        and (
            _adjacent(doc.text, raws[n - 1], raws[n])
            or (
                results[n - 1][2] == "post-name"
                and _one_attribution(doc.text, raws[n - 1], raws[n])
            )
        )
    )


def _one_attribution(text: str, a: RawQuote, b: RawQuote) -> bool:
    """Only the sentence that attributes quote ``a`` stands between it and ``b``, however long
    its appositive ("“…,” said <Name>, who has <done something for years>. “…”")."""
    if a.close is None:
        return False
    between = text[a.close + 1 : b.open].strip()
    return (
        between[-1:] == "."
        and len(between.split()) <= MAX_ATTRIBUTION_WORDS
        and SENTENCE_END.search(between[:-1] + " ") is None
    )


def _adjacent(text: str, a: RawQuote, b: RawQuote) -> bool:
    """Only an attribution or nothing stands between two quotes of the same speaker (the titles
    before a name, "prof. dr hab. <Name>", and the capitalised words of the names in it, "head
    of the <Long Department> at <Org> in <City>", do not lengthen it)."""
    between = text[(a.close or a.end) + 1 : b.open]
    return (
        len([w for w in between.split() if w.lower() not in HONORIFICS and not w[:1].isupper()])
        <= 15
    )


def attributed_quotes(
    doc: Doc, raws: list[RawQuote], att: Attributor, keys: list[str]
) -> list[QuoteCandidate]:
    """Each raw quote with its speaker: its own attribution, else the one its run of paragraphs
    or the quote before it gives; short unattributed ones (scare quotes) are dropped."""
    results = [att.attribute(q) for q in raws]
    for n, q in enumerate(raws):
        if results[n][0] is None and (
            n + 1 < len(raws) and raws[n + 1].chain == n or _introduces(doc, q.para)
        ):
            # a speech of several paragraphs right after the paragraph about its speaker
            who = (
                previous_paragraph_person(doc, att, q.para)
                if q.open == doc.paras[q.para][0]
                else None
            )
            if who is not None:
                results[n] = (who, "", "previous-paragraph")
    for n, q in enumerate(raws):  # one speaker for all parts of a multi-paragraph quote
        if q.chain >= 0:
            head = q.chain
            speaker = results[n] if results[n][0] is not None else results[head]
            if speaker[0] is None and head and adjacent_to_attributed(doc, raws, results, head):
                # the paragraph's quote ran on from the one its attribution closed
                speaker = (results[head - 1][0], results[head - 1][1], "continuation")
            for k in range(head, n + 1):
                if raws[k].chain == head or k == head:
                    results[k] = speaker if results[k][0] is None else results[k]
    out = []
    for n, q in enumerate(raws):
        ent, cue, rule = results[n]
        confidence = {"name": 0.9, "descriptor": 0.75, "pronoun": 0.7}.get(rule.split("-")[-1], 0.3)
        if ent is None and adjacent_to_attributed(doc, raws, results, n):
            ent, cue, rule = results[n - 1][0], results[n - 1][1], "continuation"
            confidence = 0.7
        if ent is None and continues(doc, raws, results, n):
            # a paragraph that is one quote, right after a paragraph whose quote has a speaker
            ent, cue, rule = results[n - 1][0], results[n - 1][1], "continuation"
            confidence = 0.7
        if ent is None and (who := _quoted_again(doc, raws, results, n)) is not None:
            ent, cue, rule = who, "", "same-words"
            confidence = 0.7
        if ent is None and (who := reported_before(doc, att, q)) is not None:
            ent, cue, rule = who, "", "reported-before"
            confidence = 0.6
        words = len(doc.text[q.start : q.end].split())
        if ent is None and words < MIN_UNATTRIBUTED_WORDS:
            continue
        if words <= MAX_SCARE_WORDS and rule == "continuation":
            continue  # a scare quote needs an attribution of its own to be speech
        if names_something(doc.text, q) or work_title(doc.text, q) or cited_title(doc, q):
            continue
        if ent is None and quotes_a_document(doc, q):
            continue
        out.append(
            QuoteCandidate(
                text=doc.original[q.start : q.end],
                start=q.start,
                end=q.end,
                speaker_key=keys[ent] if ent is not None else None,
                cue=cue,
                confidence=confidence,
                rule=rule or "unattributed",
            )
        )
    return out
