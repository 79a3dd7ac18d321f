"""What the words around a capitalised piece say about its kind: the cues `classify` reads
(an appositive after it, the noun before it, a possessive and what follows, the place it is
in)."""

from __future__ import annotations

from . import places
from .chunks import Piece, looks_like_name
from .lexicon import (
    COPULAR_VERBS,
    CRAFT_NOUNS,
    MISSION_NOUNS,
    NOT_NAME_WORDS,
    ORG_CUE_NOUNS,
    ORG_HEADS,
    ORG_NOUNS,
    PLACE_HEAD_PHRASES,
    PLACE_HEADS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    PORTFOLIO_ROLES,
    PROGRAM_NOUNS,
    REPORT_VERBS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    STOP_CAPS,
    given_names,
    is_given,
    word_set,
)
from .nationality import is_demonym
from .text import Doc

AUXILIARY_VERBS = word_set("auxiliary_verbs")
CRAFT_PREPOSITIONS = word_set("craft_prepositions")
# Cabinet titles whose capitalised words name a portfolio ("Energy Secretary", "Foreign Minister")
# Words before "in X" after which X is a company or a field, not a place ("a stake in X").
BARE_PLACE_BLOCKERS = word_set("bare_place_blockers")
# Nouns after a possessive that a company, not a person, has ("X Y's failed launch").
VENTURE_NOUNS = word_set("venture_nouns")
ORG_HEAD_ENDINGS = word_set("org_head_endings")
MARKET_NOUNS = word_set("market_nouns")
FACILITY_NOUNS = word_set("facility_nouns")
FUNDING_VERBS = word_set("funding_verbs")
# Last words of a named site ("the X Space Centre at Y"): what follows "at" is where it is.
SITE_HEADS = PLACE_HEADS | {phrase[-1] for phrase in PLACE_HEAD_PHRASES}


def piece_words(doc: Doc, first: int, last: int) -> list[str]:
    words: list[str] = []
    for t in doc.toks[first:last]:
        if words and t.text in ("’", "'", "`") and t.start == doc.toks[t.i - 1].end:
            words[-1] += t.text  # "<Given>’ <Family>": the apostrophe ends the given name
        else:
            words.append(t.text)
    return words


def span_text(doc: Doc, first: int, last: int) -> str:
    return doc.text[doc.toks[first].start : doc.toks[last - 1].end]


def words_after(doc: Doc, last: int, n: int = 4) -> list[str]:
    """Lowercase words after a piece, within its sentence, skipping a possessive."""
    sent = doc.toks[last - 1].sent
    out = []
    for t in doc.toks[last : last + n]:
        if t.sent != sent:
            break
        out.append(t.lower)
    return out


def word_before(doc: Doc, first: int) -> str:
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


def based_name(words: list[str]) -> bool:
    """ "<City>-based <Name> Orbital": what is based somewhere is a company, whose name may
    end in a common capitalised word, as long as its first word can be a name."""
    return looks_like_name(words[:1]) and all(
        w[:1].isupper() and w.replace("-", "").isalpha() for w in words[1:]
    )


def raises_money(words: list[str], after: list[str]) -> bool:
    """ "<Name> <Word> has raised/closed/secured …": what a company does with a funding round
    (lexicon funding_verbs), when the name opens with no given name."""
    k = 1 if after[:1] in (["has"], ["have"]) else 0
    return (
        len(after) > k
        and after[k] in FUNDING_VERBS
        and not is_given(words[0])
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
    )


def titled_with_the(doc: Doc, first: int) -> bool:
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


def modifier_of_named_body(doc: Doc, piece: Piece) -> bool:
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
        and plain_piece(doc, piece)
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


def coined_head(word: str) -> bool:
    """ "Rocketworks", "Astrolabs": a company's coinage that ends in an organisation's head word
    (people's surnames do not: the endings are whole English words, three letters or more
    before them)."""
    return any(word.endswith(end) and len(word) >= len(end) + 3 for end in ORG_HEAD_ENDINGS)


def department(doc: Doc, piece: Piece) -> bool:
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


def plain_role(tok) -> bool:
    """A lowercase role noun that is no portfolio's ("chief executive of X": X is the employer;
    not "Vice President of Ground Testing", "minister of finance")."""
    return not tok.is_cap and tok.lower not in PORTFOLIO_ROLES


def modifies_name(doc: Doc, piece: Piece, after: list[str]) -> bool:
    """ "<City> <noun> <Name>": one lowercase noun between a single place word and a
    capitalised name describes the name ("<City> investor <Org>"), it does not follow a person."""
    k = piece.last
    toks = doc.toks
    while k + 2 < len(toks) and toks[k + 1].text == "-" and toks[k + 2].text.islower():
        k += 2  # "<City> start-up <Name>": a hyphenated noun is one noun
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


def owns_venture(words: list[str], after: list[str]) -> bool:
    """ "<Name> <Name>'s (<adjective>) launch/rocket/shares", "<Name> <Names>' third <Craft>
    flight": what a company has, when the name does not start with a given name."""
    owns = after[:1] == ["'s"] or after[:1] in (["'"], ["’"]) and words[-1].endswith("s")
    if not owns or is_given(words[0]) or not all(w[:1].isupper() for w in words):
        return False
    return any(w in VENTURE_NOUNS for w in after[1:4])


def bare_place(doc: Doc, piece: Piece, word: str, before: str) -> bool:
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
        plain_piece(doc, piece)
        and word[1:].islower()
        and word not in given_names()
        and verb not in BARE_PLACE_BLOCKERS
    )


def portfolio(doc: Doc, piece: Piece, words: list[str], lows: list[str]) -> bool:
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


def place_ok(doc: Doc, piece: Piece, place: places.Place, before: str, after: list[str]) -> bool:
    """Countries and regions are safe; a city needs a place-like context to avoid false hits."""
    if place.kind != "city":
        return True
    word = doc.toks[piece.first].text
    if word.isupper() and len(word) > 2 and piece.first == piece.last - 1:
        return False  # "according to ABCD" in a sentence of small letters: an acronym
    if before in PLACE_PREPOSITIONS or after[:2] == ["-", "based"]:
        return True  # "in X", "the X-based start-up"
    if after[:1] == [","] and country_follows(doc, piece.last):
        return True
    if _listed_with_place(doc, piece.first):
        return True  # "in <City>, <City> and <City>", "<City> or <City>"
    k = piece.last + 1
    if (
        after[:1] == ["'s"]
        and k < len(doc.toks)
        and doc.toks[k].is_cap
        and place.population >= 100_000
        and word not in given_names()
    ):
        return True  # "<City>'s <Org> has signed": a company of that city
    if place.population >= 100_000 and word not in given_names() and _site_after(after):
        return True  # "the <City> headquarters", "our <City> sales office": a site in that city
    return (
        place.population >= 1_000_000 and not piece.sentence_initial and word not in given_names()
    )


def _site_after(after: list[str]) -> bool:
    """A facility noun within three lowercase words after the name ("X comms office", "the X
    launch centre")."""
    for w in after[:3]:
        if w in FACILITY_NOUNS or w in ("centre", "center"):
            return True
        if not (w.isalpha() and w.islower()):
            return False
    return False


def _listed_with_place(doc: Doc, first: int) -> bool:
    """The name follows ", ", "and" or "or" after a known place ("<City>, <City> and …")."""
    toks = doc.toks
    return (
        first >= 2
        and toks[first - 1].lower in (",", "and", "or")
        and toks[first - 2].is_cap
        and toks[first - 2].sent == toks[first].sent
        and places.lookup(toks[first - 2].text) is not None
    )


def noun_cue(doc: Doc, piece: Piece) -> tuple[str, int] | None:
    """The kind that the lowercase noun phrase right after a name gives it ("X news agency",
    "X rocket and space corporation", "X capsule", "X programme", "X project manager")."""
    toks = doc.toks
    end = piece.run_last if piece.run_last > piece.last else piece.last
    sent = toks[piece.first].sent
    found = None
    for k, t in enumerate(toks[end : end + 5]):
        w = t.text
        if w == "-" and k and toks[end + k - 1].text.islower() and toks[end + k + 1].text.islower():
            continue  # "a <City> valve-maker": the compound's last word is its noun
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
        elif (
            w in ORG_CUE_NOUNS
            and k == 0
            and piece.last - piece.first == 1
            and plain_piece(doc, piece)
        ):
            found = ("organization", k)  # "talks with X leadership", "X delegation"
        elif w in MISSION_NOUNS:
            found = ("mission", k)
        elif w in PLACE_NOUNS:
            found = ("place", k)
    return found


def plain_piece(doc: Doc, piece: Piece) -> bool:
    """A single word that can be a name: not a calendar word, demonym or common capital."""
    word = doc.toks[piece.first].text
    return (
        word.isalpha()
        and word.lower() not in NOT_NAME_WORDS
        and word.lower() not in STOP_CAPS
        and not is_demonym(word)
        and places.lookup(word) is None
    )


def role_cue_misleads(doc: Doc, piece: Piece, words: list[str]) -> bool:
    """A role noun after a name does not make it an organisation when the name is one of a list
    of titled people ("engineer A B and scientist C D"; "<Org> astronauts A B, C D and E F
    astronaut") or a sentence-opening common word
    before "<role> <Name> of the <Org>" ("Range officer X of the Y")."""
    toks = doc.toks
    if (
        piece.first > 0
        and piece.last < len(toks)
        and toks[piece.first - 1].text in ROLE_NOUNS
        and toks[piece.last].lower == "and"
        and looks_like_name(words)
    ):
        return True  # "engineer A B and data scientist C D": two titled people
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


def country_follows(doc: Doc, last: int) -> bool:
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


def aboard(doc: Doc, first: int) -> bool:
    """ "aboard/on/onto the <ACR>": a bare acronym one travels on is a craft, not a body; "a
    listing on the <ACR> market" is an exchange."""
    toks = doc.toks
    return (
        first >= 2
        and toks[first - 1].lower == "the"
        and toks[first - 2].lower in CRAFT_PREPOSITIONS
        and not (first + 1 < len(toks) and toks[first + 1].lower in MARKET_NOUNS)
    )


def craft_named_after(doc: Doc, k: int) -> bool:
    """A capitalised name followed by a craft noun right after a possessive."""
    toks = doc.toks
    k += 1
    n = 0
    while k < len(toks) and toks[k].is_cap and n < 3:
        k, n = k + 1, n + 1
    return n > 0 and k < len(toks) and toks[k].lower in CRAFT_NOUNS
