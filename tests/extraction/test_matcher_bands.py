"""A dated frame joins the nearest claim that passes matching's tests, as it did when it read its
whole window, though it reads the window nearest first (claims.frame_parts.Band): at the edge of
the window, past nearer claims that fail, and between claims as near as each other."""

import datetime
from types import SimpleNamespace

import pytest

from newsroom.claims.frame_parts import BAND
from newsroom.extraction.matching import Matcher
from tests.factories import ArticleFactory, ClaimFactory, EntityFactory

pytestmark = pytest.mark.django_db

MARCH_4 = datetime.date(2026, 3, 4)


def days(n):
    return MARCH_4 + datetime.timedelta(days=n)


def organisation(name):
    return EntityFactory(name=name, kind="organization")


def meeting(date, *parties, precision="day"):
    claim = ClaimFactory(kind="meeting", date=date, date_precision=precision if date else "")
    claim.parties.add(*parties)
    return claim


def frame():
    return SimpleNamespace(
        kind="meeting",
        previous=False,
        date=MARCH_4,
        date_precision="day",
        statement="The agency met its partner.",
        evidence=[],
    )


def find(*parties):
    """The claim a frame of the agency's meeting with `parties` on March 4 joins."""
    article = ArticleFactory(published_at=datetime.datetime(2026, 3, 6, tzinfo=datetime.UTC))
    matcher = Matcher(article, has_evidence=False)
    candidate = frame()
    matcher.load([(candidate, list(parties), list(parties))])
    found = matcher.find(candidate, parties=list(parties), named=list(parties))
    return found, matcher


@pytest.fixture
def agencies():
    """An agency, its partner in the frame, and a rival: the agency's nearer meetings with the
    rival, days from the frame's, are other meetings (each names an organisation the other
    lacks), more of them than the first read takes."""
    agency, partner, rival = (organisation(n) for n in ("Orbital Agency", "Harbor", "Rival"))
    for n in range(1, BAND + 2):
        meeting(days(n if n % 2 else -n), agency, rival)
    return agency, partner, rival


@pytest.mark.parametrize(("away", "joins"), [(60, True), (-60, True), (61, False), (-61, False)])
def test_a_frame_joins_a_claim_at_the_edge_of_its_window_past_nearer_ones_that_fail(
    agencies, away, joins
):
    agency, partner, _ = agencies
    edge = meeting(days(away), agency, partner)
    found, matcher = find(agency, partner)
    assert (found.pk if found else None) == (edge.pk if joins else None)
    assert len(matcher.frames.ids()) == BAND + 1 + joins  # the window, read whole


def test_a_frame_whose_nearest_claim_passes_reads_no_further(django_assert_num_queries):
    agency, partner = organisation("Orbital Agency"), organisation("Harbor")
    near = meeting(days(2), agency, partner)
    for n in range(3, 3 + 2 * BAND):
        meeting(days(n), agency, partner)
    article = ArticleFactory(published_at=datetime.datetime(2026, 3, 6, tzinfo=datetime.UTC))
    matcher = Matcher(article, has_evidence=False)
    candidate = frame()
    matcher.load([(candidate, [agency, partner], [agency, partner])])
    assert len(matcher.frames.ids()) == BAND
    with django_assert_num_queries(0):
        found = matcher.find(candidate, parties=[agency, partner], named=[agency, partner])
    assert found.pk == near.pk


def test_of_two_claims_as_near_the_frame_joins_the_first_by_id():
    agency, partner, rival = (organisation(n) for n in ("Orbital Agency", "Harbor", "Rival"))
    for n in range(1, BAND):
        meeting(days(n), agency, rival)
    # BAND days before and after: the first is the last of the first read, the second is not
    first, second = meeting(days(-BAND), agency, partner), meeting(days(BAND), agency, partner)
    found, matcher = find(agency, partner)
    assert found.pk == first.pk
    assert second.pk in matcher.frames.ids()  # (read, to rule it out)


def test_an_undated_claim_comes_before_one_dated_a_month_away_read_before_it():
    agency, partner, rival = (organisation(n) for n in ("Orbital Agency", "Harbor", "Rival"))
    for n in range(1, BAND):
        meeting(days(n), agency, rival)
    # 31 days away, as far as an undated claim counts: read first (the lower id), it is the
    # last of the first read, and the undated claim, read after it, comes first (dates agree)
    dated = meeting(days(31), agency, partner)
    undated = meeting(None, agency, partner)
    found, matcher = find(agency, partner)
    assert found.pk == undated.pk
    assert {dated.pk, undated.pk} <= set(matcher.frames.ids())
