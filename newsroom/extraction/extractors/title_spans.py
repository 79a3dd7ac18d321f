"""Titles that run before a name in roles (split from roles.py): a cabinet title with its
portfolios ("Minister of State for Energy <Name>", "Trade and Regional Minister <Name>"), and
"the head of the <Org>, <Name>"."""

from __future__ import annotations

from .appositives import TITLE_WORDS, RoleContext, glued, title_text
from .chunks import PORTFOLIO_JOINS, PORTFOLIO_WORDS
from .lexicon import PORTFOLIO_ROLES, ROLE_NOUNS


def portfolio_suffix(toks, k: int, sent: int) -> int:
    """Before "<title> for/of the <lowercase words>" ending at ``k``, the index of the title's
    last word; else ``k``."""
    n = k
    while n > 0 and k - n < 4 and toks[n].sent == sent and toks[n].text.isalpha():
        if toks[n].lower in ("for", "of"):
            return n - 1 if n < k and toks[n - 1].lower in TITLE_WORDS else k
        if not toks[n].text.islower() and toks[n].lower not in PORTFOLIO_WORDS:
            return k  # "Minister for Industry and Science, <Name>": capitalised portfolios
        n -= 1
    return k


def cabinet(toks, lo: int) -> bool:
    """ "Minister for X", "<Portfolio> Secretary" from token ``lo``: a cabinet title."""
    return any(t.lower in PORTFOLIO_ROLES and t.is_cap for t in toks[lo : lo + 4])


def portfolio_list_start(toks, k: int, sent: int) -> int:
    """ "Trade, Tourism and Regional Minister <Name>": before a cabinet title ending at ``k``+1,
    the index before its capitalised portfolio words and their commas and "and"s."""
    n = k
    while n >= 0 and toks[n].sent == sent:
        if toks[n].is_cap and toks[n].lower in PORTFOLIO_WORDS:
            k = n - 1
        elif not (toks[n].text in (",", "&") or toks[n].lower == "and"):
            break
        n -= 1
    return k


def glued_prefix(toks, k: int) -> bool:
    """Token ``k`` is a hyphen between a lowercase prefix and the title word after it."""
    return glued(toks, k) and toks[k - 1].text.isalpha() and toks[k - 1].text.islower()


def portfolio_title(ctx: RoleContext, k: int, sent: int) -> list[tuple]:
    """ "Minister of State for Energy <Name>", "Director General of <Org> <Name>": a title with
    "of/for" ending right before the name; the body named in it, if any, is the organisation."""
    toks = ctx.doc.toks
    end = k
    while (
        k > 0
        and toks[k].sent == sent
        and (
            toks[k].is_cap
            or toks[k].lower in PORTFOLIO_JOINS
            or toks[k].text == ","  # "Minister of Energy, Mining and Industry"
            and toks[k + 1].lower in PORTFOLIO_WORDS
        )
    ):
        if toks[k].lower in ("of", "for") and toks[k - 1].lower in ROLE_NOUNS:
            break
        k -= 1
    if k <= 0 or toks[k].lower not in ("of", "for") or k == end or not toks[k - 1].is_cap:
        return []
    lo = k - 1
    while lo > 0 and toks[lo - 1].sent == sent and toks[lo - 1].lower in TITLE_WORDS:
        lo -= 1
    body = k + 2 if toks[k + 1].lower == "the" else k + 1  # "Chairman of the <Org> <Name>"
    org = ctx.org_starting.get(body)
    if org is not None and ctx.last[org.end] == end:
        title = title_text(ctx.doc, lo, k - 1)
        return [(title, org, toks[lo].start, toks[end].end, "title-of-org-before-name")]
    if any(n in ctx.named for n in range(k + 1, end + 1)):
        return []
    return [(title_text(ctx.doc, lo, end), None, toks[lo].start, toks[end].end, "portfolio")]


def title_of_org_before(ctx: RoleContext, k: int, sent: int) -> list[tuple]:
    """ "the head of the <Org> (<ACR>), <Name>": token ``k`` ends the organisation."""
    toks = ctx.doc.toks
    if k >= 3 and toks[k].text == ")" and toks[k - 2].text == "(":
        k -= 3  # the bracketed acronym after the long form
    org = ctx.org_ending.get(k)
    if org is None:
        return []
    n = ctx.first[org.start] - 1
    if n >= 0 and toks[n].lower == "the":
        n -= 1
    if n < 1 or toks[n].lower not in ("of", "at") or toks[n].sent != sent:
        return []
    hi = n - 1
    lo = hi
    while (
        lo >= 0
        and toks[lo].sent == sent
        and (
            toks[lo].lower in TITLE_WORDS
            or toks[lo].text == "/"
            and toks[lo - 1].lower in TITLE_WORDS
        )
    ):
        lo -= 1  # "Managing Director/Chief Executive Officer of <Org>": one title
    lo += 1
    if lo > hi or not any(t.lower in ROLE_NOUNS for t in toks[lo : hi + 1]):
        return []
    return [(title_text(ctx.doc, lo, hi), org, toks[lo].start, org.end, "title-of-org-name")]
