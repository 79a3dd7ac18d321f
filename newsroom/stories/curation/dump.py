"""`export_curation`: every editorial decision in the database as sorted, id-free JSON.

What an editor decided is what differs from a pending machine proposal: a row an editor
approved, rejected, edited or added (`MACHINE_PENDING` excludes exactly the others), an entity
merged or split, a claim's verdict, and every story with its composition and corrections.
"""

import json

from newsroom.articles.models import Article
from newsroom.claims.models import Claim, ClaimStatus, Evidence
from newsroom.core.models import MACHINE_PENDING
from newsroom.entities.models import Alias, Entity, Mention, Role
from newsroom.quotes.models import Quote
from newsroom.stories.curation.keys import (
    FORMAT,
    claim_key,
    entity_key,
    machine_record,
    sort_entries,
    span_key,
)
from newsroom.stories.models import Story

VERDICTS = {ClaimStatus.VERIFIED, ClaimStatus.FALSE}


def _decided(model):
    return model.objects.exclude(MACHINE_PENDING)


def _entity(entity):
    machine = machine_record(entity)
    entry = {
        "name": entity.name,
        "kind": entity.kind,
        "status": entity.review_status,
        "description": entity.description,
        "located_in": entity_key(entity.located_in),
        "merged_into": entity_key(entity.merged_into),
        "machine": None if machine is None else [machine.kind, machine.name],
        "split_from": None,
    }
    if machine is None:
        # An entity an editor split off another takes that entity's alias with it.
        for alias in entity.aliases.all():
            first = alias.history.order_by("history_id").first()
            earlier = Entity.objects.filter(pk=first.entity_id).first() if first else None
            if earlier is not None and entity.pk not in (earlier.pk, earlier.merged_into_id):
                entry["split_from"] = {"entity": entity_key(earlier), "alias": alias.name}
    return entry


def _quote(quote):
    machine = machine_record(quote)
    return {
        "span": span_key(quote),
        "text": quote.text,
        "speaker": entity_key(quote.speaker),
        "cue": quote.cue,
        "status": quote.review_status,
        "machine": None if machine is None else [machine.start, machine.end],
    }


def _claim(claim):
    evidence = claim.evidence.select_related("article", "place").order_by("pk")
    return {
        "key": claim_key(claim),
        "statement": claim.statement,
        "kind": claim.kind,
        "date": claim.date.isoformat() if claim.date else None,
        "date_precision": claim.date_precision,
        "place": entity_key(claim.place),
        "until": claim.until,
        "modality": claim.modality,
        "is_previous": claim.is_previous,
        "parties": sorted(entity_key(party) for party in claim.parties.all()),
        "verdict": claim.status if claim.status in VERDICTS else None,
        "status": claim.review_status,
        "evidence": sort_entries(
            [
                {"span": span_key(row), "stance": row.stance, "status": row.review_status}
                for row in evidence
                if row.is_editorial
            ],
            "span",
        ),
    }


def fact_key(fact):
    """A correction's fact, by its kind and natural key."""
    if fact is None:
        return None
    label = fact._meta.label_lower
    if isinstance(fact, Entity):
        return {"type": label, "key": entity_key(fact)}
    if isinstance(fact, Claim):
        return {"type": label, "key": claim_key(fact)}
    if isinstance(fact, Role):
        return {"type": label, "key": _role_key(fact)}
    return {"type": label, "key": span_key(fact)}


def _role_key(role):
    if role.article_id and role.start is not None:
        return {"person": entity_key(role.person), "span": span_key(role)}
    return {
        "person": entity_key(role.person),
        "title": role.title,
        "organization": entity_key(role.organization),
    }


def _story(story):
    return {
        "slug": story.slug,
        "title": story.title,
        "dek": story.dek,
        "summary": story.summary,
        "status": story.status,
        "published_at": story.published_at.isoformat() if story.published_at else None,
        "articles": sorted(article.checksum for article in story.articles.all()),
        "entities": sorted(entity_key(entity) for entity in story.entities.all()),
        "quotes": [span_key(row.quote) for row in story.story_quotes.select_related("quote")],
        "claims": [
            {"claim": claim_key(row.claim), "is_on_timeline": row.is_on_timeline}
            for row in story.story_claims.select_related("claim")
        ],
        "corrections": sort_entries(
            [
                {
                    "created_at": correction.created_at.isoformat(),
                    "created_by": correction.created_by.get_username()
                    if correction.created_by
                    else None,
                    "subject": correction.subject,
                    "fact": fact_key(correction.fact),
                    "field": correction.field,
                    "before": correction.before,
                    "after": correction.after,
                    "reason": correction.reason,
                }
                for correction in story.corrections.all()
            ],
            "created_at",
        ),
    }


def curation_export():
    """The curation document: a dict of sorted lists, ready for `curation_dumps`."""
    entities = Entity.objects.exclude(MACHINE_PENDING).select_related("located_in", "merged_into")
    claims = Claim.objects.filter(
        pk__in=[
            *_decided(Claim).values_list("pk", flat=True),
            *_decided(Evidence).values_list("claim_id", flat=True),
        ]
    )
    stories = list(Story.objects.all())
    document = {
        "format": FORMAT,
        "entities": sort_entries([_entity(e) for e in entities], "kind", "name"),
        "aliases": sort_entries(
            [
                {
                    "entity": entity_key(alias.entity),
                    "name": alias.name,
                    "status": alias.review_status,
                }
                for alias in _decided(Alias).select_related("entity")
            ],
            "entity",
            "name",
        ),
        "mentions": sort_entries(
            [
                {
                    "span": span_key(mention),
                    "text": mention.text,
                    "entity": entity_key(mention.entity),
                    "status": mention.review_status,
                }
                for mention in _decided(Mention).select_related("article", "entity")
            ],
            "span",
        ),
        "roles": sort_entries(
            [
                {
                    "key": _role_key(role),
                    "title": role.title,
                    "organization": entity_key(role.organization),
                    "status": role.review_status,
                }
                for role in _decided(Role).select_related("person", "organization", "article")
            ],
            "key",
        ),
        "quotes": sort_entries(
            [_quote(quote) for quote in _decided(Quote).select_related("article", "speaker")],
            "span",
        ),
        "claims": sort_entries([_claim(claim) for claim in claims], "key"),
        "stories": sort_entries([_story(story) for story in stories], "slug"),
    }
    checksums = {checksum for story in document["stories"] for checksum in story["articles"]}
    _collect_checksums(document, checksums)
    articles = Article.objects.filter(checksum__in=checksums).order_by("checksum")
    document["articles"] = [{"checksum": a.checksum, "title": a.title} for a in articles]
    return document


def _collect_checksums(value, found):
    """Every article checksum the document names (the first item of each span key)."""
    if isinstance(value, dict):
        for item in value.values():
            _collect_checksums(item, found)
    elif isinstance(value, list):
        if len(value) == 3 and isinstance(value[0], str) and isinstance(value[1], int):
            found.add(value[0])
        for item in value:
            _collect_checksums(item, found)


def curation_dumps(document):
    """The document as stable text: two exports of the same state are byte-identical."""
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
