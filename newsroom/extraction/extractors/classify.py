"""Decide the kind of a capitalised piece from its words and the words around it."""

from __future__ import annotations

from dataclasses import dataclass

from . import places
from .chunks import INITIAL, PAD_CODE, PATRONYMICS, ROMAN, Piece, is_code, looks_like_name
from .lexicon import (
    CELESTIAL,
    CRAFT_HEADS,
    CRAFT_NOUNS,
    GENERIC_ACRONYMS,
    HONORIFICS,
    MISSION_NOUNS,
    NOT_NAME_WORDS,
    ORG_CUE_NOUNS,
    ORG_HEADS,
    ORG_NOUNS,
    PLACE_HEAD_PHRASES,
    PLACE_HEADS,
    PLACE_NOUNS,
    PLACE_OF_NOUNS,
    PROGRAM_NOUNS,
    REPORT_VERBS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    STOP_CAPS,
    given_names,
    is_given,
    lexicon,
    phrases,
    word_set,
)
from .nationality import is_demonym, regional_demonym
from .outlets import article_led, is_event, outlet_cue
from .text import Doc

PLACE_PREPOSITIONS = word_set("place_prepositions")
COPULAR_VERBS = word_set("copular_verbs")
AUXILIARY_VERBS = word_set("auxiliary_verbs")
PEERAGE_TITLES = word_set("peerage_titles")
# "the Board of Directors", "the Space Missions Sector": a body inside an organisation, part of a
# title ("Chairman of the Board of Directors of X"), not an organisation of its own
INTERNAL_BODIES = frozenset(phrases("internal_bodies"))
INTERNAL_UNIT_HEADS = word_set("internal_unit_heads")
COMPANY_LEGAL_FORMS = frozenset(lexicon()["company_legal_forms"])  # case matters: "AS", not "as"
COMPASS = word_set("compass")
OCEANS = word_set("oceans")


# Cabinet titles whose capitalised words name a portfolio ("Energy Secretary", "Foreign Minister")
CRAFT_PREPOSITIONS = word_set("craft_prepositions")
PLACE_PREFIXES = word_set("place_prefixes")
PORTFOLIO_ROLES = word_set("portfolio_roles")
# Words before "in X" after which X is a company or a field, not a place ("a stake in X").
BARE_PLACE_BLOCKERS = word_set("bare_place_blockers")
# Nouns before a name that make it a company ("its rival X Y", "a subsidiary X").
RIVAL_NOUNS = word_set("rival_nouns")
# Nouns after a possessive that a company, not a person, has ("X Y's failed launch").
VENTURE_NOUNS = word_set("venture_nouns")
ORG_HEAD_ENDINGS = word_set("org_head_endings")
MARKET_NOUNS = word_set("market_nouns")
FACILITY_NOUNS = word_set("facility_nouns")
FUNDING_VERBS = word_set("funding_verbs")
# Last words of a named site ("the X Space Centre at Y"): what follows "at" is where it is.
SITE_HEADS = PLACE_HEADS | {phrase[-1] for phrase in PLACE_HEAD_PHRASES}


@dataclass
class Label:
    """The kind given to a piece, with the name it should carry."""

    kind: str
    name: str
    first: int
    last: int
    confidence: float
    rule: str


def _words(doc: Doc, first: int, last: int) -> list[str]:
    return [t.text for t in doc.toks[first:last]]


def _span_text(doc: Doc, first: int, last: int) -> str:
    return doc.text[doc.toks[first].start : doc.toks[last - 1].end]


def _after(doc: Doc, last: int, n: int = 4) -> list[str]:
    """Lowercase words after a piece, within its sentence, skipping a possessive."""
    sent = doc.toks[last - 1].sent
    out = []
    for t in doc.toks[last : last + n]:
        if t.sent != sent:
            break
        out.append(t.lower)
    return out


def _word_before(doc: Doc, first: int) -> str:
    """The lowercase word before a piece, a hyphenated one whole ("the start-up X")."""
    if first == 0:
        return ""
    toks = doc.toks
    if (
        first >= 3
        and toks[first - 2].text == "-"
        and toks[first - 3].end == toks[first - 2].start
        and toks[first - 2].end == toks[first - 1].start
    ):
        return f"{toks[first - 3].lower}-{toks[first - 1].lower}"
    return toks[first - 1].lower


def classify(doc: Doc, piece: Piece) -> Label | None:
    """Return the kind of a piece, or None when nothing says what it is."""
    first, last = piece.first, piece.last
    if last <= first:  # an empty piece (stray punctuation split a run): nothing to name
        return None
    words = _words(doc, first, last)
    lows = [w.lower() for w in words]
    name = _span_text(doc, first, last)
    after = _after(doc, last)
    before = _word_before(doc, first)

    def label(kind: str, conf: float, rule: str, label_name: str = name) -> Label:
        return Label(kind, label_name, first, last, conf, rule)

    if tuple(lows) in INTERNAL_BODIES or (len(words) > 1 and lows[-1] in INTERNAL_UNIT_HEADS):
        return None
    m = next((n for n in range(len(words) - 2) if lows[n : n + 2] == ["member", "for"]), None)
    if m is not None and looks_like_name(words[m + 2 :]):
        seat = _span_text(doc, first + m + 2, last)  # "the (Federal) Member for X": a seat
        return Label("place", seat, first + m + 2, last, 0.75, "place-seat")
    if (
        before == "for"
        and first >= 2
        and doc.toks[first - 2].lower == "member"
        and (looks_like_name(words))
    ):
        return label("place", 0.75, "place-seat")
    peer = _peerage(doc, piece, words)
    if peer is not None:
        return peer
    if len(words) > 1 and words[-1] in COMPANY_LEGAL_FORMS:
        # "X Launch AS", "Y Raumfahrt GmbH": a company, named without its legal form
        return label("organization", 0.85, "legal-form", _span_text(doc, first, last - 1))
    if len(words) == 1 and words[0] in COMPANY_LEGAL_FORMS:
        return None  # '"X" JSC': the legal form of a company named before it
    if len(words) == 2 and lows[0] in COMPASS and lows[1] in OCEANS:
        return label("place", 0.8, "place-ocean")  # "the North Pacific"
    if len(words) == 1 and lows[0] in CELESTIAL:
        return label("other", 0.7, "celestial")
    if any(is_code(w) for w in words) or (len(words) > 1 and ROMAN.match(words[-1])):
        return label("mission", 0.85, "mission-code")
    if is_event(lows):
        return label("other", 0.8, "event-head")  # "the X Air Show", "the Y Space Summit"
    coded = len(words) > 1 and (words[-1].isdigit() or PAD_CODE.match(words[-1]))
    for phrase in PLACE_HEAD_PHRASES:
        if tuple(lows[-len(phrase) :]) == phrase and len(lows) > len(phrase):
            if "national" in lows[: -len(phrase)]:  # "X National Space Center": an institution
                return label("organization", 0.85, "org-national")
            return label("place", 0.85, "place-head")
        if coded and tuple(lows[-len(phrase) - 1 : -1]) == phrase:
            return label("place", 0.85, "place-head-code")  # "Launch Complex 39A"
    if lows[-1] == "station" and ({"space", "orbital"} & set(lows)):
        return label("spacecraft", 0.85, "station-head")
    if len(words) > 1 and (
        lows[-1] in ORG_HEADS
        or _coined_head(lows[-1])
        or lows[0] in ORG_HEADS
        and lows[1] in ("of", "for")
        or any(w in ORG_HEADS and lows[i + 1] in ("of", "for") for i, w in enumerate(lows[:-1]))
    ):
        return label("organization", 0.85, "org-head")
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
    if len(words) > 1 and lows[-1] in PLACE_HEADS:
        return label("place", 0.85, "place-head")
    if len(words) > 2 and lows[0] in PLACE_HEADS and lows[1] == "of":
        return label("place", 0.8, "place-head-of")  # "Bay of X", "Gulf of Y"
    if len(words) > 1 and lows[-1] in CRAFT_HEADS and not piece.title:
        return label("spacecraft", 0.8, "craft-head")  # "the X Transfer Vehicle": never a person
    if len(words) > 1 and lows[0] in PLACE_PREFIXES and looks_like_name(words[1:]):
        return label("place", 0.8, "place-prefix")  # "Cape X", "Mount Y": not a given name
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
    if place and _place_ok(doc, piece, place, before, after):
        canonical = place.name if place.kind != "city" else name.title() if name.isupper() else name
        return label("place", 0.9, f"place-{place.kind}", canonical)
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
        and (before == "at" or before == "of" and _plain_role(doc.toks[first - 2]))
        and doc.toks[first - 2].lower in ROLE_NOUNS
        and not piece.title
        and not is_given(words[0])
        and place is None
    ):
        return label("organization", 0.6, "role-at")  # "chief designer at/of X Y": the employer
    if before in ORG_NOUNS and not piece.title and lows[-1] not in PLACE_HEADS:
        return label("organization", 0.7, "org-noun-before")  # "the newspaper X", "the firm X"
    if place is None and not piece.title and article_led(words):
        if outlet_cue(doc, piece, after, before):
            return label("organization", 0.92, "outlet")
        if before in PLACE_PREPOSITIONS:
            return label("place", 0.7, "place-article")  # "in Le Bourget"
        return None  # "Di Stefano said": a surname with a particle, named in full elsewhere
    if place is None and _portfolio(doc, piece, words, lows):
        return None  # "the U.K. Energy Secretary", "Minister of Defence": a portfolio
    if len(words) == 1 and lows[0] in ORG_HEADS:
        return None  # "Institute director X": a head word alone stands for a named body
    if len(words) == 1 and lows[0] in ROLE_MODIFIERS and piece.sentence_initial:
        return None  # "Retired cosmonaut X": an adjective of the title, not a name
    if len(words) == 1 and piece.sentence_initial and _modifier_of_named_body(doc, piece):
        return None  # "Industry group X said": a common noun before the body's noun
    cue = _noun_cue(doc, piece) if not (len(words) == 1 and is_demonym(words[0])) else None
    if cue is not None and cue[0] == "organization" and _role_cue_misleads(doc, piece, words):
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
        if kind == "organization" and place is not None and (k > 0 or before in ("a", "an")):
            return label("place", 0.7, "place-modifier")  # "the <City> aerospace firm"
        if kind in ("spacecraft", "organization") or kind == "mission" and k == 0:
            return label(kind, 0.75, f"{kind}-noun")
    if place is not None and place.kind == "city" and _modifies_name(doc, piece, after):
        return label("place", 0.6, "place-modifier")  # "led by <City> investor <Org>"
    if before.endswith("-based") and not piece.title and _based_name(words):
        return label("organization", 0.6, "org-based")  # "X-based <Name> <Name>": a company
    if place is None and not piece.title and _appositive_org(doc, piece.last):
        return label("organization", 0.75, "appositive-org")  # "X, the Y aerospace firm,"
    if place is None and not piece.title and len(words) > 1 and _owns_venture(words, after):
        return label("organization", 0.6, "venture-possessive")  # "X Y's failed launch"
    if (
        place is None
        and not piece.title
        and _titled_with_the(doc, first)
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
    ):
        titled = f"The {name}"  # "according to The X Y", "moved to The Hague"
        kind = "place" if places.lookup(titled) is not None else "organization"
        return label(kind, 0.6, "the-title", titled)
    if place is None and not piece.title and len(words) > 1 and _raises_money(words, after):
        return label("organization", 0.6, "org-funding")  # "X Orbit has raised €20 million"
    person = _person(doc, piece, words, lows, after, before)
    if person:
        return label("person", *person)
    if (
        len(words) <= 2
        and before in PLACE_PREPOSITIONS
        and after[:1] == [","]
        and looks_like_name(words)
        and _country_follows(doc, last)
    ):
        return label("place", 0.7, "place-in-country")
    if len(words) == 1 and _bare_place(doc, piece, words[0], before):
        return label("place", 0.5, "place-in")  # "in Forres", "from X": a small place
    if len(words) == 1:
        return _single(doc, piece, words[0], after, label)
    if piece.org_of_role and not _department(doc, piece):
        return label("organization", 0.7, "org-of-role")
    return None


def _based_name(words: list[str]) -> bool:
    """ "<City>-based <Name> Orbital": what is based somewhere is a company, whose name may
    end in a common capitalised word, as long as its first word can be a name."""
    return looks_like_name(words[:1]) and all(
        w[:1].isupper() and w.replace("-", "").isalpha() for w in words[1:]
    )


def _raises_money(words: list[str], after: list[str]) -> bool:
    """ "<Name> <Word> has raised/closed/secured …": what a company does with a funding round
    (lexicon funding_verbs), when the name opens with no given name."""
    k = 1 if after[:1] in (["has"], ["have"]) else 0
    return (
        len(after) > k
        and after[k] in FUNDING_VERBS
        and not is_given(words[0])
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
    )


def _titled_with_the(doc: Doc, first: int) -> bool:
    """A capitalised "The" inside a sentence, after a lowercase word, opens a title ("according
    to The X Y", "writing in The Z"): a publication's or a company's name, never a person's."""
    toks = doc.toks
    return (
        first >= 2
        and toks[first - 1].text == "The"
        and toks[first - 2].sent == toks[first].sent
        and toks[first - 2].text.isalpha()
        and toks[first - 2].text.islower()
    )


def _modifier_of_named_body(doc: Doc, piece: Piece) -> bool:
    """ "Industry group X", "Satellite operator Y" opening a sentence: one capitalised word, an
    organisation noun and a name; the word is a common noun (it is nowhere else capitalised
    inside a sentence), not the organisation's name."""
    toks = doc.toks
    k = piece.last
    word = toks[piece.first].text
    if not (
        k + 1 < len(toks)
        and toks[k].lower in ORG_NOUNS
        and toks[k + 1].is_cap
        and toks[k + 1].sent == toks[k].sent
        and toks[k + 1].lower not in STOP_CAPS
        and _plain(doc, piece)
        and word not in given_names()
    ):
        return False
    return not any(
        t.text == word
        and t.i > 0
        and toks[t.i - 1].sent == t.sent
        and toks[t.i - 1].text not in "-—–:“\"‘'("
        for t in toks
    )


def _coined_head(word: str) -> bool:
    """ "Rocketworks", "Astrolabs": a company's coinage that ends in an organisation's head word
    (people's surnames do not: the endings are whole English words, three letters or more
    before them)."""
    return any(word.endswith(end) and len(word) >= len(end) + 3 for end in ORG_HEAD_ENDINGS)


def _department(doc: Doc, piece: Piece) -> bool:
    """ "Vice President of <Words> at <Org>": the words after the title name a department of the
    organisation that follows, not a body of their own."""
    toks = doc.toks
    k = piece.last
    return (
        k + 1 < len(toks)
        and toks[k].lower == "at"
        and toks[k + 1].sent == toks[k].sent
        and (toks[k + 1].is_cap or toks[k + 1].lower == "the")
        and piece.first >= 2
        and toks[piece.first - 1].lower == "of"
    )


def _plain_role(tok) -> bool:
    """A lowercase role noun that is no portfolio's ("chief executive of X": X is the employer;
    not "Vice President of Ground Testing", "minister of finance")."""
    return not tok.is_cap and tok.lower not in PORTFOLIO_ROLES


def _modifies_name(doc: Doc, piece: Piece, after: list[str]) -> bool:
    """ "<City> <noun> <Name>": one lowercase noun between a single place word and a
    capitalised name describes the name ("<City> investor <Org>"), it does not follow a person."""
    k = piece.last
    toks = doc.toks
    return (
        piece.last - piece.first == 1
        and not piece.sentence_initial
        and len(after) >= 2
        and after[0].isalpha()
        and toks[k].text.islower()
        and after[0] not in STOP_CAPS
        and after[0] not in REPORT_VERBS
        and toks[k + 1].is_cap
        and toks[k + 1].sent == toks[k].sent
    )


def _owns_venture(words: list[str], after: list[str]) -> bool:
    """ "<Name> <Name>'s (<adjective>) launch/rocket/shares", "<Name> <Names>' third <Craft>
    flight": what a company has, when the name does not start with a given name."""
    owns = after[:1] == ["'s"] or after[:1] in (["'"], ["’"]) and words[-1].endswith("s")
    if not owns or is_given(words[0]) or not all(w[:1].isupper() for w in words):
        return False
    return any(w in VENTURE_NOUNS for w in after[1:4])


def _bare_place(doc: Doc, piece: Piece, word: str, before: str) -> bool:
    """ "in/from/near X" with nothing else known of X: a place too small for the lists, when X
    is a plain word (no acronym, brand, given name or demonym) and not what one invests in."""
    toks = doc.toks
    if before == "at" and piece.first >= 2 and toks[piece.first - 2].is_cap:
        before = "in" if toks[piece.first - 2].lower in SITE_HEADS else before  # "<X Centre> at Y"
    elif before == "at" and piece.first >= 2 and toks[piece.first - 2].lower in FACILITY_NOUNS:
        before = "in"  # "opened a workshop at Y": where the building is
    if before not in ("in", "from", "near", "outside") or piece.sentence_initial:
        return False
    verb = toks[piece.first - 2].lower if piece.first >= 2 else ""
    return (
        _plain(doc, piece)
        and word[1:].islower()
        and word not in given_names()
        and verb not in BARE_PLACE_BLOCKERS
    )


def _portfolio(doc: Doc, piece: Piece, words: list[str], lows: list[str]) -> bool:
    """Capitalised words of a cabinet title ("<Country> <Dept> Secretary", "Minister of <Dept>")
    name a portfolio, not an organisation, unless they carry an organisation head or acronym."""
    if (
        not piece.org_of_role
        or any(w in ORG_HEADS for w in lows)
        or any(w.isupper() for w in words)
    ):
        return False
    toks = doc.toks
    after = toks[piece.last].lower if piece.last < len(toks) else ""
    role = ""
    if piece.first >= 2 and toks[piece.first - 1].lower in ("of", "for"):
        role = toks[piece.first - 2].lower
    return after in PORTFOLIO_ROLES or role in PORTFOLIO_ROLES


def _place_ok(doc: Doc, piece: Piece, place: places.Place, before: str, after: list[str]) -> bool:
    """Countries and regions are safe; a city needs a place-like context to avoid false hits."""
    if place.kind != "city":
        return True
    word = doc.toks[piece.first].text
    if before in PLACE_PREPOSITIONS or after[:2] == ["-", "based"]:
        return True  # "in X", "the X-based start-up"
    if after[:1] == [","] and _country_follows(doc, piece.last):
        return True
    k = piece.last + 1
    if (
        after[:1] == ["'s"]
        and k < len(doc.toks)
        and doc.toks[k].is_cap
        and place.population >= 100_000
        and word not in given_names()
    ):
        return True  # "<City>'s <Org> has signed": a company of that city
    return (
        place.population >= 1_000_000 and not piece.sentence_initial and word not in given_names()
    )


def _noun_cue(doc: Doc, piece: Piece) -> tuple[str, int] | None:
    """The kind that the lowercase noun phrase right after a name gives it ("X news agency",
    "X rocket and space corporation", "X capsule", "X programme", "X project manager")."""
    toks = doc.toks
    end = piece.run_last if piece.run_last > piece.last else piece.last
    sent = toks[piece.first].sent
    found = None
    for k, t in enumerate(toks[end : end + 5]):
        w = t.text
        if (
            t.sent != sent
            or not w.isalpha()
            or not w.islower()
            or (w in STOP_CAPS and w != "and" and w not in ROLE_NOUNS and w not in ROLE_MODIFIERS)
            or w in COPULAR_VERBS  # "X was head of …": the verb ends the noun phrase
            or w in AUXILIARY_VERBS  # "X will become chief executive"
        ):
            break
        if w in ROLE_NOUNS:
            found = ("organization", k)  # "X cosmonaut Y", "a X project manager"
        elif w in PROGRAM_NOUNS:
            found = ("program", k)
        elif w in ("programs", "programmes") and k > 0:
            found = ("spacecraft", k)  # "the X and Y seat exchange programs"
        elif w in CRAFT_NOUNS:
            found = ("spacecraft", k)
        elif w in ORG_NOUNS or w in ("officials", "executives"):
            found = ("organization", k)
        elif w in ORG_CUE_NOUNS and k == 0 and piece.last - piece.first == 1 and _plain(doc, piece):
            found = ("organization", k)  # "talks with X leadership", "X delegation"
        elif w in MISSION_NOUNS:
            found = ("mission", k)
        elif w in PLACE_NOUNS:
            found = ("place", k)
    return found


def _plain(doc: Doc, piece: Piece) -> bool:
    """A single word that can be a name: not a calendar word, demonym or common capital."""
    word = doc.toks[piece.first].text
    return (
        word.isalpha()
        and word.lower() not in NOT_NAME_WORDS
        and word.lower() not in STOP_CAPS
        and not is_demonym(word)
        and places.lookup(word) is None
    )


def _role_cue_misleads(doc: Doc, piece: Piece, words: list[str]) -> bool:
    """A role noun after a name does not make it an organisation when the name is one of a list
    of people ("<Org> astronauts A B, C D and E F astronaut") or a sentence-opening common word
    before "<role> <Name> of the <Org>" ("Range officer X of the Y")."""
    toks = doc.toks
    if piece.run_last > piece.last and len(words) > 1 and looks_like_name(words):
        names = given_names()
        return any(
            toks[k].text in names and toks[k + 1].is_cap
            for k in range(piece.first, piece.run_last - 1)
        )
    if len(words) == 1 and piece.sentence_initial and piece.run_last == piece.last:
        k = piece.last
        if k < len(toks) and toks[k].lower in ROLE_NOUNS:
            k += 1
            n = 0
            while k < len(toks) and toks[k].is_cap and toks[k].sent == toks[piece.first].sent:
                k, n = k + 1, n + 1
            if 2 <= n <= 3 and k + 1 < len(toks) and toks[k].lower in ("of", "at", "from"):
                nxt = toks[k + 2] if toks[k + 1].lower == "the" and k + 2 < len(toks) else None
                return (nxt or toks[k + 1]).is_cap
    return False


def _country_follows(doc: Doc, last: int) -> bool:
    """ "in X, the Netherlands" / "X, Texas": a known country or state right after the comma."""
    toks = doc.toks
    k = last + 1
    if k < len(toks) and toks[k].lower == "the":
        k += 1
    if k >= len(toks):
        return False
    place = places.lookup(toks[k].text)
    if place is None and k + 1 < len(toks):
        place = places.lookup(f"{toks[k].text} {toks[k + 1].text}")
    return place is not None and place.kind in ("country", "state")


def _appositive_role(doc: Doc, last: int) -> bool:
    """ "<Name>, (a|the)? (<Org>('s)?)? <modifiers> <role noun>" within six words."""
    toks = doc.toks
    if last >= len(toks) or toks[last].text != ",":
        return False
    sent = toks[last].sent
    for t in toks[last + 1 : last + 8]:
        if t.sent != sent:
            return False
        if t.lower in ROLE_NOUNS or t.lower in HONORIFICS:
            return True
        if not (t.text.isalpha() or t.text in ("'s", "’s")):
            return False
    return False


def _appositive_org(doc: Doc, last: int) -> bool:
    """ "<Name>, (the|a|an) <up to three words> <firm|company|consultancy|...>" closing the
    appositive: the name is an organisation, however personal it looks ("X Y, the Z firm,")."""
    toks = doc.toks
    if last + 2 >= len(toks) or toks[last].text != ",":
        return False
    if toks[last + 1].lower not in ("the", "a", "an"):
        return False
    sent = toks[last].sent
    for k in range(last + 2, min(last + 8, len(toks))):
        t = toks[k]
        if t.sent != sent or not (t.text.replace("-", "").isalpha() or t.text == "-"):
            return False
        if t.lower in ROLE_NOUNS or t.lower in PLACE_PREPOSITIONS:
            return False  # "X, a deputy director of the agency,": a person's role
        if t.lower in ORG_NOUNS:
            nxt = toks[k + 1].text if k + 1 < len(toks) else "."
            return nxt in (",", ".", ";") or nxt.lower() in ("that", "which")
    return False


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
    return Label("person", _span_text(doc, start, piece.last), start, piece.last, 0.9, "peerage")


def _person(doc, piece, words, lows, after, before) -> tuple[float, str] | None:
    n = len([w for w in words if w not in PATRONYMICS])
    if n > 4 or not looks_like_name(words) or regional_demonym(words):
        return None
    if piece.title:
        return 0.9, "title-name"
    first_given = is_given(words[0]) or INITIAL.match(words[0])
    if n >= 2 and first_given:
        return 0.85, "given-name"
    if n == 1:
        return None
    if _appositive_role(doc, piece.last):
        return 0.75, "appositive-role"
    if len(after) > 2 and after[0] == "(" and after[1] in ROLE_NOUNS and after[2] == ")":
        return 0.75, "bracket-role"  # "Members present: <Name> (Chair); …"
    if after[:2] == [",", "who"]:
        return 0.75, "appositive-who"  # "<Name>, who heads the <Org>": organisations are "which"
    if after[:1] and after[0] in REPORT_VERBS or before in REPORT_VERBS or before == "by":
        return 0.75, "reporting-verb"
    if piece.org_of_role:
        return None  # "Deputy Director of <Word> <Word> <Name>": the body the title belongs to
    if not piece.sentence_initial and all(w.lower() not in NOT_NAME_WORDS for w in words):
        return 0.55, "name-shape"
    return None


def _single(doc: Doc, piece: Piece, word: str, after: list[str], label) -> Label | None:
    """A single capitalised word: an acronym, a camel-case brand, or an organisation by its cues."""
    if word.isupper() and 2 <= len(word.replace(".", "")) <= 6 and word.isalpha():
        if word.lower() in GENERIC_ACRONYMS or ROMAN.match(word):
            return None
        if _aboard(doc, piece.first):
            return label("spacecraft", 0.6, "acronym-aboard")  # "aboard the X", "on the X"
        return label("organization", 0.6, "acronym")
    if (
        any(c.islower() for c in word)
        and any(c.isupper() for c in word[1:])
        and word[1:].lower() != word[1:]
        and word.isalpha()
        and not word.startswith(("Mc", "Mac"))
    ):
        return label("organization", 0.6, "camel-case")
    letters = word.replace("-", "")
    if "-" in word and letters.isalpha() and sum(c.isupper() for c in letters) > len(letters) / 2:
        return label("organization", 0.6, "hyphen-acronym")  # "AB-CDEf": mostly capitals
    if (
        piece.first >= 2
        and doc.toks[piece.first - 1].lower in ("at", "with")
        and doc.toks[piece.first - 2].lower in ROLE_NOUNS
        and _plain(doc, piece)
    ):
        return label("organization", 0.6, "role-at")  # "chief designer at X"
    if piece.org_of_role or (after[:1] == ["'s"] and len(after) > 1 and after[1] in ROLE_NOUNS):
        return label("organization", 0.6, "org-of-role")
    if after[:1] == ["of"] and _plain(doc, piece) and word not in given_names():
        city = places.lookup(doc.toks[piece.last + 1].text) if len(after) > 1 else None
        if city is not None and city.kind == "city" and not piece.sentence_initial:
            return label("organization", 0.55, "org-of-city")  # "the trading house X of <City>"
    if after[:2] == [",", "which"] and word not in given_names() and _plain(doc, piece):
        return label("organization", 0.6, "appositive-which")  # people are "who"
    if after[:1] == ["'s"] and _craft_named_after(doc, piece.last):
        return label("organization", 0.6, "maker-possessive")  # "X's Starliner capsule"
    return None


def _aboard(doc: Doc, first: int) -> bool:
    """ "aboard/on/onto the <ACR>": a bare acronym one travels on is a craft, not a body; "a
    listing on the <ACR> market" is an exchange."""
    toks = doc.toks
    return (
        first >= 2
        and toks[first - 1].lower == "the"
        and toks[first - 2].lower in CRAFT_PREPOSITIONS
        and not (first + 1 < len(toks) and toks[first + 1].lower in MARKET_NOUNS)
    )


def _craft_named_after(doc: Doc, k: int) -> bool:
    """A capitalised name followed by a craft noun right after a possessive."""
    toks = doc.toks
    k += 1
    n = 0
    while k < len(toks) and toks[k].is_cap and n < 3:
        k, n = k + 1, n + 1
    return n > 0 and k < len(toks) and toks[k].lower in CRAFT_NOUNS
