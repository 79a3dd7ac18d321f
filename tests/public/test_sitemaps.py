"""sitemap.xml: published stories, their articles and public entities, nothing else."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Entity
from newsroom.entities.services import entity_review
from newsroom.public.views import CACHE_QUERIES
from newsroom.stories.models import Story
from tests.public.reader_data import facts_approve, quotes_article, story_build

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def _sitemap(client):
    response = client.get(reverse("public:sitemap"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    root = ET.fromstring(response.content)
    return {
        url.find("s:loc", NS).text: url.find("s:lastmod", NS).text
        for url in root.findall("s:url", NS)
    }


def test_sitemap_lists_exactly_what_readers_may_see(
    client, article, editor, django_capture_on_commit_callbacks
):
    facts_approve(editor=editor, article=article)
    entity_review(entity=Entity.objects.get(name="Lisbon"), user=editor, status="rejected")
    story = story_build(editor=editor, articles=[article], slug="talks", title="Talks")
    hidden, _ = quotes_article(
        editor=editor, capture=django_capture_on_commit_callbacks, count=1, name="hidden"
    )
    story_build(editor=editor, articles=[hidden], slug="draft", title="Draft", publish=False)
    urls = _sitemap(client)
    assert sorted(urls) == [
        f"http://testserver/articles/{article.slug}/",
        "http://testserver/entities/henrik-lund/",
        "http://testserver/entities/marta-oliveira/",
        "http://testserver/entities/nordic-space-office/",
        "http://testserver/entities/portuguese-space-agency/",
        "http://testserver/stories/talks/",
    ]
    assert urls["http://testserver/stories/talks/"] == story.updated_at.date().isoformat()
    assert Entity.objects.get(name="Lisbon").review_status == ReviewStatus.REJECTED
    assert Story.objects.filter(slug="draft", status="draft").exists()


@pytest.mark.parametrize("rows", [1, 30])
def test_sitemap_query_budget_does_not_grow(
    client, article, editor, django_assert_max_num_queries, rows
):
    facts_approve(editor=editor, article=article)
    for n in range(rows):
        story_build(editor=editor, articles=[article], slug=f"s-{n}", title=f"Story {n}")
    with django_assert_max_num_queries(6 + CACHE_QUERIES):
        assert len(_sitemap(client)) == rows + 1 + 5
