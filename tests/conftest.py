from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from newsroom.articles.services import article_ingest
from newsroom.core.permissions import EDITORS_GROUP, REPORTERS_GROUP
from newsroom.core.services import editor_create

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# An article of the kind the desk works on, written for these tests (no seed-story facts).
ARTICLE = """Heads of two space agencies meet in Lisbon

Marta Oliveira, President of the Portuguese Space Agency, met Henrik Lund, Director General of the \
Nordic Space Office, in Lisbon on March 4, 2026.

“We agreed to share tracking data from next year,” Oliveira said.

Lund called the talks productive. “Our engineers will meet again in June,” he said.

The Nordic Space Office said the two agencies last met in 2019.
"""


@pytest.fixture(autouse=True)
def _gazetteer_forgotten():
    """Each test reads its own gazetteer: the process holds one across runs, and a test's
    database is rolled back under it."""
    from newsroom.extraction.gazetteer import gazetteer_forget

    gazetteer_forget()


@pytest.fixture
def seed_paths():
    return sorted(SEEDS.glob("*.txt"))


def _user(username, group):
    editor_create(username=username, group=group)
    return get_user_model().objects.get(username=username)


@pytest.fixture
def editor():
    return _user("desk-editor", EDITORS_GROUP)


@pytest.fixture
def reporter():
    return _user("desk-reporter", REPORTERS_GROUP)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def reporter_client(client, reporter):
    client.force_login(reporter)
    return client


@pytest.fixture
def article(django_capture_on_commit_callbacks):
    """The test article, ingested and extracted as `ingest` does (immediate task backend)."""
    with django_capture_on_commit_callbacks(execute=True):
        result = article_ingest(data=ARTICLE.encode(), filename="lisbon.txt")
    result.article.refresh_from_db()
    return result.article


@pytest.fixture
def published_story(article, editor):
    """The test article's facts approved as a desk would, and a published story featuring its
    first quote and its meeting claim; built through the services."""
    from newsroom.claims.models import Claim
    from newsroom.claims.services import claim_review
    from newsroom.core.models import ReviewStatus
    from newsroom.entities.models import Entity, Mention, Role
    from newsroom.entities.services import entity_review, mention_update, role_update
    from newsroom.quotes.models import Quote
    from newsroom.quotes.services import quote_review
    from newsroom.stories.services import story_create, story_feature, story_publish

    approved = ReviewStatus.APPROVED
    for entity in Entity.objects.all():
        entity_review(entity=entity, user=editor, status=approved)
    for mention in Mention.objects.all():
        mention_update(mention=mention, user=editor, fields={"review_status": approved})
    for role in Role.objects.all():
        role_update(role=role, user=editor, fields={"review_status": approved})
    quote = Quote.objects.get(text__startswith="We agreed")
    quote_review(quote=quote, user=editor, status=approved)
    meeting = Claim.objects.get(is_previous=False)
    claim_review(claim=meeting, user=editor, status=approved)
    story = story_create(
        user=editor,
        title="Agency heads meet in Lisbon",
        slug="agency-heads-meet",
        dek="Two agencies agree to share tracking data.",
        summary="The heads of two agencies met in Lisbon.",
        articles=[article],
        entities=list(Entity.objects.filter(kind__in=["person", "organization"])),
    )
    story_feature(story=story, fact=quote, user=editor)
    story_feature(story=story, fact=meeting, user=editor)
    return story_publish(story=story, user=editor)
