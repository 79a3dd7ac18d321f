"""Capitalised-phrase chunking: find the runs of name-like tokens in each sentence and split them
at titles, roles, possessives and coordinations, so each piece can be classified on its own."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import places
from .firm_names import split_of_country
from .lexicon import (
    CONNECTORS,
    FIRM_HEADS,
    HEAD_WORDS,
    MONTHS,
    NOT_NAME_WORDS,
    ORG_HEADS,
    ORG_NOUNS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    POST_NOMINALS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    STOP_CAPS,
    VERB_CONNECTORS,
    given_names,
    is_given,
    lexicon,
    word_set,
)
from .nationality import is_demonym
from .particles import (
    NAME_PARTICLES,
    SURNAME_PARTICLES,
    is_initial,
    is_surname_article,
    surname_article_end,
)
from .portfolios import portfolio_and, portfolio_list_end
from .possessives import SAINT_WORDS, is_cap, peoples_name, saints_body
from .text import Doc, Sentence
from .title_words import retired_note, title_len

# "Name-11" style mission codes, "Ñame-1" too (any capital letter first)
CODE_TOKEN = re.compile(r"^[^\W\d_][\w']*-\d+[A-Z]?$")


def is_code(word: str) -> bool:
    return word[:1].isupper() and CODE_TOKEN.match(word) is not None


ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|IX|X)$")
PAD_CODE = re.compile(r"^\d{1,3}[A-Z]$")  # "Launch Complex 39A", "Pad 39B"
NAME_TAILS = POST_NOMINALS | word_set("name_suffixes")  # "X Y MP", "X Y Jr."
GIVEN_SHORT = word_set("given_abbreviations")  # "Ma. X Y": a given name, like an initial
COMPANY_TAILS = frozenset(lexicon()["company_tails"])
BRACKETED_LEGAL_FORMS = frozenset(lexicon()["bracketed_legal_forms"])
OF_THE_HEADS = ROLE_NOUNS | ORG_HEADS | PLACE_NOUNS  # "<Head> of the <Name>" is one run
# "X Holdings plc", "X inc.": a legal form in lower case still ends the company's name
LOWER_LEGAL_TAILS = frozenset(w for w in lexicon()["company_legal_tails"] if w.islower())
WEEKDAYS = word_set("weekdays")
SEE_TITLES = word_set("see_titles")  # "the Bishop of X": X is a see, not an employer
CELESTIAL = word_set("celestial")
NAME_ARTICLES = ("La", "El", "Le", "Il", "Los", "Las", "Les")  # capitalised: a name's first word
# Common nouns of a cabinet portfolio ("Minister of State for Science and Technology <Name>").
PORTFOLIO_WORDS = word_set("portfolio_words")
PORTFOLIO_JOINS = ("of", "for", "and", "the", "&")

PATRONYMICS = word_set("patronymics")  # "<Given> bin <Father> <Family>": lowercase, inside


@dataclass
class Piece:
    """A capitalised phrase (token range) with the cues found around it."""

    first: int
    last: int
    title: list[int] = field(default_factory=list)  # token indexes of a title before it
    org_of_role: bool = False  # "<Org> <Role> <Name>" or "<Role> of <Org>"
    run_last: int = -1  # end of the whole coordination ("X and Y") this piece belongs to
    sentence_initial: bool = False


def sentence_chunks(doc: Doc, sent: Sentence) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens (with inner connectors) in a sentence."""
    toks = doc.toks
    runs = []
    i = sent.first
    while i < sent.last:
        if not is_cap(toks[i].text):
            i += 1
            continue
        j = i + 1
        while j < sent.last:
            t = toks[j]
            if t.lower in CELESTIAL and is_code(toks[j - 1].text):
                break  # "the Tern-2 Earth-observation satellite": the craft's name ends
            if is_cap(t.text) or (
                (t.text.isdigit() or PAD_CODE.match(t.text))
                and len(t.text) <= 3
                and j - i <= 2
                and toks[j - 1].lower not in MONTHS
            ):
                j += 1
            elif (k := retired_note(toks, j, sent.last)) and k < sent.last and is_cap(toks[k].text):
                j = k  # "Air Marshal (retd) <Name>"
            elif t.text in LOWER_LEGAL_TAILS and toks[j - 1].is_cap:
                j += 1
                break
            elif (
                (
                    # "Rio Grande do Norte", not "How do Europeans" nor "<X> Films for <Y> TV"
                    t.lower in CONNECTORS
                    and (t.lower != "for" or toks[j - 1].lower not in FIRM_HEADS)
                    or (t.text in VERB_CONNECTORS and toks[j - 1].lower not in STOP_CAPS)
                )
                and j + 1 < sent.last
                and is_cap(toks[j + 1].text)
            ):
                j += 2
            elif (
                t.text in ("’", "'", "`")
                and t.start == toks[j - 1].end
                and toks[j - 1].text.isalpha()
                and toks[j - 1].lower[-1] != "s"
                and j + 1 < sent.last
                and is_cap(toks[j + 1].text)
            ):
                j += 2  # a name ending in an apostrophe ("<Given>’ <Family>"), no possessive
            elif t.lower in ("'s", "’s") and (
                saints_body(toks, i, j, sent.last) or peoples_name(toks, j, sent.last)
            ):
                j += 1  # "St <Name>'s <Words> College", "the People's Republic of X": one name
            elif (
                t.text in ("’", "'")
                and t.start == toks[j - 1].end
                and toks[j - 1].lower[-1:] == "s"
                and j + 1 < sent.last
                and toks[j + 1].lower in ORG_HEADS
            ):
                j += 2  # a plural possessive in a body's name ("<Place> Residents' Association")
            elif (
                t.text in NAME_PARTICLES
                and j + 2 < sent.last
                and toks[j + 1].text in NAME_PARTICLES
                and is_cap(toks[j + 2].text)
            ):
                j += 3  # "<Given> van der <Family>"
            elif k := surname_article_end(toks, j, sent.last):
                j = k  # "<Given> Nic a' <Family>"
            elif (
                t.lower == "on"
                and toks[j - 1].lower in ORG_HEADS
                and j + 1 < sent.last
                and is_cap(toks[j + 1].text)
                and toks[j + 1].lower not in MONTHS
                and toks[j + 1].lower not in WEEKDAYS
            ):
                j += 2  # "Commission on Space Activities", not "Congress on Monday"
            elif t.text == "," and j + 1 < sent.last and _comma_tail(toks, j):
                j += 2
            elif (
                t.text == "("
                and j + 3 < sent.last
                and toks[j + 1].text in BRACKETED_LEGAL_FORMS
                and toks[j + 2].text == ")"
                and toks[j + 3].text in COMPANY_TAILS
            ):
                j += 4  # "X Systems (Pty) Ltd": one company name
                break
            elif (
                t.lower == "of"
                and j + 2 < sent.last
                and toks[j + 1].lower == "the"
                and is_cap(toks[j + 2].text)
                and toks[j - 1].lower in OF_THE_HEADS
                and not (  # "Director of the Vietnamese centre": an adjective, no name
                    is_demonym(toks[j + 2].text)
                    and (j + 3 >= sent.last or not is_cap(toks[j + 3].text))
                )
            ):
                j += 3  # "Chairman of the <Org> <Name>", "<X> Region of the <Name>"
            elif (
                t.lower == "the"
                and toks[j - 1].lower == "of"
                and j + 1 < sent.last
                and is_cap(toks[j + 1].text)
            ):
                j += 1
            else:
                break
        j = portfolio_list_end(toks, i, j, sent.last)
        runs.append((i, j))
        i = j
    return runs


def _comma_tail(toks, j: int) -> bool:
    """ "X Co., Ltd.", "X Systems, Inc.": one company; "Washington, D.C.": one city."""
    place = places.lookup(f"{toks[j - 1].text}, {toks[j + 1].text}")
    return toks[j + 1].text in COMPANY_TAILS or (place is not None and "," in place.name)


def split_chunk(
    doc: Doc, first: int, last: int, sent: Sentence, split_and: bool = True
) -> list[Piece]:
    """Split a run at leading stop words, titles/roles, and coordinations (unless ``split_and``
    is false: a phrase defined by a bracketed acronym that spells it is one name)."""
    toks = doc.toks
    while first < last and (toks[first].lower in STOP_CAPS or toks[first].lower in CONNECTORS):
        if (
            toks[first].text in NAME_ARTICLES
            and first + 1 < last
            and toks[first + 1].is_cap
            and first > 0
            and (toks[first - 1].lower in ORG_NOUNS or toks[first - 1].lower in PLACE_PREPOSITIONS)
        ):
            break  # "the newspaper La Voz X", "in La Quebrada": the article opens the name
        if first + 1 < last and toks[first].lower in PATRONYMICS and toks[first].is_cap:
            break  # "Bin <Family> Capital": a family's name, capitalised, opens a firm's
        if (
            first + 2 < last
            and toks[first].text in SURNAME_PARTICLES
            and toks[first + 1].text in NAME_PARTICLES
        ):
            break  # "Van der <Family> Systems": a family name with its particles opens a firm's
        first += 1
    while last - first > 1 and toks[last - 1].text in NAME_TAILS and toks[last - 2].is_cap:
        last -= 1  # "X Y MP", "X Y Jr.": the post-nominal letters are no part of the name
    if first >= last:
        return []
    if first == sent.first and last - first > 2 and toks[first + 1].lower == "of":
        low = toks[first].lower
        if low not in ORG_HEADS and low not in ROLE_NOUNS and low not in NOT_NAME_WORDS - {"by"}:
            first += 2  # "Shares of <Org> rose": the sentence opener is a common noun
    pieces: list[Piece] = []
    lead = toks[first].text
    if last - first > 1 and "." in lead and places.lookup(lead) is not None:
        pieces.append(Piece(first, first + 1))  # "the U.K. Agency": the country is its own name
        first += 1
    for a, b in _split_and(doc, first, last) if split_and else [(first, last)]:
        for c, d in split_of_country(doc, a, b):
            pieces.extend(_split_roles(doc, c, d, sent))
    for p in pieces:
        p.run_last = last
    for p in pieces:
        p.sentence_initial = p.first == sent.first or (
            p.first > sent.first
            and not doc.text[toks[p.first - 1].start : toks[p.first - 1].end].isalnum()
            and toks[p.first - 1].text in "-—–:“\"‘'("
        )
    return pieces


# Head words that also name a field ("the X Space and Y Agency"), and the heads of public
# institutions such a field is coordinated into.
FIELD_HEADS = frozenset(["aerospace", "research", "science", "space", "technology"])
INSTITUTION_HEADS = frozenset(
    ["administration", "agency", "authority", "bureau", "commission", "institute", "office"]
)


def firm_pair(doc: Doc, first: int, last: int) -> bool:
    """ "<Word> & <Word>", neither a given name: a firm's name ("<Family> & <Family>")."""
    words = [t.text for t in doc.toks[first:last]]
    return (
        len(words) == 3
        and words[1] == "&"
        and looks_like_name([words[0], words[2]])
        and not any(is_given(w) for w in (words[0], words[2]))
    )


def _split_and(doc: Doc, first: int, last: int) -> list[tuple[int, int]]:
    toks = doc.toks
    parts: list[tuple[int, int]] = []
    start = first
    for k in range(first, last):
        if toks[k].lower != "and" and toks[k].text != "&":
            continue
        if toks[k].text == "&" and firm_pair(doc, first, last):
            continue  # "<Name> & <Name>": a firm named after two partners
        left = [t.lower for t in toks[start:k]]
        right = [t.lower for t in toks[k + 1 : last]]
        left_has_head = any(w in ORG_HEADS for w in left)
        left_head_of = any(
            w in ORG_HEADS and i + 1 < len(left) and left[i + 1] in ("of", "for")
            for i, w in enumerate(left)
        )
        right_ends_head = bool(right) and right[-1] in ORG_HEADS
        if _portfolio_before_name(doc, start, k, last) or portfolio_and(left, right):
            continue  # "Minister for Trade and Industry <Name>": the portfolio is one title
        # "X Director General Y and Z Aerospace": a person with a title is no part of a name
        left_has_role = any(w in ROLE_NOUNS for w in left)
        # "X Space and Geomatics Agency": a field word that is also a head ends the left part
        left_field = (
            bool(left)
            and left[-1] in FIELD_HEADS
            and all(w in FIELD_HEADS for w in left if w in ORG_HEADS)
        )
        # "NORA and Karoo Tracking Services": an acronym alone is an organisation of its own
        left_acronym = k - start == 1 and len(toks[start].text) >= 3 and toks[start].text.isupper()
        joined = (
            right_ends_head
            and not left_acronym
            and (not left_has_head or left_field and right[-1] in INSTITUTION_HEADS)
            and not left_has_role
            and "and" not in right
        )
        if left_head_of or joined:
            continue  # "National X and Space Administration", "Institute for X and Y"
        parts.append((start, k))
        start = k + 1
    parts.append((start, last))
    return [(a, b) for a, b in parts if a < b]


def _split_roles(doc: Doc, first: int, last: int, sent: Sentence) -> list[Piece]:
    """ "<Org> <Role> <Name>", "<Role> of <Org>", "Dr. <Name>"."""
    toks = doc.toks
    k = first
    while k < last:
        n = title_len(doc, k, last)
        if n == 0 or not toks[k].text[:1].isupper():
            k += 1
            continue
        role_end = k + n
        while k > first and toks[k - 1].lower in ROLE_MODIFIERS:
            k -= 1  # "Science Correspondent", "Acting Administrator"
        while role_end < last and title_len(doc, role_end, last):
            role_end += title_len(doc, role_end, last)
        pre = (first, k) if k > first else None
        if (
            pre
            and k - first == 1
            and first == sent.first
            and role_end < last
            and _org_follows_name(doc, role_end, last, sent)
        ):
            # "Range officer <Name> of the <Org>": the opening word belongs to the title
            return [Piece(role_end, last, title=list(range(first, role_end)))]
        if role_end < last and toks[role_end].lower in ("of", "for"):
            body = role_end + 2 if toks[role_end + 1].lower == "the" else role_end + 1
            holder = _holder_after_head(doc, body, last)
            if holder is not None:  # "Chairman of the <X Committee> <First> <Last>"
                out = [
                    Piece(body, holder, org_of_role=True),
                    Piece(holder, last, title=list(range(k, role_end))),
                ]
                return ([Piece(*pre, org_of_role=True)] if pre else []) + out
            named = _name_after_portfolio(doc, body, last)
            if named is not None:  # "Minister of State for Energy <Name>": the portfolio
                out = [  # or "Director General of <Org> <Name>": the body
                    Piece(body, named, org_of_role=True),
                    Piece(named, last, title=list(range(k, named))),
                ]
                return ([Piece(*pre, org_of_role=True)] if pre else []) + out
            # "Bishop of <X>": a see, not a body the title belongs to
            out = [Piece(body, last, org_of_role=toks[role_end - 1].lower not in SEE_TITLES)]
            if pre:
                out.insert(0, Piece(*pre))
            return out
        if (
            pre
            and role_end < last
            and toks[last - 1].lower in HEAD_WORDS
            and toks[role_end].lower not in ("of", "for")
            and looks_like_name([t.text for t in toks[first:k]])
        ):
            return [Piece(first, last)]  # "<Name> Cosmonaut Training Center": named after someone
        if role_end < last:
            name = _name_of_org(doc, role_end, last, list(range(k, role_end)))
            return ([Piece(*pre, org_of_role=True)] if pre else []) + name
        if pre and role_end == last:
            return [Piece(*pre, org_of_role=True)]
        return []
    names = given_names()
    if toks[first].text in names or is_initial(toks[first].text):
        return _name_of_org(doc, first, last, [])
    return [Piece(first, last)]


def _holder_after_head(doc: Doc, first: int, last: int) -> int | None:
    """Where a person's two- or three-word name starts right after an organisation's head word
    ("<X> Committee <First> <Last>"), or None."""
    toks = doc.toks
    for h in range(last - 3, max(first, last - 4) - 1, -1):
        if h > first and toks[h].lower in ORG_HEADS:
            words = [t.text for t in toks[h + 1 : last]]
            return h + 1 if looks_like_name(words) else None
    return None


def _name_after_portfolio(doc: Doc, first: int, last: int) -> int | None:
    """Where a person's name starts after "<Role> of/for" in one run: after the portfolio's
    words ("State for Science and Technology"), or at a given name, when one or two name
    words end the run."""
    toks = doc.toks
    names = given_names()
    for p in range(first + 1, last - 1):
        words = [t.text for t in toks[p:last]]
        between = toks[first:p]
        portfolio = all(
            t.lower in PORTFOLIO_WORDS or (t.lower in PORTFOLIO_JOINS and n)
            for n, t in enumerate(between)
        )
        if (toks[p].text in names or portfolio and toks[p].lower not in PORTFOLIO_WORDS) and (
            len(words) <= 3 and looks_like_name(words)
        ):
            if portfolio or all(t.is_cap or t.lower in CONNECTORS for t in between):
                return p
            return None
    return None


def _portfolio_before_name(doc: Doc, start: int, k: int, last: int) -> bool:
    """ "<Role> of/for <Words> and <Words> <Given> <Surname>": the "and" is inside a portfolio,
    not between two names (no given name on its left, a person's name at the end)."""
    toks = doc.toks
    names = given_names()
    left = toks[start:k]
    role_of = any(
        t.lower in ROLE_NOUNS and n + 1 < len(left) and left[n + 1].lower in ("of", "for")
        for n, t in enumerate(left)
    )
    if not role_of or any(t.text in names for t in left) or title_len(doc, k + 1, last):
        return False  # "... and Deputy Director <Name>": a second title, a second person
    return _name_after_portfolio(doc, k + 1, last) is not None


def _name_of_org(doc: Doc, first: int, last: int, title: list[int]) -> list[Piece]:
    """ "<Name> of <Org>" in one capitalised run ("Prof. Kim Su-jin of Seoul National
    University"): the person and the organisation are separate pieces."""
    toks = doc.toks
    for k in range(first + 1, min(first + 5, last - 1)):
        if toks[k].lower in ("of", "from"):
            right = [t.lower for t in toks[k + 1 : last]]
            if looks_like_name([t.text for t in toks[first:k]]) and any(
                w in ORG_HEADS for w in right
            ):
                return [Piece(first, k, title=title), Piece(k + 1, last, org_of_role=True)]
            break
    return [Piece(first, last, title=title)]


def _org_follows_name(doc: Doc, first: int, last: int, sent: Sentence) -> bool:
    """ "<Name> of/at/from (the) <Capitalised>" right after the run."""
    toks = doc.toks
    k = last
    if k + 1 >= sent.last or toks[k].lower not in ("of", "at", "from"):
        return False
    k += 1
    if toks[k].lower == "the":
        k += 1
    return k < sent.last and toks[k].is_cap


def looks_like_name(words: list[str]) -> bool:
    """Every word is capitalised and none is a common noun, head word or acronym."""
    if not words:
        return False
    for n, w in enumerate(words):
        if is_initial(w) or w in GIVEN_SHORT or (w in PATRONYMICS and 0 < n < len(words) - 1):
            continue
        if is_surname_article(words, n) or (0 < n < len(words) - 1 and w in SURNAME_PARTICLES):
            continue  # "<Given> Ó <Family>": a one-letter particle is no initial or acronym
        if 0 < n < len(words) - 1 and w in SAINT_WORDS and any(is_given(g) for g in words[:n]):
            continue  # "<Given> St. <Family>", not "Port St. <Name>"
        if n and w in NAME_PARTICLES and n < len(words) - 1:
            if any(is_given(g) for g in words[:n]):
                continue  # "<Given> van der <Family>", "<Given> <Given> dos <Family> <Family>"
            return False
        if (
            not w[:1].isupper()
            or w.isupper()
            or not w.replace("-", "").replace("'", "").replace("’", "").isalpha()
        ):
            return False
        if w.lower() in NOT_NAME_WORDS or w.lower() in ORG_HEADS or w.lower() in STOP_CAPS:
            return False
    return True
