"""The frame index (claims.frames.ClaimFrameIndex) reads only the claims a frame could join, as
values, and builds a model instance only for a claim a frame joins."""

import datetime

import pytest

from newsroom.claims.frames import PREFIX, ClaimFrameIndex, ClaimRow
from newsroom.claims.models import Claim
from newsroom.claims.selectors import roles_read
from newsroom.core.models import ReviewStatus
from tests.factories import ClaimFactory, EntityFactory, RoleFactory

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


def test_roles_are_read_once_per_organisation_and_status_not_once_per_article():
    agency = EntityFactory(name="Orbital Agency", kind="organization")
    other = EntityFactory(name="Harbor Institute", kind="organization")
    chief = EntityFactory(name="Lena Kovac")
    for _ in range(3):  # one role row for every article that names her so
        RoleFactory(person=chief, organization=agency)
    RoleFactory(person=chief, organization=other, title="Adviser")
    RoleFactory(person=chief, organization=other, review_status=ReviewStatus.REJECTED)
    cache = roles_read({chief.pk}, cache={})
    assert sorted(cache[chief.pk]) == sorted(
        [
            (agency.pk, ReviewStatus.PENDING),
            (other.pk, ReviewStatus.PENDING),
            (other.pk, ReviewStatus.REJECTED),
        ]
    )


def test_the_party_test_reads_only_the_roles_of_claims_that_share_no_party_with_the_frame(
    django_assert_num_queries,
):
    agency = EntityFactory(name="Orbital Agency", kind="organization")
    guest = EntityFactory(name="Tomas Ruiz")  # a party of a claim the agency is a party of
    RoleFactory(person=guest, organization=EntityFactory(name="Harbor", kind="organization"))
    chief = EntityFactory(name="Lena Kovac")  # the agency's chief, its claim's only party
    RoleFactory(person=chief, organization=agency)
    stranger = EntityFactory(name="Ada Berg")
    date = datetime.date(2026, 3, 30)
    # (a meeting, of which a story may tell two a day: the same day does not join it)
    shared = ClaimFactory(kind="meeting", date=date, date_precision="day")
    shared.parties.add(agency, guest)
    by_role = ClaimFactory(kind="meeting", date=date, date_precision="day")
    by_role.parties.add(chief)
    other = ClaimFactory(kind="meeting", date=date, date_precision="day")
    other.parties.add(stranger)
    roles = {}
    frame = ("meeting", [agency.pk], False, date, "day")
    index = ClaimFrameIndex([frame], expand=set, published=PUBLISHED, roles=roles)
    index.add(other, parties={stranger.pk})  # (the index's query leaves it out)
    spec = {"kind": "meeting", "mine": {agency.pk}, "previous": False, "date": date}
    with django_assert_num_queries(0):
        found, people = index.prospects(precision="day", published=PUBLISHED, **spec)
    assert ([claim.pk for claim in found], people) == (
        [shared.pk, by_role.pk, other.pk],
        {chief.pk, stranger.pk},
    )
    with django_assert_num_queries(1):
        found = index.candidates(precision="day", published=PUBLISHED, **spec)
    assert [claim.pk for claim in found] == [shared.pk, by_role.pk]
    # the guest's roles were not needed: the claim shares the agency with the frame
    assert roles.keys() == {chief.pk, stranger.pk}
    with django_assert_num_queries(0):
        found, people = index.prospects(precision="day", published=PUBLISHED, **spec)
    assert ([claim.pk for claim in found], people) == ([shared.pk, by_role.pk], set())
