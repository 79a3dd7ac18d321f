"""Claims: dates (absolute and relative), places, evidence, and event signatures."""

from __future__ import annotations

import datetime

from newsroom.extraction.extractors import extract

FRIDAY = datetime.date(2025, 9, 12)


def claim_dates(text: str, published_at: datetime.date | None = None) -> list[tuple]:
    """(date, precision) of each claim."""
    return [(c.date, c.date_precision) for c in extract(text, published_at=published_at).claims]


def test_claims_absolute_day_month_year():
    text = (
        "The rover landed on July 31, 2025. The first test was in October 2018. "
        "The design dates from 2016."
    )
    assert claim_dates(text) == [
        (datetime.date(2025, 7, 31), "day"),
        (datetime.date(2018, 10, 1), "month"),
        (datetime.date(2016, 1, 1), "year"),
    ]


def test_claims_relative_weekday_resolved_against_publication_date():
    assert claim_dates("The crew docked on Thursday.", FRIDAY) == [
        (datetime.date(2025, 9, 11), "day")
    ]
    assert claim_dates("The crew will dock on Tuesday.", FRIDAY) == [
        (datetime.date(2025, 9, 16), "day")
    ]


def test_claims_next_or_last_weekday_said_on_that_weekday_is_a_week_away():
    assert claim_dates("The council meets next Friday.", FRIDAY) == [
        (datetime.date(2025, 9, 19), "day")
    ]
    assert claim_dates("The crew docked last Friday.", FRIDAY) == [
        (datetime.date(2025, 9, 5), "day")
    ]


def test_claims_last_or_next_month_name_and_a_month_last_year():
    assert claim_dates("The company will fly again after its flight last October.", FRIDAY) == [
        (datetime.date(2024, 10, 1), "month")
    ]
    assert claim_dates("The two agencies last met in Lima in March last year.", FRIDAY) == [
        (datetime.date(2024, 3, 1), "month")
    ]


def test_claims_a_month_after_joins_is_ahead():
    assert claim_dates("Lena Kovac, who joins as chief engineer in March, spoke.", FRIDAY) == [
        (datetime.date(2026, 3, 1), "month")
    ]


def test_claims_relative_month_and_last_month():
    assert claim_dates("The budget is due to be approved in November.", FRIDAY) == [
        (datetime.date(2025, 11, 1), "month")
    ]
    assert claim_dates("The agency published the report last month.", FRIDAY) == [
        (datetime.date(2025, 8, 1), "month")
    ]


def test_claims_relative_dates_without_publication_date_stay_undated():
    assert claim_dates("The crew docked on Thursday at the station in Denver.") == [(None, None)]


def test_claims_day_without_year_takes_year_of_article():
    text = "The talks were held on March 3, 2024. A second round is set for April 9."
    assert claim_dates(text)[1] == (datetime.date(2024, 4, 9), "day")


def test_claims_reporting_date_yields_to_event_date():
    text = "The module will launch in December 2027, an official was quoted as saying on Thursday."
    assert claim_dates(text, FRIDAY) == [(datetime.date(2027, 12, 1), "month")]


def test_claims_place_entities_evidence_and_event():
    text = (
        "Polish Space Agency and Kosmoflot will meet in Warsaw.\n"
        "The meeting will take place in Warsaw on May 5, 2026."
    )
    result = extract(text)
    claim = result.claims[-1]
    assert claim.statement == "The meeting will take place in Warsaw on May 5, 2026."
    assert result.entity(claim.place_key).name == "Warsaw"
    assert claim.evidence[0].text == claim.statement
    assert claim.event == "meeting:kosmoflot|polish space agency"


def test_claims_two_dated_clauses_give_two_claims():
    text = "Japan landed a probe in January 2024, and India touched down in August 2023."
    result = extract(text)
    assert [(c.date, c.evidence[0].text) for c in result.claims] == [
        (datetime.date(2024, 1, 1), "Japan landed a probe in January 2024"),
        (datetime.date(2023, 8, 1), "and India touched down in August 2023."),
    ]


def test_claims_dates_inside_quotes_are_not_the_claim_date():
    text = '"We will fly in 2030," said Tomas Varga, who joined the agency in 2019.'
    assert claim_dates(text) == [(datetime.date(2019, 1, 1), "year")]


def test_claims_weekday_before_explicit_date_names_the_same_day():
    thursday = datetime.date(2026, 5, 14)
    text = "The crew is due to dock with the station at 4:30 p.m. EDT on Friday, May 15."
    assert claim_dates(text, thursday) == [(datetime.date(2026, 5, 15), "day")]


def test_claims_nineteenth_century_year_after_a_cue():
    text = "The university was founded in 1891. The probe weighs 1850 kg."
    assert claim_dates(text)[0] == (datetime.date(1891, 1, 1), "year")


def test_claims_place_after_the_city_of():
    text = "The agency chief hosted his counterpart in the northern city of Tianjin."
    result = extract(text)
    (claim,) = result.claims
    assert result.entity(claim.place_key).name == "Tianjin"
    assert claim.rule == "event-place"


def test_claims_founding_year_in_passing_does_not_date_the_event():
    text = (
        "The two chiefs met in Lisbon on Friday — their first talks since the Baltic agency "
        "was founded in 2021.\n"
        "The Nordic Rocket Institute, which was set up in 2010, will host a workshop in "
        "September 2026."
    )
    claims = extract(text).claims
    assert [(c.date, c.date_precision, c.evidence[0].text) for c in claims] == [
        (None, None, text.split("\n")[0]),
        (datetime.date(2021, 1, 1), "year", "the Baltic agency was founded in 2021"),
        (datetime.date(2026, 9, 1), "month", text.split("\n")[1]),
        (datetime.date(2010, 1, 1), "year", "which was set up in 2010"),
    ]


def test_claims_founding_sentence_on_its_own_is_dated():
    assert claim_dates("The Baltic agency was founded in May 2021.") == [
        (datetime.date(2021, 5, 1), "month")
    ]


def test_claims_a_weekday_and_the_day_of_the_month_name_that_day():
    # "Friday the 5th" in an article of Friday the 12th: the 5th, not the day of the article
    assert claim_dates("The probe went up from Tarvik on Friday the 5th.", FRIDAY) == [
        (datetime.date(2025, 9, 5), "day")
    ]


def test_claims_a_weekday_far_into_a_future_clause_is_ahead():
    # "will" opens the clause, sixty characters and more before the weekday
    text = (
        "Orbital Agency will sign a ground-station services agreement with Harbor Telemetry "
        "in Tarvik on Tuesday."
    )
    assert claim_dates(text, FRIDAY) == [(datetime.date(2025, 9, 16), "day")]
