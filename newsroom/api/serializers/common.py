"""Compact references embedded in other resources: id, name or title, and URLs."""

from django.urls import reverse
from rest_framework import serializers


def api_url(request, name, pk):
    return request.build_absolute_uri(reverse(f"api:{name}-detail", kwargs={"pk": pk}))


class LinksMixin:
    """`url` (the object in this API, under the route named `route`) and `html_url` (its page
    on the public site) for the serializers that declare those fields."""

    route = ""

    def get_url(self, obj) -> str:
        return api_url(self.context["request"], self.route, obj.pk)

    def get_html_url(self, obj) -> str:
        return self.context["request"].build_absolute_uri(obj.get_absolute_url())


class LinkedSerializer(LinksMixin, serializers.Serializer):
    """A serializer whose objects have both links, `url` and `html_url`."""

    url = serializers.SerializerMethodField()
    html_url = serializers.SerializerMethodField()


class EntityRefSerializer(LinkedSerializer):
    route = "entity"
    id = serializers.IntegerField()
    name = serializers.CharField()
    kind = serializers.CharField()


class ArticleRefSerializer(LinkedSerializer):
    route = "article"
    id = serializers.IntegerField()
    title = serializers.CharField()


class StoryRefSerializer(LinkedSerializer):
    route = "story"
    id = serializers.IntegerField()
    title = serializers.CharField()
