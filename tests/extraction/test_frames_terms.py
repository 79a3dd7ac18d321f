"""Frames of days written in figures, of a post held "since June", of an extension made "on the
day of the launch", and of a programme dated by a weekday line with other fields."""

import datetime

from newsroom.extraction.extractors import extract
from tests.extraction.test_frames import frames

RECEIVED = datetime.date(2026, 12, 7)
DATELINE = "LISBON, 10 May 2026 — The Orbital Agency met Kestrel Aerospace on Friday. "


def test_frames_days_in_figures_date_the_log_and_its_events():
    text = (
        "HARBOUR JOURNAL\n\nDate: 14.05.2026\n\nA Kestrel rocket launched the Tern-1 satellite "
        "from Senja on 14.05.2026, 11:20 local time. A Kestrel rocket flew again on 2026-06-03."
    )
    assert extract(text).article_date == datetime.date(2026, 5, 14)
    assert [(frame[0], frame[2]) for frame in frames(text)] == [
        ("launch", datetime.date(2026, 5, 14)),
        ("launch", datetime.date(2026, 6, 3)),
    ]
    assert [claim.date for claim in extract(DATELINE + "Release 1.2.2026.3 shipped.").claims] == [
        datetime.date(2026, 5, 8),
        None,
    ]


def test_frames_a_director_in_post_since_a_month_was_appointed_then():
    text = DATELINE + (
        "Kestrel Aerospace mission director Dewi Lestaria, in post since June 2025, spoke."
    )
    assert [(frame[0], frame[1], frame[2]) for frame in frames(text)][1:] == [
        ("appointment", ["Dewi Lestaria", "Kestrel Aerospace"], datetime.date(2025, 6, 1))
    ]


def test_frames_an_extension_made_on_the_day_of_the_launch_keeps_its_parties_and_end():
    text = DATELINE + (
        "On the day of the flight, the Orbital Agency and Kestrel Aerospace renewed their pad "
        "lease at Senja until 2034."
    )
    assert [(kind, parties, until) for kind, parties, *_, until in frames(text)][1:] == [
        ("extension", ["Kestrel Aerospace", "Orbital Agency"], 2034)
    ]


def test_frames_a_weekday_line_with_fields_after_a_middle_dot_dates_the_programme():
    text = (
        "VISITOR PROGRAMME\n\nTour 2026\nMonday, 9 March · Day 4 · Pier B\n\nToday we will "
        "watch the Orbital Agency launch Tern-2 from Senja."
    )
    assert [(frame[0], frame[2]) for frame in frames(text, received_at=RECEIVED)] == [
        ("launch", datetime.date(2026, 3, 9))
    ]


def test_frames_a_weekday_opening_a_clause_after_why_takes_that_clauses_tense():
    text = DATELINE + (
        "She will say why, on Wednesday, the Orbital Agency flew a test rocket out of Senja. "
        "He said that, on Friday, the Orbital Agency will launch Tern-2."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)][1:] == [
        ("launch", datetime.date(2026, 5, 6)),
        ("launch", datetime.date(2026, 5, 15)),
    ]
