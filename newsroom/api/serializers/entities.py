from rest_framework import serializers

from newsroom.api.serializers.common import EntityRefSerializer, LinkedSerializer
from newsroom.entities.models import Entity


class RoleSerializer(serializers.Serializer):
    title = serializers.CharField()
    organization = EntityRefSerializer(allow_null=True)


class EntitySerializer(LinkedSerializer, serializers.ModelSerializer):
    """An entity with its approved aliases and roles."""

    route = "entity"

    aliases = serializers.SerializerMethodField()
    roles = serializers.SerializerMethodField()

    class Meta:
        model = Entity
        fields = [
            "id",
            "slug",
            "name",
            "kind",
            "description",
            "aliases",
            "roles",
            "updated_at",
            "url",
            "html_url",
        ]

    def get_aliases(self, entity) -> list[str]:
        return sorted(alias.name for alias in entity.public_aliases if alias.name != entity.name)

    def get_roles(self, entity) -> list[dict]:
        return RoleSerializer(entity.public_roles, many=True, context=self.context).data
