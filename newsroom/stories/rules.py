"""What a story needs before readers may see it, and which of its facts are public."""

from django.db.models import Q

from newsroom.claims.models import Claim
from newsroom.core.models import ReviewStatus
from newsroom.core.text import truncate
from newsroom.entities.models import Entity, Role
from newsroom.quotes.models import Quote
from newsroom.stories.models import Story

# The fields of each kind of fact that readers see; changing one on a published story is a
# correction. A review status leaving "approved" takes the fact off the public pages.
PUBLIC_FIELDS = {
    Quote: {"text", "speaker", "review_status"},
    Claim: {"statement", "status", "date", "date_precision", "place", "until", "review_status"},
    Entity: {"name", "kind", "merged_into", "review_status"},
    Role: {"title", "organization", "review_status"},
}


def _not_approved(fact):
    return fact.review_status != ReviewStatus.APPROVED


def publish_problems(story):
    """Every reason the story cannot be published yet, as sentences an editor can act on."""
    problems = []
    articles = set(story.articles.values_list("pk", flat=True))
    if not articles:
        problems.append("it has no source article; add the articles it is based on.")
    featured = story.story_quotes.select_related("quote__speaker", "quote__article")
    for row in featured:
        quote, label = row.quote, f"the featured quote “{truncate(row.quote.text, 60)}”"
        if _not_approved(quote):
            problems.append(f"{label} is {quote.review_status}; approve it or take it out.")
        if quote.speaker is None:
            problems.append(f"{label} has no speaker; attribute it or take it out.")
        elif _not_approved(quote.speaker):
            problems.append(
                f"{label} is attributed to {quote.speaker.name}, who is "
                f"{quote.speaker.review_status}; approve the speaker or correct the attribution."
            )
        if articles and quote.article_id not in articles:
            problems.append(f"{label} comes from “{quote.article.title}”, not one of its sources.")
    for row in story.story_claims.select_related("claim").prefetch_related("claim__evidence"):
        claim, label = row.claim, f"the claim “{truncate(row.claim.statement, 60)}”"
        if _not_approved(claim):
            problems.append(f"{label} is {claim.review_status}; approve it or take it out.")
        # An approved claim vouches for its evidence unless the editor rejected a passage.
        sourced = [
            evidence
            for evidence in claim.evidence.all()
            if evidence.article_id in articles and evidence.review_status != ReviewStatus.REJECTED
        ]
        if articles and not sourced:
            problems.append(f"{label} has no passage in the story's sources.")
    for entity in story.entities.all():
        if _not_approved(entity):
            problems.append(f"{entity.name}, whom it is about, is {entity.review_status}.")
    return problems


def story_list_showing(fact):
    """The published stories in which readers see `fact` (a quote, claim, entity or role)."""
    if isinstance(fact, Role):
        fact = fact.person
    if isinstance(fact, Quote):
        shown = Q(story_quotes__quote=fact)
    elif isinstance(fact, Claim):
        shown = Q(story_claims__claim=fact)
    elif isinstance(fact, Entity):
        shown = (
            Q(entities=fact)
            | Q(story_quotes__quote__speaker=fact)
            | Q(story_claims__claim__place=fact)
        )
    else:
        return Story.objects.none()
    return Story.objects.published().filter(shown).distinct().order_by("pk")
