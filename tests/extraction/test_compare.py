"""compare_claims: same claim, conflict, or unrelated."""

from __future__ import annotations

import datetime

from newsroom.extraction.extractors import ClaimFacts, compare_claims, extract
from newsroom.extraction.extractors.compare import claim_facts

DAY = datetime.date(2025, 7, 31)
MEETING = "meeting:agency-a|agency-b"


def test_compare_same_event_same_facts_is_same():
    assert (
        compare_claims(
            ClaimFacts(MEETING, DAY, "day", "Paris"), ClaimFacts(MEETING, DAY, "day", "Paris")
        )
        == "same"
    )


def test_compare_city_inside_country_is_more_specific_not_a_conflict():
    assert (
        compare_claims(
            ClaimFacts(MEETING, DAY, "day", "France"),
            ClaimFacts(MEETING, DAY, "day", "Lyon"),
        )
        == "same"
    )
    assert (
        compare_claims(
            ClaimFacts(MEETING, DAY, "day", "UK"), ClaimFacts(MEETING, DAY, "day", "Manchester")
        )
        == "same"
    )


def test_compare_other_place_for_same_event_is_conflict():
    assert (
        compare_claims(
            ClaimFacts(MEETING, DAY, "day", "Lyon"), ClaimFacts(MEETING, DAY, "day", "Berlin")
        )
        == "conflict"
    )


def test_compare_other_day_for_same_event_is_conflict():
    other = DAY + datetime.timedelta(days=2)
    assert (
        compare_claims(ClaimFacts(MEETING, DAY, "day"), ClaimFacts(MEETING, other, "day"))
        == "conflict"
    )


def test_compare_month_precision_agrees_with_day_in_that_month():
    month = datetime.date(2025, 7, 1)
    assert (
        compare_claims(ClaimFacts(MEETING, DAY, "day"), ClaimFacts(MEETING, month, "month"))
        == "same"
    )


def test_compare_years_apart_is_another_occurrence():
    assert (
        compare_claims(
            ClaimFacts(MEETING, DAY, "day"),
            ClaimFacts(MEETING, datetime.date(2018, 10, 1), "month"),
        )
        == "unrelated"
    )


def test_compare_different_events_are_unrelated():
    assert compare_claims(ClaimFacts("launch:agency-a"), ClaimFacts(MEETING)) == "unrelated"
    assert compare_claims(ClaimFacts(None), ClaimFacts(None)) == "unrelated"


def test_compare_planned_and_held_meeting_in_two_articles():
    planned = extract(
        "Helios Dynamics and the Polish Space Agency will meet in person.\n"
        "The meeting will take place in Warsaw on May 5, 2026."
    )
    held = extract(
        "Helios Dynamics and the Polish Space Agency held their first meeting.\n"
        "The encounter, held in Poland on May 5, 2026, was friendly."
    )
    a, b = claim_facts(planned.claims[-1], planned), claim_facts(held.claims[-1], held)
    assert a.event == b.event == "meeting:helios dynamics|polish space agency"
    assert compare_claims(a, b) == "same"
