"""Reads the extraction pipeline needs from the database."""

from newsroom.entities.selectors import entity_list_gazetteer
from newsroom.extraction.extractors import KnownEntity


def gazetteer_list():
    """The approved entities as the extractors' KnownEntity rows: every editorial decision
    feeds the next extraction, and nothing an editor has not confirmed does."""
    known = []
    for entity in entity_list_gazetteer():
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
