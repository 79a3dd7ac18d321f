"""Roles: a person's title and organisation, from the words around each mention of the person.

Patterns: "<Org>('s) <title> <Name>", "<Title> <Name>, of/from <Org>",
"<Name>, (the) <title> of <Org>", "<Name>, a/an <Org> <title>", "<Name>, <Org>'s <title>",
"Its <title>, <Name>" (the organisation last mentioned), "Dr./Col. <Name>" and
"Former astronaut <Name>" (no organisation).
"""

from __future__ import annotations

from bisect import bisect_right

from .appositives import (
    APPOINTED,
    ORG_PREPOSITIONS,
    PLAIN_HONORIFICS,
    POSSESSIVES,
    TITLE_WORDS,
    RoleContext,
    org_at,
    right_roles,
    title_text,
)
from .chunks import PORTFOLIO_WORDS
from .coref import Ent, Mention
from .lexicon import (
    DESCRIPTOR_HEADS,
    HONORIFICS,
    ORG_HEADS,
    PORTFOLIO_ROLES,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    STOP_CAPS,
    lexicon,
)
from .listings import label_note_parts, listing_parts
from .nationality import is_demonym
from .text import Doc
from .title_spans import (
    cabinet,
    glued_prefix,
    portfolio_list_start,
    portfolio_suffix,
    portfolio_title,
    title_of_org_before,
)
from .types import RoleCandidate, Span

# Heads whose possessive owns a title before a name ("The council's <title>, <Name>").
OWNER_HEADS = DESCRIPTOR_HEADS | ORG_HEADS
PRESS_UNITS = ("press", "service", "office", "team")
TITLE_BODIES = dict(lexicon()["title_bodies"])
# "Its chairman, <Name>", "<Org>, whose chairman, <Name>,": the organisation named before
OWNER_PRONOUNS = ("its", "their", "whose")


def find_roles(doc: Doc, ents: list[Ent], mentions: list[Mention], keys: list[str]):
    """Return the role candidates of a document, one per (person, title, organisation)."""
    ctx = RoleContext(doc, ents, mentions)
    seen: set[tuple] = set()
    roles: list[RoleCandidate] = []
    for m in mentions:
        if ents[m.ent].kind != "person" or m.descriptor or m.start not in ctx.first:
            continue
        i, j = ctx.first[m.start], ctx.last.get(m.end)
        if j is None:
            continue
        if doc.toks[i].lower in HONORIFICS and i < j:
            i += 1  # the mention "Dr. X" includes its honorific; read it as the title
        found = _listing(ctx, i, j) or (
            _left(ctx, i) + right_roles(ctx, j) + _electorate(ctx, i, j) + _named_as(ctx, i, j)
        )
        if not found:
            found = _listed(ctx, i)
        for title, org, lo, hi, rule in found:
            title = singular(title)
            key = (m.ent, title.lower(), org.ent if org else None)
            if key in seen:
                continue
            seen.add(key)
            start, end = min(lo, m.start), max(hi, m.end)
            roles.append(
                RoleCandidate(
                    person_key=keys[m.ent],
                    title=title,
                    organization_key=keys[org.ent] if org else None,
                    evidence=Span(start, end, doc.original[start:end]),
                    confidence=0.8 if org else 0.7,
                    rule=rule,
                )
            )
    return roles


def singular(title: str) -> str:
    """One person's title: "<Org> astronauts A, B and C" makes each an "astronaut"."""
    head, _, last = title.rpartition(" ")
    if head.lower().endswith(" of") or head.lower().endswith(" of the"):
        return title  # "Chairman of the Board of Directors": the body keeps its plural
    if last.lower().endswith("s") and last[:-1].lower() in ROLE_NOUNS:
        return f"{head} {last[:-1]}".strip()
    return title


def _plural(word: str) -> bool:
    """ "engineers" in "former <Org> engineers A and B": a role noun in the plural."""
    return word.endswith("s") and word[:-1] in ROLE_NOUNS


def _listing(ctx: RoleContext, i: int, j: int) -> list[tuple]:
    """ "<Name>, <title>, <Body>" on a line of its own, or "<Name> (<title>, <Body>):" opening a
    transcript's turn: the title at the body."""
    toks = ctx.doc.toks
    sent = ctx.doc.sents[toks[i].sent]
    parts = listing_parts(ctx.doc, sent.first, sent.last) or label_note_parts(ctx.doc, i, j)
    if parts is None or not parts[0][0] <= i < j <= parts[0][1]:
        return []
    (a, b), (c, _) = parts[1], parts[2]
    org = ctx.org_starting.get(c)
    title = ctx.doc.text[toks[a].start : toks[b - 1].end]
    return [(title, org, toks[a].start, toks[b - 1].end, "listing")]


def _listed(ctx: RoleContext, i: int) -> list[tuple]:
    """ "<Org> astronauts A, B and C": a person later in a list shares the first one's title."""
    toks = ctx.doc.toks
    k = i
    for _ in range(8):
        sep = k - 1
        if sep > 0 and toks[sep].lower == "and" and toks[sep - 1].text == ",":
            sep -= 1  # serial comma
        if sep < 1 or toks[sep].text not in (",", "and") or toks[sep].sent != toks[i].sent:
            return []
        prev = ctx.person_ending.get(sep - 1)
        if prev is None:
            return []
        k = ctx.first[prev.start]
        found = [f for f in _left(ctx, k) if f[4] == "left-title"]
        if found:
            title, org, lo, _, _ = found[0]
            return [(title, org, lo, toks[i].start, "list-title")]
    return []


def _left(ctx: RoleContext, i: int) -> list[tuple]:
    """Titles before a name: "<Org>'s acting administrator <Name>", "Its chairman, <Name>"."""
    toks, doc = ctx.doc.toks, ctx.doc
    sent = toks[i].sent
    k = i - 1
    while k >= 0 and toks[k].sent == sent and toks[k].lower in PLAIN_HONORIFICS:
        k -= 1
    n = k
    while n >= 0 and toks[n].sent == sent and toks[n].lower in HONORIFICS:
        n -= 1
    if n < k and n >= 0 and toks[n].text == "," and toks[n].sent == sent:
        # "The head of <Org>, Dr. <Name>": the title before the comma, and the honorific
        honorific = (title_text(doc, n + 1, k), None, toks[n + 1].start, toks[k].end, "left-title")
        return [*_left(ctx, n + 1), honorific]
    comma = k >= 0 and toks[k].text == "," and toks[k].sent == sent
    if comma:
        k -= 1
    else:
        found = portfolio_title(ctx, k, sent)
        if found:
            return found
    if comma and k >= 0:
        found = title_of_org_before(ctx, k, sent)
        if not found and toks[k].lower in PORTFOLIO_WORDS:  # "Minister of X, Y and Z, <Name>"
            found = [
                f
                for f in portfolio_title(ctx, k, sent)
                if any(w.lower() in PORTFOLIO_ROLES for w in f[0].split())
            ]
        if found:
            return found
    end = k
    if comma:
        k = portfolio_suffix(toks, k, sent)  # "cabinet member for the economy, <Name>"
    while (
        k >= 0
        and toks[k].sent == sent
        and (toks[k].lower in TITLE_WORDS or toks[k].lower in HONORIFICS or _plural(toks[k].lower))
    ):
        k -= 1
        if k >= 1 and glued_prefix(toks, k):
            k -= 2  # "co-founder", "vice-president": the prefix is part of the title
        if k >= 1 and toks[k].lower == "and" and toks[k - 1].lower in ROLE_NOUNS:
            k -= 1  # "<Org> co-founder and chief scientist <Name>": one title of two
    if end == k:
        return []
    if any(t.lower in PORTFOLIO_ROLES for t in toks[k + 1 : end + 1]):
        k = portfolio_list_start(toks, k, sent)
        while k >= 0 and toks[k].sent == sent and toks[k].lower in ROLE_MODIFIERS:
            k -= 1  # "First Vice Transport Minister": the modifiers before the portfolio
    words = [t.lower for t in toks[k + 1 : end + 1]]
    if not any(
        w in ROLE_NOUNS or w in TITLE_WORDS - ROLE_MODIFIERS or w in HONORIFICS or _plural(w)
        for w in words
    ):
        return []
    title_lo, title_hi = k + 1, end
    if (
        k >= 0
        and toks[k].sent == sent
        and (k == 0 or toks[k - 1].sent != sent)
        and toks[k].is_cap
        and k not in ctx.named
        and toks[k].lower not in STOP_CAPS
        and toks[k].lower not in ORG_HEADS
        and not is_demonym(toks[k].text)  # "Turkish astronaut <Name>": the title is "astronaut"
    ):
        title_lo = k  # "Range officer <Name>": the sentence opener is part of the title
        k -= 1
    elif (
        comma
        and k >= 1
        and toks[k].text.isalpha()
        and toks[k].text.islower()
        and toks[k - 1].lower in OWNER_PRONOUNS
    ):
        title_lo, k = k, k - 1  # "whose competition director, <Name>": a field word too
    while (
        title_hi > title_lo
        and toks[title_hi].lower in HONORIFICS
        and any(w in ROLE_NOUNS for w in words[:-1])
    ):
        title_hi -= 1  # "Former astronaut Col. X": the title is "Former astronaut"
    org, modifier = None, ""
    if k >= 3 and toks[k].text == ")" and toks[k - 2].text == "(" and k - 3 in ctx.org_ending:
        k -= 3  # "<Org> (<ACR>) Administrator <Name>": the acronym follows the long form
    if k >= 2 and toks[k].lower in ("quoted", "cited") and toks[k - 1].lower in PRESS_UNITS:
        n = k - 1  # "the <Org> press service quoted <Title> <Name>": the body's own official
        while n > k - 3 and toks[n].lower in PRESS_UNITS:
            n -= 1
        k = n if n in ctx.org_ending else k
    if k >= 0 and toks[k].lower in OWNER_PRONOUNS and comma:
        org = _owner_before(ctx, toks[k].start)
    elif k >= 0 and toks[k].text in POSSESSIVES and k - 1 in ctx.org_ending:
        org = ctx.org_ending[k - 1]
    elif k in ctx.org_ending:
        org = ctx.org_ending[k]
        before = ctx.first[org.start] - 1
        if before >= 0 and toks[before].sent == sent and toks[before].lower in ROLE_MODIFIERS:
            title_lo = before  # "Former <Org> astronaut <Name>": the title is "Former astronaut"
            modifier = toks[before].text
    elif k >= 1 and toks[k].text in POSSESSIVES and toks[k - 1].lower in OWNER_HEADS:
        head = toks[k - 1].lower  # "The council's <title>, <Name>": the council named earlier
        org = ctx.last_org_before(toks[k].start, head=head)
    elif k >= 0 and toks[k].lower in ("company", "agency", "corporation", "firm"):
        org = ctx.last_org_before(toks[k].start)
    elif k >= 0 and toks[k].lower in ORG_HEADS and toks[k].is_cap:
        org = ctx.last_org_before(toks[k].start, head=toks[k].lower)  # "Institute director <Name>"
    elif k >= 0 and toks[k].lower in ("our", "my") and toks[k].sent == sent:
        org = None  # "our science editor, <Name>": the outlet itself, not named
    elif k >= 0 and toks[k].lower == "the" and toks[k].sent == sent and cabinet(toks, title_lo):
        org = None  # "The Minister for X and Y, <Name>,": a cabinet title, no body named
    elif comma:
        return []  # "<something>, <Name>" without a title right before the name
    lo = (
        org.start
        if org
        and org.start < toks[title_lo].start
        and toks[k].sent == sent
        and toks[k].lower not in OWNER_PRONOUNS
        else toks[title_lo].start
    )
    title = title_text(doc, title_lo, title_hi)
    if modifier:
        title = f"{modifier} {title_text(doc, ctx.last[org.end] + 1, title_hi)}"
    out = [(title, org, lo, toks[end].end, "left-title")]
    if org is None and not comma:
        right = _org_after(ctx, i) or _body_of_title(ctx, title_lo, title_hi)
        if right is not None:
            out = [(out[0][0], right, toks[title_lo].start, right.end, "title-from-org")]
    return out


def _body_of_title(ctx: RoleContext, lo: int, hi: int) -> Mention | None:
    """ "… the X Space Administration? — I met Deputy Administrator <Name>": a capitalised
    title whose noun names a kind of body (lexicon title_bodies) belongs to the one such body
    named in the paragraph or the one before, when there is exactly one."""
    toks = ctx.doc.toks
    head = TITLE_BODIES.get(toks[hi].lower)
    if head is None or not toks[hi].is_cap:
        return None
    starts = [a for a, _ in ctx.doc.paras]
    para = bisect_right(starts, toks[lo].start)
    found = {
        m.ent: m
        for m in ctx.orgs
        if m.end <= toks[lo].start
        and para - bisect_right(starts, m.start) <= 1
        and head in ctx.ents[m.ent].name.lower().split()
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _named_as(ctx: RoleContext, i: int, j: int) -> list[tuple]:
    """ "<Org> has named/appointed <Name> as its <title>": the title at the organisation "its"
    stands for."""
    toks = ctx.doc.toks
    v = i - 1
    while v >= 0 and toks[v].lower in HONORIFICS | PLAIN_HONORIFICS:
        v -= 1
    k = j + 1
    if v < 0 or toks[v].lower not in APPOINTED or k + 2 >= len(toks):
        return []
    if toks[k].lower != "as" or toks[k + 1].lower not in ("its", "their"):
        return []
    start = end = k + 2
    while (
        end < len(toks)
        and toks[end].sent == toks[k].sent
        and (toks[end].lower in TITLE_WORDS or end + 1 < len(toks) and glued_prefix(toks, end + 1))
    ):
        end += 2 if toks[end].lower not in TITLE_WORDS else 1
    words = [t.lower for t in toks[start:end]]
    if not words or words[-1] not in ROLE_NOUNS:
        return []
    org = _owner_before(ctx, toks[k + 1].start)
    title = title_text(ctx.doc, start, end - 1)
    return [(title, org, toks[start].start, toks[end - 1].end, "named-as")]


def _electorate(ctx: RoleContext, i: int, j: int) -> list[tuple]:
    """ "The Member for <Seat>, <Name>," and "<Name>, the Member for <Seat>,": a member of
    parliament's title is the seat, with no organisation."""
    toks = ctx.doc.toks
    sent = toks[i].sent
    k = i - 1
    while k >= 0 and toks[k].lower in PLAIN_HONORIFICS | HONORIFICS:
        k -= 1
    if k >= 3 and toks[k].text == "," and toks[k].sent == sent:
        end = k - 1
        n = end
        while n > 1 and toks[n].is_cap and toks[n].sent == sent:
            n -= 1
        if n < end and toks[n].lower == "for" and toks[n - 1].lower == "member":
            return [
                (title_text(ctx.doc, n - 1, end), None, toks[n - 1].start, toks[end].end, "seat")
            ]
    k = j + 1
    if k + 3 < len(toks) and toks[k].text == "," and toks[k + 1].lower == "the":
        k += 2
        if toks[k].lower == "member" and toks[k + 1].lower == "for" and toks[k + 2].is_cap:
            end = k + 2
            while end + 1 < len(toks) and toks[end + 1].is_cap and toks[end + 1].sent == sent:
                end += 1
            return [(title_text(ctx.doc, k, end), None, toks[k].start, toks[end].end, "seat")]
    return []


def _owner_before(ctx: RoleContext, pos: int) -> Mention | None:
    """The organisation "its" stands for: the last one named before ``pos``, passing over one
    inside a relative clause ("<Org>, which holds a stake in <Org2>, welcomed it. Its …")."""
    before = [m for m in ctx.orgs if m.end <= pos]
    for m in reversed(before):
        if not _in_relative_clause(ctx.doc.toks, ctx.first[m.start]):
            return m
    return before[-1] if before else None


def _in_relative_clause(toks, i: int) -> bool:
    """ "which" or "who" stands between token ``i`` and the comma before it."""
    n = i - 1
    while n >= 0 and toks[n].sent == toks[i].sent and toks[n].text != ",":
        if toks[n].lower in ("which", "who"):
            return True
        n -= 1
    return False


def _org_after(ctx: RoleContext, i: int) -> Mention | None:
    """ "<Name> from the University of X", "<Name>, of the X Foundation"."""
    toks = ctx.doc.toks
    k = ctx.last.get(toks[i].end, i)
    while (
        k + 1 < len(toks)
        and toks[k + 1].sent == toks[i].sent
        and (toks[k + 1].is_cap and toks[k + 1].text not in ("“", "‘"))
    ):
        k += 1
    k += 1
    if k < len(toks) and toks[k].text == ",":
        k += 1
    if k < len(toks) and toks[k].lower in ORG_PREPOSITIONS:
        k += 1
        if k not in ctx.org_starting and k < len(toks) and toks[k].lower == "the":
            k += 1
        return org_at(ctx, k)
    return None
