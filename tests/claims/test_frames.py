"""The frame index (claims.frames.ClaimFrameIndex) reads only the claims a frame could join, as
values, and builds a model instance only for a claim a frame joins."""

import datetime

import pytest

from newsroom.claims.frames import PREFIX, ClaimFrameIndex, ClaimRow
from newsroom.claims.models import Claim
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
    assert set(index.rows) == {recent.pk, undated.pk}
    found = index.candidates(
        kind="extension",
        mine={agency.pk},
        previous=False,
        date=None,
        precision="",
        published=PUBLISHED,
    )
    assert [claim.pk for claim in found] == [recent.pk, undated.pk]


def test_the_frame_index_of_a_frame_dated_long_before_its_article_leaves_out_undated_claims():
    agency = EntityFactory(name="Orbital Agency", kind="organization")
    extension(agency)
    same_year = extension(agency, datetime.date(2024, 2, 1), "day")
    frame = ("extension", [agency.pk], False, datetime.date(2024, 1, 1), "year")
    index = ClaimFrameIndex([frame], expand=set, published=PUBLISHED)
    assert set(index.rows) == {same_year.pk}


def day_candidates(index, agency, date, precision="day"):
    return index.candidates(
        kind="extension",
        mine={agency.pk},
        previous=False,
        date=date,
        precision=precision,
        published=PUBLISHED,
    )


def undated_candidates(index, agency):
    return day_candidates(index, agency, None, "")


def test_the_frame_index_reads_its_claims_as_rows_and_builds_one_instance_for_a_joined_claim():
    agency = EntityFactory(name="Orbital Agency", kind="organization")
    place = EntityFactory(name="Kourou", kind="place")
    dated = extension(agency, datetime.date(2026, 3, 30), "day")
    Claim.objects.filter(pk=dated.pk).update(place=place, statement="The agency extended it.")
    frame = ("extension", [agency.pk], False, datetime.date(2026, 3, 30), "day")
    index = ClaimFrameIndex([frame], expand=set, published=PUBLISHED)
    assert index.claims == {}
    [found] = day_candidates(index, agency, datetime.date(2026, 3, 30))
    assert isinstance(found, ClaimRow)
    assert (found.pk, found.date, found.date_precision, found.place_id, found.statement) == (
        dated.pk,
        datetime.date(2026, 3, 30),
        "day",
        place.pk,
        "The agency extended it.",
    )
    assert index.place_of(found) == place
    claim = index.claim(found)
    fresh = Claim.objects.get(pk=dated.pk)
    assert isinstance(claim, Claim)
    assert not claim._state.adding
    assert {f.attname: getattr(claim, f.attname) for f in Claim._meta.concrete_fields} == {
        f.attname: getattr(fresh, f.attname) for f in Claim._meta.concrete_fields
    }
    assert index.claim(found) is claim
    # a changed instance is what later frames compare
    claim.date = datetime.date(2026, 3, 31)
    [again] = day_candidates(index, agency, datetime.date(2026, 3, 31))
    assert again is claim


def test_the_frame_index_adopts_an_instance_read_elsewhere():
    agency = EntityFactory(name="Orbital Agency", kind="organization")
    dated = extension(agency, datetime.date(2026, 3, 30), "day")
    outside = ClaimFactory()
    frame = ("extension", [agency.pk], False, datetime.date(2026, 3, 30), "day")
    index = ClaimFrameIndex([frame], expand=set, published=PUBLISHED)
    elsewhere = Claim.objects.get(pk=dated.pk)
    assert index.adopt(elsewhere) is elsewhere
    assert index.adopt(Claim.objects.get(pk=dated.pk)) is elsewhere
    assert index.claim(index.rows[dated.pk]) is elsewhere
    other = Claim.objects.get(pk=outside.pk)
    assert index.adopt(other) is other
    assert index.claims == {dated.pk: elsewhere}


def test_the_frame_index_reads_an_undated_frames_claims_a_few_at_a_time_in_order_of_id(
    django_assert_num_queries,
):
    agency = EntityFactory(name="Orbital Agency", kind="organization")
    claims = [extension(agency) for _ in range(PREFIX + 3)]
    frame = ("extension", [agency.pk], False, None, "")
    index = ClaimFrameIndex([frame], expand=set, published=PUBLISHED)
    first = [claim.pk for claim in claims[:PREFIX]]
    assert [claim.pk for claim in undated_candidates(index, agency)] == first
    spec = {"kind": "extension", "mine": {agency.pk}, "previous": False, "date": None}
    # the first claim read settles the frame; none of them, or a claim after them, does not
    assert index.settled(found=index.rows[first[0]], **spec)
    assert not index.settled(found=None, **spec)
    with django_assert_num_queries(2):  # the claims, their parties
        assert index.more(**spec) == [claim.pk for claim in claims[PREFIX:]]
    assert [claim.pk for claim in undated_candidates(index, agency)] == [c.pk for c in claims]
    assert index.settled(found=None, **spec)
