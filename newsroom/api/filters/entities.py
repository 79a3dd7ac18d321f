import django_filters

from newsroom.api.filters.common import UpdatedSinceFilterSet
from newsroom.entities.models import Entity, EntityKind


class EntityFilter(UpdatedSinceFilterSet):
    kind = django_filters.ChoiceFilter(choices=EntityKind.choices)
    name = django_filters.CharFilter(
        field_name="name", lookup_expr="icontains", help_text="Part of the name."
    )
    q = django_filters.CharFilter(method="search", help_text="Words in the name or an alias.")

    class Meta:
        model = Entity
        fields = ["kind", "name", "updated_since", "q"]

    def search(self, queryset, name, value):
        for word in value.split():
            queryset = queryset.filter(aliases__normalized__icontains=word.casefold())
        return queryset.distinct()
