"""Each reader page costs the same number of queries with 1 fact as with many, and a page
served from the cache or answered 304 costs a fixed few."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsroom.claims.services import claim_create, evidence_create
from newsroom.entities.services import mention_create
from newsroom.stories.services import story_feature
from tests.public.reader_data import quotes_article, speaker_create, story_build

pytestmark = pytest.mark.django_db


def _site(editor, capture, count):
    """A published story over an article of `count` statements, each an approved quote by one
    speaker (also mentioned), and a dated claim whose evidence is that statement."""
    speaker = speaker_create(editor=editor, name="Ada Chair", slug="ada-chair")
    article, quotes = quotes_article(
        editor=editor, capture=capture, count=count, name="budget", speaker=speaker
    )
    story = story_build(
        editor=editor,
        articles=[article],
        slug="budget",
        title="Budget story",
        featured=quotes,
        entities=[speaker],
    )
    for number, quote in enumerate(quotes, start=1):
        claim = claim_create(
            user=editor,
            statement=f"Statement {number} was made.",
            date=f"2026-03-{(number % 28) + 1:02d}",
            date_precision="day",
        )
        evidence_create(user=editor, claim=claim, article=article, start=quote.start, end=quote.end)
        story_feature(story=story, fact=claim, user=editor)
        chair = article.body.index("chair", quote.end)
        mention_create(
            user=editor, article=article, entity=speaker, start=chair, end=chair + len("chair")
        )
    return story, article, speaker


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


PAGES = {
    "home": lambda story, article, speaker: "/",
    "story": lambda story, article, speaker: story.get_absolute_url(),
    "article": lambda story, article, speaker: article.get_absolute_url(),
    "entity": lambda story, article, speaker: speaker.get_absolute_url(),
}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_page_query_budget_does_not_grow_with_the_data(
    page, client, editor, django_capture_on_commit_callbacks
):
    one = _site(editor, django_capture_on_commit_callbacks, 1)
    url = PAGES[page](*one)
    small, _ = _queries(client, url)
    from newsroom.stories.models import Story

    Story.objects.all().delete()  # a fresh site with many facts under the same addresses
    from newsroom.articles.models import Article
    from newsroom.entities.models import Entity

    Article.objects.all().delete()
    Entity.objects.all().delete()
    many = _site(editor, django_capture_on_commit_callbacks, 40)
    large, response = _queries(client, PAGES[page](*many))
    assert large == small, f"{page}: {small} queries with 1 fact, {large} with 40"
    assert small <= 16
    cached, _ = _queries(client, PAGES[page](*many))
    assert cached <= 3  # the freshness stamp, the session-free cache read, nothing rendered
    assert response.has_header("ETag")
