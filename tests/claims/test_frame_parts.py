"""A dated frame's claims are read nearest first, a few at a time (claims.frame_parts.Band), and
the distance the database orders them by is the one matching chooses by (`values.days_from`)."""

import datetime

import pytest

from newsroom.claims import values
from newsroom.claims.frame_parts import BAND, DaysFrom
from newsroom.claims.frames import ClaimFrameIndex
from newsroom.claims.models import Claim
from tests.factories import ClaimFactory, EntityFactory

pytestmark = pytest.mark.django_db

PUBLISHED = datetime.date(2026, 4, 1)
MARCH_4 = datetime.date(2026, 3, 4)


def extension(agency, date=None, precision=""):
    claim = ClaimFactory(kind="extension", date=date, date_precision=precision)
    claim.parties.add(agency)
    return claim


def days(n):
    return MARCH_4 + datetime.timedelta(days=n)


@pytest.mark.parametrize(
    "middle", [MARCH_4, datetime.date(2026, 3, 15), datetime.date(2026, 7, 2), days(-300)]
)
def test_the_distance_in_sql_is_the_distance_matching_chooses_by(middle):
    dates = [
        (MARCH_4, "day"),
        (datetime.date(2025, 12, 31), "day"),
        (datetime.date(2026, 3, 1), "month"),
        (datetime.date(2026, 2, 28), "month"),
        (datetime.date(2026, 1, 1), "year"),
        (datetime.date(2025, 8, 9), "year"),
        (None, ""),
    ]
    claims = [ClaimFactory(date=date, date_precision=precision) for date, precision in dates]
    rows = Claim.objects.filter(pk__in=[c.pk for c in claims]).annotate(days=DaysFrom(middle))
    found = {claim.pk: claim.days for claim in rows}
    assert found == {c.pk: values.days_from(middle, c.date, c.date_precision) for c in claims}


def frame_of(agency, date=MARCH_4, precision="day"):
    return ("extension", [agency.pk], False, date, precision)


SPEC = {"kind": "extension", "previous": False, "date": MARCH_4, "precision": "day"}


def test_a_dated_frame_reads_its_nearest_claims_then_the_rest(django_assert_num_queries):
    agency = EntityFactory(name="Orbital Agency", kind="organization")
    # a window of 3 * BAND claims, 1 to 3 * BAND days away, alternately after and before
    claims = [extension(agency, days(n if n % 2 else -n), "day") for n in range(1, 3 * BAND + 1)]
    with django_assert_num_queries(2):  # the claims, their parties
        index = ClaimFrameIndex([frame_of(agency)], expand=set, published=PUBLISHED)
    # the nearest BAND, not the whole window
    assert sorted(index.rows) == sorted(claim.pk for claim in claims[:BAND])
    spec = {**SPEC, "mine": {agency.pk}}
    nearest, last = index.rows[claims[0].pk], index.rows[claims[BAND - 1].pk]
    # a claim strictly nearer than the last read settles the frame; the last read does not (a
    # claim not read may be as near), nor does none
    assert index.settled(found=nearest, **spec)
    assert not index.settled(found=last, **spec)
    assert not index.settled(found=None, **spec)
    with django_assert_num_queries(2):
        assert sorted(index.more(**spec)) == sorted(claim.pk for claim in claims[BAND:])
    assert index.settled(found=None, **spec)


def test_a_dated_frame_with_few_claims_reads_them_all_at_once(django_assert_num_queries):
    agency = EntityFactory(name="Orbital Agency", kind="organization")
    claims = [extension(agency, days(n), "day") for n in range(BAND - 1)]
    index = ClaimFrameIndex([frame_of(agency)], expand=set, published=PUBLISHED)
    assert sorted(index.rows) == sorted(claim.pk for claim in claims)
    assert index.settled(found=None, **SPEC, mine={agency.pk})


def test_a_dated_frame_reads_an_undated_claim_as_a_month_away_and_claims_of_its_day_whole():
    agency, other = (
        EntityFactory(name=name, kind="organization") for name in ("Orbital Agency", "Other")
    )
    far = [extension(agency, days(40 + n), "day") for n in range(BAND)]
    undated = extension(agency)
    month = extension(agency, datetime.date(2026, 3, 1), "month")  # the 15th: 11 days
    same_day = [extension(other, MARCH_4, "day") for _ in range(BAND + 1)]
    index = ClaimFrameIndex([frame_of(agency)], expand=set, published=PUBLISHED)
    assert set(index.rows) == {
        undated.pk,
        month.pk,
        *(claim.pk for claim in far[: BAND - 2]),
        *(claim.pk for claim in same_day),
    }
