"""The frame index (claims.selectors.ClaimFrameIndex) reads only the claims a frame could join."""

import datetime

import pytest

from newsroom.claims.selectors import ClaimFrameIndex
from tests.factories import ClaimFactory, EntityFactory

pytestmark = pytest.mark.django_db

PUBLISHED = datetime.date(2026, 4, 1)


def extension(agency, date=None, precision=""):
    claim = ClaimFactory(kind="extension", date=date, date_precision=precision)
    claim.parties.add(agency)
    return claim


def test_the_frame_index_leaves_out_claims_dated_a_year_or_more_before_an_undated_frame():
    agency = EntityFactory(name="Orbital Agency", kind="organization")
    extension(agency, datetime.date(2024, 1, 1), "year")  # history: "approved in 2024"
    recent = extension(agency, datetime.date(2026, 1, 10), "day")
    undated = extension(agency)
    frame = ("extension", [agency.pk], False, None, "")
    index = ClaimFrameIndex([frame], expand=set, published=PUBLISHED)
    assert set(index.claims) == {recent.pk, undated.pk}
    found = index.candidates(
        kind="extension",
        mine={agency.pk},
        previous=False,
        date=None,
        precision="",
        published=PUBLISHED,
    )
    assert found == [recent, undated]


def test_the_frame_index_of_a_frame_dated_long_before_its_article_leaves_out_undated_claims():
    agency = EntityFactory(name="Orbital Agency", kind="organization")
    extension(agency)
    same_year = extension(agency, datetime.date(2024, 2, 1), "day")
    frame = ("extension", [agency.pk], False, datetime.date(2024, 1, 1), "year")
    index = ClaimFrameIndex([frame], expand=set, published=PUBLISHED)
    assert set(index.claims) == {same_year.pk}
