"""A full name made known by its family name: "Mr <Family>" names a person, so an unlabelled
"<Given> <Family>" elsewhere is that person in full, whatever the given name."""

from __future__ import annotations

from .chunks import looks_like_name, split_chunk
from .context import piece_words, span_text
from .labels import Label
from .text import Doc


def family_name_labels(
    doc: Doc, labels: list[Label], chunks: list[list[tuple[int, int]]]
) -> list[Label]:
    """Person labels for unlabelled capitalised pieces that end in the family name of a person
    named with a title ("Mr <Family>"), the words before it a given name's shape. ``chunks``:
    each sentence's runs of capitalised tokens (``chunks.sentence_chunks``)."""
    families = {
        tuple(lb.name.split()) for lb in labels if lb.kind == "person" and lb.rule == "title-name"
    }
    if not families:
        return []
    # a piece's last word is a token's text, or a token's and the apostrophe glued to it
    # (``piece_words``): a run with no token for any family's last word ends no family name
    ends = {family[-1] for family in families}
    ends |= {end[:-1] for end in ends if end[-1:] in ("’", "'", "`")}
    taken = {k for lb in labels for k in range(lb.first, lb.last)}
    out = []
    for sent, runs in zip(doc.sents, chunks, strict=True):
        for first, last in runs:
            if any(k in taken for k in range(first, last)):
                continue
            if not any(doc.toks[k].text in ends for k in range(first, last)):
                continue
            for piece in split_chunk(doc, first, last, sent):
                words = piece_words(doc, piece.first, piece.last)
                k = next((k for k in range(1, len(words)) if tuple(words[k:]) in families), None)
                if k is not None and k <= 2 and looks_like_name(words[:k]):
                    name = span_text(doc, piece.first, piece.last)
                    out.append(Label("person", name, piece.first, piece.last, 0.7, "family-known"))
    return out
