"""Every list endpoint costs the same number of queries with 1 row as with 30."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsroom.claims.services import claim_create, evidence_create
from newsroom.entities.services import entity_create, mention_create, role_create
from newsroom.stories.services import correction_create, story_feature
from tests.public.reader_data import quotes_article, speaker_create, story_build

pytestmark = pytest.mark.django_db

ENDPOINTS = ["stories", "articles", "entities", "quotes", "claims", "corrections"]


def _site(editor, capture, count):
    speaker = speaker_create(editor=editor, name="Ada Chair", slug="ada-chair")
    board = entity_create(user=editor, name="Example Board", kind="organization")
    role_create(user=editor, person=speaker, title="Chair", organization=board)
    article, quotes = quotes_article(
        editor=editor, capture=capture, count=count, name="budget", speaker=speaker
    )
    story = story_build(
        editor=editor, articles=[article], slug="budget", title="Budget", featured=quotes
    )
    for number, quote in enumerate(quotes, start=1):
        claim = claim_create(user=editor, statement=f"Statement {number} was made.")
        evidence_create(user=editor, claim=claim, article=article, start=quote.start, end=quote.end)
        story_feature(story=story, fact=claim, user=editor)
        chair = article.body.index("chair", quote.end)
        person = entity_create(user=editor, name=f"Person {number}", kind="person")
        mention_create(user=editor, article=article, entity=person, start=chair, end=chair + 5)
        correction_create(story=story, user=editor, subject=f"Fix {number}", reason="Typo.")


def _count(client, endpoint):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(f"/api/v1/{endpoint}/", headers={"accept": "application/json"})
    assert response.status_code == 200
    return len(captured), len(response.json()["results"])


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_list_query_budget_does_not_grow(
    endpoint, client, editor, django_capture_on_commit_callbacks
):
    _site(editor, django_capture_on_commit_callbacks, 1)
    small, rows_small = _count(client, endpoint)
    from newsroom.articles.models import Article
    from newsroom.claims.models import Claim
    from newsroom.entities.models import Entity
    from newsroom.stories.models import Story

    for model in (Story, Claim, Article, Entity):
        model.objects.all().delete()
    _site(editor, django_capture_on_commit_callbacks, 30)
    large, rows_large = _count(client, endpoint)
    assert rows_large > rows_small or endpoint in ("stories", "articles")
    assert large == small, (
        f"{endpoint}: {small} queries for {rows_small} rows, {large} for {rows_large}"
    )
