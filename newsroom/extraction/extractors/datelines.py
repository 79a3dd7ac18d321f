"""The date of an article from its dateline when no metadata gives one, and the year a day
without a year takes."""

from __future__ import annotations

import datetime
import re

from .dates import MONTH_WORD, REPORTING_BEFORE, find_dates
from .lexicon import MONTHS, WEEKDAYS
from .text import Doc


def dateline_date(
    doc: Doc, received_at: datetime.date | None, default_year: int | None, line: str = ""
) -> datetime.date | None:
    """The article's date from its dateline ("MOSCOW, August 1." / "PARIS, March 5, 2026 —")
    when no metadata gives one. A dateline without a year takes the year of the article's full
    dates, else the year it was received or the one before as the text names them (see
    _year_written), never one that puts it after the article was received. ``line``, a
    dateline given apart from the text (the front matter's "dateline: BOGOTÁ, May 13"), is read
    when the text has none."""
    span = doc.dateline.get("date")
    if span is not None:
        text, (start, end) = doc.text, span
        lead = doc.text[: doc.text.find("\n", end) % (len(doc.text) + 1)]
    elif line.strip():
        text, start, end = line, 0, len(line)
        lead = doc.text[: doc.text.find("\n\n") % (len(doc.text) + 1)]  # the first paragraph
    else:
        return None
    year = default_year or _year_written(doc, received_at)
    # "MARCH 11" read as "March 11" (same length, so the offsets hold)
    text = text[:start] + CAPS.sub(_cap, text[start:end]) + text[end:]
    found = [d for d in find_dates(text, start, end, None, year) if d.date]
    if not found or found[0].precision != "day":
        return None
    date = found[0].date
    if default_year or received_at is None or YEAR.search(text, start, end):
        # a year the dateline writes ("Bogotá, 24 May 2027") is the year, whenever received
        return date
    if weekday := _year_of_weekday(lead, date, received_at.year):
        return weekday
    if (this := _this_years_weekday(lead, date, received_at)) is not None:
        return this
    if date > received_at:
        date = date.replace(year=date.year - 1)
    return date


CAPS = re.compile(r"\b[A-Z]{3,}\b")


def _cap(m: re.Match) -> str:
    return m.group(0).capitalize()


WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _year_of_weekday(lead: str, date: datetime.date, year: int) -> datetime.date | None:
    """A wire's lead tells the day it reports ("ROME, May 12 — …, the agency said on
    Tuesday"): of the years around the one it was received in, the one in which the dateline
    falls on that weekday, when exactly one does."""
    said = {
        m.group(1).lower()
        for m in WEEKDAY.finditer(lead)
        if REPORTING_BEFORE.search(lead[max(0, m.start() - 40) : m.start()])
    }
    fits = []
    for y in (year - 1, year, year + 1):
        try:
            candidate = date.replace(year=y)
        except ValueError:  # February 29
            continue
        if WEEKDAYS[candidate.weekday()] in said:
            fits.append(candidate)
    return fits[0] if len(fits) == 1 else None


def _this_years_weekday(
    lead: str, date: datetime.date, received_at: datetime.date
) -> datetime.date | None:
    """ "MOMBASA, Oct 6 — X on Tuesday extended …": when the dateline falls, in the year the
    article was received, on a weekday its lead names, that year is the dateline's (before the
    text's years are counted: a report names past years more often than its own)."""
    try:
        this = date.replace(year=received_at.year)
    except ValueError:  # February 29
        return None
    named = {m.group(1).lower() for m in WEEKDAY.finditer(lead)}
    return this if this <= received_at and WEEKDAYS[this.weekday()] in named else None


YEAR = re.compile(r"\b((?:19|20)\d{2})\b")


def _year_written(doc: Doc, received_at: datetime.date | None) -> int | None:
    """The year of a yearless dateline: the year it was received or the one before, whichever
    the text names more often ("the only campaign of 2026"); the later one when it names both as
    often or neither."""
    if received_at is None:
        return None
    this, last = received_at.year, received_at.year - 1
    years = [int(y) for y in YEAR.findall(doc.text)]
    return last if years.count(last) > years.count(this) else this


def year_of_full_dates(doc: Doc) -> int | None:
    """Without an article date, a day without a year takes the year the text's full dates give
    most often, the later of two as often: a wire's booking for this year and the rocket's first
    flight the year before, told last, date it this year."""
    years = [int(next(y for y in found if y)) for found in FULL_DATE_YEAR.findall(doc.text)]
    return max(years, key=lambda y: (years.count(y), y)) if years else None


def year_of_month_years(doc: Doc) -> int | None:
    """Without a full date or a weekday, a month without a year takes the year that the text's
    months with a year give most often, the later of two as often ("flies in June 2026 … will
    meet in Oslo in June")."""
    years = [int(y) for y in MONTH_YEAR.findall(doc.text)]
    return max(years, key=lambda y: (years.count(y), y)) if years else None


MONTH_YEAR = re.compile(rf"\b{MONTH_WORD} ((?:19|20)\d{{2}})\b")
# "March 5, 2026", "5 March 2026", "20 September 2026": the year of a full date, either order
FULL_DATE_YEAR = re.compile(
    r"\b[A-Z][a-z]+\.? \d{1,2},? ((?:19|20)\d{2})\b"
    rf"|\b\d{{1,2}} (?i:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.? ((?:19|20)\d{{2}})\b"
)


def year_of_weekday_dates(doc: Doc, received_at: datetime.date | None) -> int | None:
    """Without a full date, the year in which the days the text gives with their weekday ("Thu
    22 Oct", "Thursday, October 22", "22 October (Thursday)") fall on those weekdays: of the
    year it was received and the ones either side, the only one all of them fit."""
    if received_at is None:
        return None
    fits = None
    for pattern in WEEKDAY_DATES:
        for m in pattern.finditer(doc.text):
            day, month = int(m.group("day")), MONTHS[m.group("month").lower()]
            years = set()
            for year in (received_at.year - 1, received_at.year, received_at.year + 1):
                try:
                    date = datetime.date(year, month, day)
                except ValueError:
                    continue
                if WEEKDAYS[date.weekday()].startswith(m.group("wd")[:3].lower()):
                    years.add(year)
            fits = years if fits is None else fits & years
    return next(iter(fits)) if fits and len(fits) == 1 else None


_WD = r"(?P<wd>(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?)"
_MONTH = rf"(?P<month>{'|'.join(sorted(MONTHS, key=len, reverse=True))})"
_NO_YEAR = r"(?!\.?,?\s*(?:19|20)\d{2})"
WEEKDAY_DATES = [
    re.compile(rf"\b{_WD}\.?,?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\b{_NO_YEAR}", re.I),
    re.compile(rf"\b{_WD}\.?,?\s+{_MONTH}\.?\s+(?P<day>\d{{1,2}})\b{_NO_YEAR}", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}\b[^()\n]{{0,24}}\({_WD}\)", re.I),
]
