"""Picture credits: "Photograph: <Name>/<Agency>", "Photo: <Name>/<Agency> via <Agency>",
"(Photo by <Name>/<Agency>)". The name before the slash is the photographer's, the names after it
the agencies that distribute the picture."""

from __future__ import annotations

from .classify import Label
from .lexicon import word_set
from .particles import NAME_PARTICLES
from .text import Doc

PICTURE_WORDS = word_set("picture_credit_words")  # "photograph", "photo", "picture"
MAX_NAME_WORDS = 4


def credit_labels(doc: Doc, covered: set[int]) -> list[Label]:
    """The photographers and agencies of every picture credit in the text."""
    toks = doc.toks
    labels: list[Label] = []
    for n, tok in enumerate(toks):
        if not _credit_opens(doc, n):
            continue
        k = n + 2
        ends = range(k, min(k + MAX_NAME_WORDS + 1, len(toks)))
        slash = next((j for j in ends if toks[j].text == "/"), None)
        if slash is None or not _name(toks[k:slash]):
            continue
        parts = [(k, slash, "person")]
        j = slash + 1
        while j < len(toks) and toks[j].is_cap and toks[j].sent == tok.sent:
            end = j
            while end < len(toks) and toks[end].is_cap and toks[end].sent == tok.sent:
                end += 1
            parts.append((j, end, "organization"))
            if end + 1 < len(toks) and toks[end].lower == "via" and toks[end + 1].is_cap:
                j = end + 1
            else:
                break
        if len(parts) < 2:
            continue
        for a, b, kind in parts:
            if any(i in covered for i in range(a, b)):
                continue
            name = doc.text[toks[a].start : toks[b - 1].end]
            labels.append(Label(kind, name, a, b, 0.8, "picture-credit"))
            covered.update(range(a, b))
    return labels


def _credit_opens(doc: Doc, n: int) -> bool:
    """A picture credit opens at token ``n``: "Photograph:" or "Photo by" opening its line or a
    bracket."""
    toks = doc.toks
    tok = toks[n]
    if not tok.is_cap or tok.lower not in PICTURE_WORDS or n + 1 >= len(toks):
        return False
    opens = not n or "\n" in doc.text[toks[n - 1].end : tok.start] or toks[n - 1].text in "(["
    return opens and toks[n + 1].text in (":", "by")


def caption_line(doc: Doc, sent) -> bool:
    """A bare line right above a picture credit is the picture's caption, read as a sentence."""
    if sent.para + 1 >= len(doc.paras):
        return False
    lo, _ = doc.paras[sent.para + 1]
    k = next((t.i for t in doc.toks[sent.last :] if t.start >= lo), None)
    return k is not None and _credit_opens(doc, k)


def _name(words) -> bool:
    """Two to four capitalised words, lowercase particles between them ("<Given> dos <Family>")."""
    return (
        2 <= len(words) <= MAX_NAME_WORDS
        and words[0].is_cap
        and words[-1].is_cap
        and all(
            (t.is_cap or t.text in NAME_PARTICLES) and t.text.replace("-", "").isalpha()
            for t in words
        )
    )
