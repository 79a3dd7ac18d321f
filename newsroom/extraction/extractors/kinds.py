"""The kind of event a clause tells (the first of its event words that names one here, with the
exceptions that make another word the event), and whether it was planned or happened."""

from __future__ import annotations

import re

from .cues import (
    ARRANGEMENT_SUBJECT,
    CONTEXT,
    EVENTS,
    EXPECTED,
    FALLBACK_KINDS,
    FINITE,
    HOST_VERBS,
    PLANNED,
    TERM_WORDS,
    leading_aside,
    modifies,
    names_event,
    until_in,
)
from .dates import DIGIT
from .event_words import EventWords


def heading_frame(text: str, events: EventWords | None = None) -> bool:
    """A headline or sub-heading is a claim only when it reports an event ("X and Y sign lunar
    relay agreement"), not when it labels a section ("Looking ahead", "Science | Rockets")
    or names the outlet ("ROCKETRY & SPACE MONTHLY"). ``events``: the event words
    of ``text``, when the caller has them."""
    if (" | " in text and not DIGIT.search(text)) or MASTHEAD.search(text):
        return False  # (a table's row, "Flight day | 3 June 2027", tells its event)
    return kind_at(text, until_in(text), events=events)[0] is not None


# the last word of a periodical's name
MASTHEAD = re.compile(
    r"\b(?:weekly|daily|monthly|quarterly|journal|digest|magazine|newsletter|gazette|herald"
    r"|tribune|chronicle)\s*$",
    re.I,
)


# a break, or a relative clause: "signed an arrangement under which X will provide …"
SUB_CLAUSE_END = re.compile(r"[,;—–(]|\b(?:under\s+which|which|who|whose|whereby)\b")


def sub_clause(plain: str, at: int) -> str:
    """The clause up to the first break after the event word: the modality of "X met Y on
    Thursday, contradicting reports that the talks would take place in Z" is the meeting's."""
    end = SUB_CLAUSE_END.search(plain, at)
    return plain[: end.start()] if end else plain


def kind_at(
    plain: str, runs_until, skip=(), names=(), events: EventWords | None = None
) -> tuple[str | None, int]:
    """The kind of event the clause reports and where its word is (see _kind); not a kind in
    `skip`. A word inside one of `names` (spans of organisations' names: "X Launch Systems")
    names the event only when no other word does. `events`: the event words of `plain`, when
    the caller has them."""
    found, setting, named = [], [], []
    events = EventWords(plain) if events is None else events
    for order, (name, _) in enumerate(EVENTS):
        if name in skip:
            continue
        for m in events.find(order):
            if not names_event(name, m.group(0), runs_until):
                continue
            if (
                name == "launch"
                and TRAVEL.match(plain, m.end())
                and m.group(0).lower().split()[-1] in {"flew", "flown", "fly"}
            ):
                continue  # "the director flew to London for talks": a journey, not a launch
            if HABITUAL.search(plain, max(0, m.start() - 30), m.start()):
                continue  # "whether it would ever fly", "we will not always fly from X"
            if m.group(0).lower().endswith("since") and ADVERB.match(plain, m.end()):
                continue  # "has headed the firm since, and will …": no date, no start told
            if name == "meeting" and TENURE.match(m.group(0)):
                continue  # "spent ten years with the agency": a career, not a meeting
            if MEDIA_OF.search(plain, max(0, m.start() - 40), m.start()):
                continue  # "watched a livestream of the launch in Y": where it was watched
            if TERMS.search(plain, max(0, m.start() - 40), m.start()) and not MADE.match(
                plain, m.end()
            ):
                # "under the agreement, X will provide …": what it provides, not its making
                # ("under the agreement signed last week in Y" tells that too)
                continue
            is_setting = CONTEXT.search(plain[max(0, m.start() - 40) : m.start()]) or (
                name == "appointment" and APPROVED.search(plain, max(0, m.start() - 30), m.start())
            )
            if any(a <= m.start() < b for a, b in names):
                if ROCKET.search(plain):
                    # "on an X Launch Systems rocket", "X Launch said its rocket put Y into
                    # orbit": the name tells a launch where the clause has a rocket; "ran range
                    # safety for X Launch Systems" tells none
                    named.append((m.start(), order, name, m.group(0)))
                continue
            (setting if is_setting else found).append((m.start(), order, name, m.group(0)))
            if not MODIFIER_OF_EVENT.match(plain, m.end()):
                break
    # "… and X Launch Systems signed their agreement": the signing ("Y will fly on an X Launch
    # Systems rocket" tells a launch through the name alone)
    found = found or named
    if any(c[2] not in FALLBACK_KINDS for c in found):
        # "X, the satellite that gave Y its first images, will be switched off": a milestone
        # told in passing describes the craft; it is the event only when nothing else is
        found = [c for c in found if c[2] not in FALLBACK_KINDS]
    if aside := leading_aside(plain):
        # "The pact, which lets …, now runs until 2031": the verb after the aside names it
        found = [c for c in found if c[0] >= aside.end()] or found
    if not found and any(
        MOMENTS_AFTER.search(plain[max(0, at - 40) : at])
        or OFFSET.search(plain[max(0, at - 40) : at])
        and SETTING_OPENER.match(plain, at + len(word))
        for at, _, _, word in setting
    ):
        # "The week after the launch, X will travel to Y": the launch only sets the time, a week
        # off, of a clause that tells no event of its own; "separated about 14 minutes after
        # lift-off and sent its first signals to Y": a moment of the flight, not the launch
        return None, 0
    # at one place, the longer words tell more ("the launch target" is an intent)
    chosen = sorted(found or setting, key=lambda c: (c[0], -len(c[3]), c[1]))
    if not chosen:
        return None, 0
    at, _, name, word = chosen[0]
    for c in chosen[1:]:
        # "a launch services agreement", "the launch contract": the last noun names the event
        if c[2] != name and modifies(word, plain[at + len(word) : c[0]], c[3]):
            at, _, name, word = c
    if name == "anomaly" and (flown := [c for c in chosen[1:] if c[2] == "launch"]):
        # "the failure of X's first flight", "its debut ended in failure": a launch that
        # failed is the launch, as a report that it flew would tell it
        at, _, name, word = flown[0]
    if name == "intent":
        # "plan to extend the agreement until 2030", "aims to launch it on 19 May": the event
        # planned is the event (its modality planned), as a later report of it will say
        governed = [
            c
            for c in chosen[1:]
            if c[0] >= at + len(word) and INTENDED_GAP.match(plain[at + len(word) : c[0]])
        ]
        if governed:
            at, _, name, word = governed[0]
    if name == "meeting" and word.lower() in TALKS:
        # "began talks on renewing the licence until 2040": the arrangement talked about ("held
        # talks on a new agreement" tells the talks)
        about = [
            c
            for c in chosen[1:]
            if c[2] in ("extension", "agreement")
            and c[3].lower().endswith("ing")
            and c[0] >= at + len(word)
            and TALKS_ON.fullmatch(plain, at + len(word), c[0])
        ]
        if about:
            at, _, name, word = about[0]
    if name == "meeting" and SUBJECT.match(plain[:at]):
        # "The session endorsed the directors' motion to renew the lease until 2031": what a
        # meeting decides is the event, the meeting its setting
        decided = [c for c in chosen[1:] if c[2] != name and c[0] > at]
        if decided and DECIDED.search(plain, at + len(word), decided[0][0]):
            at, _, name, word = decided[0]
    if name == "launch" and AGREED_TO.search(plain, max(0, at - 20), at):
        # "X agreed to launch two cubesats for Y": a launch contract, the launch to come ("agreed
        # to extend" is the extension)
        name = "agreement"
    if word.lower() in HOST_VERBS:
        # "the spaceport, which on Saturday hosted the suborbital flight": the hosted event
        hosted = [c for c in chosen[1:] if c[2] != name and 0 < c[0] - at < 40]
        if hosted:
            at, _, name, word = hosted[0]
    if name == "agreement":
        # "signed a protocol extending the memorandum until 2030": the signing extends it; "X's
        # ground-station agreement with Y, renewed in May, now runs until 2031": the arrangement
        # is the subject of the verb that extends it, however long its name ("The agreement
        # signed on Monday runs until 2030" is the signing)
        subject = ARRANGEMENT_SUBJECT.match(plain[:at])
        later = [c for c in chosen[1:] if c[2] == "extension" and c[0] > at]
        # "The charter, signed in 2022, runs until 2029": an aside that tells the making
        # names the event, the verb after it only how long it runs
        aside = MADE_WORD.fullmatch(word) and plain[:at].rstrip().endswith(",")
        if (
            later
            and (subject or runs_until and later[0][0] - at < 40)
            and not _made_and_running(plain, at + len(word), later[0])
            and not (aside and later[0][3].lower() in TERM_WORDS)
        ) or (later and SIGNS_EXTENSION.fullmatch(plain, at, later[0][0])):
            # "expected to sign an extension of the agreement": what is signed is the extension
            at, _, name, word = later[0]
    if SUBJECT.match(plain[:at]):
        # "The agreement also extends until 2030 …": the verb after the subject names the event
        # ("The previous extension, signed in 2023, …" is still the extension)
        verbs = [
            c
            for c in chosen[1:]
            if c[2] != name
            and not (name == "extension" and c[2] == "agreement")
            and not _made_and_running(plain, at + len(word), c)
            and FINITE.search(c[3])
            and not NOUN_BEFORE.search(plain[: c[0]])
        ]
        if verbs and verbs[0][0] - at < 40:
            at, _, name, _ = verbs[0]
    return name, at


def _made_and_running(plain: str, after: int, term) -> bool:
    """ "The agreement signed on Tuesday runs until 2030": how long the arrangement just made runs,
    not its extension ("The agreement signed in 2020 was extended …" is one)."""
    return term[3].lower() in TERM_WORDS and bool(
        MADE_WORD.search(plain, after, term[0])
        # "the ground-station contract, which runs until 2033": its term, told of the arrangement
        or RELATIVE_TERM.fullmatch(plain, after, term[0])
    )


RELATIVE_TERM = re.compile(r"\s*,\s*which\s+|\s+that\s+")


ADVERB = re.compile(r"\s*(?:[,.;:—–]|$)")
# "spent a day in Y with X" is a meeting; "spent ten years with X" a career
TENURE = re.compile(r"spen[dt]s?\b.*\b(?:years?|decades?|months?|weeks?|career|life)\b", re.I)


# "Under the agreement, X will …", "as part of the deal": the terms of an arrangement, not its
# making
TERMS = re.compile(
    r"\b(?:under|as\s+part\s+of|in\s+line\s+with|set\s+out\s+in|laid\s+down\s+in"
    r"|provided\s+for\s+in|pursuant\s+to)\s+(?:the|this|that|its|their|our)\s+"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
# "watched a livestream of the launch": a recording of the event, watched somewhere else
MEDIA_OF = re.compile(
    r"\b(?:livestream|live\s+stream|webcast|broadcast|footage|video|recording|coverage|photograph"
    r"|photo|picture|image)\s+of\s+"
    r"(?:the|its|their)\s+(?:[\w'’-]+\s+)?$",
    re.I,
)
ROCKET = re.compile(r"\b(?:rocket|launcher|booster|launch\s+vehicle)s?\b", re.I)
# "ever", "always", "never" before an event word: what happens in general, or might, not an event
HABITUAL = re.compile(
    # ("have traditionally bought launches from X": a habit, one verb between)
    # ("whose rocket has not yet flown", "is yet to fly": no event at all)
    r"\b(?:ever|always|never|usually|often|sometimes|traditionally|typically|generally|not\s+yet"
    r"|yet\s+to)\s+(?:[a-z]+\s+)?$",
    re.I,
)
# "sign an extension", "signed a two-year renewal": the signing of an arrangement's extension
SIGNS_EXTENSION = re.compile(
    r"sign(?:s|ed|ing)?\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}", re.I
)
# "the operating agreement now runs until 2032", "a launch services contract": a word of one kind
# that modifies an arrangement's noun; a later word of its kind may still name the event
MODIFIER_OF_EVENT = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:agreements?|contracts?|memorand(?:um|a)|deals?|pacts?|arrangements?|"
    r"accords?|licen[cs]es?|partnerships?)\b",
    re.I,
)
# "under the agreement signed in Y": the terms, and the making of the arrangement too
MADE = re.compile(r",?\s+(?:\w+ly\s+)?(?:signed|reached|struck|concluded|agreed|inked)\b", re.I)
# ("The pact dates from 2019 and was renewed in 2023": made then, extended later)
MADE_WORD = re.compile(
    r"\b(?:signed|reached|struck|concluded|agreed|inked|dat(?:es|ed|ing)\s+from)\b", re.I
)
# "flew to London", "flew back to Y": a journey to a named place ("flew to the station" is not)
TRAVEL = re.compile(r"\s+(?:back\s+|on\s+)?to\s+[A-Z]")
# "shareholders approved the appointment of X" at a meeting: the vote is the event, the
# appointment takes effect another day
APPROVED = re.compile(r"\b(?:approved|approves|backed|endorsed|ratified)\s+(?:the\s+)?$", re.I)
AGREED_TO = re.compile(r"\bagree[ds]?\s+to\s+$", re.I)
# what a meeting does with a proposal put to it ("The Meeting approved …")
DECIDED = re.compile(
    r"\b(?:approved|approves|endorsed|endorses|ratified|ratifies|resolved|resolves|voted)\b", re.I
)
# between an intent and the event it governs: "plans to", "intends to formally", "hope to be"
TALKS = {"talks", "discussions", "negotiations"}
TALKS_ON = re.compile(r"\s+(?:on|about|over)\s+", re.I)
INTENDED_GAP = re.compile(r"^\s*(?:to\s+)?(?:\w+ly\s+)?(?:be\s+)?$", re.I)
# "It flies from X next spring": a time ahead ("extended until next year" is not)
AHEAD = re.compile(
    r"(?<!until )(?<!through )(?<!into )(?<!to )(?<!by )\bnext\s+"
    r"(?:spring|summer|autumn|fall|winter|year|month|week)\b",
    re.I,
)
# "14 minutes after lift-off", "seconds into the flight": a moment of the event named next
MOMENTS_AFTER = re.compile(
    r"\b(?:seconds?|minutes?|hours?)\s+(?:after|before|following|into)\s+(?:the\s+|its\s+)?\S*\s*$",
    re.I,
)
# "the week after", "two days before": a time counted from the event named next
OFFSET = re.compile(
    r"\b(?:hours?|days?|weeks?|months?|years?|fortnight)\s+(?:after|before|following)\s+\S+\s*$",
    re.I,
)
# "for two further launches", "of the flights": an "-s" word after these is a plural noun, not
# the subject's verb
NOUN_BEFORE = re.compile(
    r"\b(?:for|of|with|the|a|an|its|their|two|three|four|five|several|more|further|many|new|"
    r"future|first|second|third)\s+$",
    re.I,
)
# a setting phrase closed by a comma, and a clause after it
SETTING_OPENER = re.compile(r"[^,.;]{0,30},\s+\S+(?:\s+\S+){3}")
SUBJECT = re.compile(
    # "The agreement", "the Harbor Institute's training agreement"
    r"^\s*(?:[—–-]\s*)?(?:the|this|that|a|an|its|their)\s+(?:(?:[\w-]+\s+){0,3}[\w-]+['’`]s\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)


def modality_of(plain: str) -> str:
    """planned ("will meet", "is scheduled"), expected ("is expected to"), or happened."""
    if EXPECTED.search(plain):
        return "expected"
    if PLANNED.search(plain) or AHEAD.search(plain):
        return "planned"
    return "happened"
