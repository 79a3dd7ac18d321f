"""Which claim a dated frame joins: the nearest that passes matching's tests, whatever nearer
claims fail (up to the edge of its window, 60 days either side); the first by id of two as near;
an undated claim before one dated as far (31 days) with a lower id. What a read of the window
nearest first must keep (benchmarks/ingest/README.md): one that stopped at the nearest `FIRST`
would join nothing in the first case and the dated claim in the last."""

import datetime
from types import SimpleNamespace

import pytest

from newsroom.extraction.matching import Matcher
from tests.factories import ArticleFactory, ClaimFactory, EntityFactory

pytestmark = pytest.mark.django_db

MARCH_4 = datetime.date(2026, 3, 4)

# more nearer claims that fail than a first read of the nearest few would take
FIRST = 8


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
    lacks)."""
    agency, partner, rival = (organisation(n) for n in ("Orbital Agency", "Harbor", "Rival"))
    for n in range(1, FIRST + 2):
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
    assert len(matcher.frames.ids()) == FIRST + 1 + joins  # the window


def test_of_two_claims_as_near_the_frame_joins_the_first_by_id():
    agency, partner, rival = (organisation(n) for n in ("Orbital Agency", "Harbor", "Rival"))
    for n in range(1, FIRST):
        meeting(days(n), agency, rival)
    # FIRST days before and after, after FIRST - 1 nearer that fail
    first, second = meeting(days(-FIRST), agency, partner), meeting(days(FIRST), agency, partner)
    found, matcher = find(agency, partner)
    assert found.pk == first.pk
    assert second.pk in matcher.frames.ids()


def test_an_undated_claim_comes_before_one_dated_a_month_away_with_a_lower_id():
    agency, partner, rival = (organisation(n) for n in ("Orbital Agency", "Harbor", "Rival"))
    for n in range(1, FIRST):
        meeting(days(n), agency, rival)
    # 31 days away, as far as an undated claim counts, and with the lower id: the undated
    # claim comes first all the same (its date agrees)
    dated = meeting(days(31), agency, partner)
    undated = meeting(None, agency, partner)
    found, matcher = find(agency, partner)
    assert found.pk == undated.pk
    assert {dated.pk, undated.pk} <= set(matcher.frames.ids())
