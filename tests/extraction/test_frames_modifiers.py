"""Event words that modify another word and name no event: "flight-proven", "a launch-plus-one-year
policy", "launch capacity"; what was first said at a meeting is not an earlier meeting."""

import datetime

from tests.extraction.test_frames import frames

DATELINE = (
    "PARIS, March 9, 2026 — The Orbital Agency and the Harbor Space Institute met on Monday. "
)


def test_frames_a_word_joined_by_a_hyphen_names_no_event():
    text = DATELINE + (
        "Rates for flight-proven vehicles fell in March. A pre-launch review of Tern-2 ended on "
        "Friday."
    )
    assert [frame[0] for frame in frames(text)[1:]] == [None, None]


def test_frames_launch_before_an_insurance_noun_names_no_launch():
    text = DATELINE + (
        "Launch capacity for small vehicles stood at 190 million euros in March. The Orbital "
        "Agency launched Tern-2 on Friday."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)[1:]] == [
        (None, datetime.date(2026, 3, 1)),
        ("launch", datetime.date(2026, 3, 6)),
    ]


def test_frames_what_was_first_discussed_at_a_meeting_is_not_an_earlier_meeting():
    text = DATELINE + (
        "A second antenna, first discussed at the director's meeting with the institute in Porto, "
        "is on show. The two agencies first met in Porto in 2019."
    )
    assert [(frame[0], frame[5]) for frame in frames(text)[1:]] == [
        ("meeting", False),
        ("meeting", True),
    ]


def test_frames_an_earlier_flight_after_after_is_a_second_launch():
    text = DATELINE + (
        "Kestrel Launch's Kestrel-2 rocket launched Tern-2 on 5 March from Kourou, its first "
        "success after the rocket's maiden flight failed in 2025."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)[1:]] == [
        ("launch", datetime.date(2026, 3, 5)),
        ("launch", datetime.date(2025, 1, 1)),
    ]


def test_frames_an_undated_texts_month_takes_the_year_its_months_with_a_year_give():
    text = (
        "Tern-4 goes up in June 2026 from Kourou. Orbix Ltd will meet the Vela Agency in Oslo "
        "in June. The two held a summit in Rome in 2023."
    )
    assert [(kind, date) for kind, _, date, *_ in frames(text)] == [
        ("launch", datetime.date(2026, 6, 1)),
        ("meeting", datetime.date(2026, 6, 1)),
        ("meeting", datetime.date(2023, 1, 1)),
    ]


def test_frames_an_undated_texts_month_stays_undated_beside_a_full_date():
    text = (
        "Orbix Ltd met the Vela Agency in Oslo on March 4, 2026. Orbix Ltd will meet the Vela "
        "Agency again in June."
    )
    assert [(kind, date) for kind, _, date, *_ in frames(text)] == [
        ("meeting", datetime.date(2026, 3, 4)),
        ("meeting", None),
    ]
