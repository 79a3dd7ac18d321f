"""Composing, publishing and correcting a story in the admin, as an editor does."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Entity
from newsroom.entities.services import entity_review
from newsroom.quotes.models import Quote
from newsroom.quotes.services import quote_review
from newsroom.stories.models import Story, StoryStatus
from newsroom.stories.services import story_create, story_feature, story_publish
from tests.desk.helpers import admin_save, change_url, form_data

pytestmark = pytest.mark.django_db


def _messages(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def quote(article, editor):
    quote = Quote.objects.get(text__startswith="We agreed")
    quote_review(quote=quote, user=editor, status=ReviewStatus.APPROVED)
    entity_review(entity=quote.speaker, user=editor, status=ReviewStatus.APPROVED)
    quote.refresh_from_db()
    return quote


@pytest.fixture
def story(article, editor):
    return story_create(user=editor, title="Lisbon talks", slug="lisbon-talks", articles=[article])


def test_admin_composes_story_with_featured_quote_and_entities(editor_client, editor, story, quote):
    data = form_data(
        editor,
        story,
        dek="Agencies agree to share data.",
        entities=[str(quote.speaker.pk)],
    )
    data.update({"story_quotes-TOTAL_FORMS": "1", "story_quotes-0-quote": str(quote.pk)})
    data["story_quotes-0-position"] = "0"
    response = editor_client.post(change_url(story), data)
    assert response.status_code == 302, response.content[:2000]
    story.refresh_from_db()
    assert story.dek == "Agencies agree to share data."
    assert [row.quote for row in story.story_quotes.all()] == [quote]
    assert list(story.entities.all()) == [quote.speaker]
    assert story.history.first().history_user == editor


def test_admin_publish_button_publishes_or_says_why_not(editor_client, editor, story, quote):
    story_feature(
        story=story, fact=Quote.objects.get(text__startswith="Our engineers"), user=editor
    )
    response = admin_save(editor_client, editor, story, _publish="1")
    assert response.status_code == 302
    assert Story.objects.get(pk=story.pk).status == StoryStatus.DRAFT
    assert (
        "“Lisbon talks” cannot be published: the featured quote “Our engineers will meet again in "
        "June” is pending; approve it or take it out."
    ) in _messages(response)
    story.story_quotes.all().delete()
    story_feature(story=story, fact=quote, user=editor)
    response = admin_save(editor_client, editor, story, _publish="1")
    story.refresh_from_db()
    assert (story.status, _messages(response)[-1]) == ("published", "Published “Lisbon talks”.")
    assert story.published_at is not None
    page = editor_client.get(change_url(story)).content.decode()
    assert 'name="_unpublish"' in page
    assert f'href="/stories/{story.slug}/preview/"' in page
    assert "Yes: every fact it shows is approved and sourced." in page


def test_reporter_cannot_publish(reporter_client, reporter, story, quote, editor):
    story_feature(story=story, fact=quote, user=editor)
    response = reporter_client.get(change_url(story))
    assert 'name="_publish"' not in response.content.decode()
    admin_save(reporter_client, reporter, story, _publish="1")
    assert Story.objects.get(pk=story.pk).status == StoryStatus.DRAFT


def test_quote_change_on_published_story_asks_for_note_then_corrects(
    editor_client, editor, story, quote
):
    story_feature(story=story, fact=quote, user=editor)
    story = story_publish(story=story, user=editor)
    other = Entity.objects.get(name="Henrik Lund")
    response = admin_save(editor_client, editor, quote, speaker=other.pk)
    assert "Give a note saying why" in " ".join(_messages(response))
    assert Quote.objects.get(pk=quote.pk).speaker.name == "Marta Oliveira"
    response = admin_save(editor_client, editor, quote, speaker=other.pk, note="Lund said it.")
    assert response.status_code == 302
    correction = story.corrections.get()
    assert (correction.field, correction.before, correction.after, correction.reason) == (
        "speaker",
        "Marta Oliveira",
        "Henrik Lund",
        "Lund said it.",
    )
    assert correction.created_by == editor
    assert "Henrik Lund" in editor_client.get(change_url(story)).content.decode()


def test_removing_featured_quote_from_published_story_needs_note(
    editor_client, editor, story, quote
):
    row = story_feature(story=story, fact=quote, user=editor)
    story = story_publish(story=story, user=editor)
    data = form_data(editor, story)
    data.update(
        {
            "story_quotes-TOTAL_FORMS": "1",
            "story_quotes-INITIAL_FORMS": "1",
            "story_quotes-0-id": str(row.pk),
            "story_quotes-0-story": str(story.pk),
            "story_quotes-0-quote": str(quote.pk),
            "story_quotes-0-position": "0",
            "story_quotes-0-DELETE": "on",
        }
    )
    response = editor_client.post(change_url(story), data)
    assert "Give a note saying why" in " ".join(_messages(response))
    assert story.story_quotes.count() == 1
    data["note"] = "The agency withdrew the statement."
    response = editor_client.post(change_url(story), data)
    assert response.status_code == 302
    assert story.story_quotes.count() == 0
    assert story.corrections.get().reason == "The agency withdrew the statement."


def test_story_changelist_publish_action(editor_client, editor, story, quote):
    story_feature(story=story, fact=quote, user=editor)
    url = reverse("admin:stories_story_changelist")
    response = editor_client.post(
        url, {"action": "publish_selected", "_selected_action": [story.pk]}
    )
    assert response.status_code == 302
    assert Story.objects.published().get() == story
