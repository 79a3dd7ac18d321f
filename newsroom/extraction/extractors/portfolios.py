"""Portfolio words: the part of a title that names a field of government ("Minister for Trade
and Industry", "Federal Research Minister"), never a body or a person."""

from __future__ import annotations

from .lexicon import ROLE_NOUNS, word_set

PORTFOLIO_WORDS = word_set("portfolio_words")
PORTFOLIO_SCOPES = word_set("portfolio_scopes")


def is_portfolio(lows: list[str]) -> bool:
    """Words that only name a portfolio ("Economic Affairs", "Federal Research"), no body."""
    return any(w in PORTFOLIO_WORDS for w in lows) and all(
        w in PORTFOLIO_WORDS or w in PORTFOLIO_SCOPES or w in ("and", "&") for w in lows
    )


def portfolio_and(left: list[str], right: list[str]) -> bool:
    """ "Minister for Industries and Information Technology": portfolio words on both sides of
    the "and" after "<Role> for/of" are one title, not a second name."""
    return any(
        w in ROLE_NOUNS and left[n + 1 : n + 2] in (["of"], ["for"]) and is_portfolio(left[n + 2 :])
        for n, w in enumerate(left)
    ) and is_portfolio(right)
