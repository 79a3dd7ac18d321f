"""Search across published stories, public entities and public quotes, grouped by kind."""

import re

import pytest
from django.contrib.postgres.search import SearchQuery
from django.db import connection, transaction
from django.urls import reverse

from newsroom.entities.models import Alias, Entity
from newsroom.entities.services import alias_add, alias_remove
from newsroom.public import search
from newsroom.public.views import CACHE_QUERIES
from newsroom.quotes.models import Quote
from newsroom.quotes.services import quote_review
from newsroom.stories.models import Story
from tests.public.reader_data import board_story, facts_approve, story_build

pytestmark = pytest.mark.django_db

URL = "/search/"


def _results(response):
    """{group heading: [text of each result's first link]} in page order."""
    assert response.status_code == 200
    groups = re.findall(r'<h2 id="results-\w+">(.*?)</h2>(.*?)</section>', response.text, re.S)
    return {
        heading: [
            re.sub(r"<[^>]+>", "", link)
            for link in re.findall(r"<li>.*?<a [^>]*>(.*?)</a>", body, re.S)
        ]
        for heading, body in groups
    }


@pytest.fixture
def talks(article, editor):
    facts_approve(editor=editor, article=article)
    quote_review(
        quote=Quote.objects.get(text__startswith="Our engineers"), user=editor, status="pending"
    )
    story_build(editor=editor, articles=[article], slug="draft", title="Secret", publish=False)
    return story_build(
        editor=editor,
        articles=[article],
        slug="talks",
        title="Agency heads meet in Lisbon",
        dek="Two agencies sign a data pact.",
    )


def test_empty_query_shows_the_form_only(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert '<label for="id_q">Search for:</label>' in response.text
    assert '<input type="search" name="q" maxlength="200" id="id_q">' in response.text
    assert _results(response) == {}
    assert "Nothing published matches" not in response.text
    assert reverse("public:search") == URL


def test_search_groups_results_by_kind(client, talks):
    assert _results(client.get(URL, {"q": "Lisbon"})) == {
        "Stories": ["Agency heads meet in Lisbon"],
        "People, organizations and more": ["Lisbon"],
    }
    assert _results(client.get(URL, {"q": "tracking data"})) == {
        "Quotes": ["Marta Oliveira"],
    }
    quote = Quote.objects.get(text__startswith="We agreed")
    response = client.get(URL, {"q": "tracking"})
    assert f'href="/articles/{talks.articles.get().slug}/#quote-{quote.pk}"' in response.text


def test_search_finds_a_story_by_dek_and_an_entity_by_alias(client, talks, editor):
    alias_add(entity=Entity.objects.get(name="Henrik Lund"), name="Northern Chief", user=editor)
    assert _results(client.get(URL, {"q": "pact"})) == {"Stories": ["Agency heads meet in Lisbon"]}
    assert _results(client.get(URL, {"q": "northern chief"})) == {
        "People, organizations and more": ["Henrik Lund"]
    }


def test_search_never_shows_drafts_or_unapproved_facts(
    client, talks, editor, django_capture_on_commit_callbacks
):
    lund = Entity.objects.get(name="Henrik Lund")
    alias_remove(alias=alias_add(entity=lund, name="Stargazer", user=editor), user=editor)
    board_story(editor=editor, capture=django_capture_on_commit_callbacks, count=1, publish=False)
    for q in ["Secret", "engineers", "Stargazer", "Varga", "orbital", "Board"]:
        response = client.get(URL, {"q": q})
        assert _results(response) == {}, q
        assert f"Nothing published matches “{q}”." in response.text


def test_query_is_shown_as_text(client):
    response = client.get(URL, {"q": '<script>alert("x")</script>'})
    assert "<script>alert" not in response.text
    assert "Nothing published matches “&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;”." in (
        response.text
    )


@pytest.mark.parametrize("rows", [1, 30])
def test_search_query_budget_does_not_grow(
    client, editor, django_capture_on_commit_callbacks, django_assert_max_num_queries, rows
):
    board_story(editor=editor, capture=django_capture_on_commit_callbacks, count=rows)
    with django_assert_max_num_queries(3 + CACHE_QUERIES):
        response = client.get(URL, {"q": "statement"})
    assert len(_results(response)["Quotes"]) == min(rows, 20)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text index on PostgreSQL")
@pytest.mark.parametrize(
    ("model", "fields", "index"),
    [
        (Story, search.STORY_FIELDS, "story_search_idx"),
        (Entity, search.ENTITY_FIELDS, "entity_search_idx"),
        (Alias, search.ALIAS_FIELDS, "alias_search_idx"),
        (Quote, search.QUOTE_FIELDS, "quote_search_idx"),
    ],
)
def test_postgres_full_text_filter_is_served_by_its_gin_index(model, fields, index):
    query = SearchQuery("Lisbon", config=search.CONFIG, search_type="websearch")
    # Leave the planner no way but a bitmap scan (the only path an index condition gives), and no
    # join from a default ordering; whether it then picks the GIN index says it can serve the
    # filter. SET LOCAL holds only inside a transaction: open one here.
    with transaction.atomic():
        with connection.cursor() as cursor:
            for setting in ("enable_seqscan", "enable_indexscan", "enable_indexonlyscan"):
                cursor.execute(f"SET LOCAL {setting} = off")
        plan = search.matches(model.objects.order_by(), fields, query).explain()
    assert f"Bitmap Index Scan on {index}" in plan
