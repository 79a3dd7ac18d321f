from rest_framework import serializers

from newsroom.api.serializers.common import (
    ArticleRefSerializer,
    EntityRefSerializer,
    LinkedSerializer,
)
from newsroom.quotes.models import Quote
from newsroom.stories.selectors import speaker_shown


class QuoteSerializer(LinkedSerializer, serializers.ModelSerializer):
    """A quote with its speaker (an approved entity, or null) and its source sentence."""

    route = "quote"

    speaker = serializers.SerializerMethodField()
    article = ArticleRefSerializer()

    class Meta:
        model = Quote
        fields = ["id", "text", "speaker", "cue", "article", "start", "end", "updated_at"]
        fields += ["url", "html_url"]

    def get_speaker(self, quote) -> dict | None:
        speaker = speaker_shown(quote)
        return EntityRefSerializer(speaker, context=self.context).data if speaker else None

    def get_html_url(self, quote) -> str:
        article_url = quote.article.get_absolute_url()
        return self.context["request"].build_absolute_uri(f"{article_url}#quote-{quote.pk}")
