"""Frames of a rocket that carried a satellite, of operations that ended, of a first flight that
failed, of a plan for a satellite, of a second clause whose subject is named in an aside, of the
contract a clause acts under, and of an event told after "when"."""

import datetime

import pytest

from tests.extraction.test_frames import frames

DATELINE = "LISBON, 10 May 2026 — The Orbital Agency met the Harbor Space Institute on Friday. "


@pytest.mark.parametrize(
    ("sentence", "kind", "day"),
    [
        (
            "A Kestrel rocket carried the Tern-1 satellite of the Orbital Agency from the Alva "
            "Spaceport on 14 May 2026.",
            "launch",
            datetime.date(2026, 5, 14),
        ),
        (
            "The Orbital Agency said Tern-1's science operations ended on 9 November 2026 after "
            "nine years in orbit.",
            "end_of_operations",
            datetime.date(2026, 11, 9),
        ),
        (
            "The Orbital Agency studied the failure of the Kestrel rocket's first flight in "
            "September 2025.",
            "launch",
            datetime.date(2025, 9, 1),
        ),
        (
            "On 14 May a Kestrel rocket placed the Orbital Agency's Tern-4 weather satellite "
            "into orbit.",
            "launch",
            datetime.date(2026, 5, 14),
        ),
        (
            "The Orbital Agency's plan for a Tern-3 satellite in 2029 drew praise.",
            "intent",
            datetime.date(2029, 1, 1),
        ),
    ],
    ids=[
        "a rocket that carried a satellite launched it",
        "operations that ended",
        "the failure of a first flight is the launch",
        "a satellite six words long placed into orbit",
        "a plan for a satellite",
    ],
)
def test_frames_these_words_name_the_event(sentence, kind, day):
    assert [(frame[0], frame[2]) for frame in frames(DATELINE + sentence)[1:]] == [(kind, day)]


def test_frames_a_second_clause_whose_subject_is_named_in_an_aside_is_that_persons():
    text = DATELINE + (
        "The Orbital Agency will switch off Tern-1 at the end of the month, and its chief "
        "engineer, Ana Reis, becomes director of the Orbital Agency next month, replacing Luis "
        "Costa."
    )
    found = frames(text)[1:]
    assert [frame[0] for frame in found] == ["end_of_operations", "appointment"]
    assert "Ana Reis" in found[1][1]


def test_frames_the_signing_of_the_contract_a_clause_acts_under_is_a_frame_of_its_own():
    text = DATELINE + (
        "Under the deal, signed on Wednesday, the Orbital Agency's Tern-2 satellite will fly "
        "on a Kestrel rocket from the Alva Spaceport in July."
    )
    assert [(frame[0], frame[2], frame[4]) for frame in frames(text)[1:]] == [
        ("agreement", datetime.date(2026, 5, 6), "happened"),
        ("launch", datetime.date(2026, 7, 1), "planned"),
    ]


def test_frames_a_meeting_told_after_when_the_pact_was_signed_is_a_frame_at_the_same_time():
    text = (
        "PARIS, 3 September 2026 — The Orbital Agency said its pact with the Harbor Space "
        "Institute runs until 2032. The pact was signed when both chiefs met in Lyon last month."
    )
    found = [(frame[0], frame[2]) for frame in frames(text)[1:] if frame[0]]
    assert found == [
        ("agreement", datetime.date(2026, 8, 1)),
        ("meeting", datetime.date(2026, 8, 1)),
    ]
