from rest_framework import serializers

from newsroom.api.serializers.common import (
    ArticleRefSerializer,
    EntityRefSerializer,
    LinkedSerializer,
    LinksMixin,
    StoryRefSerializer,
    api_url,
)
from newsroom.stories.models import Correction, Story


class StorySerializer(LinkedSerializer, serializers.ModelSerializer):
    """A published story: its text, sources, entities, featured quotes and claims in order."""

    route = "story"

    articles = ArticleRefSerializer(many=True)
    entities = EntityRefSerializer(many=True)
    quotes = serializers.SerializerMethodField()
    claims = serializers.SerializerMethodField()

    class Meta:
        model = Story
        fields = ["id", "slug", "title", "dek", "summary", "published_at", "updated_at"]
        fields += ["articles", "entities", "quotes", "claims", "url", "html_url"]

    def get_quotes(self, story) -> list[str]:
        request = self.context["request"]
        return [api_url(request, "quote", row.quote_id) for row in story.story_quotes.all()]

    def get_claims(self, story) -> list[str]:
        request = self.context["request"]
        return [api_url(request, "claim", row.claim_id) for row in story.story_claims.all()]


class CorrectionSerializer(LinksMixin, serializers.ModelSerializer):
    """A public correction: which fact and field, before and after, why and when."""

    route = "correction"

    story = StoryRefSerializer()
    fact = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    class Meta:
        model = Correction
        fields = ["id", "story", "subject", "fact", "field", "before", "after", "reason"]
        fields += ["created_at", "url"]

    def get_fact(self, correction) -> dict | None:
        if correction.fact_type_id is None:
            return None
        return {"type": correction.fact_type.model, "id": correction.fact_id}
