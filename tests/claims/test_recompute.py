"""claims_recompute (what extraction and the desk call) applies the status rule to the distinct
values a claim's passages give and reads only the passages whose stance changes; it must decide
exactly as the rule's definition, applied passage by passage, does."""

import datetime
import random

import pytest
from django.db import connection
from django.db.models.signals import post_init

from newsroom.claims.models import Claim, ClaimStatus, Evidence, Stance
from newsroom.claims.selectors import ATTRIBUTES, _agree, _given
from newsroom.claims.services import claims_recompute
from newsroom.core.models import Origin, ReviewStatus
from tests.factories import ArticleFactory, ClaimFactory, EntityFactory, EvidenceFactory

pytestmark = pytest.mark.django_db

DAY = datetime.date(2026, 3, 4)
_spans = {}


def span(article):
    """A span of the article no other passage of the test has taken (one per claim and span)."""
    start = _spans[article.pk] = _spans.get(article.pk, -1) + 1
    return {"start": start, "end": start + 4, "text": article.body[start : start + 4]}


def places():
    austria = EntityFactory(name="Austria", kind="place")
    return [
        austria,
        EntityFactory(name="Vienna", kind="place", located_in=austria),
        EntityFactory(name="Graz", kind="place", located_in=austria),
        EntityFactory(name="Paris", kind="place"),
        EntityFactory(name="Baikonur Cosmodrome", kind="place"),
    ]


def passage(claim, article, rng, where):
    date = rng.choice([None, DAY, DAY + datetime.timedelta(days=2), DAY.replace(day=1)])
    return EvidenceFactory(
        claim=claim,
        article=article,
        date=date,
        date_precision=rng.choice(["", "day", "month"]) if date else "",
        modality=rng.choice(["", "planned", "happened"]),
        place=rng.choice([None, *where]),
        until=rng.choice([None, None, 2030, 2031]),
        origin=rng.choice([Origin.MACHINE] * 3 + [Origin.EDITOR]),
        stance=rng.choice(["supports", "contradicts"]),
        review_status=rng.choice([ReviewStatus.PENDING] * 4 + [ReviewStatus.REJECTED]),
        **span(article),
    )


def passage_by_passage(claims):
    """The status rule as it is defined, every passage compared with every other (O(passages²)):
    the oracle claims_recompute is checked against. ({evidence pk: stance}, {claim pk: status})
    """
    stances = dict(Evidence.objects.values_list("pk", "stance"))
    statuses = {}
    for claim in Claim.objects.filter(pk__in=[claim.pk for claim in claims]):
        live = list(
            claim.evidence.exclude(review_status=ReviewStatus.REJECTED).select_related(
                "place__located_in__located_in"
            )
        )
        conflicting = {
            row.pk
            for row in live
            for other in live
            for attribute in ATTRIBUTES
            if other.article_id < row.article_id
            and _given(attribute, row)
            and _given(attribute, other)
            and not _agree(attribute, row, other)
        }
        for row in live:
            if row.origin == Origin.MACHINE:  # an editor's stance is kept
                row.stance = Stance.CONTRADICTS if row.pk in conflicting else Stance.SUPPORTS
            stances[row.pk] = row.stance
        sources = {row.article_id for row in live if row.stance == Stance.SUPPORTS}
        if claim.status in (ClaimStatus.VERIFIED, ClaimStatus.FALSE):
            statuses[claim.pk] = claim.status
        elif any(row.stance == Stance.CONTRADICTS for row in live):
            statuses[claim.pk] = ClaimStatus.DISPUTED
        elif len(sources) >= 2:
            statuses[claim.pk] = ClaimStatus.CORROBORATED
        else:
            statuses[claim.pk] = ClaimStatus.UNVERIFIED
    return stances, statuses


def recompute_checked(claims):
    """Run claims_recompute and check every stance and status against the oracle, and that each
    change, and nothing else, left one history row with its reason."""
    stances, statuses = passage_by_passage(claims)
    before = dict(Evidence.objects.values_list("pk", "stance"))
    was = dict(Claim.objects.values_list("pk", "status"))
    marks = [
        model.history.count() and model.history.latest("history_id").history_id
        for model in (Evidence, Claim)
    ]
    claims_recompute(claim_ids={claim.pk for claim in claims})
    assert dict(Evidence.objects.values_list("pk", "stance")) == stances
    assert dict(Claim.objects.filter(pk__in=statuses).values_list("pk", "status")) == statuses
    for model, mark, now, then, reason in (
        (Evidence, marks[0], stances, before, "Stance follows the other sources"),
        (Claim, marks[1], statuses, was, "Status follows the evidence"),
    ):
        field = "stance" if model is Evidence else "status"
        assert sorted(
            model.history.filter(history_id__gt=mark).values_list(
                "id", field, "history_type", "history_change_reason"
            )
        ) == sorted((pk, value, "~", reason) for pk, value in now.items() if value != then[pk])


@pytest.mark.parametrize("seed", range(12))
def test_claims_recompute_decides_every_stance_and_status_as_the_passage_by_passage_rule(seed):
    rng = random.Random(seed)
    where = places()
    articles = [ArticleFactory() for _ in range(6)]
    claims = [
        ClaimFactory(kind="meeting", status=rng.choice(["unverified", "disputed", "verified"]))
        for _ in range(3)
    ]
    for claim in claims:
        for _ in range(rng.randint(0, 12)):
            passage(claim, rng.choice(articles), rng, where)
    recompute_checked(claims)


def test_a_later_contradiction_and_an_older_articles_passages_are_decided_as_the_full_rule(
    django_assert_num_queries,
):
    where = places()
    first, second, third = (ArticleFactory() for _ in range(3))
    claim = ClaimFactory(kind="meeting", status="corroborated")
    vienna, graz = where[1], where[2]
    EvidenceFactory(claim=claim, article=second, place=vienna, date=DAY, stance="supports")
    # an editor's stance is kept, and still counts as what the article says
    EvidenceFactory(
        claim=claim, article=third, place=vienna, origin=Origin.EDITOR, stance="contradicts"
    )
    # an older article re-extracted: its passage now comes first, and the later ones conflict
    EvidenceFactory(claim=claim, article=first, place=graz, date=DAY, stance="supports")
    recompute_checked([claim])
    assert sorted(claim.evidence.values_list("article_id", "stance")) == [
        (first.pk, "supports"),
        (second.pk, "contradicts"),
        (third.pk, "contradicts"),
    ]
    claim.refresh_from_db()
    assert claim.status == "disputed"


def test_an_editors_verdict_is_kept_while_the_stances_follow(django_assert_num_queries):
    first, second = ArticleFactory(), ArticleFactory()
    claim = ClaimFactory(kind="meeting", status="verified")
    EvidenceFactory(claim=claim, article=first, date=DAY)
    EvidenceFactory(claim=claim, article=second, date=DAY + datetime.timedelta(days=1))
    recompute_checked([claim])
    claim.refresh_from_db()
    assert claim.status == "verified"
    assert sorted(claim.evidence.values_list("article_id", "stance")) == [
        (first.pk, "supports"),
        (second.pk, "contradicts"),
    ]


def test_claims_recompute_reads_only_the_passages_whose_stance_changes(
    django_assert_num_queries,
):
    """A claim of a much-reported event: its unchanged passages are never built as rows, and the
    queries do not depend on how many there are."""
    articles = [ArticleFactory() for _ in range(40)]
    claim = ClaimFactory(kind="meeting", status="corroborated")
    for article in articles:
        EvidenceFactory(claim=claim, article=article, date=DAY)
    claims_recompute(claim_ids={claim.pk})
    late = ArticleFactory()
    EvidenceFactory(claim=claim, article=late, date=DAY + datetime.timedelta(days=1))

    built = []

    def count(sender, instance, **kwargs):
        built.append(instance)

    post_init.connect(count, sender=Evidence)
    try:
        # lock, values, the changed passage with its article, its UPDATE and history (one
        # statement on PostgreSQL), the claim's UPDATE and history (the same), its two link
        # tables in one read (no links to copy); no savepoint
        with django_assert_num_queries(6 if connection.vendor == "postgresql" else 8):
            claims_recompute(claim_ids={claim.pk})
    finally:
        post_init.disconnect(count, sender=Evidence)
    assert [row.article_id for row in built] == [late.pk]
    assert claim.evidence.get(article=late).stance == "contradicts"
    claim.refresh_from_db()
    assert claim.status == "disputed"
