"""The read-only resources: each a selector's queryset, a FilterSet and a serializer."""

from django.db.models import Prefetch

from newsroom.api.filters.claims import ClaimFilter
from newsroom.api.filters.entities import EntityFilter
from newsroom.api.filters.quotes import QuoteFilter
from newsroom.api.filters.stories import ArticleFilter, CorrectionFilter, StoryFilter
from newsroom.api.serializers.articles import ArticleSerializer
from newsroom.api.serializers.claims import ClaimSerializer
from newsroom.api.serializers.entities import EntitySerializer
from newsroom.api.serializers.quotes import QuoteSerializer
from newsroom.api.serializers.stories import CorrectionSerializer, StorySerializer
from newsroom.api.views.base import PublicViewSet
from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Alias, Entity, Role
from newsroom.stories import selectors
from newsroom.stories.models import Correction, StoryClaim, StoryQuote

APPROVED = ReviewStatus.APPROVED


class StoryViewSet(PublicViewSet):
    """Published stories."""

    serializer_class = StorySerializer
    filterset_class = StoryFilter

    def get_queryset(self):
        return selectors.story_list_published().prefetch_related(
            Prefetch("articles", queryset=selectors.article_list_public()),
            Prefetch("entities", queryset=Entity.objects.filter(review_status=APPROVED)),
            Prefetch(
                "story_quotes", queryset=StoryQuote.objects.filter(quote__review_status=APPROVED)
            ),
            Prefetch(
                "story_claims", queryset=StoryClaim.objects.filter(claim__review_status=APPROVED)
            ),
        )


class ArticleViewSet(PublicViewSet):
    """The source articles of published stories."""

    serializer_class = ArticleSerializer
    filterset_class = ArticleFilter

    def get_queryset(self):
        return selectors.article_list_public()


class EntityViewSet(PublicViewSet):
    """Approved entities that public articles mention or published stories are about."""

    serializer_class = EntitySerializer
    filterset_class = EntityFilter

    def get_queryset(self):
        roles = Role.objects.filter(review_status=APPROVED).select_related("organization")
        return selectors.entity_list_public().prefetch_related(
            Prefetch(
                "aliases",
                queryset=Alias.objects.filter(review_status=APPROVED),
                to_attr="public_aliases",
            ),
            Prefetch("roles", queryset=roles.order_by("title", "pk"), to_attr="public_roles"),
        )


class QuoteViewSet(PublicViewSet):
    """Approved quotes from public articles."""

    serializer_class = QuoteSerializer
    filterset_class = QuoteFilter

    def get_queryset(self):
        return selectors.quote_list_public().order_by()


class ClaimViewSet(PublicViewSet):
    """Approved claims with a passage in a public article."""

    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter

    def get_queryset(self):
        return (
            selectors.claim_list_public()
            .select_related("place")
            .prefetch_related(selectors.evidence_public(), "parties")
        )


class CorrectionViewSet(PublicViewSet):
    """Corrections of published stories."""

    serializer_class = CorrectionSerializer
    filterset_class = CorrectionFilter
    ordering_fields = ["id", "created_at"]

    def get_queryset(self):
        return Correction.objects.filter(story__in=selectors.story_list_published()).select_related(
            "story", "fact_type"
        )
