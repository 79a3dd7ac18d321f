"""Appositives after a name that tell its kind (split from context.py): "<Name>, a <role>" (a
person), "<Name>, the <Z> firm," (an organisation), "<Name>, a show about …" (a work),
"<Name>, a cubesat built by …" (a craft)."""

from __future__ import annotations

from .lexicon import (
    CRAFT_NOUNS,
    HONORIFICS,
    ORG_NOUNS,
    PLACE_PREPOSITIONS,
    ROLE_NOUNS,
    TITLE_PHRASES,
    word_set,
)
from .text import Doc

WORK_NOUNS = word_set("work_nouns") | word_set("instrument_nouns")
ORG_NOUN_PLACES = word_set("org_noun_places")  # "<Name>, the student team from <Body>"


def appositive_role(doc: Doc, last: int) -> bool:
    """ "<Name>, (a|the)? (<Org>('s)?)? <modifiers> <role noun>" within six words."""
    toks = doc.toks
    if last >= len(toks) or toks[last].text != ",":
        return False
    sent = toks[last].sent
    for t in toks[last + 1 : last + 8]:
        if t.sent != sent:
            return False
        if t.lower in ROLE_NOUNS or t.lower in HONORIFICS or _ends_title_phrase(doc, t.i):
            return True
        if not (t.text.isalpha() or t.text in ("'s", "’s")):
            return False
    return False


def _ends_title_phrase(doc: Doc, i: int) -> bool:
    """Token ``i`` ends a title of several words whose last is no role noun ("board member")."""
    lows = [t.lower for t in doc.toks[max(0, i - 3) : i + 1]]
    return any(tuple(lows[-len(p) :]) == p for p in TITLE_PHRASES if len(p) <= len(lows))


def _appositive(doc: Doc, last: int, size: int) -> list[int]:
    """The words of an appositive "<Name>, (the|a|an) <up to ``size`` words>" in the name's
    sentence, up to the first that is no word (a comma, a bracket)."""
    toks = doc.toks
    if last + 2 >= len(toks) or toks[last].text != ",":
        return []
    if toks[last + 1].lower not in ("the", "a", "an"):
        return []
    found = []
    for k in range(last + 2, min(last + 2 + size, len(toks))):
        t = toks[k]
        if t.sent != toks[last].sent or not (t.text.replace("-", "").isalnum() or t.text == "-"):
            break
        found.append(k)
    return found


def appositive_org(
    doc: Doc, last: int, nouns: frozenset[str] = ORG_NOUNS, where: bool = False
) -> bool:
    """ "<Name>, (the|a|an) <up to three words> <firm|company|consultancy|...>" closing the
    appositive: the name is an organisation, however personal it looks ("X Y, the Z firm,").
    With ``WORK_NOUNS`` ("X Y, the show about …", "X, a stereo camera for …") the noun need not
    close it: a show, a publication or an instrument. With ``where`` (a name no given name
    opens), where the body is may close it ("X Y, the student team from <Body>")."""
    toks = doc.toks
    for k in _appositive(doc, last, 9):
        t = toks[k]
        if not (t.text.replace("-", "").isalpha() or t.text == "-"):
            return False
        if t.lower in ROLE_NOUNS or t.lower in PLACE_PREPOSITIONS:
            return False  # "X, a deputy director of the agency,": a person's role
        word, end = t.lower, k + 1
        if end + 1 < len(toks) and toks[end].text == "-":  # "start-up" is three tokens
            word, end = f"{word}-{toks[end + 1].lower}", end + 2
        if word in nouns:
            nxt = toks[end].text if end < len(toks) else "."
            return (
                nxt in (",", ".", ";")
                or nxt.lower() in ("that", "which")
                or where
                and nxt.lower() in ORG_NOUN_PLACES
                or nouns is WORK_NOUNS
                or _participle_phrase(toks, end)  # "a start-up financed by X"
            )
    return False


def _participle_phrase(toks, k: int) -> bool:
    """A past participle and "by" or "in" at ``k`` ("financed by", "founded in")."""
    return k + 1 < len(toks) and toks[k].lower.endswith("ed") and toks[k + 1].lower in ("by", "in")


# "a cubesat built by students", "a probe flown by X"
IRREGULAR_PARTICIPLES = frozenset(["built", "flown", "made", "run", "sent", "shot", "won"])


def appositive_craft(doc: Doc, last: int) -> bool:
    """ "<Name>, a three-unit pathfinder cubesat built by …": an appositive of up to four
    modifiers closed by a craft noun (then a comma, the sentence's end, a relative word or a
    participle) names a craft, however personal the name looks."""
    toks = doc.toks
    for k in _appositive(doc, last, 5):
        t = toks[k]
        if t.lower in ROLE_NOUNS or t.lower in ORG_NOUNS:
            return False  # "X, a satellite engineer,", "X, a rocket company,"
        if t.lower in CRAFT_NOUNS:
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            return nxt is None or (
                nxt.text in (",", ".", ";")
                or nxt.lower in ("that", "which", "whose")
                or nxt.text.islower()
                and (nxt.lower.endswith("ed") or nxt.lower in IRREGULAR_PARTICIPLES)
            )
    return False
