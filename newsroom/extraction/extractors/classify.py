"""Decide the kind of a capitalised piece from its words and the words around it."""

from __future__ import annotations

from . import appositive_cues, context, places
from .chunks import (
    PAD_CODE,
    PATRONYMICS,
    ROMAN,
    Piece,
    firm_pair,
    is_code,
    looks_like_name,
)
from .labels import Label
from .lexicon import (
    CELESTIAL,
    COMPASS,
    CRAFT_HEADS,
    MASTHEAD_LEADS,
    NOT_NAME_WORDS,
    ORG_HEAD_PHRASES,
    ORG_HEADS,
    ORG_LEADS,
    ORG_NOUNS,
    PLACE_HEAD_PHRASES,
    PLACE_HEADS,
    PLACE_OF_NOUNS,
    PLACE_PREPOSITIONS,
    PROGRAM_NOUNS,
    REPORT_VERBS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    given_names,
    is_given,
    lexicon,
    phrases,
    word_set,
)
from .name_cues import (
    country_tail,
    named_thing,
    particle_name,
    particle_pair,
    prefixed_region,
    role_field,
    titled_elsewhere,
)
from .nationality import is_demonym, regional_demonym
from .outlets import article_led, is_event, outlet_cue
from .particles import NAME_PARTICLES, is_initial
from .portfolios import is_portfolio
from .region_names import after_particles, country_name, is_continent, place_noun_of
from .single_words import academic_subject, single
from .text import Doc

PEERAGE_TITLES = word_set("peerage_titles")
# "the Board of Directors", "the Space Missions Sector": a body inside an organisation, part of a
# title ("Chairman of the Board of Directors of X"), not an organisation of its own
INTERNAL_BODIES = frozenset(phrases("internal_bodies"))
INTERNAL_UNIT_HEADS = word_set("internal_unit_heads")
COMPANY_LEGAL_FORMS = frozenset(lexicon()["company_legal_forms"])  # case matters: "AS", not "as"
OCEANS = word_set("oceans")
PLACE_PREFIXES = word_set("place_prefixes")
COLLECTIVE_NOUNS = word_set("collective_org_nouns")
MACRONS = word_set("macron_letters")
MACRON_PLACE_LEADS = word_set("macron_place_leads")
# A ship's name after the kind of ship ("the vessel X Y", "the tanker Z"): no person
VESSEL_NOUNS = word_set("vessel_nouns")
# Nouns before a name that make it a company ("its rival X Y", "a subsidiary X").
RIVAL_NOUNS = word_set("rival_nouns")


# words before "Republic of X" in a state's style ("the Democratic People's Republic of X")
STATE_STYLE_WORDS = frozenset({"democratic", "people", "'s", "’s"})
PHRASE_ENDS = frozenset(phrase[-1] for phrase in PLACE_HEAD_PHRASES)


def classify(doc: Doc, piece: Piece) -> Label | None:
    """Return the kind of a piece, or None when nothing says what it is."""
    first, last = piece.first, piece.last
    if last <= first:  # an empty piece (stray punctuation split a run): nothing to name
        return None
    words = context.piece_words(doc, first, last)
    lows = [w.lower() for w in words]
    name = context.span_text(doc, first, last)
    after = context.words_after(doc, last)
    before = context.word_before(doc, first)

    def label(kind: str, conf: float, rule: str, label_name: str = name) -> Label:
        return Label(kind, label_name, first, last, conf, rule)

    if tuple(lows) in INTERNAL_BODIES or (len(words) > 1 and lows[-1] in INTERNAL_UNIT_HEADS):
        return None
    m = next((n for n in range(len(words) - 2) if lows[n : n + 2] == ["member", "for"]), None)
    if m is not None and looks_like_name(words[m + 2 :]) and not is_portfolio(lows[m + 2 :]):
        seat = context.span_text(doc, first + m + 2, last)  # "the (Federal) Member for X": a seat
        return Label("place", seat, first + m + 2, last, 0.75, "place-seat")
    if (
        before == "for"
        and first >= 2
        and doc.toks[first - 2].lower == "member"
        and looks_like_name(words)
        and not is_portfolio(lows)  # "Cabinet Member for Economy": a portfolio, no seat
    ):
        return label("place", 0.75, "place-seat")
    peer = _peerage(doc, piece, words)
    if peer is not None:
        return peer
    if len(words) > 1 and words[-1] in COMPANY_LEGAL_FORMS:
        # "X Launch AS", "Y Raumfahrt GmbH": a company, named without its legal form
        return label("organization", 0.85, "legal-form", context.span_text(doc, first, last - 1))
    if len(words) == 1 and words[0] in COMPANY_LEGAL_FORMS:
        return None  # '"X" JSC': the legal form of a company named before it
    if firm_pair(doc, first, last):
        return label("organization", 0.75, "firm-pair")  # "<Family> & <Family>"
    if len(words) == 2 and lows[0] in COMPASS and lows[1] in OCEANS:
        return label("place", 0.8, "place-ocean")  # "the North Pacific"
    if len(words) == 2 and lows[0] in COMPASS and is_continent(words[1]):
        return label("place", 0.8, "place-continent-part")  # "West Africa", "South-East Europe"
    if prefixed_region(doc, first, words):  # "sub-<Adjective> <Continent>": a region
        start = first - 2
        return Label("place", context.span_text(doc, start, last), start, last, 0.8, "region")
    if len(words) == 1 and lows[0] in CELESTIAL:
        return label("other", 0.7, "celestial")
    named = named_thing(words, lows, piece)
    if named is not None:
        return label(*named)
    if any(is_code(w) for w in words) or (len(words) > 1 and ROMAN.match(words[-1])):
        return label("mission", 0.85, "mission-code")
    if is_event(lows):
        return label("other", 0.8, "event-head")  # "the X Air Show", "the Y Space Summit"
    coded = len(words) > 1 and (words[-1].isdigit() or PAD_CODE.match(words[-1]))
    # (a phrase ends the piece, or the word before its code: most pieces end in none)
    ends_phrase = lows[-1] in PHRASE_ENDS or coded and lows[-2] in PHRASE_ENDS
    for phrase in PLACE_HEAD_PHRASES if ends_phrase else ():
        if tuple(lows[-len(phrase) :]) == phrase and len(lows) > len(phrase):
            if "national" in lows[: -len(phrase)]:  # "X National Space Center": an institution
                return label("organization", 0.85, "org-national")
            return label("place", 0.85, "place-head")
        if coded and tuple(lows[-len(phrase) - 1 : -1]) == phrase:
            return label("place", 0.85, "place-head-code")  # "Launch Complex 39A"
    if lows[-1] == "station" and ({"space", "orbital"} & set(lows)):
        return label("spacecraft", 0.85, "station-head")
    if piece.org_of_role and len(words) > 1 and is_portfolio(lows):
        # "Minister of Trade and Industrial Research": a portfolio, whatever its head (one word
        # alone may be a party's name: "Labor MP <Name>")
        return None
    if len(words) > 1 and (
        lows[-1] in ORG_HEADS
        or tuple(lows[-2:]) in ORG_HEAD_PHRASES
        or context.coined_head(lows[-1])
        or lows[0] in ORG_HEADS
        and lows[1] in ("of", "for")
        or any(w in ORG_HEADS and lows[i + 1] in ("of", "for") for i, w in enumerate(lows[:-1]))
    ):
        return label("organization", 0.85, "org-head")
    if len(words) > 1 and lows[0] in MASTHEAD_LEADS and looks_like_name(after_particles(words)):
        return label("organization", 0.8, "masthead")  # a newspaper's title: "Kurier <Region>"
    if len(words) > 1 and lows[0] in ORG_LEADS and looks_like_name(after_particles(words)):
        return label("organization", 0.8, "org-lead")  # "Maison <X>": a house, not a person
    if (
        len(words) > 1
        and lows[-1] in PROGRAM_NOUNS
        and not piece.title
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        and any(w.lower() not in NOT_NAME_WORDS for w in words[:-1])
    ):
        if after[:1] and after[0] in REPORT_VERBS:
            return label("organization", 0.7, "program-head")  # "the X Initiative said"
        return label("program", 0.8, "program-head")  # "the X Y Initiative": never a person
    h = next((n for n, w in enumerate(lows) if w not in STATE_STYLE_WORDS), 0)
    heads = {lows[0], lows[h], lows[-1]}
    country = country_name(name) if len(words) > 1 and PLACE_HEADS & heads else ""
    if country:  # a country's official name ("the <Demonym> Republic"): its usual one
        return label("place", 0.9, "place-country", country)
    if len(words) > 1 and lows[-1] in PLACE_HEADS:
        return label("place", 0.85, "place-head")
    if len(words) > h + 2 and lows[h] in PLACE_HEADS and lows[h + 1] == "of":
        return label("place", 0.8, "place-head-of")  # "Bay of X", "(People's) Republic of Y"
    if place_noun_of(words, lows):
        return label("place", 0.8, "place-noun-of")  # "Autonomous Region of (the) X"
    if len(words) > 1 and lows[-1] in CRAFT_HEADS and not piece.title:
        return label("spacecraft", 0.8, "craft-head")  # "the X Transfer Vehicle": never a person
    if len(words) > 1 and lows[0] in PLACE_PREFIXES and looks_like_name(after_particles(words)):
        return label("place", 0.8, "place-prefix")  # "Cape X", "Palácio das Y": no given name
    place = places.lookup(name)
    if (
        (place is None or place.kind == "city")
        and not piece.title
        and words[0] not in given_names()
        and outlet_cue(doc, piece, after, before)
    ):
        toks = doc.toks
        if first >= 2 and toks[first - 1].text == "The" and toks[first - 2].text.isalpha():
            name = f"The {name}"  # "told The X Y": the article is part of the title
        return label("organization", 0.92, "outlet", name)
    if place and place.kind == "state" and name.endswith(".") and before == "the":
        place = None  # "the <Abbrev>.": a state's abbreviation never follows "the"
    if place and context.place_ok(doc, piece, place, before, after):
        canonical = place.name if place.kind != "city" else name.title() if name.isupper() else name
        return label("place", 0.9, f"place-{place.kind}", canonical)
    if (
        place is None
        and len(words) == 2
        and lows[0] in COMPASS
        and before in PLACE_PREPOSITIONS
        and looks_like_name(words[1:])
        and not is_demonym(words[1])
        and not is_continent(words[1])
        and not piece.title
    ):
        return label("place", 0.7, "place-compass")  # "in Central X", "on Eastern Y": a region
    if (
        place is None
        and len(words) == 1
        and MACRONS & set(lows[0])
        and (before in PLACE_PREPOSITIONS or before in MACRON_PLACE_LEADS)
        and not piece.title
    ):
        return label("place", 0.6, "place-macron")  # "to Ōtāwhao", "nearby Waipātiki"
    if (
        before == "of"
        and first >= 2
        and doc.toks[first - 2].lower in PLACE_OF_NOUNS
        and looks_like_name(words)
        and not piece.title
    ):
        return label("place", 0.75, "place-of-noun")  # "the southern island province of X"
    if (
        before in RIVAL_NOUNS
        and not piece.title
        and looks_like_name(words)
        and not is_given(words[0])
        and place is None
    ):
        return label("organization", 0.6, "org-rival")  # "its rival X Y": a company, not a person
    if (
        first >= 2
        and (before == "at" or before == "of" and context.plain_role(doc.toks[first - 2]))
        and (
            doc.toks[first - 2].lower in ROLE_NOUNS or before == "at" and role_field(doc, first - 2)
        )
        and not piece.title
        and not is_given(words[0])
        and place is None
        and not academic_subject(doc, piece)
    ):
        return label("organization", 0.6, "role-at")  # "chief designer at/of X Y": the employer
    if before in VESSEL_NOUNS and not piece.title and looks_like_name(words):
        return label("other", 0.9, "vessel-noun-before")  # "the survey vessel X Y"
    if before in ORG_NOUNS and not piece.title and lows[-1] not in PLACE_HEADS:
        return label("organization", 0.7, "org-noun-before")  # "the newspaper X", "the firm X"
    if place is None and not piece.title and article_led(words):
        if outlet_cue(doc, piece, after, before):
            return label("organization", 0.92, "outlet")
        if before in PLACE_PREPOSITIONS:
            return label("place", 0.7, "place-article")  # "in Le Bourget"
        return None  # "Di Stefano said": a surname with a particle, named in full elsewhere
    if place is None and context.portfolio(doc, piece, words, lows):
        return None  # "the U.K. Energy Secretary", "Minister of Defence": a portfolio
    if len(words) == 1 and lows[0] in ORG_HEADS:
        return None  # "Institute director X": a head word alone stands for a named body
    if len(words) == 1 and lows[0] in ROLE_MODIFIERS and piece.sentence_initial:
        return None  # "Retired cosmonaut X": an adjective of the title, not a name
    if len(words) == 1 and piece.sentence_initial and context.modifier_of_named_body(doc, piece):
        return None  # "Industry group X said": a common noun before the body's noun
    cue = context.noun_cue(doc, piece) if not (len(words) == 1 and is_demonym(words[0])) else None
    if (
        cue is not None
        and cue[0] == "organization"
        and context.role_cue_misleads(doc, piece, words)
    ):
        cue = None
    if cue is not None and piece.title and piece.last < piece.run_last:
        cue = None  # "<Org> Director General <Name> and <Org> chairman <Name>": not this name
    if cue is not None:
        kind, k = cue
        if kind == "program" and k == 0:
            noun = doc.toks[last].text
            return Label("program", f"{name} {noun}", first, last + 1, 0.8, "program-noun")
        if kind == "place" and len(words) == 1 and k == 0:
            return label("place", 0.7, "place-noun")
        if (
            kind == "organization"
            and place is not None
            and (k > 0 or before in ("a", "an") or context.modifies_name(doc, piece, after))
        ):
            return label("place", 0.7, "place-modifier")  # "the <City> aerospace firm"
        if kind in ("spacecraft", "organization") or kind == "mission" and k == 0:
            return label(kind, 0.75, f"{kind}-noun")
    if place is not None and place.kind == "city" and context.modifies_name(doc, piece, after):
        return label("place", 0.6, "place-modifier")  # "led by <City> investor <Org>"
    if before.endswith("-based") and not piece.title and context.based_name(words):
        return label("organization", 0.6, "org-based")  # "X-based <Name> <Name>": a company
    if (
        place is None
        and not piece.title
        and appositive_cues.appositive_org(doc, piece.last, where=not is_given(words[0]))
    ):
        return label("organization", 0.75, "appositive-org")  # "X, the Y aerospace firm,"
    if place is None and not piece.title and _collective_of(doc, piece.last):
        return label("organization", 0.7, "appositive-collective")  # "X, a group of firms,"
    if place is None and not piece.title and appositive_cues.appositive_craft(doc, piece.last):
        return label("spacecraft", 0.75, "appositive-craft")  # "X, a student-built cubesat,"
    if not piece.title and appositive_cues.appositive_org(doc, last, appositive_cues.WORK_NOUNS):
        # "X Y, the show about …", "X, a camera for …": not a person, nor the city of that name
        return label("other", 0.7, "appositive-work")
    if place is None and not piece.title and len(words) > 1 and context.owns_venture(words, after):
        return label("organization", 0.6, "venture-possessive")  # "X Y's failed launch"
    if (
        place is None
        and not piece.title
        and context.titled_with_the(doc, first)
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
    ):
        titled = f"The {name}"  # "according to The X Y", "moved to The Hague"
        kind = "place" if places.lookup(titled) is not None else "organization"
        return label(kind, 0.6, "the-title", titled)
    if place is None and not piece.title and len(words) > 1 and context.raises_money(words, after):
        return label("organization", 0.6, "org-funding")  # "X Orbit has raised €20 million"
    if after[:1] and after[0] in REPORT_VERBS and after[1:3] == ["in", "its"] and place is None:
        return label("organization", 0.9, "org-its")  # "X Y said in its report": a body
    if place is None and not piece.title and len(words) > 1 and not is_given(words[0]):
        if after[:2] == [",", "which"]:
            return label("organization", 0.8, "org-which")  # "X Y, which runs the site,"
        if len(words) == 2 and not piece.sentence_initial and country_tail(words):
            return label("organization", 0.6, "org-country")  # "<Word> <Country>": an agency
    person = _person(doc, piece, words, lows, after, before)
    if person:
        return label("person", *person)
    if (
        len(words) <= 2
        and before in PLACE_PREPOSITIONS
        and after[:1] == [","]
        and looks_like_name(words)
        and context.country_follows(doc, last)
    ):
        return label("place", 0.7, "place-in-country")
    if len(words) == 1 and context.bare_place(doc, piece, words[0], before):
        return label("place", 0.5, "place-in")  # "in Forres", "from X": a small place
    if len(words) == 1:
        return single(doc, piece, words[0], after, label)
    if piece.org_of_role and not context.department(doc, piece) and not is_portfolio(lows):
        return None if academic_subject(doc, piece) else label("organization", 0.7, "org-of-role")
    return None


def _peerage(doc: Doc, piece: Piece, words: list[str]) -> Label | None:
    """ "Lord X of Y", "Baroness X of Y": a peer's title is their name, the title included."""
    start, body = piece.first, words
    if piece.title and piece.title[-1] == piece.first - 1:
        start = piece.title[-1]
    elif words[0].lower() in PEERAGE_TITLES:
        body = words[1:]
    if doc.toks[start].lower not in PEERAGE_TITLES or len(body) < 3 or body[1] != "of":
        return None
    if not looks_like_name(body[:1]) or not looks_like_name(body[2:]):
        return None
    return Label(
        "person", context.span_text(doc, start, piece.last), start, piece.last, 0.9, "peerage"
    )


def _person(doc, piece, words, lows, after, before) -> tuple[float, str] | None:
    if len(words) == 2 and len(words[0]) > 2 and words[0].isupper() and words[1].istitle():
        # "Mr. KUBOTA Shinya", "<FAMILY> <Given>, the minister, …": a family name written first,
        # in capitals (Japanese official style); without a title, only with a role or a verb
        if not (
            piece.title
            or appositive_cues.appositive_role(doc, piece.last)
            or after[:1]
            and after[0] in REPORT_VERBS
        ):
            return None
        words = [words[0].title(), words[1]]
    # particles ("<Given> <Family> de la <Family>") do not make a name too long to be one
    n = len([w for w in words if w not in PATRONYMICS and w not in NAME_PARTICLES])
    if n > 4 or regional_demonym(words) or _counted(before, after):
        return None
    if not looks_like_name(words) and not particle_name(doc, piece, words):
        return None
    if piece.title:
        return 0.9, "title-name"
    first_given = is_given(words[0]) or is_initial(words[0])
    if n >= 2 and first_given:
        return 0.85, "given-name"
    if n == 1:
        return None
    if particle_pair(words):
        return 0.75, "particle-pair"
    if appositive_cues.appositive_role(doc, piece.last):
        return 0.75, "appositive-role"
    if len(after) > 2 and after[0] == "(" and after[1] in ROLE_NOUNS and after[2] == ")":
        return 0.75, "bracket-role"  # "Members present: <Name> (Chair); …"
    if after[:2] == [",", "who"]:
        return 0.75, "appositive-who"  # "<Name>, who heads the <Org>": organisations are "which"
    if after[:1] and after[0] in REPORT_VERBS or before in REPORT_VERBS or before == "by":
        return 0.75, "reporting-verb"
    if titled_elsewhere(doc, words):
        return 0.75, "titled-elsewhere"  # "<Family> <Given>, of …" and later "Mr <Family>"
    if piece.org_of_role:
        return None  # "Deputy Director of <Word> <Word> <Name>": the body the title belongs to
    if not piece.sentence_initial and all(w.lower() not in NOT_NAME_WORDS for w in words):
        return 0.55, "name-shape"
    return None


def _collective_of(doc: Doc, last: int) -> bool:
    """ "<Name>, a group of …", "<Name>, a consortium of …": a body of several members."""
    toks = doc.toks
    return (
        last + 3 < len(toks)
        and toks[last].text == ","
        and toks[last + 1].lower in ("a", "an", "the")
        and toks[last + 2].lower in COLLECTIVE_NOUNS
        and toks[last + 3].lower == "of"
    )


def _counted(before: str, after: list[str]) -> bool:
    """ "sold 60 <X> <Y> gimmers": a name between a count (not a year) and a plural noun is a
    breed's or a model's, which no person's is."""
    return (
        before.isdigit()
        and len(before) < 4
        and bool(after)
        and after[0].isalpha()
        and after[0].islower()
        and after[0].endswith("s")
        and after[0] not in REPORT_VERBS
    )
