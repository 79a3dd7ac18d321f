"""What the matcher reads before matching a run's frames (extraction.matching.Matcher.load): the
party expansion of a claim's parties is read only where matching compares it, for a claim whose
date disagrees with a frame's (`_may_dispute`) or one a plan may join (`_same_speaker`)."""

import datetime
from types import SimpleNamespace

import pytest

from newsroom.extraction.matching import Matcher
from tests.factories import ArticleFactory, ClaimFactory, EntityFactory, RoleFactory

pytestmark = pytest.mark.django_db

MARCH_4 = datetime.date(2026, 3, 4)


def meeting(date, *parties):
    claim = ClaimFactory(kind="meeting", date=date, date_precision="day")
    claim.parties.add(*parties)
    return claim


def frame(kind="meeting", date=MARCH_4):
    return SimpleNamespace(
        kind=kind,
        previous=False,
        date=date,
        date_precision="day",
        statement="The agency met its partner.",
        evidence=[],
    )


def warmed(agency):
    article = ArticleFactory(published_at=datetime.datetime(2026, 3, 6, tzinfo=datetime.UTC))
    matcher = Matcher(article, has_evidence=False)
    matcher.warm([agency.pk], names={agency.pk: agency.name})  # (the run's entities)
    return matcher


def loaded(agency, candidate):
    matcher = warmed(agency)
    matcher.load([(candidate, [agency], [agency])])
    return matcher


def organisation(name):
    return EntityFactory(name=name, kind="organization")


def test_the_party_expansion_is_read_only_for_claims_whose_date_disagrees_with_a_frame(
    django_assert_num_queries,
):
    agency = organisation("Orbital Agency")
    same_day, days_later = organisation("Harbor Institute"), organisation("Lunar Works")
    guest = EntityFactory(name="Tomas Ruiz")
    RoleFactory(person=guest, organization=organisation("Nordic Rockets"))
    agreeing = meeting(MARCH_4, agency, same_day, guest)
    meeting(datetime.date(2026, 3, 20), agency, days_later)
    candidate = frame()
    matcher = loaded(agency, candidate)
    # the meeting on the frame's date joins whatever the parties of its claim act for
    assert same_day.pk not in matcher._expanded
    assert guest.pk not in matcher._roles
    assert days_later.pk in matcher._expanded
    with django_assert_num_queries(0):  # what matching compares was read
        found = matcher.find(candidate, parties=[agency], named=[agency])
    assert found.pk == agreeing.pk


def test_a_plan_reads_the_party_expansion_of_every_claim_it_may_join():
    agency = organisation("Orbital Agency")
    partner = organisation("Harbor Institute")
    plan = ClaimFactory(kind="intent", date=MARCH_4, date_precision="day")
    plan.parties.add(agency, partner)
    matcher = loaded(agency, frame("intent"))
    assert partner.pk in matcher._expanded


def test_a_claim_dated_by_the_run_is_compared_with_what_it_reads_then():
    agency = organisation("Orbital Agency")
    partner, elsewhere = organisation("Harbor Institute"), organisation("Lunar Works")
    agreeing = meeting(MARCH_4, agency, partner)
    candidate = frame()
    matcher = loaded(agency, candidate)
    assert partner.pk not in matcher._expanded
    # the run dated it two weeks later meanwhile (as `ClaimWrites.complete` dates a claim):
    # a frame that names an organisation the claim lacks no longer joins it
    claim = matcher.frames.claim(matcher.frames.rows[agreeing.pk])
    claim.date = datetime.date(2026, 3, 18)
    other = frame()
    assert matcher.find(other, parties=[agency, elsewhere], named=[agency, elsewhere]) is None
    assert partner.pk in matcher._expanded


def test_the_organisations_the_compared_claims_parties_act_for_are_checked_with_the_aliases(
    django_assert_num_queries,
):
    agency, partner = organisation("Orbital Agency"), organisation("Harbor Institute")
    guest = EntityFactory(name="Tomas Ruiz")
    RoleFactory(person=guest, organization=partner)
    meeting(MARCH_4, agency, partner)
    later = meeting(datetime.date(2026, 3, 20), agency, guest)
    candidate = frame()
    matcher = warmed(agency)
    # the claims with their parties (2), the expansion's aliases and roles (2): whether the
    # institute's name is given to something other than an organisation is read with the
    # aliases, not in a query of its own
    with django_assert_num_queries(4):
        matcher.load([(candidate, [agency], [agency])])
    assert partner.pk in matcher.frames_parties(later)
    with django_assert_num_queries(0):
        assert not matcher.typed_otherwise(partner.pk)
