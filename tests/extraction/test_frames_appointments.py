"""Appointment frames whose person is named by a pronoun, or whose words name the post taken:
"She takes office on Friday", "will succeed him as", "a swearing-in"."""

import datetime

import pytest

from tests.extraction.test_frames import frames

DATELINE = "Published: 5 October 2026\n\n"


def test_frames_appointments_a_pronoun_stands_for_the_person_named_before():
    text = DATELINE + (
        "Sigrid Vanter is the new chief of Norvald Rockets. She takes office on Friday.\n\n"
        "The board of Kestrel Works praised Oskar Dahl. It appointed him on 3 March."
    )
    assert [(kind, parties, date) for kind, parties, date, *_ in frames(text)][1:] == [
        ("appointment", ["Norvald Rockets", "Sigrid Vanter"], datetime.date(2026, 10, 9)),
        ("appointment", ["Oskar Dahl"], datetime.date(2026, 3, 3)),
    ]


def test_frames_appointments_a_pronoun_with_no_person_before_names_nobody():
    text = DATELINE + "Norvald Rockets opened a plant. She takes office on Friday."
    # a dated sentence, but no appointment
    assert [(kind, parties) for kind, parties, *_ in frames(text)] == [(None, [])]


def test_frames_appointments_succeeding_as_taking_up_a_named_post_and_a_swearing_in():
    text = DATELINE + (
        "Lina Morve, the agency's head of science, will succeed him as its chief executive "
        "on 1 November. Tomas Reil takes up the Orbis-4 post on 1 December after a decade at the "
        "agency. The swearing-in of Captain Ana Pires as director of the Alto "
        "centre is set for 2 November."
    )
    assert [(kind, date) for kind, _, date, *_ in frames(text)] == [
        ("appointment", datetime.date(2026, 11, 1)),
        ("appointment", datetime.date(2026, 12, 1)),
        ("appointment", datetime.date(2026, 11, 2)),
    ]


def test_frames_appointments_take_the_day_the_post_takes_effect():
    text = DATELINE + (
        "3 Feb 2026 — The Orbis Agency has named Tomas Reil, now its flight dynamics chief, as "
        "head of the Orbis-4 project, effective 2 March."
    )
    assert [(kind, date) for kind, _, date, *_ in frames(text)] == [
        ("appointment", datetime.date(2026, 3, 2))
    ]


def test_frames_appointments_keep_the_day_of_the_decision_when_the_verb_gives_it():
    text = DATELINE + "The Orbis Agency appointed Tomas Reil on 3 March, with effect from 2 April."
    assert [(kind, date) for kind, _, date, *_ in frames(text)] == [
        ("appointment", datetime.date(2026, 3, 3))
    ]


@pytest.mark.parametrize("words", ["took the helm of", "took the top job at"])
def test_frames_appointments_taking_the_helm_or_the_top_job(words):
    text = DATELINE + f"Lina Morve {words} the Orbis Agency on 1 August."
    assert [(kind, parties) for kind, parties, *_ in frames(text)] == [
        ("appointment", ["Lina Morve", "Orbis Agency"])
    ]


def test_frames_appointments_a_dated_aside_on_the_subject_is_an_event_of_its_own():
    text = (
        "KORO, November 5, 2026 (PNA) — Dr Lena Morve, who became Orbis Agency director in "
        "March, watched the launch on a screen at the agency."
    )
    assert [(kind, date) for kind, _, date, *_ in frames(text)] == [
        ("appointment", datetime.date(2026, 3, 1)),
        ("launch", None),
    ]
