"""What readers may see: published stories, their articles, and approved facts from them."""

import pytest

from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Entity, Mention
from newsroom.entities.services import entity_create, entity_merge, entity_review, mention_update
from newsroom.quotes.models import Quote
from newsroom.quotes.services import quote_review
from newsroom.stories import selectors
from newsroom.stories.services import story_create, story_feature, story_publish

pytestmark = pytest.mark.django_db

APPROVED, REJECTED = ReviewStatus.APPROVED, ReviewStatus.REJECTED


@pytest.fixture
def story(article, editor):
    for entity in Entity.objects.all():
        entity_review(entity=entity, user=editor, status=APPROVED)
    for mention in Mention.objects.all():
        mention_update(mention=mention, user=editor, fields={"review_status": APPROVED})
    quote = Quote.objects.get(text__startswith="We agreed")
    quote_review(quote=quote, user=editor, status=APPROVED)
    story = story_create(user=editor, title="Talks", slug="talks", articles=[article])
    story_feature(story=story, fact=quote, user=editor)
    return story


def test_nothing_of_a_draft_story_is_public(story):
    assert list(selectors.story_list_published()) == []
    assert list(selectors.article_list_public()) == []
    assert list(selectors.quote_list_public()) == []
    assert list(selectors.entity_list_public()) == []
    assert selectors.story_get_for_reader(slug="talks") is None
    assert selectors.story_get_for_reader(slug="talks", preview=True) == story


def test_published_story_shows_only_approved_facts(story, editor, article):
    story_publish(story=story, user=editor)
    assert list(selectors.article_list_public()) == [article]
    assert [q.text for q in selectors.quote_list_public()] == [
        "We agreed to share tracking data from next year"
    ]  # the other quote is still pending
    lund = Entity.objects.get(name="Henrik Lund")
    entity_review(entity=lund, user=editor, status=REJECTED)
    twin = entity_create(user=editor, name="Marta O.", kind="person")
    entity_merge(source=twin, target=Entity.objects.get(name="Marta Oliveira"), user=editor)
    names = sorted(entity.name for entity in selectors.entity_list_public())
    assert names == ["Lisbon", "Marta Oliveira", "Nordic Space Office", "Portuguese Space Agency"]
    assert list(selectors.story_list_for(entity=lund)) == [story]  # mentioned, but not shown
