"""Cues in and around a capitalised piece that the classifier reads: a field after a role
("head of space at X"), a prefixed region, a name ending in a country, particles that make a
person's name, a kinship noun before a given name; the words that name a law, a holiday, a
project or a craft."""

from __future__ import annotations

from . import appositive_cues, places
from .chunks import Piece, looks_like_name
from .lexicon import COMPASS, ROLE_NOUNS, is_given, word_set
from .nationality import is_demonym
from .particles import NAME_PARTICLES
from .text import Doc

KIN_NOUNS = word_set("kin_nouns")
REGION_PREFIXES = word_set("region_prefixes")  # "sub-<Adjective> <Continent>"
FAMILY_PARTICLES = word_set("family_particles")  # "van", "von": only a family name's
LAW_HEADS = word_set("law_heads")  # "<X> Act": a law, kind other
INDEX_HEADS = word_set("index_heads")  # "<Exchange> Composite": a stock index, kind other
HOLIDAY_HEADS = word_set("holiday_heads")  # "<X> Day"
PROGRAM_LEADS = word_set("program_leads")  # "Project <X>"
CRAFT_LEADS = word_set("craft_leads")  # "Crew <X>", "Cargo <X>"
COURTESY = word_set("plain_honorifics")  # "Mr", "Ms.": before a family name


def role_field(doc: Doc, k: int) -> bool:
    """ "head of space at X", "director of research at X": a role noun, "of" and the lowercase
    field it covers end at ``k``, before the "at" of the employer."""
    toks = doc.toks
    return (
        k >= 2
        and toks[k].text.isalpha()
        and toks[k].text.islower()
        and toks[k - 1].lower == "of"
        and toks[k - 2].lower in ROLE_NOUNS
    )


def prefixed_region(doc: Doc, first: int, words: list[str]) -> bool:
    """ "sub-" and an adjective before a continent ("a gap over sub-<Adjective> <Continent>")."""
    toks = doc.toks
    return (
        len(words) == 2
        and first >= 2
        and toks[first - 1].text == "-"
        and toks[first - 2].lower in REGION_PREFIXES
        and toks[first - 2].end == toks[first - 1].start
        and getattr(places.lookup(words[1]), "kind", None) == "continent"
    )


def country_tail(words: list[str]) -> bool:
    """ "<Word> <Country>" inside a sentence ("Has <Country> …?" opens one) that is no place and
    no person: a national agency or firm named for its country (not "<Compass> <Country>", not
    "<Demonym> <Country>")."""
    return (
        getattr(places.lookup(words[1]), "kind", None) == "country"
        and looks_like_name(words[:1])
        and words[0].lower() not in COMPASS
        and not is_demonym(words[0])
    )


def particle_name(doc: Doc, piece: Piece, words: list[str]) -> bool:
    """ "Dr. <Given> von <Family>", "<Given> de <Family>, director of …": a title or a role
    says person where the given name before the particle is not on the list."""
    # "Mr ap <Family>", "Mrs van <Family>": after a title the family name may open with one
    lead = 0 if piece.title else 1
    core = [
        w for n, w in enumerate(words) if not (lead <= n < len(words) - 1 and w in NAME_PARTICLES)
    ]
    return (
        2 - (lead == 0) <= len(core) < len(words)
        and looks_like_name(core)
        and bool(
            piece.title
            or appositive_cues.appositive_role(doc, piece.last)
            or particle_pair(words)
            or _role_before(doc, piece.first)
        )
    )


def _role_before(doc: Doc, first: int) -> bool:
    """ "Chief operating officer <Given> de la <Family>": a job title in lower case right before
    the name says person as an honorific would (an institution's name follows no job title)."""
    return first > 0 and doc.toks[first - 1].text in ROLE_NOUNS


def particle_pair(words: list[str]) -> bool:
    """Two lowercase particles in a row, the first one that only a family name opens ("<Given>
    van der <Family>", "<Given> van 't <Family>"; not "de la", which institutions' names have
    too): a person's name, whatever the given name."""
    return any(
        words[k] in FAMILY_PARTICLES and words[k + 1] in NAME_PARTICLES
        for k in range(1, len(words) - 2)
    )


def titled_elsewhere(doc: Doc, words: list[str]) -> bool:
    """A name of two words one of which the text gives elsewhere after a courtesy title ("<A>
    <B>, of the club, …" and later "Mr <A>" or "Ms <B>"): a person, whichever word is the family
    name (a family name written first opens the name)."""
    if len(words) != 2:
        return False
    toks = doc.toks
    for k, t in enumerate(toks[:-1]):
        if t.lower in COURTESY:
            nxt = k + 1 + (toks[k + 1].text == "." and k + 2 < len(toks))
            if toks[nxt].text in words:
                return True
    return False


def kin_before(doc: Doc, first: int) -> bool:
    """A kinship noun just before a given name, perhaps with a comma or "of N years" between
    ("his daughter <Given>", "a son, <Given>", "his wife of 54 years, <Given>")."""
    toks = doc.toks
    for k in range(first - 1, max(first - 6, -1), -1):
        t = toks[k]
        if t.sent != toks[first].sent or t.is_cap:
            return False
        if t.lower in KIN_NOUNS:
            return True
    return False


def named_thing(words: list[str], lows: list[str], piece: Piece) -> tuple | None:
    """(kind, confidence, rule) of a law ("<X> Act"), a stock index ("<X> Composite"), a holiday
    ("<X> Day", not "<Given> Day"), a project ("Project <X>") or a crew or cargo craft ("Crew
    <X>"): never a person or a body."""
    if len(words) < 2 or piece.title or not looks_like_name(words[1:]):
        return None
    if lows[-1] in LAW_HEADS:
        return "other", 0.8, "law-head"
    if lows[-1] in INDEX_HEADS:
        return "other", 0.8, "index-head"
    if lows[-1] in HOLIDAY_HEADS and not is_given(words[0]):
        return "other", 0.7, "holiday"
    if lows[0] in PROGRAM_LEADS:
        return "program", 0.75, "program-lead"
    if lows[0] in CRAFT_LEADS and len(words) == 2:
        return "spacecraft", 0.75, "craft-lead"
    return None
