"""Reads the extraction pipeline needs from the database."""

from django.db.models import Prefetch

from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Alias, Entity
from newsroom.extraction.extractors import KnownEntity


def gazetteer_list():
    """Approved, unmerged entities with their non-rejected aliases, and the aliases of entities
    merged into them, as the extractors' KnownEntity rows: every editorial decision feeds the
    next extraction."""
    aliases = Alias.objects.exclude(review_status=ReviewStatus.REJECTED).only("name", "entity_id")
    entities = (
        Entity.objects.approved()
        .only("name", "kind", "description")
        .prefetch_related(
            Prefetch("aliases", queryset=aliases),
            Prefetch(
                "merged_from",
                queryset=Entity.objects.only("name", "merged_into_id").prefetch_related(
                    Prefetch("aliases", queryset=aliases)
                ),
            ),
        )
    )
    known = []
    for entity in entities:
        names = [alias.name for alias in entity.aliases.all()]
        for merged in entity.merged_from.all():
            names.append(merged.name)
            names.extend(alias.name for alias in merged.aliases.all())
        unique = tuple(dict.fromkeys(name for name in names if name != entity.name))
        known.append(
            KnownEntity(
                name=entity.name, kind=entity.kind, aliases=unique, description=entity.description
            )
        )
    return known
