"""Frames of text wrapped in mid-sentence, of headings in capitals cut at a semicolon, of minutes
dated by a "Day/date:" line and deciding an extension, and of events named by the words of an
operator's notice ("end service", "shutdown"), a ride on a rocket, an arrangement "first
concluded", a post taken "since taking office"; and none for targets met or a rocket that has not
yet flown."""

import datetime

import pytest

from newsroom.extraction.extractors import extract
from newsroom.extraction.extractors.text import analyse
from tests.extraction.test_frames import frames

DATELINE = "LISBON, 10 May 2026 — The Orbital Agency met the Harbor Space Institute on Friday. "


def test_analyse_a_line_wrapped_in_mid_sentence_goes_on_and_a_list_or_address_does_not():
    text = (
        "The Orbital Agency said its chief\nwill meet the board in Ghent.\nThe parties intend "
        "to:\na. share two dishes;\nb. train staff.\nMedia: Ana Ruiz, Orbital Agency\n"
        "press@example.org"
    )
    doc = analyse(text)
    assert [text[a:b] for a, b in doc.paras] == [
        "The Orbital Agency said its chief\nwill meet the board in Ghent.",
        "The parties intend to:",
        "a. share two dishes;",
        "b. train staff.",
        "Media: Ana Ruiz, Orbital Agency",
        "press@example.org",
    ]


def test_frames_a_wrapped_sentence_keeps_its_event_with_its_date():
    text = (
        "LISBON, 10 May 2026 — The Orbital Agency said its chief\nwill meet the head of the "
        "Harbor Space Institute in Ghent\non 14 May to sign a new agreement."
    )
    assert [(kind, date) for kind, _, date, *_ in frames(text)] == [
        ("meeting", datetime.date(2026, 5, 14))
    ]


def test_frames_a_heading_in_capitals_cut_at_its_semicolon_tells_two_events():
    text = (
        "ORBITAL AGENCY AND HARBOR INSTITUTE CHIEFS TO MEET IN GHENT; NEW TERN-1 WEATHER "
        "PROBE CLEARED FOR AUTUMN LAUNCH\n\n" + DATELINE
    )
    assert [kind for kind, *_ in frames(text)][:2] == ["meeting", "launch"]


def test_frames_a_day_and_date_line_dates_minutes_and_the_meeting_decides_an_extension():
    text = (
        "RECORD OF THE SHAREHOLDERS' SESSION\n\nDay/date: Monday, 9 March 2026\n\nThe session "
        "endorsed the directors' motion to renew the booking contract with the Orbital Agency "
        "until 2031. The treasurer said last month's first Kestrel flight ended well."
    )
    assert [(kind, date, until) for kind, _, date, *_, until in frames(text)] == [
        ("meeting", None, None),
        ("extension", None, 2031),
        ("launch", datetime.date(2026, 2, 1), None),
    ]


@pytest.mark.parametrize(
    ("sentence", "kind", "day"),
    [
        (
            "Tern-1, due to be replaced by Tern-5, is to end service next month.",
            "end_of_operations",
            datetime.date(2026, 6, 1),
        ),
        (
            "Last month the shutdown of Tern-2 was completed by a team in Ghent.",
            "end_of_operations",
            datetime.date(2026, 4, 1),
        ),
        (
            "The Tern-2 satellite rode a Kestrel rocket from Ghent on 4 May.",
            "launch",
            datetime.date(2026, 5, 4),
        ),
    ],
)
def test_frames_words_of_an_ending_and_of_a_ride_on_a_rocket(sentence, kind, day):
    assert [(frame[0], frame[2]) for frame in frames(DATELINE + sentence)][1:] == [(kind, day)]


def test_frames_a_ride_on_a_rocket_and_the_rockets_maiden_flight_are_two_launches():
    text = DATELINE + (
        "Tern-2 rode a Kestrel rocket on Saturday, its second outing for a paying client, "
        "which made its maiden flight in January."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)][1:] == [
        ("launch", datetime.date(2026, 5, 9)),
        ("launch", datetime.date(2026, 1, 1)),
    ]


def test_frames_an_arrangement_first_concluded_in_a_year_is_not_the_extension_to_sign():
    text = DATELINE + (
        "Both leaders will sign an extension of the imaging agreement that the agencies first "
        "concluded in 2019."
    )
    assert [(frame[0], frame[2], frame[4]) for frame in frames(text)][1:] == [
        ("extension", None, "planned"),
        ("agreement", datetime.date(2019, 1, 1), "happened"),
    ]


def test_frames_a_post_taken_since_taking_office_is_the_subjects_appointment():
    text = DATELINE + "Dewi Lestaria has reshaped the board since taking office in March."
    assert [(frame[0], frame[1], frame[2]) for frame in frames(text)][1:] == [
        ("appointment", ["Dewi Lestaria"], datetime.date(2026, 3, 1))
    ]


def test_frames_no_meeting_for_targets_met_and_no_launch_for_a_rocket_not_yet_flown():
    text = DATELINE + (
        "The camera met all requirements, the agency said on Friday. Kestrel Aerospace, whose "
        "light launcher has not yet flown from Ghent in 2026, competes with Alva Orbital."
    )
    result = extract(text)
    assert [claim.kind for claim in result.claims] == ["meeting", None, None]


def test_frames_a_masthead_and_a_section_path_over_a_byline_date_tell_no_event():
    text = (
        "ROCKETRY & SPACE MONTHLY\nScience | Rockets\n\nTern-1 enters service\n\n"
        "By Ana Ruiz | 5 October 2026\n\nThe Orbital Agency switched off Tern-0 at the end of "
        "June."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)] == [
        ("end_of_operations", datetime.date(2026, 6, 1))
    ]


def test_frames_an_accord_that_dates_from_a_year_and_was_extended_later_is_two_events():
    text = DATELINE + (
        "The imaging pact between the two agencies dates from 2019 and was renewed in 2023, "
        "until 2027."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)][1:] == [
        ("agreement", datetime.date(2019, 1, 1)),
        ("extension", datetime.date(2023, 1, 1)),
    ]


def test_frames_a_table_row_with_its_date_after_a_bar_tells_its_event():
    text = (
        "PUBLIC NOTICE\n\nFlight day | Wednesday 3 June 2026\n\nThe Orbital Agency will "
        "launch Tern-1 from the Alva spaceport."
    )
    assert (
        "launch",
        datetime.date(2026, 6, 3),
    ) in [(frame[0], frame[2]) for frame in frames(text)]
