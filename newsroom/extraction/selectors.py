"""Reads the extraction pipeline needs from the database."""

import datetime

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.utils import timezone

from newsroom.articles.models import Article, ExtractionState
from newsroom.entities.selectors import entity_list_gazetteer
from newsroom.extraction.extractors import KnownEntity
from newsroom.extraction.models import ExtractionRun


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


def article_list_never_extracted(*, older_than=None):
    """Articles ingested longer ago than the stale age whose extraction never started: the task
    was lost (a crash between the commit and the enqueue, a queue that was emptied)."""
    age = older_than or datetime.timedelta(seconds=settings.NEWSROOM_EXTRACTION_STALE_SECONDS)
    runs = ExtractionRun.objects.filter(article=OuterRef("pk"))
    return list(
        Article.objects.filter(
            extraction_state=ExtractionState.PENDING, created_at__lt=timezone.now() - age
        )
        .exclude(Exists(runs))
        .order_by("pk")
    )
