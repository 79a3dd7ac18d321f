"""Date expressions: a day of the month in words or with "of" ("the ninth of June", "the 9th of
July"), resolved against the article's date."""

import datetime

from newsroom.extraction.extractors.dates import _counted_back, _dateparser, find_dates


def test_find_dates_reads_a_day_in_words_and_a_day_of_a_month():
    text = (
        "Tern-1 flew on the ninth of June; Tern-2 flies on the 21st of July or the Second of "
        "March, says X."
    )
    found = find_dates(text, 0, len(text), datetime.date(2026, 11, 12), None)
    assert [(text[d.start : d.end], d.date, d.precision) for d in found] == [
        ("ninth of June", datetime.date(2026, 6, 9), "day"),
        ("21st of July", datetime.date(2026, 7, 21), "day"),
        ("Second of March", datetime.date(2026, 3, 2), "day"),
    ]


def test_find_dates_a_when_clause_in_the_past_keeps_a_yearless_day_behind():
    # "similar to" would read as a plan ("to"): the past verb after "when" says otherwise
    text = "Conditions are similar to those on 11 June, when the first rocket lifted off."
    found = find_dates(text, 0, len(text), datetime.date(2026, 10, 8), None)
    assert [(d.date, d.precision) for d in found] == [(datetime.date(2026, 6, 11), "day")]


def test_find_dates_a_month_of_last_year():
    text = "Our first flight, in June of last year, was a test."
    found = find_dates(text, 0, len(text), datetime.date(2026, 10, 29), None)
    assert (text[found[0].start : found[0].end], found[0].date, found[0].precision) == (
        "in June",
        datetime.date(2025, 6, 1),
        "month",
    )


def test_find_dates_will_governs_a_weekday_after_a_long_subject():
    text = (
        "The public is informed that the Kestrel Rocket Company (KRC) will launch a rocket "
        "carrying the Tern-2 satellite of the Orbital Agency from Andoya on Saturday."
    )
    found = find_dates(text, 0, len(text), datetime.date(2026, 8, 10), None)
    assert [(d.date, d.precision) for d in found] == [(datetime.date(2026, 8, 15), "day")]


def test_find_dates_a_weekday_of_next_week():
    text = "The satellite is due to lift off on Thursday of next week."
    found = find_dates(text, 0, len(text), datetime.date(2026, 9, 16), None)  # a Wednesday
    assert [(d.date, d.precision) for d in found] == [(datetime.date(2026, 9, 24), "day")]


def test_find_dates_an_opening_phrase_with_to_plans_nothing():
    text = "To be clear, the council named her on 4 March, effective 1 April."
    found = find_dates(text, 0, len(text), datetime.date(2026, 10, 1), None)
    assert [(d.date, d.precision) for d in found] == [
        (datetime.date(2026, 3, 4), "day"),
        (datetime.date(2026, 4, 1), "day"),
    ]


def test_find_dates_a_day_ahead_of_an_earlier_date_of_the_sentence_stays_in_its_year():
    report = "Its 2 March bulletin said the agency would launch Tern-3 on 9 March."
    statement = "In a statement on 3 May, the agency said it would launch Tern-4 on 12 January."
    base = datetime.date(2026, 10, 1)
    assert [
        [d.date for d in find_dates(text, 0, len(text), base, None)] for text in (report, statement)
    ] == [
        [datetime.date(2026, 3, 2), datetime.date(2026, 3, 9)],
        [datetime.date(2026, 5, 3), datetime.date(2027, 1, 12)],
    ]


def test_find_dates_a_tenure_since_a_date_starts_then_and_a_things_service_does_not():
    base = datetime.date(2026, 5, 4)
    texts = [
        "Ms Ray has run the institute since June 2025.",
        "Dr Ray has served as deputy director since 2021.",
        "The probe, which has served the fleet well since 2015, will be retired.",
    ]
    assert [[d.reference for d in find_dates(t, 0, len(t), base, None)] for t in texts] == [
        [False],
        [False],
        [True],
    ]


def test_find_dates_a_journey_made_to_a_place_plans_nothing_and_a_trip_ahead_still_does():
    base = datetime.date(2026, 11, 27)
    texts = [
        "His tour took him to Lima in May.",
        "The show moves to the new hall in March.",
    ]
    assert [[d.date for d in find_dates(t, 0, len(t), base, None)] for t in texts] == [
        [datetime.date(2026, 5, 1)],
        [datetime.date(2027, 3, 1)],
    ]


def test_relative_phrases_are_counted_as_dateparser_counts_them():
    # the arithmetic that spares loading dateparser gives its dates, month ends and leap days
    # included; a count outside ASCII digits is still its to read
    phrases = ["yesterday", "last month", "next year", "this month", "0 days ago", "two months ago"]
    phrases += ["six years ago", "31 days ago", "13 months ago", "100 years ago"]
    bases = [datetime.date(2024, 2, 29), datetime.date(2026, 3, 31), datetime.date(2025, 12, 31)]
    bases += [datetime.date(2026, 1, 1), datetime.date(2027, 7, 15)]
    for base in bases:
        for phrase in phrases:
            assert _counted_back(phrase, base) == _dateparser.__wrapped__(phrase, base), phrase
    assert _counted_back("٣ days ago", bases[0]) is None
    assert _counted_back("101 days ago", bases[0]) is None
