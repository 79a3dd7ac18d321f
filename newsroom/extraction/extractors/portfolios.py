"""Portfolio words: the part of a title that names a field of government ("Minister for Trade
and Industry", "Federal Research Minister"), never a body or a person."""

from __future__ import annotations

from .lexicon import ORG_HEADS, ROLE_NOUNS, word_set

PORTFOLIO_WORDS = word_set("portfolio_words")
PORTFOLIO_SCOPES = word_set("portfolio_scopes")
PORTFOLIO_MODIFIERS = word_set("portfolio_modifiers")  # "Rural Development", "Higher Education"


def is_portfolio(lows: list[str]) -> bool:
    """Words that only name a portfolio ("Economic Affairs", "Federal Research"), no body."""
    return any(w in PORTFOLIO_WORDS for w in lows) and all(
        w in PORTFOLIO_WORDS or w in PORTFOLIO_SCOPES or w in ("and", "&") for w in lows
    )


def portfolio_and(left: list[str], right: list[str]) -> bool:
    """ "Minister for Industries and Information Technology": portfolio words on both sides of
    the "and" after "<Role> for/of" are one title, not a second name; so are they when a second
    title follows ("Minister of X and Y Research and Chairman of …")."""
    cut = next((n for n, w in enumerate(right) if w in ("and", "&")), len(right))
    second_title = cut + 1 < len(right) and right[cut + 1] in ROLE_NOUNS
    return any(
        w in ROLE_NOUNS and left[n + 1 : n + 2] in (["of"], ["for"]) and is_portfolio(left[n + 2 :])
        for n, w in enumerate(left)
    ) and (is_portfolio(right) or second_title and is_portfolio(right[:cut]))


def portfolio_list_end(toks, i: int, j: int, last: int) -> int:
    """ "Ministry of Trade, Industry and Fisheries": a list of portfolio words after "<head> of
    <Word>" is part of the name; the run ends after the list's last word, else at ``j``."""
    if j >= last or toks[j].text != "," or toks[j - 1].lower not in PORTFOLIO_WORDS:
        return j
    if not any(
        toks[k].lower in ORG_HEADS and toks[k + 1].lower in ("of", "for") for k in range(i, j - 1)
    ):
        return j
    k = j
    while k + 2 < last and toks[k].text == "," and toks[k + 1].lower in PORTFOLIO_WORDS:
        k += 2
    if (
        k + 1 < last
        and toks[k].lower in ("and", "&")
        and all(t.is_cap for t in toks[j + 1 : k : 2])
    ):
        # the last item may be two words ("… and Rural Development", "… and Higher Education")
        for end in (k + 3, k + 2):
            item = toks[k + 1 : end]
            if end <= last and all(t.is_cap for t in item) and _item(item):
                return end
    return j


def _item(words) -> bool:
    """A list's last portfolio: a portfolio word after a portfolio word or modifier."""
    lows = [t.lower for t in words]
    return lows[-1] in PORTFOLIO_WORDS and all(
        w in PORTFOLIO_WORDS or w in PORTFOLIO_MODIFIERS for w in lows[:-1]
    )
