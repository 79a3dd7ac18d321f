"""Reads of stories and of what readers may see, shared by the public pages, the feeds and the API.

The one visibility rule: readers see published stories, the articles those stories are built on,
and approved facts from those articles (an entity: approved, not merged away, and mentioned in
such an article or named as what a published story is about). A draft, a pending or rejected
fact, an article no published story uses: never.
"""

from django.db.models import Exists, OuterRef, Prefetch, Q

from newsroom.articles.models import Article
from newsroom.claims.models import Claim, Evidence
from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Entity, Mention, Role
from newsroom.quotes.models import Quote
from newsroom.stories.models import Story, StoryClaim, StoryQuote

APPROVED = ReviewStatus.APPROVED


def story_list_published():
    """Published stories, newest first."""
    return Story.objects.published().order_by("-published_at", "-pk")


def article_list_public():
    """Articles at least one published story is built on."""
    published = Story.objects.published().filter(articles=OuterRef("pk"))
    return Article.objects.filter(Exists(published)).select_related("source")


def quote_list_public():
    """Approved quotes from public articles, with their approved speaker (or none)."""
    return (
        Quote.objects.filter(review_status=APPROVED, article__in=article_list_public())
        .select_related("article", "speaker")
        .order_by("article_id", "start")
    )


def speaker_shown(quote):
    """The speaker readers see: an approved entity, else nobody."""
    speaker = quote.speaker
    return speaker if speaker is not None and speaker.review_status == APPROVED else None


def entity_list_public():
    """Approved, unmerged entities that a public article mentions (approved mention) or a
    published story is about."""
    mentioned = Mention.objects.filter(
        entity=OuterRef("pk"), review_status=APPROVED, article__in=article_list_public()
    )
    about = Story.objects.published().filter(entities=OuterRef("pk"))
    return Entity.objects.filter(review_status=APPROVED, merged_into=None).filter(
        Exists(mentioned) | Exists(about)
    )


def claim_list_public():
    """Approved claims with a passage (not rejected) in a public article."""
    sourced = Evidence.objects.filter(claim=OuterRef("pk"), article__in=article_list_public())
    sourced = sourced.exclude(review_status=ReviewStatus.REJECTED)
    return Claim.objects.filter(review_status=APPROVED).filter(Exists(sourced))


def mention_list_public():
    """Approved mentions, in public articles, of public entities."""
    return (
        Mention.objects.filter(
            review_status=APPROVED,
            article__in=article_list_public(),
            entity__in=entity_list_public(),
        )
        .select_related("article", "entity")
        .order_by("article_id", "start")
    )


def evidence_for_article(*, article):
    """The passages of `article` that state approved claims (a rejected passage excluded)."""
    return (
        Evidence.objects.filter(article=article, claim__review_status=APPROVED)
        .exclude(review_status=ReviewStatus.REJECTED)
        .order_by("start")
    )


def evidence_public(lookup="evidence"):
    """A Prefetch (along `lookup`) of each claim's public passages, not rejected and in public
    articles, as `claim.public_evidence`."""
    rows = (
        Evidence.objects.exclude(review_status=ReviewStatus.REJECTED)
        .filter(article__in=article_list_public())
        .select_related("article", "place")
        .order_by("article_id", "start")
    )
    return Prefetch(lookup, queryset=rows, to_attr="public_evidence")


def role_list_public(*, entities):
    """Approved roles of `entities`, with their organisation."""
    return (
        Role.objects.filter(person__in=entities, review_status=APPROVED)
        .select_related("organization", "article")
        .order_by("person_id", "title", "pk")
    )


def story_get_for_reader(*, slug, preview=False):
    """The story at `slug` with what its page shows prefetched; a draft only for `preview`."""
    stories = Story.objects.all() if preview else Story.objects.published()
    featured_quotes = StoryQuote.objects.filter(quote__review_status=APPROVED).select_related(
        "quote__speaker", "quote__article"
    )
    featured_claims = (
        StoryClaim.objects.filter(claim__review_status=APPROVED)
        .select_related("claim__place")
        .prefetch_related(evidence_public("claim__evidence"), "claim__parties")
    )
    return (
        stories.filter(slug=slug)
        .prefetch_related(
            Prefetch("articles", queryset=Article.objects.select_related("source")),
            Prefetch("entities", queryset=Entity.objects.filter(review_status=APPROVED)),
            Prefetch("story_quotes", queryset=featured_quotes),
            Prefetch("story_claims", queryset=featured_claims),
            "corrections",
        )
        .first()
    )


def story_timeline(*, story):
    """The story's dated featured claims that are on its timeline, in date order."""
    return list(
        Claim.objects.filter(
            story_claims__story=story, story_claims__is_on_timeline=True, date__isnull=False
        )
        .select_related("place")
        .order_by("date", "pk")
    )


def story_list_for(*, entity=None, quote=None):
    """Published stories about an entity (it is among its entities, speaks in it or is
    mentioned in its articles), or featuring a quote."""
    stories = story_list_published()
    if quote is not None:
        return stories.filter(story_quotes__quote=quote).distinct()
    return stories.filter(
        Q(entities=entity)
        | Q(story_quotes__quote__speaker=entity)
        | Q(articles__mentions__entity=entity, articles__mentions__review_status=APPROVED)
    ).distinct()
