"""A wire's dateline with its town in small letters ("<Town>, 11 June 2026 (AGENCY) --"): it
dates the article and nothing in the lede."""

from __future__ import annotations

import datetime

from .test_claim_dates import claim_date


def test_claims_a_town_dateline_in_small_letters_dates_nothing_in_the_lede():
    text = (
        "Coastal radar network agreed\n\n"
        "Varnsholm, 11 June 2026 (NOR-BX) -- The Coastal Agency and Fjordline Systems agreed on "
        "Wednesday in Bergen to build a coastal radar network for the fishing fleet.\n"
    )
    when = claim_date(text, datetime.date(2026, 6, 11), "agreed on")
    assert when == datetime.date(2026, 6, 10)
