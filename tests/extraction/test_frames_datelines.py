"""The year a dateline without one takes from the text's full dates."""

import datetime

from tests.extraction.test_frames import frames


def test_frames_a_yearless_dateline_takes_the_year_most_full_dates_give_not_the_last():
    # the launch is booked for this year; the rocket's first flight, told last, was the year before
    text = (
        "ROME, May 12 (Harbor Wire) — The Orbital Agency met the Harbor Space Institute in Rome "
        "on Tuesday. Their next meeting is set for June 3, 2026, in Ghent. The Kestrel rocket "
        "first flew on Nov. 20, 2025."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)][:2] == [
        ("meeting", datetime.date(2026, 5, 12)),
        ("meeting", datetime.date(2026, 6, 3)),
    ]
