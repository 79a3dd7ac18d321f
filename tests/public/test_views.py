"""Reader pages: published content only, merged entities redirect, hostile text is escaped."""

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import ArticleFactory, EntityFactory, StoryFactory

pytestmark = pytest.mark.django_db


def test_home_lists_published_stories_only(client):
    StoryFactory(title="Published one", status="published", published_at=timezone.now())
    StoryFactory(title="Draft one")
    response = client.get(reverse("public:home"))
    assert response.status_code == 200
    assert "Published one" in response.text
    assert "Draft one" not in response.text


def test_draft_story_page_is_not_found(client):
    story = StoryFactory()
    assert client.get(reverse("public:story", kwargs={"slug": story.slug})).status_code == 404


def test_article_page_renders_blocks_with_html_escaped(client):
    body = "Agency`s <script>alert(1)</script> plan\n\nThe <i>heads</i> met.\n"
    article = ArticleFactory(
        title="Agency’s <script>alert(1)</script> plan",
        body=body,
        blocks=[["title", 0, 39], ["paragraph", 41, 62]],
    )
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text
    assert "<h1>Agency’s &lt;script&gt;alert(1)&lt;/script&gt; plan</h1>" in response.text
    assert "<p>The &lt;i&gt;heads&lt;/i&gt; met.</p>" in response.text
    assert "Content-Security-Policy" in response.headers


def test_merged_entity_redirects_to_survivor(client):
    survivor = EntityFactory(name="Full Name", review_status="approved")
    merged = EntityFactory(name="Surname", merged_into=survivor)
    response = client.get(merged.get_absolute_url())
    assert response.status_code == 301
    assert response["Location"] == survivor.get_absolute_url()
    assert "Full Name" in client.get(survivor.get_absolute_url()).text


def test_pending_entity_is_not_public(client):
    entity = EntityFactory(review_status="pending")
    assert client.get(entity.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("rows", [1, 15])
def test_home_query_budget_does_not_grow_with_rows(client, django_assert_max_num_queries, rows):
    for _ in range(rows):
        StoryFactory(status="published", published_at=timezone.now())
        ArticleFactory()
    with django_assert_max_num_queries(3):
        assert client.get(reverse("public:home")).status_code == 200
