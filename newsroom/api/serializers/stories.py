from rest_framework import serializers

from newsroom.api.serializers.common import (
    ArticleRefSerializer,
    EntityRefSerializer,
    StoryRefSerializer,
    api_url,
)
from newsroom.stories.models import Correction, Story


class StorySerializer(serializers.ModelSerializer):
    """A published story: its text, sources, entities, featured quotes and claims in order."""

    articles = ArticleRefSerializer(many=True)
    entities = EntityRefSerializer(many=True)
    quotes = serializers.SerializerMethodField()
    claims = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()
    html_url = serializers.SerializerMethodField()

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

    def get_url(self, story) -> str:
        return api_url(self.context["request"], "story", story.pk)

    def get_html_url(self, story) -> str:
        return self.context["request"].build_absolute_uri(story.get_absolute_url())


class CorrectionSerializer(serializers.ModelSerializer):
    """A public correction: which fact and field, before and after, why and when."""

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

    def get_url(self, correction) -> str:
        return api_url(self.context["request"], "correction", correction.pk)
