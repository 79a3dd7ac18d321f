"""The kind of a single capitalised word: an acronym, a camel-case brand, or an organisation by
its cues (split from classify.py)."""

from __future__ import annotations

from . import context, places
from .chunks import ROMAN, Piece
from .labels import Label
from .lexicon import (
    CRAFT_NOUNS,
    CURRENCY_CODES,
    GENERIC_ACRONYMS,
    HONORIFICS,
    MAGNITUDES,
    REPORT_VERBS,
    ROLE_NOUNS,
    STOP_CAPS,
    given_names,
    is_given,
    word_set,
)
from .name_cues import kin_before
from .nationality import DEMONYMS
from .portfolios import PORTFOLIO_SCOPES, is_portfolio
from .text import Doc

# what may follow a possessive that owns nothing ("at <Name>'s, which …", "<Name>'s said")
STANDALONE_AFTER = frozenset({",", ".", ";", ")", "and"}) | REPORT_VERBS
# "Professor of <Subject>": the words after an academic chair name its subject, not a body
ACADEMIC_CHAIRS = word_set("academic_chairs")
MAX_UNIT_LETTERS = 3  # a unit in mixed case ("MHz", "GWh") is short; a brand is longer


def academic_subject(doc: Doc, piece: Piece) -> bool:
    """ "Professor of <Subject>": the words after an academic chair name its subject."""
    k = piece.first
    return k >= 2 and doc.toks[k - 1].lower == "of" and doc.toks[k - 2].lower in ACADEMIC_CHAIRS


def single(doc: Doc, piece: Piece, word: str, after: list[str], label) -> Label | None:
    """A single capitalised word: an acronym, a camel-case brand, or an organisation by its cues."""
    if is_given(word) and kin_before(doc, piece.first):
        return label("person", 0.6, "kin-given")  # "his wife, <Given>", "his daughter <Given>"
    if is_given(word) and (
        after[:1]
        and after[0] in REPORT_VERBS
        or context.word_before(doc, piece.first) == "said"
        and after[:1] in ([], ["."], [","])  # "… said <Given>." ends the clause: not "<Given>'s"
    ):
        return label("person", 0.55, "given-said")  # "…,” <Given> said: someone named in full
    if after[:1] in (["'s"], ["’s"]) and (len(after) == 1 or after[1] in STANDALONE_AFTER):
        if after[1] in REPORT_VERBS and len(after) > 2 and _owned_noun(after[2]):
            return None  # "<Name>'s stated intention": a participle before what the name owns
        # "placed at <Name>'s.", "<Name>'s said": a possessive that owns nothing is a firm's name
        end = piece.last + 1
        name = doc.text[doc.toks[piece.first].start : doc.toks[end - 1].end]
        return Label("organization", name, piece.first, end, 0.6, "possessive-firm")
    if word.isupper() and 2 <= len(word.replace(".", "")) <= 6 and word.isalpha():
        if word.lower() in GENERIC_ACRONYMS or ROMAN.match(word):
            return None
        if word.lower() in DEMONYMS:
            return None  # "DUTCH firm X" opening a story in capitals: a nationality
        if word in CURRENCY_CODES and _beside_amount(doc, piece):
            return None  # "USD 4 million", "38 million USD": money, no organisation
        if after[:1] == ["."] and f"{word.lower()}." in HONORIFICS:
            return None  # "DR. NAME:" in a transcript's capitals: a title, no acronym
        if context.aboard(doc, piece.first):
            return label("spacecraft", 0.6, "acronym-aboard")  # "aboard the X", "on the X"
        return label("organization", 0.6, "acronym")
    if (
        any(c.islower() for c in word)
        and any(c.isupper() for c in word[1:])
        and word[1:].lower() != word[1:]
        and word.isalpha()
        and not word.startswith(("Mc", "Mac"))
    ):
        if len(word) <= MAX_UNIT_LETTERS and _after_number(doc, piece):
            return None  # "145.5 MHz", "20 GWh": a unit after its number, no brand
        if word.lower() in CRAFT_NOUNS:
            return None  # "a small CubeSat": a kind of craft written in mixed case, no brand
        return label("organization", 0.6, "camel-case")
    letters = word.replace("-", "")
    if "-" in word and letters.isalpha() and sum(c.isupper() for c in letters) > len(letters) / 2:
        return label("organization", 0.6, "hyphen-acronym")  # "AB-CDEf": mostly capitals
    if (
        piece.first >= 2
        and doc.toks[piece.first - 1].lower in ("at", "with")
        and doc.toks[piece.first - 2].lower in ROLE_NOUNS
        and context.plain_piece(doc, piece)
    ):
        return label("organization", 0.6, "role-at")  # "chief designer at X"
    if (
        piece.org_of_role
        and not academic_subject(doc, piece)
        and word.lower() not in PORTFOLIO_SCOPES  # "Federal Minister <Name>": no body
        and not (context.word_before(doc, piece.first) == "for" and is_portfolio([word.lower()]))
        or (after[:1] == ["'s"] and len(after) > 1 and after[1] in ROLE_NOUNS)
    ):
        return label("organization", 0.6, "org-of-role")
    if after[:1] == ["of"] and context.plain_piece(doc, piece) and word not in given_names():
        city = places.lookup(doc.toks[piece.last + 1].text) if len(after) > 1 else None
        if city is not None and city.kind == "city" and not piece.sentence_initial:
            return label("organization", 0.55, "org-of-city")  # "the trading house X of <City>"
    if (
        after[:2] == [",", "which"]
        and word not in given_names()
        and context.plain_piece(doc, piece)
    ):
        return label("organization", 0.6, "appositive-which")  # people are "who"
    if after[:1] == ["'s"] and context.craft_named_after(doc, piece.last):
        return label("organization", 0.6, "maker-possessive")  # "X's Starliner capsule"
    return None


def _owned_noun(word: str) -> bool:
    """A lower-case content word ("intention"), not a function word ("said in", "said it")."""
    return word.isalpha() and word not in STOP_CAPS


def _beside_amount(doc: Doc, piece: Piece) -> bool:
    """A number right before or after the word ("USD 190 million", "4.5 million EUR")."""
    toks = doc.toks
    around = [toks[i].text for i in (piece.first - 1, piece.last) if 0 <= i < len(toks)]
    if piece.first >= 2 and toks[piece.first - 1].lower in MAGNITUDES:
        around.append(toks[piece.first - 2].text)
    return any(text[:1].isdigit() for text in around)


def _after_number(doc: Doc, piece: Piece) -> bool:
    """A number right before the word ("145.5 MHz")."""
    return piece.first >= 1 and doc.toks[piece.first - 1].text[:1].isdigit()
