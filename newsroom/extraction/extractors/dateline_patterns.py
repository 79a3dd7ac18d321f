"""The patterns of an article's dateline and of the lines near its top that date it: "MOSCOW,
August 1 (TASS) —", "Varna, 2 March 2026", "Published: 20 October 2026", "Minutes – 4 May 2026"."""

from __future__ import annotations

import re

from .lexicon import lexicon

_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
# a state wire's upper-case dateline: "YEREVAN, MARCH 11, ARNA."
_MONTH_CAPS = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]{0,6}\.?"
DATELINE = re.compile(
    # capitals with accents too ("ÉVORA", "LIÈGE")
    # and Latin Extended-A ("WROCŁAW", "ŁÓDŹ"; the block mixes cases, a small risk in a line
    # that must still end in a dash or a date)
    r"^(?P<city>[A-ZÀ-ÖØ-Þ\u0100-\u017f][A-ZÀ-ÖØ-Þ\u0100-\u017f.'\- ]{2,40}?)"
    rf"(?:, (?!{_MONTH_WORD} \d)(?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?))?"
    # "Sept. 12", "Sept. 12, 2025", or day first: "14 May 2026"
    # (after a comma or a dash: "BUENOS AIRES, Argentina — August 24, 2026 —")
    rf"(?:(?:,| [—–-])? (?P<date>(?:{_MONTH_WORD}|{_MONTH_CAPS}) \d{{1,2}}(?:, \d{{4}})?"
    rf"|\d{{1,2}} {_MONTH_WORD}(?: \d{{4}})?))?"
    # "(Reuters)", "/PRNewswire/", "(Éstrela Notícias)"
    r"(?:\.? ?[(/](?P<outlet>[A-ZÀ-Þ][A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f.&' ]{1,30})[)/]"
    r"|, (?P<agency>[A-Z]{2,12})\.(?=\s))?"  # ", ARNA."
    # a dash before the lede ("WARSAW, Sept. 13. — "), or a state wire's "MOSCOW, May 5. /TASS/."
    # on a line of its own; a lede opens with a capital ("NOT FOR RELEASE — do not …" is a notice)
    r"(?:\.?\s*[-—–]{1,2}\s(?![a-z])|(?(outlet)\.?[ ]*(?:\n|$)|(?!))"
    # or a state wire's "MOSCOW, August 1. The head of …", the lede after the date's period
    r"|(?(date)\.\s+(?=[A-Z“\"])|(?!))"
    r"|(?(agency)\s+(?=[A-Z“\"])|(?!)))"
)
# A place and date, or a date alone, on a line of its own near the top of a press release:
# "Yerevan, 2 March 2026", "Wednesday 15 April 2026"
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
DATE_LINE = re.compile(
    # a weekday before the date is no city ("Wed, June 10, 2026"); a masthead may stand for the
    # city ("The X Y Gazette, Tuesday 10 March 2026")
    rf"^(?:(?!{_WEEKDAY},)(?P<city>[A-Z][a-zà-ÿ'-]+(?: [A-Z][a-zà-ÿ'-]+){{0,3}}), )?"
    rf"(?:{_WEEKDAY},? )?"
    rf"(?P<date>\d{{1,2}} {_MONTH_WORD} \d{{4}}|{_MONTH_WORD} \d{{1,2}}, \d{{4}})"
    # a masthead's other fields after a middle dot or a bar ("Friday, 2 May 2026 · Edition
    # in English · Town")
    r"[ ]*(?:[·|•][^\n]*)?(?:\n|$)"
    # or a weekday and a day without a year on a line of its own ("Tuesday 15 September")
    # (or with other fields after a middle dot: "Monday, 9 March · Day 4 · Pier B")
    rf"|^{_WEEKDAY},? (?P<wday>\d{{1,2}} {_MONTH_WORD}|{_MONTH_WORD} \d{{1,2}})"
    r"[ ]*(?:[·|•][^\n]*)?(?:\n|$)"
    # or a town and a date before a colon on the lede's line ("Pune, March 4: …", "Lima, 4 March:")
    rf"|^(?!{_WEEKDAY},)(?P<town>[A-Z][a-zà-ÿ'-]+(?: [A-Z][a-zà-ÿ'-]+){{0,2}}), "
    rf"(?P<day>\d{{1,2}} {_MONTH_WORD}(?: \d{{4}})?|{_MONTH_WORD} \d{{1,2}}(?:, \d{{4}})?)"
    # or on a line of its own after the town, without a year ("Galway, 12 November")
    r"(?::\s+(?=[A-Z“\"])|[ ]*(?:\n|$))"
)
# or a labelled date near the top: "Published: 20 October 2026", "DATE:    4 May 2026", "Date:
# October 29, 2026, 09:00 CET", "Issued: Thursday 8 October, 14:00"
DATE_LABEL = re.compile(
    rf"^(?i:{'|'.join(sorted(lexicon()['date_labels'], key=len, reverse=True))})[ \t]*:[ \t]*"
    rf"(?:{_WEEKDAY},? )?"
    rf"(?P<date>\d{{1,2}} {_MONTH_WORD}(?: \d{{4}})?|{_MONTH_WORD} \d{{1,2}}(?:, \d{{4}})?"
    # or in figures: "Date: 22.09.2026", "Published: 2026-09-22"
    r"|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?![\w-])"
)
# or a heading that ends in its full date after a dash: "Record of sitting No. 4 — Tuesday,
# 3 March 2026", "Minutes of the board – 4 May 2026"
DATED_HEADING = re.compile(
    # or after "dated": "NOTICE No. 7 DATED 3 APRIL 2026"
    # or a byline's, after a bar or a dot: "By X Y | 3 November 2026"
    rf"^(?:[^\n]{{3,90}}? (?:[—–-]|(?i:dated))|(?i:by) [^\n]{{3,80}}? [|·]) (?:{_WEEKDAY},? )?"
    rf"(?P<date>\d{{1,2}} (?:{_MONTH_WORD}|{_MONTH_CAPS}) \d{{4}}"
    rf"|(?:{_MONTH_WORD}|{_MONTH_CAPS}) \d{{1,2}}, \d{{4}})[ ]*(?:\n|$)"
)
# an agency first, then the city and a day with the month abbreviated in the wire's own language,
# in capitals: "(AGENCY) - CITY, 22 MON -"
AGENCY_DATELINE = re.compile(
    r"^\((?P<outlet>[A-Z][A-Za-z.&' ]{1,30})\)\s*[-—–]\s*"
    r"(?P<city>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\- ]{2,40}?), (?P<date>\d{1,2} [A-Z]{3,4}\.?)\s*[-—–]\s"
)
# a town written in small letters, its full date and the agency in brackets, then the dash that
# opens the lede: "Springfield, 3 May 2026 (AP-XY) --"
TOWN_DATELINE = re.compile(
    rf"^(?P<city>[A-Z][a-zà-ÿ'-]+(?: [A-Z][a-zà-ÿ'-]+){{0,2}}), "
    rf"(?P<date>\d{{1,2}} {_MONTH_WORD} \d{{4}}|{_MONTH_WORD} \d{{1,2}}, \d{{4}})"
    r" \((?P<outlet>[A-ZÀ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.&'\- ]{1,30})\)\s*[-—–]{1,2}\s"
)
DATELINE_PARTS = {"agency": "outlet", "town": "city", "day": "date", "wday": "date"}
# a press release may put "PRESS RELEASE" and a headline before it, a show daily its masthead, its
# headline and a byline
DATELINE_LINES = 6
