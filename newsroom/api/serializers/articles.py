from rest_framework import serializers

from newsroom.api.serializers.common import LinkedSerializer
from newsroom.articles.models import Article


class ArticleSerializer(LinkedSerializer, serializers.ModelSerializer):
    """A source article of a published story; `body` is the text every span indexes."""

    route = "article"

    source = serializers.CharField(source="source.name", default=None, allow_null=True)

    class Meta:
        model = Article
        fields = ["id", "slug", "title", "source", "byline", "dateline", "published_at"]
        fields += ["language", "word_count", "body", "updated_at", "url", "html_url"]
