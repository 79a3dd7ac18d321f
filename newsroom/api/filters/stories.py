import django_filters

from newsroom.api.filters.common import UpdatedSinceFilterSet, UTCDateTimeFilter
from newsroom.articles.models import Article
from newsroom.stories.models import Correction, Story


class StoryFilter(UpdatedSinceFilterSet):
    q = django_filters.CharFilter(method="search", help_text="Words in the title, dek or summary.")

    class Meta:
        model = Story
        fields = ["updated_since", "q"]

    def search(self, queryset, name, value):
        for word in value.split():
            queryset = queryset.filter(title__icontains=word) | queryset.filter(
                summary__icontains=word
            )
        return queryset.distinct()


class ArticleFilter(UpdatedSinceFilterSet):
    story = django_filters.NumberFilter(field_name="stories", help_text="Story id.")
    q = django_filters.CharFilter(field_name="title", lookup_expr="icontains")

    class Meta:
        model = Article
        fields = ["story", "updated_since", "q"]


class CorrectionFilter(django_filters.FilterSet):
    story = django_filters.NumberFilter(field_name="story_id", help_text="Story id.")
    updated_since = UTCDateTimeFilter(field_name="created_at", lookup_expr="gte")

    class Meta:
        model = Correction
        fields = ["story", "updated_since"]
