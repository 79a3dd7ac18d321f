"""The date a claim takes from words that give no year: plans told by "foreseen" or "for flight"
are ahead, a verb in the past right before the month is behind; "<N> days after" an event."""

from __future__ import annotations

import datetime

from newsroom.extraction.extractors import extract


def claim_date(text: str, published: datetime.date, phrase: str) -> datetime.date | None:
    """The date of the one claim whose evidence holds ``phrase``."""
    result = extract(text, published_at=published)
    found = [c for c in result.claims if any(phrase in ev.text for ev in c.evidence)]
    assert len(found) == 1, [c.evidence[0].text for c in result.claims]
    return found[0].date


def test_claims_foreseen_for_a_month_is_ahead():
    text = "The pier in Tarnby is nearly built. Its handover is foreseen for August."
    when = claim_date(text, datetime.date(2026, 11, 5), "foreseen for August")
    assert when == datetime.date(2027, 8, 1)


def test_claims_approved_for_flight_in_a_month_is_ahead():
    text = (
        "The Pallas-3 glider, assembled by the Tarnby Institute, was approved for flight over "
        "the fjord in July, the institute said."
    )
    when = claim_date(text, datetime.date(2026, 3, 18), "approved for flight")
    assert when == datetime.date(2026, 7, 1)


def test_claims_a_past_verb_right_before_the_month_is_behind():
    text = (
        "Ingrid Solvang-Berg, a good friend to us all, tells the club she resigned in July "
        "after 22 years at Tarnby Boats."
    )
    when = claim_date(text, datetime.date(2026, 9, 15), "resigned in July")
    assert when == datetime.date(2026, 7, 1)


def test_claims_days_after_an_event_with_the_main_clause_now_date_the_event():
    text = (
        "Three days after the Tarnby ferry Pallas ran aground off the point, the town's "
        "councillors are still debating whether the harbour dues should rise."
    )
    when = claim_date(text, datetime.date(2026, 10, 8), "ran aground")
    assert when == datetime.date(2026, 10, 5)


def test_claims_days_after_an_event_told_in_the_past_give_no_date():
    text = (
        "Three days after the Tarnby ferry Pallas ran aground off the point, the company "
        "announced a board of inquiry with 40 members."
    )
    assert claim_date(text, datetime.date(2026, 10, 8), "ran aground") is None
