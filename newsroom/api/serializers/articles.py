from rest_framework import serializers

from newsroom.api.serializers.common import api_url
from newsroom.articles.models import Article


class ArticleSerializer(serializers.ModelSerializer):
    """A source article of a published story; `body` is the text every span indexes."""

    source = serializers.CharField(source="source.name", default=None, allow_null=True)
    url = serializers.SerializerMethodField()
    html_url = serializers.SerializerMethodField()

    class Meta:
        model = Article
        fields = ["id", "slug", "title", "source", "byline", "dateline", "published_at"]
        fields += ["language", "word_count", "body", "updated_at", "url", "html_url"]

    def get_url(self, article) -> str:
        return api_url(self.context["request"], "article", article.pk)

    def get_html_url(self, article) -> str:
        return self.context["request"].build_absolute_uri(article.get_absolute_url())
