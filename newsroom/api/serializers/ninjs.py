"""A published story as an IPTC ninjs 3.1 document (https://iptc.org/standards/ninjs/).

ninjs 3.1 closes every object to properties it does not define, and only `subjects` defines
`confidence`, `relevance` and `creator` (who or what assigned it). So each public entity of the
story is listed twice: under its kind (`people`, `organisations`, `places`, `objects` for
spacecraft) with name, public URI, `rel` and slug as `literal`; and under `subjects` with the same
URI, its `relevance`, the extractor's `confidence` and its provenance in `creator`. Missions,
programmes and other things appear under `subjects` only. The source articles are `associations`.
"""

from collections import Counter

from django.db.models import Count, Max
from rest_framework.fields import DateTimeField

from newsroom.api.serializers.common import api_url
from newsroom.core.models import Origin
from newsroom.entities.models import EntityKind
from newsroom.stories import selectors

SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"

# The ninjs array each kind of entity goes to, besides `subjects`.
KIND_ARRAYS = {
    EntityKind.PERSON: "people",
    EntityKind.ORGANIZATION: "organisations",
    EntityKind.PLACE: "places",
    EntityKind.SPACECRAFT: "objects",
}

# What OpenAPI says of the document; the vendored JSON Schema is the full contract.
NINJS_OPENAPI = {
    "type": "object",
    "description": "An IPTC ninjs 3.1 document, valid against "
    "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json (vendored in newsroom/api/schemas/).",
    "required": ["uri"],
    "properties": {
        "uri": {"type": "string", "format": "uri"},
        "type": {"type": "string", "enum": ["text"]},
        "version": {"type": "string"},
        "firstCreated": {"type": "string", "format": "date-time"},
        "versionCreated": {"type": "string", "format": "date-time"},
    },
    "additionalProperties": True,
}


def _datetime(value):
    return DateTimeField().to_representation(value)


def _creator(entity):
    """Who assigned the entity: the desk, or the extractor (version and rule) with the desk's
    approval; every public entity is approved."""
    if entity.origin == Origin.EDITOR:
        return "editor"
    detail = ", ".join(
        part for part in (entity.extractor_version, entity.rule and f"rule {entity.rule}") if part
    )
    made = f"machine ({detail})" if detail else "machine"
    return f"{made}, approved by an editor"


def _entities(story, articles):
    """The story's public entities: what it is about, and what its articles mention (approved
    mentions), with the number of those mentions."""
    mentions = (
        selectors.mention_list_public()
        .filter(article__in=[article.pk for article in articles])
        .order_by()
        .values_list("entity")
        .annotate(n=Count("pk"))
    )
    counts = dict(mentions)
    about = {entity.pk for entity in story.entities.all()}
    entities = selectors.entity_list_public().filter(pk__in=about | set(counts))
    return list(entities.order_by("name", "pk")), about, counts


def _entity_arrays(story, articles, request):
    entities, about, counts = _entities(story, articles)
    most = max(counts.values(), default=1)
    arrays = {name: [] for name in (*KIND_ARRAYS.values(), "subjects")}
    for entity in entities:
        rel = "about" if entity.pk in about else "mentioned"
        ref = {
            "name": entity.name,
            "rel": rel,
            "uri": request.build_absolute_uri(entity.get_absolute_url()),
        }
        if entity.kind in KIND_ARRAYS:
            arrays[KIND_ARRAYS[entity.kind]].append({**ref, "literal": entity.slug})
        arrays["subjects"].append(
            {
                **ref,
                "literal": f"{entity.kind}:{entity.slug}",
                "relevance": _relevance(entity, about=about, counts=counts, most=most),
                "confidence": round(100 * entity.confidence),
                "creator": _creator(entity),
            }
        )
    return {name: items for name, items in arrays.items() if items}


def _relevance(entity, *, about, counts, most):
    """100 for what the editors say the story is about; for the rest, their mentions against
    the most mentioned entity's, on a scale up to 50."""
    if entity.pk in about:
        return 100
    return max(1, round(50 * counts.get(entity.pk, 0) / most))


def _association(article, request):
    item = {
        "name": article.title,
        "rel": "source",
        "uri": request.build_absolute_uri(article.get_absolute_url()),
        "type": "text",
        "language": article.language,
        "headlines": [{"role": "main", "value": article.title}],
    }
    if article.published_at:
        item["firstCreated"] = _datetime(article.published_at)
    if article.byline:
        item["by"] = article.byline
    if article.source_id:
        item["infoSources"] = [{"name": article.source.name, "role": "publisher"}]
    return item


def story_ninjs(*, story, request):
    """The ninjs 3.1 document of a published `story` (its articles prefetched, public)."""
    articles = list(story.articles.all())
    corrections = story.corrections.aggregate(n=Count("pk"), last=Max("created_at"))
    changed = [story.published_at, story.updated_at, corrections["last"]]
    languages = Counter(article.language for article in articles)
    document = {
        "uri": request.build_absolute_uri(story.get_absolute_url()),
        "standard": {"name": "ninjs", "version": "3.1", "schema": SCHEMA_URI},
        "type": "text",
        "representationType": "full",
        # The published text is version 1; each public correction makes the next one.
        "version": str(1 + corrections["n"]),
        "firstCreated": _datetime(story.published_at),
        "versionCreated": _datetime(max(when for when in changed if when is not None)),
        "pubStatus": "usable",
        "language": languages.most_common(1)[0][0] if languages else "en",
        "slugline": story.slug,
        "headlines": [{"role": "main", "value": story.title}],
        "altIds": [{"role": "api", "value": api_url(request, "story", story.pk)}],
    }
    descriptions = [
        {"role": role, "contentType": "text/plain", "value": value}
        for role, value in (("dek", story.dek), ("summary", story.summary))
        if value
    ]
    if descriptions:
        document["descriptions"] = descriptions
    if story.summary:
        document["bodies"] = [
            {
                "role": "main",
                "contentType": "text/plain",
                "charCount": len(story.summary),
                "wordCount": len(story.summary.split()),
                "value": story.summary,
            }
        ]
    document.update(_entity_arrays(story, articles, request))
    if articles:
        document["associations"] = [_association(article, request) for article in articles]
    return document
