"""Generic word lists used by the rules, loaded once from ``data/lexicon.json``.

Rules are data: every list lives in the JSON file, this module only names them. Nothing here
names a particular person, organisation or place.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from pathlib import Path

import pycountry

DATA = Path(__file__).with_name("data")


@cache
def world_data() -> dict:
    """Country variants, irregular demonym keys and descriptor modifiers from data/countries.json:
    world knowledge lives in data, not in code."""
    return json.loads((DATA / "countries.json").read_text(encoding="utf-8"))


@cache
def lexicon() -> dict:
    """Every word list of the rules, from data/lexicon.json."""
    return json.loads((DATA / "lexicon.json").read_text(encoding="utf-8"))


def word_set(key: str) -> frozenset[str]:
    """A list of the lexicon as a set."""
    return frozenset(lexicon()[key])


def phrases(key: str) -> tuple[tuple[str, ...], ...]:
    """A list of space-separated phrases of the lexicon as word tuples."""
    return tuple(tuple(p.split()) for p in lexicon()[key])


# Letters after a name ("X Y MP", "X Y OBE"): not part of it.
POST_NOMINALS = word_set("post_nominals")
# Honorifics and ranks written before a name ("Dr. X", "Col. X"); British style drops the dot.
HONORIFICS = word_set("honorifics")
# Honorifics that are names' titles also without a dot ("Dr X", "Prof X", "Mr X").
PLAIN_TITLES = word_set("plain_titles")
ABBREVIATED_TITLES = tuple(lexicon()["abbreviated_titles"])
# Multi-word ranks and titles matched before single role words.
TITLE_PHRASES = phrases("title_phrases")
# Nouns that name a job or a rank; lowercase.
# (a post shared with someone, "co-chair", "co-director", is one too)
ROLE_NOUNS = word_set("role_nouns") | {f"co-{w}" for w in word_set("role_nouns") if "-" not in w}
# Words that modify a role noun ("acting administrator", "former astronaut").
ROLE_MODIFIERS = word_set("role_modifiers")
# Heads that make a capitalised phrase an organisation.
# a newspaper's last word ("The <Region> Tribune"): the publication, never a body's longer name
MASTHEAD_HEADS = word_set("masthead_heads")
MASTHEAD_LEADS = word_set("masthead_leads")  # "Kurier", "Gazeta" opening a newspaper's title
ORG_HEADS = word_set("org_heads") | word_set("foreign_org_heads") | MASTHEAD_HEADS
ORG_LEADS = word_set("org_leads")  # "Maison <X>": a house's name opens with its head
# Last words of a company's name (a firm's, not an institution's), in any language
FIRM_HEADS = (
    word_set("org_head_endings")
    | word_set("foreign_org_heads")
    | word_set("firm_heads")
    | frozenset(w.lower() for w in lexicon()["company_legal_tails"])
)
# Lowercase nouns that, right after a capitalised name, say it is an organisation.
ORG_NOUNS = word_set("org_nouns")
# Lowercase nouns that, right after a single capitalised word, say it is an organisation
# ("talks with X leadership", "X officials", "the X press service"); not "statement", which
# follows a surname as often ("a Duarte statement").
ORG_CUE_NOUNS = word_set("org_cue_nouns")
NEWS_NOUNS = tuple(lexicon()["news_nouns"])
# Heads of capitalised phrases that name a place ("X Cosmodrome", "X Space Center").
PLACE_HEADS = word_set("place_heads")
HEAD_WORDS = ORG_HEADS | PLACE_HEADS
PLACE_HEAD_PHRASES = phrases("place_head_phrases")
# "<Region> Police District": a body, although "district" alone ends a place's name
ORG_HEAD_PHRASES = frozenset(phrases("org_head_phrases"))
# Lowercase words after a name that make it a place ("the X region").
PLACE_NOUNS = word_set("place_nouns")
# Lowercase nouns before "of <Name>" that make it a place ("the southern island province of X").
PLACE_OF_NOUNS = word_set("place_of_nouns")
CRAFT_NOUNS = word_set("craft_nouns")
# Last words that make a capitalised phrase a craft ("the X Transfer Vehicle"), never a person.
CRAFT_HEADS = word_set("craft_heads")
# Transcript labels that are not the principals ("MODERATOR:", "QUESTION:", a film script's
# "SUPER:" caption) and the notes after a principal's label that keep it one ("NAME (through
# interpreter):", a film script's "Name (sync, subtitled):").
TRANSCRIPT_NON_SPEAKERS = word_set("transcript_non_speakers")
# a broadcast script's "SOUNDBITE (Name, Title):": the speaker is in the note
TRANSCRIPT_BITE_LABELS = word_set("transcript_bite_labels")
# A meeting record's attendance headings ("PRESENT:", "ALSO IN ATTENDANCE:"): no speaker labels
RECORD_HEADINGS = word_set("record_headings")
INTERPRETER_NOTES = word_set("interpreter_notes")
# Descriptors that stand for the latest news outlet ("the news agency said").
NEWS_DESCRIPTORS = tuple(lexicon()["news_descriptors"])
MISSION_NOUNS = word_set("mission_nouns")
PROGRAM_NOUNS = word_set("program_nouns")
# Celestial bodies are kind "other"; they are not places an editor files a story under.
CELESTIAL = word_set("celestial")
REPORT_VERBS = word_set("report_verbs")
# Descriptors that stand for an organisation named earlier ("the agency").
DESCRIPTOR_HEADS = word_set("descriptor_heads")
DESCRIPTOR_MODIFIERS = frozenset(world_data()["descriptor_modifiers"])
# Capitalised function words and openers that never start a name (number words open a noun
# phrase, "Four <Org> pilots", never a name).
STOP_CAPS = word_set("stop_caps")
MONTHS: dict[str, int] = lexicon()["months"]
WEEKDAYS = tuple(lexicon()["weekdays"])
# "the ninth of June": the day of the month in words (a speech's)
ORDINAL_DAYS = {word: day for day, word in enumerate(lexicon()["ordinal_days"], start=1)}
# Capitalised words that are common nouns or calendar words, not names.
NOT_NAME_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | word_set("not_name_words_extra")
# Acronyms that name nothing, time zones ("10:42 a.m. EDT") and broadcast script cues ("ANCHOR:",
# "REPORTER (LIVE):") among them.
GENERIC_ACRONYMS = word_set("generic_acronyms")
# ISO 4217 codes ("USD 4 million"): a currency beside an amount, no organisation
CURRENCY_CODES = frozenset(currency.alpha_3 for currency in pycountry.currencies)
MAGNITUDES = word_set("magnitudes")  # "38 million NAD"
CONNECTORS = word_set("connectors")
VERB_CONNECTORS = word_set("verb_connectors")
FUTURE_CUES = word_set("future_cues")
# Shared by several extractors: the prepositions before a place ("in", "from"), the verbs that
# end a noun phrase after a name, cabinet titles, compass words.
PLACE_PREPOSITIONS = word_set("place_prepositions")
COPULAR_VERBS = word_set("copular_verbs")
PORTFOLIO_ROLES = word_set("portfolio_roles")
COMPASS = word_set("compass")


@cache
def given_names() -> frozenset[str]:
    """Common given names, built from Faker's data by benchmarks/extraction/build_given_names.py."""
    return frozenset((DATA / "given_names.txt").read_text(encoding="utf-8").split())


def is_given(word: str) -> bool:
    """A common given name, or a hyphenated one whose first half is ("Jean-Luc", "Anne-Sophie");
    written with accents or without ("Joaquín" as "Joaquin": the list is mostly unaccented)."""
    names = given_names()
    first = word.split("-", 1)[0]
    return first in names or word in names or (not first.isascii() and _unaccented(first) in names)


@cache
def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
