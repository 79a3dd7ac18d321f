"""Field labels and salutations in capitals: "* ENGINE: …", "WHY IT MATTERS: …", "THE VERDICT: …",
"SIR – …". A word in capitals that opens a line before a colon or a dash, and that the text never
uses anywhere else, labels what follows; it names nothing."""

from __future__ import annotations

from .classify import Label
from .lexicon import HONORIFICS
from .text import Doc

LABEL_ENDS = frozenset({":", "–", "—"})
BULLETS = frozenset({"*", "•", "·", "-", "–", "—"})


def drop_field_labels(doc: Doc, labels: list[Label]) -> list[Label]:
    """The labels without the names read in field labels and salutations."""
    return [lb for lb in labels if not _field_label(doc, lb, labels)]


def _field_label(doc: Doc, lb: Label, labels: list[Label]) -> bool:
    toks = doc.toks
    words = toks[lb.first : lb.last]
    if not all(t.text.isupper() and t.text.isalpha() for t in words):
        return False
    if not _opens_label(doc, lb.first, lb.last):
        return False
    if lb.last - lb.first == 1 and words[0].lower in HONORIFICS:
        return True  # "SIR – …": a letter's salutation, no dateline
    if lb.kind == "person" or lb.rule.startswith("dateline"):
        return False
    if lb.kind == "place" and not lb.rule.startswith("place-in"):
        return False  # "FRANCE: …" in a country-by-country box names the country
    # used only as such a label: elsewhere in the text an acronym names its body
    surface = [t.text for t in words]
    n = len(surface)
    return all(
        _opens_label(doc, k, k + n)
        for k in range(len(toks) - n + 1)
        if [t.text for t in toks[k : k + n]] == surface
    )


def _opens_label(doc: Doc, first: int, last: int) -> bool:
    """Tokens ``first``..``last`` end a run of words in capitals that opens a line (after a
    bullet) and comes before a colon or a dash."""
    toks, text = doc.toks, doc.text
    if last >= len(toks) or toks[last].text not in LABEL_ENDS:
        return False
    k = first
    while k > 0 and toks[k - 1].text.isupper() and toks[k - 1].text.isalpha():
        k -= 1
    if k > 0 and toks[k - 1].text in BULLETS:
        k -= 1
    start = toks[k].start
    return start == 0 or text[:start].rstrip(" \t").endswith("\n") or not text[:start].strip()
