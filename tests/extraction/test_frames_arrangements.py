"""Event frames of arrangements: an agreement named as the subject of the verb that extends it is
the extension, however the sentence sets off its name."""

import datetime

from tests.extraction.test_frames import frames

DATELINE = (
    "PARIS, March 9, 2026 — The Orbital Agency and the Harbor Space Institute met on Monday. "
)
PARTIES = ["Harbor Space Institute", "Orbital Agency"]


def test_frames_an_agreement_with_a_long_name_is_extended_by_its_verb():
    text = DATELINE + (
        "The Harbor Space Institute's ground-station agreement with the agency's Lisbon "
        "laboratory now runs until 2031."
    )
    assert [(frame[0], frame[6]) for frame in frames(text)[1:]] == [("extension", 2031)]


def test_frames_an_agreement_and_its_participle_aside_are_one_extension():
    text = DATELINE + (
        "Its agreement with the Harbor Space Institute, renewed in Lisbon on 2 March, runs "
        "until 2031."
    )
    assert [(frame[0], frame[2], frame[3], frame[6]) for frame in frames(text)[1:]] == [
        ("extension", datetime.date(2026, 3, 2), "Lisbon", 2031)
    ]


def test_frames_an_agreement_and_its_relative_clause_are_one_extension():
    text = DATELINE + (
        "The institute's data agreement with the Orbital Agency, which was extended on March 2 "
        "until 2031, pays for four students."
    )
    assert [(frame[0], frame[1], frame[2], frame[6]) for frame in frames(text)[1:]] == [
        ("extension", PARTIES, datetime.date(2026, 3, 2), 2031)
    ]


def test_frames_an_extension_signed_is_still_the_extension():
    text = DATELINE + "The previous extension, signed in 2023, ran until 2027."
    assert [(frame[0], frame[2], frame[5], frame[6]) for frame in frames(text)[1:]] == [
        ("extension", datetime.date(2023, 1, 1), True, 2027)
    ]


def test_frames_an_arrangement_now_running_to_a_year_is_extended():
    text = DATELINE + "The institute's data deal with the agency, now running to 2031, costs less."
    assert [(frame[0], frame[6]) for frame in frames(text)[1:]] == [("extension", 2031)]


def test_frames_a_renewal_without_an_end_year_is_an_extension():
    text = DATELINE + "The two renewed the agreement under which the institute trains engineers."
    assert [frame[0] for frame in frames(text)[1:]] == ["extension"]


def test_frames_an_agreement_signed_and_running_to_a_year_is_the_signing():
    text = DATELINE + (
        "The agreement signed in Lisbon on Tuesday runs until 2030. The two will sign the "
        "renewal with the institute there, running to 2032."
    )
    assert [(frame[0], frame[6]) for frame in frames(text)[1:]] == [
        ("agreement", 2030),
        ("extension", 2032),
    ]


def test_frames_an_operating_agreement_that_now_runs_longer_is_extended():
    text = DATELINE + (
        "The station serves six satellites, and the Tern operating agreement now runs until 2032."
    )
    assert [(frame[0], frame[6]) for frame in frames(text)[1:]] == [("extension", 2032)]


def test_frames_an_agreement_extended_after_a_phrase_of_time_is_the_extension():
    text = DATELINE + (
        "On the same day, the Tern agreement with the Harbor Space Institute is extended until "
        "2031."
    )
    assert [(frame[0], frame[6]) for frame in frames(text)[1:]] == [("extension", 2031)]


def test_frames_a_framework_agreement_with_a_launch_company_renewed_in_an_aside_is_one_event():
    text = DATELINE + (
        "The institute's framework agreement with Kestrel Launch, renewed in March until 2031, "
        "has trained dozens of students."
    )
    assert [(frame[0], frame[6]) for frame in frames(text)[1:]] == [("extension", 2031)]


def test_frames_an_agreement_first_concluded_and_then_extended_is_two_events():
    text = DATELINE + (
        "The institute's framework agreement with Kestrel Launch, first concluded in Porto in "
        "2024 and extended last month until 2030, fixes the price of launches."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)[1:]] == [
        ("agreement", datetime.date(2024, 1, 1)),
        ("extension", datetime.date(2026, 2, 1)),
    ]


def test_frames_a_timeline_entry_dates_the_extension_after_its_dash():
    text = DATELINE + (
        "\n\nMarch 2022 — The Orbital Agency extends its agreement with the Harbor Space Institute "
        "until 2026."
    )
    assert [(frame[0], frame[2], frame[6]) for frame in frames(text)[1:]] == [
        ("extension", datetime.date(2022, 3, 1), 2026)
    ]


def test_frames_an_agreement_last_renewed_and_to_be_extended_is_two_extensions():
    text = DATELINE + (
        "The hosting agreement between the Orbital Agency and the Harbor Space Institute, last "
        "renewed in 2023 and running until 2026, is expected to be extended until 2030."
    )
    assert [(frame[0], frame[2], frame[5], frame[6]) for frame in frames(text)[1:]] == [
        ("extension", datetime.date(2023, 1, 1), True, 2026),
        ("extension", None, False, 2030),
    ]


def test_frames_a_previous_contract_and_its_signing_in_an_aside_are_one_event():
    text = DATELINE + (
        "The Orbital Agency's only previous supply contract, signed with Kestrel Rockets in 2023, "
        "covers four engines."
    )
    assert [(frame[0], frame[2], frame[5]) for frame in frames(text)[1:]] == [
        ("agreement", datetime.date(2023, 1, 1), True)
    ]


def test_frames_an_aside_that_tells_the_signing_names_the_agreement_and_its_term():
    signed = "The charter between Orbix Ltd and the Vela Agency, signed in 2022, runs until 2029."
    renewed = "The Orbix Ltd lease with the Vela Agency, renewed in 2024, runs until 2031."
    assert [frames(text) for text in (signed, renewed)] == [
        [
            (
                "agreement",
                ["Orbix Ltd", "Vela Agency"],
                datetime.date(2022, 1, 1),
                None,
                "happened",
                False,
                2029,
            )
        ],
        [
            (
                "extension",
                ["Orbix Ltd", "Vela Agency"],
                datetime.date(2024, 1, 1),
                None,
                "happened",
                False,
                2031,
            )
        ],
    ]


def test_frames_talks_on_extending_an_arrangement_tell_the_extension():
    talks = "The Vela Agency and Orbix Ltd began talks on renewing their licence until 2040."
    held = "The Vela Agency and Orbix Ltd held talks on a new agreement in Oslo."
    assert [[(kind, until) for kind, *_, until in frames(text)] for text in (talks, held)] == [
        [("extension", 2040)],
        [("meeting", None)],
    ]


def test_frames_terms_set_out_in_an_agreement_and_its_term_in_a_relative_clause():
    terms = (
        "Under the terms laid down in the Treaty, the Tern-1 satellite was put into orbit by "
        "the Vela Agency on 22 September 2026."
    )
    term = "The Vela Agency books its data contract, which runs until 2033, at 5 million."
    assert [[(kind, until) for kind, *_, until in frames(text)] for text in (terms, term)] == [
        [("launch", None)],
        [("agreement", 2033)],
    ]
