import django_filters


class UpdatedSinceFilterSet(django_filters.FilterSet):
    """`updated_since` (an ISO 8601 date-time) on every resource."""

    updated_since = django_filters.IsoDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        help_text="Only rows changed at or after this ISO 8601 time.",
    )
