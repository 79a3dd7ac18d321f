"""Composing, publishing and correcting stories through the stories services."""

import pytest
from django.core.exceptions import ValidationError

from newsroom.claims.models import Claim, ClaimStatus
from newsroom.claims.services import claim_review, claim_verify
from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Entity, Role
from newsroom.entities.services import (
    entity_create,
    entity_merge,
    entity_review,
    entity_update,
    role_update,
)
from newsroom.quotes.models import Quote
from newsroom.quotes.services import quote_attribute, quote_review, quote_update
from newsroom.stories.models import Story, StoryStatus
from newsroom.stories.services import (
    story_create,
    story_feature,
    story_publish,
    story_unfeature,
    story_unpublish,
    story_update,
)

pytestmark = pytest.mark.django_db

APPROVED = ReviewStatus.APPROVED


@pytest.fixture
def facts(article, editor):
    """The test article's facts, approved by the editor as a careful desk would."""
    for entity in Entity.objects.all():
        entity_review(entity=entity, user=editor, status=APPROVED)
    for quote in Quote.objects.all():
        quote_review(quote=quote, user=editor, status=APPROVED)
    meeting = Claim.objects.get(date__isnull=False, place__isnull=False)
    claim_review(claim=meeting, user=editor, status=APPROVED)
    return {
        "quote": Quote.objects.get(text__startswith="We agreed"),
        "other_quote": Quote.objects.get(text__startswith="Our engineers"),
        "claim": meeting,
        "oliveira": Entity.objects.get(name="Marta Oliveira"),
        "lund": Entity.objects.get(name="Henrik Lund"),
    }


@pytest.fixture
def draft(article, editor, facts):
    story = story_create(
        user=editor,
        title="Agency heads meet in Lisbon",
        slug="agency-heads-meet",
        dek="Two agencies agree to share data.",
        articles=[article],
        entities=[facts["oliveira"], facts["lund"]],
    )
    story_feature(story=story, fact=facts["quote"], user=editor)
    story_feature(story=story, fact=facts["claim"], user=editor)
    return story


@pytest.fixture
def published(draft, editor):
    return story_publish(story=draft, user=editor)


def test_story_publish_stamps_time_and_history_shows_each_publication(draft, editor):
    first = story_publish(story=draft, user=editor).published_at
    assert first is not None
    assert list(Story.objects.published()) == [draft]
    story_unpublish(story=draft, user=editor, reason="Checking a date")
    assert list(Story.objects.published()) == []
    story = story_publish(story=draft, user=editor)
    assert story.published_at == first  # readers see when it first appeared
    statuses = [row.status for row in story.history.order_by("history_id")]
    assert statuses[-3:] == ["published", "draft", "published"]
    reasons = [row.history_change_reason for row in story.history.order_by("history_id")]
    assert reasons[-3:] == ["Published", "Checking a date", "Published"]


def test_story_publish_refused_for_pending_quote_without_speaker(draft, editor, facts):
    quote = facts["other_quote"]
    quote_review(quote=quote, user=editor, status=ReviewStatus.PENDING)
    quote_attribute(quote=quote, user=editor, speaker=None)
    story_feature(story=draft, fact=quote, user=editor)
    with pytest.raises(ValidationError) as refused:
        story_publish(story=draft, user=editor)
    assert refused.value.messages == [
        "“Agency heads meet in Lisbon” cannot be published: the featured quote “Our engineers "
        "will meet again in June” is pending; approve it or take it out.",
        "“Agency heads meet in Lisbon” cannot be published: the featured quote “Our engineers "
        "will meet again in June” has no speaker; attribute it or take it out.",
    ]
    assert Story.objects.get(pk=draft.pk).status == StoryStatus.DRAFT


def test_story_publish_refused_for_unapproved_speaker_rejected_claim_and_no_source(
    draft, editor, facts
):
    entity_review(entity=facts["oliveira"], user=editor, status=ReviewStatus.PENDING)
    claim_review(claim=facts["claim"], user=editor, status=ReviewStatus.REJECTED)
    story_update(story=draft, user=editor, fields={}, articles=[])
    with pytest.raises(ValidationError) as refused:
        story_publish(story=draft, user=editor)
    problems = [message.split(": ", 1)[1] for message in refused.value.messages]
    assert problems == [
        "it has no source article; add the articles it is based on.",
        "the featured quote “We agreed to share tracking data from next year” is attributed to "
        "Marta Oliveira, who is pending; approve the speaker or correct the attribution.",
        "the claim “Heads of two space agencies meet in Lisbon” is rejected; approve it or take "
        "it out.",
        "Marta Oliveira, whom it is about, is pending.",
    ]


def test_story_is_created_as_draft_and_published_only_by_its_action(article, editor):
    with pytest.raises(ValidationError):
        story_create(user=editor, title="T", slug="t", status=StoryStatus.PUBLISHED)
    story = story_create(user=editor, title="T", slug="t", articles=[article])
    with pytest.raises(ValidationError):
        story_update(story=story, user=editor, fields={"status": StoryStatus.PUBLISHED})


def test_story_feature_orders_and_moves_facts(draft, editor, facts):
    story_feature(story=draft, fact=facts["other_quote"], user=editor)
    assert [row.quote for row in draft.story_quotes.all()] == [facts["quote"], facts["other_quote"]]
    story_feature(story=draft, fact=facts["other_quote"], user=editor, position=0)
    story_feature(story=draft, fact=facts["quote"], user=editor, position=1)
    assert [row.quote for row in draft.story_quotes.all()] == [facts["other_quote"], facts["quote"]]
    story_feature(story=draft, fact=facts["claim"], user=editor, is_on_timeline=False)
    assert draft.story_claims.get().is_on_timeline is False


def _corrections(story):
    return [
        (c.fact, c.field, c.before, c.after, c.reason, c.created_by.username)
        for c in story.corrections.order_by("pk")
    ]


def test_quote_text_and_speaker_changes_on_published_story_are_corrections(
    published, editor, facts
):
    quote = facts["quote"]
    quote_update(
        quote=quote,
        user=editor,
        fields={"text": "We agreed to share tracking data"},
        reason="Quote trimmed to the words the recording confirms.",
    )
    quote_attribute(quote=quote, user=editor, speaker=facts["lund"], reason="Lund said it.")
    quote.refresh_from_db()
    assert _corrections(published) == [
        (
            quote,
            "text",
            "We agreed to share tracking data from next year",
            "We agreed to share tracking data",
            "Quote trimmed to the words the recording confirms.",
            "desk-editor",
        ),
        (quote, "speaker", "Marta Oliveira", "Henrik Lund", "Lund said it.", "desk-editor"),
    ]
    subjects = [correction.subject for correction in published.corrections.order_by("pk")]
    assert subjects[0] == "Quote “We agreed to share tracking data”: text"


def test_entity_name_role_and_claim_status_changes_are_corrections(published, editor, facts):
    oliveira = facts["oliveira"]
    entity_update(
        entity=oliveira, user=editor, fields={"name": "Marta F. Oliveira"}, reason="Full name."
    )
    role = Role.objects.get(person=oliveira)
    role_update(role=role, user=editor, fields={"title": "Acting President"}, reason="Acting.")
    claim_verify(
        claim=facts["claim"], user=editor, status=ClaimStatus.VERIFIED, note="Agency confirmed."
    )
    oliveira.refresh_from_db()
    role.refresh_from_db()
    assert _corrections(published) == [
        (oliveira, "name", "Marta Oliveira", "Marta F. Oliveira", "Full name.", "desk-editor"),
        (role, "title", "President", "Acting President", "Acting.", "desk-editor"),
        (
            facts["claim"],
            "status",
            "unverified",
            "verified",
            "Agency confirmed.",
            "desk-editor",
        ),
    ]


def test_fact_removed_from_published_story_is_a_correction(published, editor, facts):
    quote = facts["quote"]
    with pytest.raises(ValidationError, match="Give a note saying why"):
        story_unfeature(story=published, fact=quote, user=editor)
    assert published.story_quotes.count() == 1
    story_unfeature(story=published, fact=quote, user=editor, reason="Misquoted.")
    assert _corrections(published) == [
        (
            quote,
            "story",
            "shown in “Agency heads meet in Lisbon”",
            "removed from the story",
            "Misquoted.",
            "desk-editor",
        )
    ]
    quote_review(quote=facts["quote"], user=editor, status=ReviewStatus.REJECTED)
    assert published.corrections.count() == 1  # no longer shown: no second correction


def test_public_change_without_note_is_refused_and_nothing_changes(published, editor, facts):
    with pytest.raises(ValidationError, match="published story “Agency heads meet in Lisbon”"):
        quote_attribute(quote=facts["quote"], user=editor, speaker=facts["lund"])
    assert Quote.objects.get(pk=facts["quote"].pk).speaker == facts["oliveira"]
    assert published.corrections.count() == 0


def test_entity_merge_shown_in_published_story_is_a_correction(published, editor, facts):
    duplicate = entity_create(user=editor, name="M. Oliveira", kind="person")
    entity_merge(source=facts["oliveira"], target=duplicate, user=editor, reason="Same person.")
    assert _corrections(published) == [
        (facts["oliveira"], "merged_into", "—", "M. Oliveira", "Same person.", "desk-editor")
    ]


def test_changes_to_draft_story_facts_create_no_correction(draft, editor, facts):
    quote_attribute(quote=facts["quote"], user=editor, speaker=facts["lund"])
    entity_update(entity=facts["lund"], user=editor, fields={"name": "Henrik A. Lund"})
    story_unfeature(story=draft, fact=facts["claim"], user=editor)
    assert draft.corrections.count() == 0


def test_unpublished_story_facts_create_no_correction(published, editor, facts):
    story_unpublish(story=published, user=editor)
    quote_attribute(quote=facts["quote"], user=editor, speaker=facts["lund"])
    assert published.corrections.count() == 0


def test_story_timeline_orders_dated_claims_and_leaves_out_what_the_editor_chose(
    draft, editor, facts
):
    from newsroom.stories.selectors import story_timeline

    earlier = Claim.objects.get(is_previous=True)
    story_feature(story=draft, fact=earlier, user=editor)
    assert [(c.date.isoformat(), c.date_label()) for c in story_timeline(story=draft)] == [
        ("2019-01-01", "2019"),
        ("2026-03-04", "March 4, 2026"),
    ]
    story_feature(story=draft, fact=earlier, user=editor, is_on_timeline=False)
    assert story_timeline(story=draft) == [facts["claim"]]
