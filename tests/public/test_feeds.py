"""The Atom feeds of stories and of corrections, read with a real feed parser."""

import feedparser
import pytest
from django.urls import reverse

from newsroom.entities.models import Entity
from newsroom.public.views import CACHE_QUERIES
from newsroom.quotes.models import Quote
from newsroom.quotes.services import quote_attribute
from newsroom.stories.models import Correction
from newsroom.stories.services import correction_create, story_unpublish
from tests.public.reader_data import facts_approve, story_build

pytestmark = pytest.mark.django_db

STORY_URL = "http://testserver/stories/agency-heads-meet/"


@pytest.fixture
def published(article, editor):
    facts_approve(editor=editor, article=article)
    quote = Quote.objects.get(text__startswith="We agreed")
    return story_build(
        editor=editor,
        articles=[article],
        slug="agency-heads-meet",
        title="Agency heads meet in Lisbon",
        dek="Two agencies agree to share data.",
        featured=[quote],
    )


def _feed(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def test_story_feed_lists_published_stories(client, published, editor, article):
    story_build(editor=editor, articles=[article], slug="draft", title="Draft", publish=False)
    feed = _feed(client, "public:feed-stories")
    assert feed.feed.title == "Newsroom: stories"
    assert feed.feed.link == "http://testserver/"
    assert len(feed.entries) == 1
    entry = feed.entries[0]
    assert entry.title == "Agency heads meet in Lisbon"
    assert entry.summary == "Two agencies agree to share data."
    assert entry.link == STORY_URL
    assert entry.id == STORY_URL
    assert entry.published == published.published_at.isoformat()
    assert entry.updated == published.updated_at.isoformat()


def test_public_fact_change_moves_the_story_entry_updated(client, published, editor):
    before = _feed(client, "public:feed-stories").entries[0].updated
    quote = Quote.objects.get(text__startswith="We agreed")
    quote_attribute(
        quote=quote,
        user=editor,
        speaker=Entity.objects.get(name="Henrik Lund"),
        reason="The recording shows the other speaker.",
    )
    correction = Correction.objects.get(story=published)
    entry = _feed(client, "public:feed-stories").entries[0]
    assert entry.updated == correction.created_at.isoformat()
    assert entry.updated != before
    assert (
        feedparser.parse(client.get(reverse("public:feed-stories")).content).feed.updated
        == correction.created_at.isoformat()
    )


def test_corrections_feed_entry_names_the_change(client, published, editor):
    correction = correction_create(
        story=published,
        user=editor,
        subject="Venue of the meeting",
        before="Lisbon <b>city</b>",
        after="Porto",
        reason="The agency corrected its statement.",
    )
    feed = _feed(client, "public:feed-corrections")
    assert feed.feed.title == "Newsroom: corrections"
    [entry] = feed.entries
    assert entry.title == "Venue of the meeting"
    assert entry.link == f"{STORY_URL}#corrections"
    assert entry.id == f"{STORY_URL}#correction-{correction.pk}"
    assert entry.updated == correction.created_at.isoformat()
    assert entry.summary == "Corrected in “Agency heads meet in Lisbon”."
    assert entry.content[0].type == "text/html"
    assert entry.content[0].value == (
        "<p>Before: <del>Lisbon &lt;b&gt;city&lt;/b&gt;</del> → after: <ins>Porto</ins></p>\n"
        "<p>Note: The agency corrected its statement.</p>"
    )


def test_unpublished_story_leaves_both_feeds(client, published, editor):
    correction_create(story=published, user=editor, subject="Date", reason="Wrong day.")
    assert len(_feed(client, "public:feed-corrections").entries) == 1
    story_unpublish(story=published, user=editor)
    assert _feed(client, "public:feed-stories").entries == []
    assert _feed(client, "public:feed-corrections").entries == []


@pytest.mark.parametrize("rows", [1, 30])
def test_feed_query_budget_does_not_grow(
    client, article, editor, django_assert_max_num_queries, rows
):
    facts_approve(editor=editor, article=article)
    for n in range(rows):
        story = story_build(editor=editor, articles=[article], slug=f"s-{n}", title=f"Story {n}")
        correction_create(story=story, user=editor, subject=f"Fix {n}", reason="Typo.")
    with django_assert_max_num_queries(1 + CACHE_QUERIES):
        assert len(_feed(client, "public:feed-stories").entries) == rows
    with django_assert_max_num_queries(1 + CACHE_QUERIES):
        assert len(_feed(client, "public:feed-corrections").entries) == rows
