"""The words of event frames, loaded once from data/events.json: the kinds of event and the
cues of modality, of an earlier occurrence, of a setting and of how long a thing runs."""

from __future__ import annotations

import json
import re
from pathlib import Path

from .dates import DIGIT, MONTH_WORD
from .lexicon import STOP_CAPS


def _words(words) -> str:
    """An alternation of whole words or phrases (a space matches any run of spaces, " … " up to
    six words: "put … into orbit", "lifted the agency's new X-2 probe into orbit")."""
    return "|".join(
        re.escape(w).replace(r"\ …\ ", r"\s+(?:\S+\s+){0,6}?").replace(r"\ ", r"\s+")
        for w in sorted(words, key=len)[::-1]
    )


def _frames_data() -> dict:
    with open(Path(__file__).parent / "data" / "events.json", encoding="utf-8") as handle:
        return json.load(handle)


_FRAMES = _frames_data()
# Event kinds in the order they are tried, and the words that name them (data/events.json).
KIND_WORDS = tuple(words for _, words in _FRAMES["kinds"])
EVENTS = tuple(
    (
        kind,
        re.compile(
            # "flight-proven", "a launch-plus-one-year policy", "pre-launch checks": a word
            # joined to another by a hyphen modifies it and names no event
            rf"(?<!\w-)\b(?:{_words(words)})\b(?!-\w)"
            # "a retired colonel" is a person, not the end of anything
            + (
                rf"(?!\s+(?:{_words(_FRAMES['not_before'][kind])})\b)"
                if kind in _FRAMES["not_before"]
                else ""
            ),
            re.I,
        ),
    )
    for kind, words in _FRAMES["kinds"]
)
# An extension is only one when the text says how long it runs ("until 2030"), unless its
# word says so by itself ("chose to prolong the satellite"; "operates", "runs" do not).
REQUIRES_UNTIL = set(_FRAMES["requires_until"])
# "hosted the flight": the verb names the setting of the event its object names
HOST_VERBS = set(_FRAMES["host_verbs"])
UNTIL_OPTIONAL = set(_FRAMES["until_optional"])
# Kinds whose words name the event only when the clause names no other ("X, the satellite that
# gave Y its first images, will be switched off"), nor split a sentence into two events
FALLBACK_KINDS = set(_FRAMES["fallback_kinds"])


def names_event(kind: str, word: str, runs_until) -> bool:
    """Does ``word`` (a match of the kind's words) name an event of that kind here?"""
    if kind not in REQUIRES_UNTIL or runs_until:
        return True
    return " ".join(word.lower().split()) in UNTIL_OPTIONAL


# "this meeting", "the talks": the event the article is about, whose parties it named before
THIS_EVENT = re.compile(
    # "the university's training agreement": a possessive is one of the modifiers
    rf"\b(?:this|the|that|these)\s+(?:[\w'’`-]+\s+){{0,2}}?(?:{_words(_FRAMES['this_nouns'])})\b",
    re.I,
)
# "both agencies", "the two sides": the two organisations the article is about
BOTH = re.compile(
    rf"\b(?:{_words(_FRAMES['both_parties'])})\b"
    # "the two space agencies", "both national agencies"
    r"|\b(?:both|the\s+two)\s+[\w-]+\s+(?:agencies|organi[sz]ations|partners|sides)\b"
    # "X's and Y's space agencies"
    r"|\b\w+['’`]s\s+and\s+\w+['’`]s\s+(?:[\w-]+\s+)?(?:agencies|organi[sz]ations)\b"
    # "the Chilean and Peruvian agencies": two nations' (capitalised) bodies
    r"|\bthe\s+(?-i:[A-Z])[\w-]+\s+and\s+(?-i:[A-Z])[\w-]+\s+(?:[\w-]+\s+)?"
    r"(?:agencies|organi[sz]ations)\b",
    re.I,
)
# Case matters: "May" opening a date is not the modal "may".
PLANNED = re.compile(rf"\b(?:{_words(_FRAMES['planned'])})\b")
EXPECTED = re.compile(rf"\b(?:{_words(_FRAMES['expected'])})\b")
PREVIOUS = re.compile(
    rf"\b(?:{_words(_FRAMES['previous'])})\s+"
    # up to two modifiers ("last top-level", "previous suborbital"), not a clause ("earlier
    # reports that the talks")
    r"(?:(?!(?:that|which|who|the|a|an|of|reports?|said|says)\b)[\w-]+\s+){0,2}?"
    rf"(?:{_words(_FRAMES['previous_nouns'])})\b"
    # "was last extended in 2023", "they last met in Y"; "they first met in Y two years ago":
    # the earliest occurrence, not this one
    # ("an antenna first discussed at their meeting": what was said there, not the event)
    r"|\b(?:last|first)\s+(?!(?:discussed|proposed|raised|mentioned|announced|floated|suggested|"
    r"reported|revealed|presented|unveiled|outlined|tabled|aired)\b)(?:\w+ed|met|held|flew|ran|signed)\b"
    # "had previously been renewed in 2022", not "as previously announced"
    r"|\bpreviously\s+(?:been\s+)?(?!(?:announced|reported|planned|scheduled|stated)\b)"
    r"(?:\w+ed|met|held|flew|ran|signed)\b",
    re.I,
)
# "at the meeting, they decided to extend …": an event named as the setting of another
CONTEXT = re.compile(
    rf"\b(?:{_words(_FRAMES['context_before'])})\s+(?:the|this|that|a|an|their|its)?\s*"
    # ("during Friday's talks")
    r"(?:[\w'’`-]+\s+){0,2}?$",
    re.I,
)
# "until 2030", "until 31 December 2030", "through December 2030", "expires in 2030": the year it
# runs until, and the whole date ("when"), which is no date of the event
UNTIL = re.compile(
    rf"\b(?:(?:{_words(_FRAMES['until'])})\s+"
    # "due to expire at the end of 2026", "the deal lapses in 2030": when it ends
    rf"|(?:{_words(_FRAMES['expiry'])})\s+(?:at\s+the\s+end\s+of\s+|in\s+|on\s+|by\s+)?)"
    r"(?:at\s+least\s+)?(?:the\s+end\s+of\s+)?"
    rf"(?P<when>(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORD}\s+|{MONTH_WORD}\s+(?:\d{{1,2}}"
    r"(?:st|nd|rd|th)?,?\s+)?)?(?P<year>(?:19|20)\d{2}))\b",
    re.I,
)


def until_in(text: str, lo: int = 0, hi: int | None = None) -> re.Match | None:
    """``UNTIL.search``: how long a thing runs, in ``text[lo:hi]``; a span without a digit has
    no year to run until, and is not scanned for one."""
    hi = len(text) if hi is None else hi
    return UNTIL.search(text, lo, hi) if DIGIT.search(text, lo, hi) else None


# Kinds whose "until <year>" is the year the thing runs until, not the date of the event.
UNTIL_KINDS = {"extension", "end_of_operations", "agreement"}


FINITE = re.compile(r"\w(?:s|ed)$")
MODIFIER_GAP = re.compile(r"^ (?:([a-z]+) )?$")


def modifies(word: str, gap: str, head: str) -> bool:
    """Is an event word a noun modifying the event noun after it ("launch services
    agreement"), not a verb governing it ("signed a launch agreement", "aims to launch")?"""
    gap_match = MODIFIER_GAP.match(gap)
    return bool(
        gap_match
        and " " not in word
        and not FINITE.search(word)
        and not FINITE.search(head)
        and gap_match.group(1) not in STOP_CAPS
    )


# "X's ground-station agreement", "Its agreement", "The current agreement": the words before an
# arrangement noun that begins its clause as the subject
ARRANGEMENT_SUBJECT = re.compile(
    # ("On the same day, the X agreement with Y is extended …": after a phrase of time; ", and
    # the X memorandum was renewed …": after "and")
    r"^\s*(?:[—–-]\s*)?(?:and\s+)?"
    r"(?:(?:on|in|at|by|meanwhile|separately|later|earlier)\b[^,]{0,30},\s+)?"
    r"(?:(?:the|this|that|its|their|our)\s+(?:(?:[\w-]+\s+){0,3}[\w-]+['’`]s\s+)?"
    r"|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’`]s\s+)(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "including the Y-2 probe", "among them Y-3": a member of a list
LISTED = re.compile(
    r"\b(?:including|among\s+them|such\s+as)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$", re.I
)
# "…, running to 2029": how long an arrangement runs, no event of its own
TERM_WORDS = {"run", "runs", "running"}
# "The two sides' calibration agreement, which lets X check Y," : a subject noun phrase and the
# relative clause set off after it, before the subject's verb
SUBJECT_ASIDE = re.compile(
    # or a subject of a few words without one: "<Org> director general <Name>, who watched the
    # launch, was due to sign …"
    # (after a dateline: "KORO, May 4 (PNA) — X, who …")
    r"\s*(?:(?-i:[A-Z][A-Z .'’-]+),[^—–\n]{0,60}?[—–]\s*)?"
    r"(?:[—–-]\s*)?(?:(?:the|this|that|its|their|a|an)\s+(?:[\w'’`-]+\s+){0,4}?"
    r"|(?:[\w'’`-]+\s+){1,6}?)[\w-]+,\s*(?:which|who)\b[^,;]*,"
    # "X, who takes over in May, said the team …": what X said is not X's event
    r"(?!\s*(?:said|says|told|tells|added|adds|stated|noted|explained|argued)\b)",
    re.I,
)


# "Under the deal, signed on Wednesday, X is to fly …": the arrangement the clause acts under,
# and its signing, told before the clause's subject
ARRANGEMENT_ASIDE = re.compile(
    r"\s*(?:(?-i:[A-Z][A-Z .'’-]+),[^—–\n]{0,60}?[—–]\s*)?"  # (after a dateline)
    r"(?:under|in|by|through)\s+(?:the|this|that|its|their|a|an)\s+(?:[\w'’`-]+\s+){0,3}?"
    r"[\w-]+,\s*(?:signed|agreed|sealed|concluded|reached|struck)\b[^,;]*,",
    re.I,
)


def leading_aside(text: str, lo: int = 0, hi: int | None = None) -> re.Match | None:
    """The subject's aside ("X, who …,") or the arrangement's ("Under the deal, signed …,")
    that opens ``text[lo:hi]``, if any: the clause's own event is told after it."""
    hi = len(text) if hi is None else hi
    return SUBJECT_ASIDE.match(text, lo, hi) or ARRANGEMENT_ASIDE.match(text, lo, hi)


# "signed a contract with a university in Y": a party the text describes but does not name
UNNAMED_PARTY = re.compile(
    rf"\bwith\s+(?:a|an|another)\s+(?:[\w-]+\s+){{0,2}}?(?:{_words(_FRAMES['unnamed_parties'])})\b",
    re.I,
)
