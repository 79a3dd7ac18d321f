"""Defined terms: a filing's, a contract's or a prospectus's own name for a party, set in
brackets and quotation marks right after the party's name ('Veltrano S.A. (the "Issuer")',
'X Ltd ("X" or the "Company")'). Each term, wherever the text uses it, names that party."""

from __future__ import annotations

from .labels import Label
from .text import Doc

# the words a bracket of defined terms may hold besides the terms themselves
GLUE = {"the", "or", "and", "hereinafter", "together", "referred", "to", "as", ","}
QUOTES = {'"', "“", "”"}
TERM_WORDS = 3  # a term of up to three words ("the Offering Agent")


def defined_term_labels(doc: Doc, labels: list[Label]) -> list[Label]:
    """The labels, with every use of an organisation's defined term labelled as that
    organisation (replacing any label the term's words had on their own)."""
    toks = doc.toks
    terms: dict[tuple[str, ...], Label] = {}
    for lb in labels:
        if lb.kind != "organization" or lb.last >= len(toks) or toks[lb.last].text != "(":
            continue
        found = _bracket_terms(doc, lb.last)
        for term in found:
            terms.setdefault(term, lb)
    if not terms:
        return labels
    spans: list[Label] = []
    for i in range(len(toks)):
        for term, owner in terms.items():
            n = len(term)
            if tuple(t.text for t in toks[i : i + n]) == term:
                spans.append(Label(owner.kind, owner.name, i, i + n, owner.confidence, "defined"))
    if not spans:
        return labels
    taken = {k for lb in spans for k in range(lb.first, lb.last)}
    kept = [lb for lb in labels if not taken & set(range(lb.first, lb.last))]
    return kept + spans


def _bracket_terms(doc: Doc, j: int) -> list[tuple[str, ...]]:
    """The terms of a bracket at token ``j`` that holds only quoted capitalised terms and the
    words that join them; none otherwise."""
    toks = doc.toks
    end = next((k for k in range(j + 1, min(j + 16, len(toks))) if toks[k].text == ")"), None)
    if end is None:
        return []
    terms, current, inside = [], [], False
    for t in toks[j + 1 : end]:
        if t.text in QUOTES:
            if inside:
                if not current or len(current) > TERM_WORDS or not current[0][:1].isupper():
                    return []
                terms.append(tuple(current))
                current = []
            inside = not inside
        elif inside:
            current.append(t.text)
        elif t.lower not in GLUE:
            return []
    return terms if not inside else []
