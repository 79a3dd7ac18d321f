"""Frames of days written in figures, of a post held "since June", of an extension made "on the
day of the launch", and of a programme dated by a weekday line with other fields."""

import datetime

from newsroom.extraction.extractors import extract
from tests.extraction.test_frames import frames

RECEIVED = datetime.date(2026, 12, 7)
DATELINE = "LISBON, 10 May 2026 — The Orbital Agency met Kestrel Aerospace on Friday. "


def test_frames_days_in_figures_date_the_log_and_its_events():
    text = (
        "DECK LOG\n\nDate: 22.09.2026\n\nThe Kestrel rocket launched the Tern-1 satellite from "
        "Senja on 22.09.2026 at 0540 UTC. The Kestrel rocket flew again on 2026-10-02."
    )
    assert extract(text).article_date == datetime.date(2026, 9, 22)
    assert [(frame[0], frame[2]) for frame in frames(text)] == [
        ("launch", datetime.date(2026, 9, 22)),
        ("launch", datetime.date(2026, 10, 2)),
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
        "On the day of the launch, the Orbital Agency and Kestrel Aerospace extended the use "
        "agreement for the Senja spaceport until 2036."
    )
    assert [(kind, parties, until) for kind, parties, *_, until in frames(text)][1:] == [
        ("extension", ["Kestrel Aerospace", "Orbital Agency"], 2036)
    ]


def test_frames_a_weekday_line_with_fields_after_a_middle_dot_dates_the_programme():
    text = (
        "TODAY ON BOARD\n\nSeason 2026\nSaturday, 17 October · Day 6 · At sea\n\nToday we will "
        "watch the Orbital Agency launch Tern-2 from Senja."
    )
    assert [(frame[0], frame[2]) for frame in frames(text, received_at=RECEIVED)] == [
        ("launch", datetime.date(2026, 10, 17))
    ]


def test_frames_a_weekday_opening_a_clause_after_why_takes_that_clauses_tense():
    text = DATELINE + (
        "He will explain why, on Wednesday, the Orbital Agency launched a sounding rocket from "
        "Senja. She said that, on Friday, the Orbital Agency will launch Tern-2."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)][1:] == [
        ("launch", datetime.date(2026, 5, 6)),
        ("launch", datetime.date(2026, 5, 15)),
    ]
