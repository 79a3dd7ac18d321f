"""Date expressions: absolute dates by regex, relative ones against the article's date.

dateparser is slow to load and to call, so the relative phrases ("three days ago", "last month")
are counted here the way it counts them; it only sees the few that are not (a count written in
other digits, or a very large one), and its answers are cached.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import FUTURE_CUES, MONTHS, ORDINAL_DAYS, WEEKDAYS, word_set

# a whole word: the "Mar" of "Marseille" is no month
_MONTH_NAMES = (
    r"January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
# and in capitals, as listings and state wires write them ("TUE 6 OCT", "MARCH 11")
_MONTH_NAMES += "|" + _MONTH_NAMES.upper()
_MONTH = rf"({_MONTH_NAMES})\b\.?"
MONTH_WORD = rf"(?:{_MONTH_NAMES})\b\.?"  # the same, captured by no group
PATTERNS = (
    # "22.09.2026", "2026-09-22": a day in figures, the European and the ISO way (a slash is
    # left alone: "9/10/2026" is one day in the US and another elsewhere)
    ("num", re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b(?!\.\d)")),
    ("iso", re.compile(r"(?<![\d-])((?:19|20)\d{2})-(\d{2})-(\d{2})\b(?!-\d)")),
    ("mdy", re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d{2})\b)?")),
    (
        "dmy",
        # "9 June", "the 9th of June", "the ninth of June"
        re.compile(
            rf"\b(\d{{1,2}}|(?i:{'|'.join(sorted(ORDINAL_DAYS, key=len, reverse=True))}))"
            r"(?:st|nd|rd|th)?(?:\s+of)?\s+" + _MONTH + r"(?:,?\s+((?:19|20)\d{2})\b)?"
        ),
    ),
    ("my", re.compile(r"\b" + _MONTH + r"(?:\s+of)?\s+((?:19|20)\d{2})\b")),
    ("y", re.compile(r"(?<![\d$€£.,])\b(?:mid-|early-|late-)?((?:19|20)\d{2})\b(?![\d,.]\d)")),
    (
        "y",  # 19th-century years only after a cue ("founded in 1891"), not "1850 kg"
        re.compile(
            r"(?:(?<=\bin )|(?<=since )|(?<=founded )|(?<=established ))(18\d{2})\b(?![\d,.]\d)"
        ),
    ),
    # "Thursday the 21st": the day of the month, which the weekday only confirms
    (
        "wdn",
        re.compile(
            r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+the\s+"
            r"(\d{1,2})(?:st|nd|rd|th)\b"
        ),
    ),
    # "on the night of the 17th", "on the 19th": a day of the article's month (or the one
    # before or after, by tense), not "the 17th of May", "the 20th century", "the 5th floor"
    (
        "wdn",
        re.compile(
            r"(?<=\b(?:on|of) the )(\d{1,2})(?:st|nd|rd|th)\b"
            r"(?!\s+(?:of\s+)?" + MONTH_WORD + r"|\s+(?:century|anniversary|floor|time|edition|"
            r"flight|launch|mission|birthday|round|place|minute|hour|day|week|year)s?\b)"
        ),
    ),
    ("wd", re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    (
        "m",
        re.compile(
            # "In January, X agreed …": the preposition may open the sentence
            r"\b(?i:in|by|until|from|before|after|of|for|last|next|this|early|late|mid)\s+"
            + _MONTH
            + r"(?!\s+\d)"
        ),
    ),
    (
        "rel",
        re.compile(
            # ("tomorrow's leaders" is no day)
            r"\b(yesterday|today|tonight|tomorrow(?![’'])|this (?:morning|afternoon|evening)|"
            r"last (?:month|year)|next (?:month|year)|"
            r"this (?:month|year)|(?:\d+|two|three|four|five|six) (?:days|months|years) ago)\b",
            re.I,
        ),
    ),
)
# What each pattern cannot match without (its month name, written as the patterns write it, a
# digit, a year's first two, a weekday's "day", a relative phrase's words): a sentence without
# it skips the pattern, most sentences most of them
MONTH_NAME = re.compile(rf"(?:{_MONTH_NAMES})\b")  # (as whole as _MONTH: not the "Mar" of "Mark")
DIGIT = re.compile(r"\d")
NEEDS = (
    ("digit",), ("digit",),
    ("month",), ("month",), ("month",), ("19/20",), ("18",), ("day", "digit"), ("digit",),
    ("day",), ("month",), ("relative",),
)  # fmt: skip
# the words the relative phrases ("rel") begin or end with, case aside
RELATIVE_WORDS = ("yesterday", "today", "tonight", "tomorrow", "this ", "last ", "next ", " ago")
REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|told|stated|announced|added|confirmed|quoted as saying|was quoted)\b"
    r"[^.;,“”\"]{0,25}$"
)
REPORTING_AFTER = re.compile(r"\s+(?:said|says|announced|confirmed|stated|told)\b")
NEXT = re.compile(r"\bnext\b", re.I)
WEEK_AFTER = re.compile(r"\s+of\s+(next|this|last)\s+week\b", re.I)
# "in March last year", "in June of last year"
YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(last|this|next)\s+year\b", re.I)
# "X will sign an agreement with Y in Z on Tuesday": a clause that opens with its subject and a
# future auxiliary is ahead however far the date comes after (no comma or relative word between,
# which would open another clause; an apposition between two commas, "a second satellite,
# X-2, with", does not)
FUTURE_CLAUSE = re.compile(
    r"\W*(?:[\w'’.-]+\s+){1,4}(?:will|shall|(?:is|are)\s+(?:due|set|scheduled)?\s*to)\s"
    r"(?:(?!\b(?:that|which|who|after|before|since)\b)(?:[^,]|,[^,]{1,30},))*"
)
# a verb in the past: "lifted", "met"
PAST_VERB = rf"(?:[a-z]+ed|{'|'.join(sorted(word_set('irregular_past'), key=len, reverse=True))})"
# "…, when X lifted off", "when the two met": a past verb within a few words of "when"
WHEN_PAST = re.compile(rf",?\s+when\s+(?:[\w'’.-]+\s+){{0,5}}?{PAST_VERB}\b")
# "… that the company will launch a rocket carrying X from Y on Saturday": "will" governs the
# date however long its subject, when nothing breaks the clause between them
# ("X meets Y on Wednesday": the present tense of a meeting is one to come)
WILL_UNBROKEN = re.compile(
    r"\b(?:will|shall|meets|visits)\s+"
    r"(?:(?!\b(?:that|which|who|when|after|before|since|said|says)\b)"
    r"[^,;:—–.!?\"“”])*$"
)
# "says he resigned in July": a verb in the past right before the date tells when that
# happened, whatever plan word comes further back ("to"); not after a word that makes it a plan
# or a passive to come ("will be opened in May", "is to be closed in July")
PAST_BEFORE = re.compile(rf"\b([\w'’]+)\s+({PAST_VERB})\s+(?:(?:in|on|during)\s+)?$")
NOT_PAST = frozenset(
    ("be", "been", "being", "to", "is", "are", "will", "would", "shall", "should", "can", "could")
    + ("may", "might", "must")
)
# "approved for flight in August", "ready for delivery in June": a bare event noun after "for"
# is a purpose, the event ahead
FOR_EVENT = re.compile(r"\bfor\s+(?:launch|lift-?off|flight|delivery|service)\b", re.I)
EVENT_AFTER = re.compile(r"\s+(?:launch|lift-?off|flight|delivery)\b", re.I)
CLAUSE_BREAK = re.compile(r"[—–:;]")  # a dateline's dash, a colon: what follows opens a clause
OPENER = re.compile(r"\s*(?:on|by|from|as of|starting)?\s*", re.I)
# "She will say why, on Monday, X flew …": the date opens the clause it is told in
SUBORDINATE_OPENER = re.compile(
    r"\b(?:why|how|that|because)\s*,\s*(?:on|by|from|as of|starting)?\s*$", re.I
)
# "his tour took him to Lima in May", "went to the site": "to" after a past verb and before a
# name or an article is a preposition of a journey made, no plan ("moves to the new hall in
# March" still looks ahead)
TO_PLACE = re.compile(
    rf"\b{PAST_VERB}\s+(?:[a-z]+\s+)?to\s+(?=[A-Z]|(?:the|a|an|its|their|his|her|our)\b)"
)
# "To be clear,", "To date,", "To that end,": a phrase opening the sentence, no plan
INFINITIVE_OPENER = re.compile(r"\W*To\s+[^,;:—–.!?]{1,30},")

# "has led X since", "has served since", "has served as X since": a tenure, dated from its start
# ("a probe that has served the fleet well since 2015" tells how long, of a thing)
TENURE_SINCE = re.compile(
    r"\bha(?:s|ve)\s+(?:(?:led|headed|chaired|directed|run)\b[^.;:]{0,40}?"
    r"|served\s+(?:as\b[^.;:]{0,40}?)?)\bsince\s*$"
    # "X, in post since June": when the tenure began
    r"|\b(?:in\s+(?:the\s+)?(?:post|office|role|job)|at\s+the\s+helm)\s+since\s*$",
    re.I,
)
# "was founded in", "set up in", "established in": the date of a founding, told in passing
FOUNDED_BEFORE = re.compile(
    r"\b(?:founded|created|established|set up|formed)\s+"
    # "who founded X Data in 2017": the body founded, named before the date
    r"(?:(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){1,4}(?=in\s|on\s))?"
    r"(?:in\s+|on\s+)?(?:early\s+|late\s+)?$"
)


# "Four days after X sank in the harbour, insurers are still counting": a sentence that opens
# so, its main clause in the present, dates the event that many days before the article
COUNTS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
DAYS_AFTER = re.compile(rf"\W*(\d{{1,2}}|{'|'.join(COUNTS)})\s+(day|week)s?\s+after\s", re.I)
NOW_CLAUSE = re.compile(r",\s+[^,;:]*?\b(?:is|are)\s+(?:still\s+|now\s+)?[a-z]+ing\b")


SAME_DAY = {"today", "tonight", "this morning", "this afternoon", "this evening"}


@dataclass
class DateExpr:
    """A date phrase in the text and what it resolves to."""

    start: int
    end: int
    date: datetime.date | None
    precision: str | None
    relative: bool
    reporting: bool = False  # "said on Tuesday": the date of the statement, not of the event
    reference: bool = False  # "since 2018": a point of comparison, not the event's date
    background: bool = False  # "which was founded in 2010": a founding date, not the event's


def find_dates(
    text: str,
    lo: int,
    hi: int,
    base: datetime.date | None,
    default_year: int | None,
    months_year: int | None = None,
) -> list[DateExpr]:
    """Date expressions between ``lo`` and ``hi``; ``base`` is the article date (or None);
    ``months_year``, the year a month without one takes in an undated text (see
    ``datelines.year_of_month_years``)."""
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    chunk = text[lo:hi]
    low = chunk.lower()
    has = {
        "month": MONTH_NAME.search(chunk) is not None,
        "digit": DIGIT.search(chunk) is not None,
        "day": "day" in chunk,
        "19/20": "19" in chunk or "20" in chunk,
        "18": "18" in chunk,
        # (outside ASCII, a letter may match another's case: only the pattern can tell)
        "relative": not chunk.isascii() or any(w in low for w in RELATIVE_WORDS),
    }
    present = {need for need, ok in has.items() if ok}
    for (kind, pattern), needs in zip(PATTERNS, NEEDS, strict=True):
        if not present.issuperset(needs):
            continue
        for m in pattern.finditer(chunk):
            s, e = lo + m.start(), lo + m.end()
            if any(a < e and s < b for a, b in taken):
                continue
            before = text[max(lo, s - 40) : s]
            # "said on Tuesday", "today announced": the date of the statement
            reporting = (
                kind in ("wd", "rel")
                and bool(REPORTING_BEFORE.search(before) or REPORTING_AFTER.match(text[e:hi]))
                # ("said last month's flight": the date of the noun after it)
                and text[e : e + 2] not in ("'s", "’s")
            )
            # tense of the words leading to the date: "will take place on Friday" is ahead; a
            # date opening its sentence takes the tense of the clause it opens ("On Monday,
            # X will hold talks")
            cues = FUTURE_CUES
            # "To be clear, X named her on 4 March": an opening phrase's "to" plans nothing
            opener = INFINITIVE_OPENER.match(text, lo, s)
            leading = text[max(opener.end() if opener else lo, s - 60) : s]
            clause_head = CLAUSE_BREAK.split(text[lo:s])[-1]  # the date's clause up to it
            if OPENER.fullmatch(clause_head) or SUBORDINATE_OPENER.search(text, lo, s):
                # after the date, "to" is a preposition ("went to Y") more often than a plan;
                # the words up to the sentence's end ("On Tuesday, Dr. X will …": the title's
                # period ends nothing)
                cues, leading = FUTURE_CUES - {"to"}, text[e : min(hi, e + 60)]
            # "next Tuesday", "its next flight … in December" look ahead
            future = (
                bool(cues & set(re.findall(r"[a-z]+", TO_PLACE.sub(" ", leading).lower())))
                or bool(NEXT.search(text, max(lo, s - 60), s))
                or bool(FUTURE_CLAUSE.fullmatch(clause_head))
                or bool(WILL_UNBROKEN.search(text, lo, s))
            )
            # (or "approved for an August flight": the month before the noun)
            future = future or bool(
                FOR_EVENT.search(leading)
                or m.group(0)[:4].lower() == "for "
                and EVENT_AFTER.match(text, e, hi)
            )
            # "on 11 June, when the rocket lifted off": the clause the date heads is past
            future = future and not WHEN_PAST.match(text, e, hi)
            lead_word = m.group(0).split()[0].lower()  # "for May", "by June": ahead of the verb
            if (past := PAST_BEFORE.search(text, max(lo, s - 40), s)) and not (
                lead_word in ("for", "by", "until", "next")
                or past.group(1).lower() in NOT_PAST
                or past.group(2).lower() in FUTURE_CUES
            ):
                future = False
            # "said on Tuesday" is in the past whatever the tense of the reported words
            expr = _resolve(kind, m, base, future and not reporting, default_year, months_year)
            if expr is None:
                continue
            date, precision, relative = expr
            taken.append((s, e))
            found.append(
                DateExpr(
                    s,
                    e,
                    date,
                    precision,
                    relative,
                    reporting=reporting,
                    # "since May 2019, when the two met in Y": the clause after it tells
                    # the earlier event at that date, so the date is that event's
                    # ("has run the institute since June 2025": when the tenure began, the
                    # appointment's date)
                    reference=before.rstrip().lower().endswith("since")
                    and not WHEN_PAST.match(text, e, hi)
                    and not TENURE_SINCE.search(before),
                    background=bool(FOUNDED_BEFORE.search(before)),
                )
            )
    if (
        base
        and (after := DAYS_AFTER.match(text, lo, hi))
        and NOW_CLAUSE.search(text, after.end(), hi)
    ):
        count = after.group(1).lower()
        days = (int(count) if count.isdigit() else COUNTS.index(count) + 1) * (
            7 if after.group(2).lower() == "week" else 1
        )
        if not any(d.start < after.end() for d in found):
            found.append(
                DateExpr(
                    after.start(1), after.end(), base - datetime.timedelta(days=days), "day", True
                )
            )
    found.sort(key=lambda d: d.start)
    if len(found) < 2:
        return found
    _from_earlier_date(found, base)
    # "Friday, May 15": the weekday names the same day as the date right after it
    return [
        d
        for d, nxt in zip(found, [*found[1:], None], strict=True)
        if not (
            nxt is not None
            and nxt.precision == "day"
            and text[d.start : d.end].lower() in WEEKDAYS
            and text[nxt.start : nxt.end].lower() not in WEEKDAYS
            and text[d.end : nxt.start] in (", ", " ")
        )
    ]


def _from_earlier_date(found: list[DateExpr], base: datetime.date | None) -> None:
    """ "Its 2 March bulletin said X would fly on 9 March": a day ahead of an earlier date of the
    sentence is ahead of that date, not of the article's, so it stays in the article's year."""
    if base is None:
        return
    for n, d in enumerate(found):
        if not (d.relative and d.precision == "day" and d.date and d.date.year == base.year + 1):
            continue
        this_year = d.date.replace(year=base.year)
        if any(
            e.date and e.date.year == base.year and e.precision == "day" and e.date <= this_year
            for e in found[:n]
        ):
            d.date = this_year


def _resolve(kind, m, base, future, default_year, months_year=None):
    year = base.year if base else default_year
    if kind in ("num", "iso"):
        day, month, y = m.groups() if kind == "num" else reversed(m.groups())
        try:
            return datetime.date(int(y), int(month), int(day)), "day", False
        except ValueError:
            return None
    if kind == "mdy" or kind == "dmy":
        month_name, day = (m.group(1), m.group(2)) if kind == "mdy" else (m.group(2), m.group(1))
        month = MONTHS[month_name.lower().rstrip(".")]
        day = int(day) if day.isdigit() else ORDINAL_DAYS[day.lower()]
        explicit = m.group(3)
        if not explicit and not year:
            return None
        y = int(explicit) if explicit else year
        # "will take charge on January 1", written in November: the next one (a few weeks
        # back, a future word is more likely another clause's: "the successor to X, which
        # ended on March 2")
        if not explicit and base and future and (base.month - month) * 31 + base.day - day > 60:
            y += 1
        try:
            return datetime.date(y, month, day), "day", not explicit
        except ValueError:
            return None
    if kind == "my":
        return (
            datetime.date(int(m.group(2)), MONTHS[m.group(1).lower().rstrip(".")], 1),
            "month",
            False,
        )
    if kind == "y":
        return datetime.date(int(m.group(1)), 1, 1), "year", False
    if base is None:
        if kind == "m" and months_year and m.group(0).split()[0].lower() not in ("last", "next"):
            # an undated text of months: "in June" is in the year of its "May 2026"
            month = MONTHS[m.group(1).lower().rstrip(".")]
            return datetime.date(months_year, month, 1), "month", True
        return None
    if kind == "wdn":
        day = int(m.group(1))
        month = datetime.date(base.year, base.month, 1)
        if future and day < base.day:
            month = (month + datetime.timedelta(days=31)).replace(day=1)
        elif not future and day > base.day:
            month = (month - datetime.timedelta(days=1)).replace(day=1)
        try:
            return month.replace(day=day), "day", True
        except ValueError:
            return None
    if kind == "wd":
        target = WEEKDAYS.index(m.group(1).lower())
        if week := WEEK_AFTER.match(m.string, m.end()):
            # "Thursday of next week": the week counted from its Monday
            monday = base - datetime.timedelta(days=base.weekday())
            shift = {"next": 7, "this": 0, "last": -7}[week.group(1).lower()]
            return monday + datetime.timedelta(days=shift + target), "day", True
        delta = (base.weekday() - target) % 7
        date = base - datetime.timedelta(days=delta)
        said = m.string[max(0, m.start() - 5) : m.start()].lower()
        if future and delta or not delta and said.endswith("next "):
            # "next Thursday", said on a Thursday, is a week on
            date += datetime.timedelta(days=7)
        elif not delta and said.endswith("last "):
            date -= datetime.timedelta(days=7)
        return date, "day", True
    if kind == "m":
        month = MONTHS[m.group(1).lower().rstrip(".")]
        y = base.year
        said = m.group(0).split()[0].lower()
        if said in ("last", "next"):
            # "last October" is behind the article and "next March" ahead, whatever the tense
            future = said == "next"
        if future and month < base.month:
            y += 1
        elif not future and month > base.month:
            y -= 1
        # "in March last year", "in May next year"
        if year_after := YEAR_AFTER.match(m.string, m.end()):
            y = base.year + {"last": -1, "this": 0, "next": 1}[year_after.group(1).lower()]
        return datetime.date(y, month, 1), "month", True
    phrase = m.group(1).lower()
    if phrase in SAME_DAY:
        return base, "day", True
    if phrase == "tomorrow":
        return base + datetime.timedelta(days=1), "day", True
    date = _counted_back(phrase, base)
    if date is None:
        date = _dateparser(phrase, base)
    if date is None:
        return None
    precision = "year" if "year" in phrase else "month" if "month" in phrase else "day"
    # "last year" is the year, not the day a year before the article
    if precision == "year":
        date = date.replace(month=1, day=1)
    elif precision == "month":
        date = date.replace(day=1)
    return date, precision, True


# how far back "last", "this" and "next" count, and the counts written in words ("rel")
COUNT_WORDS = dict(last=1, this=0, next=-1, two=2, three=3, four=4, five=5, six=6)


def _counted_back(phrase: str, base: datetime.date) -> datetime.date | None:
    """The date a relative phrase of "rel" (in lower case, not one of ``SAME_DAY``) names, as
    dateparser reads it against ``base``: so many days, months or years before it, a month or a
    year keeping the day of the month (the month's last when it has no such day); None for a
    phrase this leaves to dateparser (outside ASCII, or a count over a hundred)."""
    if not phrase.isascii():
        return None  # ("ſ" matches "s" case aside, "٣" is a digit)
    if phrase == "yesterday":
        return base - datetime.timedelta(days=1)
    count_word, unit = phrase.split()[:2]
    count = COUNT_WORDS[count_word] if count_word in COUNT_WORDS else int(count_word)
    if count > 100:
        return None
    if unit.startswith("day"):
        return base - datetime.timedelta(days=count)
    months = count * 12 if unit.startswith("year") else count
    year, month = divmod(base.year * 12 + base.month - 1 - months, 12)
    day = min(base.day, calendar.monthrange(year, month + 1)[1])
    return datetime.date(year, month + 1, day)


@lru_cache(maxsize=4096)
def _dateparser(phrase: str, base: datetime.date) -> datetime.date | None:
    import dateparser  # imported lazily: it is slow to import and rarely needed

    settings = {
        "RELATIVE_BASE": datetime.datetime(base.year, base.month, base.day, tzinfo=datetime.UTC),
        "PREFER_DATES_FROM": "past",
    }
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if parsed else None
