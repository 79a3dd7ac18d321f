"""News outlets, events and article-led names: "the X news agency", "X reported", "told Les X",
"told The X", "According to X, Y said …"; "<X> Air Show/Summit/Congress" (events, kind other);
"Le/La/El/Il X" (a place or an outlet, never a person)."""

from __future__ import annotations

from .chunks import Piece
from .lexicon import NEWS_NOUNS, NOT_NAME_WORDS, REPORT_VERBS, STOP_CAPS, word_set
from .nationality import is_demonym
from .text import Doc

OUTLET_VERBS = word_set("outlet_verbs")
# Heads of capitalised phrases that name an event ("the X Air Show", "the Y Space Summit").
EVENT_HEADS = word_set("event_heads")
# Articles of French, Spanish, Italian, Portuguese names ("Le Vaudreuil", "El Heraldo", "Il Sole").
NAME_ARTICLES = word_set("name_articles")
PLURAL_ARTICLES = word_set("plural_articles")


def is_event(lows: list[str]) -> bool:
    """ "Lisbon Air Show", "International Lunar Congress": a multi-word phrase with an
    event head; "Congress" with a demonym or "National" is a legislature or a party."""
    if len(lows) < 2 or lows[-1] not in EVENT_HEADS:
        return False
    if lows[-1] == "congress":
        return not any(is_demonym(w.title()) or w in ("national", "people's") for w in lows)
    return True


def article_led(words_: list[str]) -> bool:
    """ "Le Vaudreuil", "Les Nouvelles", "El Heraldo": an article and one name (a plural article and
    any); "Le Thi Mai" (a family name and two given names) is not caught."""
    return (
        len(words_) >= 2
        and words_[0] in NAME_ARTICLES
        and (len(words_) == 2 or words_[0] in PLURAL_ARTICLES)
    )


def outlet_cue(doc: Doc, piece: Piece, after: list[str], before: str) -> bool:
    """A news outlet by what it does: "the X news agency", "X quoted Y as saying", "X reported",
    "X, citing a source", "reports by X", "told Le X", "told The X", "According to X, Y said"."""
    toks = doc.toks
    names = [t.text for t in toks[piece.first : piece.last]]
    k = piece.first - 2
    if (
        k >= 0
        and toks[k].lower == "told"
        and toks[k + 1].text == "The"
        and toks[k].sent == toks[piece.first].sent
    ):
        return True  # "told The X Y": a capitalised article inside a sentence opens a title
    if any(w.lower() in NOT_NAME_WORDS or w.lower() in STOP_CAPS or is_demonym(w) for w in names):
        return False
    joined = " ".join(after)
    if joined.startswith(NEWS_NOUNS):
        return True
    if after[:1] and after[0] in OUTLET_VERBS:
        return True
    if after[:2] == [",", "citing"]:
        return True
    if before == "told" and article_led(names):
        return True
    k = piece.first - 2
    if k < 0 or toks[k].sent != toks[piece.first].sent:
        return False
    if before == "by" and toks[k].lower in ("reports", "report", "reported"):
        return True
    return (
        before == "to"
        and toks[k].lower == "according"
        and after[:1] == [","]
        and any(w in REPORT_VERBS for w in after[1:])
    )
