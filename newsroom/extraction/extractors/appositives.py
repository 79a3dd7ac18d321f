"""Role context shared by the role rules, and appositive roles after a name: "<Name>, (the)
acting Administrator of <Org>", "<Name>, a <Org> manager", "<Name>, who leads <Org>"."""

from __future__ import annotations

from . import places
from .coref import Ent, Mention
from .lexicon import (
    COPULAR_VERBS,
    ORG_NOUNS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    TITLE_PHRASES,
    lexicon,
    word_set,
)
from .nationality import is_demonym
from .text import HYPHEN_SUFFIXES, Doc

TITLE_WORDS = ROLE_NOUNS | ROLE_MODIFIERS | {w for p in TITLE_PHRASES for w in p}
PLAIN_HONORIFICS = word_set("plain_honorifics")
ORG_PREPOSITIONS = word_set("org_prepositions")
POSSESSIVES = ("'s", "’s", "'", "’")
LEADING_ADVERBS = word_set("leading_adverbs")
TRAILING_FUNCTION_WORDS = word_set("trailing_function_words")
# "who was appointed to lead <Org>": the verb after "to" gives the title
APPOINTED = word_set("appointed")
TO_LEAD = dict(lexicon()["to_lead"])
SERVING = word_set("serving")
LEAD_VERBS = dict(lexicon()["lead_verbs"])


class RoleContext:
    def __init__(self, doc: Doc, ents: list[Ent], mentions: list[Mention]):
        self.doc, self.ents = doc, ents
        self.first = {t.start: t.i for t in doc.toks}
        self.last = {t.end: t.i for t in doc.toks}
        self.org_ending: dict[int, Mention] = {}
        self.org_starting: dict[int, Mention] = {}
        self.orgs = [m for m in mentions if ents[m.ent].kind == "organization"]
        self.named: set[int] = set()  # tokens inside any mention
        self.person_ending: dict[int, Mention] = {}
        for m in mentions:
            if m.start in self.first and m.end in self.last:
                self.named.update(range(self.first[m.start], self.last[m.end] + 1))
                if ents[m.ent].kind == "person" and not m.descriptor:
                    self.person_ending[self.last[m.end]] = m
        for m in self.orgs:
            if m.end in self.last and m.start in self.first:
                self.org_ending[self.last[m.end]] = m
                self.org_starting[self.first[m.start]] = m

    def last_org_before(self, pos: int, head: str | None = None) -> Mention | None:
        before = [m for m in self.orgs if m.end <= pos]
        if head is not None:
            before = [m for m in before if head in self.ents[m.ent].name.lower().split()]
        return before[-1] if before else None


def title_text(doc: Doc, a: int, b: int) -> str:
    return doc.original[doc.toks[a].start : doc.toks[b].end]


def org_at(ctx: RoleContext, k: int) -> Mention | None:
    """The organisation mention at token ``k``, past a short lowercase descriptor or a country:
    "the Oslo-based think tank X", "the U.K. Coast Guard"."""
    toks = ctx.doc.toks
    if k >= len(toks):
        return None
    sent = toks[k].sent
    for n in range(k, min(k + 6, len(toks))):
        if n in ctx.org_starting:
            return ctx.org_starting[n]
        t = toks[n]
        hyphen_next = n + 1 < len(toks) and toks[n + 1].text == "-"
        if t.sent != sent or not (
            (t.text.isalpha() and t.text.islower())
            or t.text == "-"
            or (t.is_cap and hyphen_next)
            or (t.is_cap and n == k and places.lookup(t.text) is not None)
            or (n == k + 1 and t.text in POSSESSIVES and toks[k].is_cap)
        ):
            return None
    return None


def _lead_phrase(toks, k: int) -> tuple[str, int] | None:
    """ "who leads / has headed / took over / took charge of / was appointed to lead …" at ``k``
    (the word after "who"): the normalised title and the index of the word after the phrase."""
    words = [t.lower for t in toks[k : k + 5]]
    if words[:1] and words[0] in LEAD_VERBS:
        return LEAD_VERBS[words[0]], k + 1
    if words[:1] in (["has"], ["had"]) and words[1:2] and words[1] in LEAD_VERBS:
        return LEAD_VERBS[words[1]], k + 2
    if words[:2] in (["took", "over"], ["takes", "over"]):
        return "head", k + 2
    if words[:3] in (["took", "charge", "of"], ["takes", "charge", "of"]):
        return "head", k + 3
    n = 1 if words[:1] in (["was"], ["is"]) else 2 if words[:2] == ["has", "been"] else 0
    if (
        n
        and words[n : n + 1]
        and words[n] in APPOINTED
        and words[n + 1 : n + 2] == ["to"]
        and words[n + 2 : n + 3]
        and words[n + 2] in TO_LEAD
    ):
        return TO_LEAD[words[n + 2]], k + n + 3
    return None


def right_roles(ctx: RoleContext, j: int) -> list[tuple]:
    """Appositives: "<Name>, (the) acting Administrator of <Org>", "<Name>, a <Org> manager",
    "<Name>, who took over <Org>", "<Name>, the <Country> <Dept> Secretary serving as <Org>'s
    <title>"."""
    toks = ctx.doc.toks
    sent = toks[j].sent
    k = j + 1
    if k >= len(toks) or toks[k].sent != sent:
        return []
    copular = (
        toks[k].lower in ("is", "was")
        and k + 1 < len(toks)
        and (toks[k + 1].lower in ("the", "a", "an") or toks[k + 1].lower in ROLE_NOUNS)
    )  # "<Name> is the chief executive of <Org>", "<Name> was head of <unit> at <Org>"
    if toks[k].text != "," and not copular:
        return []
    k += 1
    lead = (
        None
        if copular or k + 1 >= len(toks) or toks[k].lower != "who"
        else _lead_phrase(toks, k + 1)
    )
    if lead is not None:  # "<Name>, who leads / took over the <Org>": the head of it
        title, n = lead
        if n < len(toks) and toks[n].lower == "the" and n not in ctx.org_starting:
            n += 1  # "the <Org> executive board"; "the British agency" is a descriptor
        org = org_at(ctx, n)
        if org is None:
            return []
        return [(title, org, toks[j].end, org.end, "who-leads")]
    if lead is None and not copular and k + 1 < len(toks) and toks[k].lower == "who":
        if toks[k + 1].lower not in COPULAR_VERBS:
            return []  # "<Name>, who flew …": no title
        k += 2  # "<Name>, who remains chief designer": the title without the clause
    if toks[k].lower in COPULAR_VERBS and k + 1 < len(toks) and toks[k + 1].lower == "also":
        k += 2  # "whose chairman, <Name>, is also chairman of <Org>": the second title
    found = _appositive(ctx, j, k, sent)
    if not found:
        return []
    out, end = found
    org = out[-1][1]
    nxt = _stacked_title(ctx, org, sent) if org is not None else None
    while nxt is not None:  # "<Name>, Secretary, <Org>, and Chairman, <Org2>, said"
        more = _appositive(ctx, j, nxt, sent)
        if not more or more[0][-1][1] is None:
            break
        out += more[0]
        nxt = _stacked_title(ctx, more[0][-1][1], sent)
    k = end + 1
    if k < len(toks) and toks[k].lower == "who":
        k += 1
    while k < len(toks) and toks[k].lower in ("also", "now", "currently"):
        k += 1
    lead = _lead_phrase(toks, k) if k < len(toks) else None
    if lead is not None:  # "<Name>, a former <title> who now runs the consultancy <Org>"
        org = org_at(ctx, lead[1])
        if org is not None:
            out.append((lead[0], org, toks[j].end, org.end, "who-leads"))
    if k + 1 < len(toks) and toks[k].lower in SERVING and toks[k + 1].lower == "as":
        more = _appositive(ctx, j, k + 2, sent)  # "… Secretary serving as <Org>'s interim chief"
        if more:
            out += more[0]
    return out


def _appositive(ctx: RoleContext, j: int, k: int, sent: int) -> tuple[list[tuple], int] | None:
    """ "(the) <title> of <Org>", "a <Org> <title>", "<Org>'s <title>" from token ``k``; with
    the index of the title's last token."""
    toks, doc = ctx.doc.toks, ctx.doc
    org = None
    k0 = k
    if k not in ctx.org_starting and k < len(toks) and toks[k].lower in ("the", "a", "an"):
        k += 1
        if k + 2 < len(toks) and toks[k].lower in ROLE_NOUNS and toks[k + 1].text in POSSESSIVES:
            k += 2  # "the mayor's press secretary": the office served, not the title
    modifier = None
    if k + 1 < len(toks) and toks[k].lower in ROLE_MODIFIERS and k + 1 in ctx.org_starting:
        modifier, k = toks[k].text, k + 1  # "a former <Org> scientist": "former scientist"
    if k in ctx.org_starting:
        org = ctx.org_starting[k]
        k = ctx.last[org.end] + 1
        if k < len(toks) and toks[k].text in POSSESSIVES:
            k += 1
    elif k < len(toks) and toks[k].is_cap and _nation(toks[k].text):
        k += 1  # "the U.K. Energy Secretary", "a Ukrainian policy analyst"
    if (
        k + 2 < len(toks)
        and toks[k].is_cap
        and toks[k + 1].text == "-"
        and toks[k + 2].lower in HYPHEN_SUFFIXES
    ):
        k += 3  # "a <City>-based analyst at <Org>": where the person works is no title
    elif k + 1 < len(toks) and toks[k].text == "-" and toks[k + 1].lower in HYPHEN_SUFFIXES:
        k += 2  # "the firm's <Demonym>-born engineer": where the person was born neither
    start = k
    role_at = None
    dropped: list[int] = []
    while k < len(toks) and toks[k].sent == sent and k - start < 6:
        w = toks[k]
        joined = _hyphenated(toks, k) if k > start else None
        if joined is not None and (joined in ROLE_NOUNS or toks[k + 1].lower in TITLE_WORDS):
            role_at = k + 1 if joined in ROLE_NOUNS or toks[k + 1].lower in ROLE_NOUNS else role_at
            k += 2  # "director-general", "co-founder": the tokenizer splits lowercase hyphens
            continue
        if w.lower in ROLE_NOUNS:
            role_at = k
        elif role_at is not None and _title_goes_on(ctx, k, sent):
            pass  # "Chief Technology Officer": capitalised words up to the next role noun
        elif (
            w.lower == "and"
            and role_at is not None
            and k + 1 < len(toks)
            and toks[k + 1].lower in TITLE_WORDS
        ):
            pass  # "founder and chief executive"
        elif (
            role_at is not None
            and w.text.isalpha()
            and w.text.islower()
            and k + 1 < len(toks)
            and toks[k + 1].lower in ROLE_NOUNS
        ):
            pass  # "deputy press secretary": a plain word between two role words
        elif role_at is None and k > start and w.is_cap and _nation(w.text):
            dropped.append(k)  # "a former <State> congressman": the place is not in the title
        elif role_at is None and w.is_cap and w.text.isalpha() and k not in ctx.named:
            pass  # "Energy Secretary": a portfolio word of the title
        elif (
            not (w.text.isalpha() and (w.text.islower() or w.lower in TITLE_WORDS))
            or role_at is not None
            and w.lower not in TITLE_WORDS
        ):
            break
        k += 1
    if role_at is None:
        return None
    while start < role_at and toks[start].lower in LEADING_ADVERBS:
        start += 1  # "<Name>, now an adviser to <Org>": the title is "adviser"
    end = role_at
    field = (  # "a lecturer in aerospace engineering at <Org>": the field is in the title
        end + 2 < len(toks)
        and toks[end + 1].lower == "in"
        and toks[end + 2].text.isalpha()
        and toks[end + 2].text.islower()
        and toks[end + 2].lower not in ("a", "an", "the")  # "a councillor in a town": a place
    )
    if field or end + 1 < len(toks) and toks[end + 1].lower in ORG_PREPOSITIONS | {"to"}:
        n = end + 2
        if n not in ctx.org_starting and n < len(toks) and toks[n].lower in ("the", "a", "an"):
            n += 1
        if n not in ctx.org_starting and n < len(toks) and toks[n].is_cap:
            ahead = org_at(ctx, n)  # "President of <Country>'s space agency <Org>"
            if ahead is not None:
                n = ctx.first[ahead.start]
        skip = n
        while (
            skip < n + 3
            and skip < len(toks)
            and (toks[skip].text.islower() or toks[skip].is_cap and _nation(toks[skip].text))
        ):
            if toks[skip].lower in ORG_NOUNS and skip + 1 in ctx.org_starting:
                n = skip + 1  # "founder of the consulting firm X", "of the <Demonym> firm X"
                break
            skip += 1
        if n in ctx.org_starting:
            org = org or ctx.org_starting[n]
        else:  # "director of human and robotic exploration", "Secretary of Energy"
            while (
                n < len(toks)
                and toks[n].sent == sent
                and toks[n].text.isalpha()
                and (toks[n].text.islower() or toks[n].is_cap and n not in ctx.named)
            ):
                n += 1
            end = n - 1
            while end > role_at and toks[end].lower in TRAILING_FUNCTION_WORDS:
                end -= 1  # "Director General of the <Demonym> centre": not "… of the"
            if org is None and toks[end + 1].lower in ("at", "of"):
                # "head of launch policy at the <Org>", "Chairman of the Board of the <Org>"
                org = org_at(ctx, end + 2)
            elif org is None:
                org = _comma_body(ctx, end, sent)  # "<Name>, Director of X, <Org>" (contact)
    elif org is None and start == k0 and toks[role_at].is_cap:
        org = _comma_body(ctx, role_at, sent)  # "<Name>, Director, <Org>, said" (wire style)
    if dropped:
        title = " ".join(
            t.text for n, t in enumerate(toks[start : end + 1], start) if n not in dropped
        )
    else:
        title = title_text(doc, start, end)
    if modifier:
        title = f"{modifier} {title}"
    hi = max(toks[end].end, org.end if org else 0)
    return [(title, org, toks[j].end, hi, "appositive")], end


def glued(toks, k: int) -> bool:
    """Token ``k`` is a hyphen touching the tokens on both sides ("director-general")."""
    return (
        0 < k < len(toks) - 1
        and toks[k].text == "-"
        and toks[k - 1].end == toks[k].start
        and toks[k].end == toks[k + 1].start
    )


def _hyphenated(toks, k: int) -> str | None:
    """The lowercase word a hyphen at ``k`` glues together ("director-general"), or None."""
    if not glued(toks, k) or not toks[k + 1].text.isalpha():
        return None
    return f"{toks[k - 1].lower}-{toks[k + 1].lower}"


def _after_body(ctx: RoleContext, org: Mention) -> int:
    """The token after an organisation mention and its bracketed acronym, if any."""
    toks = ctx.doc.toks
    n = ctx.last[org.end] + 1
    if n + 2 < len(toks) and toks[n].text == "(" and toks[n + 2].text == ")":
        n += 3
    return n


def _comma_body(ctx: RoleContext, end: int, sent: int) -> Mention | None:
    """ "<Title>, <Org>," with ``end`` the title's last token: the organisation between commas
    (or before "and" or the sentence's end) is the title's body."""
    toks = ctx.doc.toks
    if end + 2 >= len(toks) or toks[end + 1].text != "," or end + 2 not in ctx.org_starting:
        return None
    after = ctx.org_starting[end + 2]
    n = _after_body(ctx, after)
    if n >= len(toks) or toks[n].sent != sent or toks[n].text[:1] in (",", ".", ";", ")"):
        return after
    return after if toks[n].lower == "and" else None


def _stacked_title(ctx: RoleContext, org: Mention, sent: int) -> int | None:
    """ "<Title>, <Org>, and <Title>, <Org2>", "<title> of <Org> and a <title> at <Org2>": where
    the second title starts, or None."""
    toks = ctx.doc.toks
    n = _after_body(ctx, org)
    if n < len(toks) and toks[n].text == ",":
        n += 1
    if n + 1 < len(toks) and toks[n].lower == "and" and toks[n].sent == sent:
        n += 1
        if toks[n].is_cap and toks[n].lower in TITLE_WORDS:
            return n
        if toks[n].lower in ("a", "an") and n + 1 < len(toks) and toks[n + 1].lower in TITLE_WORDS:
            return n  # "<Title> of <Org> and a former <title> at <Org2>": a second appositive
    return None


def _title_goes_on(ctx: RoleContext, k: int, sent: int) -> bool:
    """Capitalised words from ``k`` that no name covers lead, within two words, to another
    capitalised role noun of the same title ("Chief | Technology Officer")."""
    toks = ctx.doc.toks
    for n in range(k, min(k + 2, len(toks))):
        t = toks[n]
        if t.sent != sent or not (t.is_cap and t.text.isalpha()) or n in ctx.named:
            return False
        if t.lower in ROLE_NOUNS:
            return True
    return False


def _nation(word: str) -> bool:
    """A demonym or a country/state name ("Ukrainian", "U.K.", "Ohio")."""
    if is_demonym(word):
        return True
    place = places.lookup(word)
    return place is not None and place.kind in ("country", "state")
