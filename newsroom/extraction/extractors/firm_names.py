"""Companies' names: "<Name> of <Place>" cut into a firm and its place where the words say so
(`split_of_country`); a listed company's ticker after its name (`ticker_labels`)."""

from __future__ import annotations

from dataclasses import replace

from . import places
from .lexicon import CONNECTORS, FIRM_HEADS, HEAD_WORDS, ROLE_NOUNS, lexicon
from .text import Doc

STOCK_EXCHANGES = frozenset(lexicon()["stock_exchanges"])  # as written: "AIM", "Nasdaq"


def split_of_country(doc: Doc, first: int, last: int) -> list[tuple[int, int]]:
    """ "<Name> of <Country>" without a head word on the left ("Kosmoagency of Ruritania"), or
    one word "of <City>": the name and the place are two names; "University of X" stays
    whole."""
    toks = doc.toks
    if places.lookup(doc.text[toks[first].start : toks[last - 1].end]) is not None:
        return [(first, last)]  # "Port of Spain", "Isle of Man": a place of its own
    for k in range(first + 1, last - 1):
        if toks[k].lower != "of":
            continue
        left = [t.lower for t in toks[first:k]]
        place = places.lookup(doc.text[toks[k + 1].start : toks[last - 1].end])
        if _firm_of_place(left, place):
            return [(first, k), (k + 1, last)]  # "<Word> Sistemas of <City>": a firm, a city
        if any(w in HEAD_WORDS or w in ROLE_NOUNS or w in CONNECTORS for w in left):
            return [(first, last)]
        if place is not None and (
            place.kind == "country" or place.kind == "city" and k == 1 + first
        ):
            return [(first, k), (k + 1, last)]  # "<Word> of <City>": a firm and its city
        return [(first, last)]
    return [(first, last)]


def _firm_of_place(left: list[str], place) -> bool:
    """ "<Name> Systems of <City>", "<Name> Tecnologia of <Country>": a company's head word (not
    an institution's: "Royal Bank of X", "Y Institute of Z" stay whole) after a name word,
    then a known city or country."""
    return (
        place is not None
        and place.kind in ("city", "country")
        and len(left) >= 2
        and left[-1] in FIRM_HEADS
        and left[0] not in HEAD_WORDS
    )


def ticker_labels(doc: Doc, labels: list) -> list:
    """ "<Company> (<EXCHANGE>: <TICKER>)": the ticker is the company's short name, and the
    exchange in the bracket names nothing of its own there; after a name not read as a
    company's, the ticker names nothing either."""
    toks = doc.toks
    tickers = {}
    by_last = {lb.last: lb for lb in labels}
    for k, tok in enumerate(toks[: len(toks) - 4]):
        if (
            tok.text == "("
            and toks[k + 1].text in STOCK_EXCHANGES
            and toks[k + 2].text == ":"
            and toks[k + 3].text.isupper()
            and toks[k + 4].text == ")"
        ):
            lb = by_last.get(k)
            if lb is not None and lb.kind == "organization":
                tickers[k + 3] = replace(lb, first=k + 3, last=k + 4, rule="ticker")
                tickers.setdefault(k + 1, None)
            else:  # a company not (yet) known as one: its ticker is still no body of its own
                tickers[k + 3] = None
    if not tickers:
        return labels
    kept = [lb for lb in labels if lb.first not in tickers]
    return sorted(kept + [lb for lb in tickers.values() if lb], key=lambda lb: lb.first)
