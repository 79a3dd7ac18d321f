"""Compact references embedded in other resources: id, name or title, and URLs."""

from django.urls import reverse
from rest_framework import serializers


def api_url(request, name, pk):
    return request.build_absolute_uri(reverse(f"api:{name}-detail", kwargs={"pk": pk}))


class EntityRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    kind = serializers.CharField()
    url = serializers.SerializerMethodField()
    html_url = serializers.SerializerMethodField()

    def get_url(self, entity) -> str:
        return api_url(self.context["request"], "entity", entity.pk)

    def get_html_url(self, entity) -> str:
        return self.context["request"].build_absolute_uri(entity.get_absolute_url())


class ArticleRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.SerializerMethodField()
    html_url = serializers.SerializerMethodField()

    def get_url(self, article) -> str:
        return api_url(self.context["request"], "article", article.pk)

    def get_html_url(self, article) -> str:
        return self.context["request"].build_absolute_uri(article.get_absolute_url())


class StoryRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.SerializerMethodField()
    html_url = serializers.SerializerMethodField()

    def get_url(self, story) -> str:
        return api_url(self.context["request"], "story", story.pk)

    def get_html_url(self, story) -> str:
        return self.context["request"].build_absolute_uri(story.get_absolute_url())
