import django_filters
from django.db.models import Q

from newsroom.api.filters.common import UpdatedSinceFilterSet
from newsroom.claims.models import Claim, ClaimStatus


class ClaimFilter(UpdatedSinceFilterSet):
    status = django_filters.ChoiceFilter(choices=ClaimStatus.choices)
    entity = django_filters.NumberFilter(
        method="about", help_text="Entity id: a party, the place, or an entity it is about."
    )
    date_after = django_filters.DateFilter(field_name="date", lookup_expr="gte")
    date_before = django_filters.DateFilter(field_name="date", lookup_expr="lte")
    q = django_filters.CharFilter(field_name="statement", lookup_expr="icontains")

    class Meta:
        model = Claim
        fields = ["status", "entity", "date_after", "date_before", "updated_since", "q"]

    def about(self, queryset, name, value):
        return queryset.filter(Q(parties=value) | Q(place=value) | Q(entities=value)).distinct()
