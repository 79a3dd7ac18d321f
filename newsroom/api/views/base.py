from rest_framework import viewsets

from newsroom.api.http import ConditionalMixin, Cursor


class PublicViewSet(ConditionalMixin, viewsets.ReadOnlyModelViewSet):
    """Read-only, published content only (the querysets come from `stories.selectors`),
    cursor-paginated, ordered over indexed fields only."""

    pagination_class = Cursor
    ordering_fields = ["id", "updated_at"]
    ordering = ["-id"]
