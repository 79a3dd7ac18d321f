import django_filters

from newsroom.api.filters.common import UpdatedSinceFilterSet
from newsroom.quotes.models import Quote


class QuoteFilter(UpdatedSinceFilterSet):
    speaker = django_filters.NumberFilter(field_name="speaker_id", help_text="Speaker entity id.")
    article = django_filters.NumberFilter(field_name="article_id", help_text="Article id.")
    story = django_filters.NumberFilter(
        field_name="article__stories", help_text="Story id: quotes from its articles."
    )
    q = django_filters.CharFilter(field_name="text", lookup_expr="icontains")

    class Meta:
        model = Quote
        fields = ["speaker", "article", "story", "updated_since", "q"]
