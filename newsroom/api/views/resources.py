"""The read-only resources: each a selector's queryset, a FilterSet and a serializer."""

from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from newsroom.api.filters.claims import ClaimFilter
from newsroom.api.filters.entities import EntityFilter
from newsroom.api.filters.quotes import QuoteFilter
from newsroom.api.filters.stories import ArticleFilter, CorrectionFilter, StoryFilter
from newsroom.api.renderers import NinjsRenderer
from newsroom.api.serializers.articles import ArticleSerializer
from newsroom.api.serializers.claims import ClaimSerializer
from newsroom.api.serializers.entities import EntitySerializer
from newsroom.api.serializers.ninjs import NINJS_OPENAPI, story_ninjs
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

    def get_renderers(self):
        # A story's own URL also answers `Accept: application/ninjs+json` (content negotiation).
        if self.action == "retrieve":
            return [*super().get_renderers(), NinjsRenderer()]
        return super().get_renderers()

    @extend_schema(
        responses={
            (200, "application/json"): StorySerializer,
            (200, NinjsRenderer.media_type): NINJS_OPENAPI,
        }
    )
    def retrieve(self, request, *args, **kwargs):
        if isinstance(request.accepted_renderer, NinjsRenderer):
            return self.ninjs(request, *args, **kwargs)
        return super().retrieve(request, *args, **kwargs)

    @extend_schema(
        summary="The story as an IPTC ninjs 3.1 document",
        filters=False,
        responses={
            (200, NinjsRenderer.media_type): NINJS_OPENAPI,
            (200, "application/json"): NINJS_OPENAPI,
        },
    )
    @action(detail=True, renderer_classes=[NinjsRenderer, JSONRenderer])
    def ninjs(self, request, pk=None):
        """The story in IPTC ninjs 3.1, with its entities' confidence and provenance."""
        return Response(story_ninjs(story=self.get_object(), request=request))


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
