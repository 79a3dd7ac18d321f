"""claims_recompute (what extraction calls) applies the status rule to the distinct values a
claim's passages give and reads only the passages whose stance changes; it must decide exactly
as claim_status_recompute (the desk's, passage by passage) does."""

import datetime
import random

import pytest
from django.db import transaction
from django.db.models.signals import post_init

from newsroom.claims.models import Claim, Evidence
from newsroom.claims.services import claim_status_recompute, claims_recompute
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


def outcome(claims):
    """Every stance and status, and the history the recompute left (type, reason)."""
    return (
        sorted(Evidence.objects.values_list("pk", "stance")),
        sorted(Claim.objects.filter(pk__in=claims).values_list("pk", "status")),
        sorted(
            Evidence.history.values_list("id", "stance", "history_type", "history_change_reason")
        ),
        sorted(Claim.history.values_list("id", "status", "history_type", "history_change_reason")),
    )


def both_ways(claims):
    """The outcome of claims_recompute, and that of claim_status_recompute claim by claim, each
    from the same starting rows."""
    results = []
    for recompute in (
        lambda: claims_recompute(claim_ids={claim.pk for claim in claims}),
        lambda: [claim_status_recompute(claim=claim) for claim in claims],
    ):
        with transaction.atomic():
            point = transaction.savepoint()
            recompute()
            results.append(outcome([claim.pk for claim in claims]))
            transaction.savepoint_rollback(point)
    return results


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
    fast, full = both_ways(claims)
    assert fast == full


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
    fast, full = both_ways([claim])
    assert fast == full
    claims_recompute(claim_ids={claim.pk})
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
    fast, full = both_ways([claim])
    assert fast == full
    claims_recompute(claim_ids={claim.pk})
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
        # lock, values, the changed passage with its article, its UPDATE and history, the
        # claim's UPDATE and history, its two link tables in one read (no links to copy); no
        # savepoint
        with django_assert_num_queries(8):
            claims_recompute(claim_ids={claim.pk})
    finally:
        post_init.disconnect(count, sender=Evidence)
    assert [row.article_id for row in built] == [late.pk]
    assert claim.evidence.get(article=late).stance == "contradicts"
    claim.refresh_from_db()
    assert claim.status == "disputed"
