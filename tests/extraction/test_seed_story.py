"""End to end on the two seed articles: ingest, extract, and the story's facts line up across
them (one entity per real thing, the meeting corroborated, quotes attributed)."""

import datetime
from pathlib import Path

import pytest

from newsroom.articles.services import article_ingest_path
from newsroom.claims.models import Claim
from newsroom.claims.selectors import claim_values
from newsroom.entities.models import Entity
from newsroom.extraction.services import extraction_run_article
from newsroom.quotes.models import Quote

pytestmark = pytest.mark.django_db

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture
def seed_story(seed_paths, settings):
    settings.NEWSROOM_EXTRACT_ON_INGEST = False
    articles = [article_ingest_path(path).article for path in seed_paths]
    for article in articles:
        assert extraction_run_article(article=article).state == "succeeded"
    return articles


def test_one_entity_per_real_thing_across_articles(seed_story):
    for name, kind in [
        ("Dmitry Bakanov", "person"),
        ("Sean Duffy", "person"),
        ("Roscosmos", "organization"),
        ("National Aeronautics and Space Administration", "organization"),
        ("Houston", "place"),
    ]:
        entity = Entity.objects.get(name=name)
        assert entity.kind == kind
    nasa = Entity.objects.get(name="National Aeronautics and Space Administration")
    assert "NASA" in set(nasa.aliases.values_list("name", flat=True))
    assert nasa.mentions.values("article").distinct().count() == 2
    assert not Entity.objects.filter(name__in=["NASA", "Bakanov", "Duffy"]).exists()


def test_quotes_are_attributed_to_their_speakers(seed_story):
    speakers = {
        quote.text[:30]: quote.speaker.name if quote.speaker else None
        for quote in Quote.objects.select_related("speaker")
    }
    assert speakers == {
        "Mr. Bakanov emphasized that Ro": "Roscosmos",
        "No matter how hard relations g": "Dmitry Bakanov",
        "a hopeful signal that space ca": "Elena Krylov",
        "Spaceflight is global. It’s ab": "Rebecca Lin",
    }


def meeting():
    return Claim.objects.get(kind="meeting", date=datetime.date(2025, 7, 31))


def test_meeting_claim_is_corroborated_by_both_articles(seed_story):
    claim = meeting()
    assert claim.status == "corroborated"
    assert set(claim.evidence.values_list("article_id", flat=True)) == {
        article.pk for article in seed_story
    }
    assert set(claim.evidence.values_list("stance", flat=True)) == {"supports"}
    values = claim_values(claim=claim)
    assert [(v.label, [a.pk for a in v.articles], v.is_conflicting) for v in values["place"]] == [
        ("United States", [seed_story[0].pk], False),
        ("Houston", [seed_story[1].pk], False),
    ]
    assert [(v.label, v.is_conflicting) for v in values["date"]] == [("July 31, 2025", False)]


def test_later_report_of_another_venue_disputes_the_meeting_claim(seed_story):
    later = article_ingest_path(ARTICLES / "later_report_other_venue.txt").article
    assert extraction_run_article(article=later).state == "succeeded"
    claim = meeting()
    assert claim.status == "disputed"
    places = {
        (v.label, tuple(a.pk for a in v.articles), v.is_conflicting)
        for v in claim_values(claim=claim)["place"]
    }
    assert places == {
        ("United States", (seed_story[0].pk,), False),
        ("Houston", (seed_story[1].pk,), True),
        ("Washington", (later.pk,), True),
    }
    assert set(
        claim.evidence.filter(article=later, place__isnull=False).values_list(
            "stance", "place__name"
        )
    ) == {("contradicts", "Washington")}
