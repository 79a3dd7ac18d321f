"""Reads the extraction pipeline needs from the database."""

import datetime

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.utils import timezone

from newsroom.articles.models import Article, ExtractionState
from newsroom.entities.selectors import entity_list_gazetteer
from newsroom.extraction.gazetteer import known_entity
from newsroom.extraction.models import ExtractionRun


def gazetteer_list():
    """The approved entities as the extractors' KnownEntity rows, read whole: every editorial
    decision feeds the next extraction, and nothing an editor has not confirmed does."""
    return [known_entity(row) for row in entity_list_gazetteer()]


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
