"""Persist extraction runs under the editorial invariant.

Re-running extraction replaces only pending machine rows of the article; whatever an editor
approved, rejected or edited is kept as it is and never duplicated.
"""

import dataclasses
import datetime
import hashlib
import json
import logging

from django.conf import settings
from django.db import IntegrityError, OperationalError, connection, transaction
from django.utils import timezone

from newsroom.articles.models import Article, ExtractionState
from newsroom.claims.models import Claim
from newsroom.entities.models import Alias, Entity
from newsroom.extraction.extractors import EXTRACTOR_VERSION, extract
from newsroom.extraction.gazetteer import gazetteer_current
from newsroom.extraction.models import ExtractionRun, RunState
from newsroom.extraction.persister import Persister

logger = logging.getLogger(__name__)


def extraction_run_article(*, article, gazetteer=None):
    """Extract facts from one article and save them; return the ExtractionRun.

    A failure is recorded on the run and the article (state `failed`) and nothing of the run is
    kept: the facts are written in one transaction.
    """
    # one commit for the two (a commit waits for the disk; savepoint=False: a caller's
    # transaction needs none for them)
    with transaction.atomic(savepoint=False):
        run = ExtractionRun.objects.create(article=article, extractor_version=EXTRACTOR_VERSION)
        Article.objects.filter(pk=article.pk).update(extraction_state=ExtractionState.RUNNING)
    try:
        known = gazetteer_current() if gazetteer is None else gazetteer
        published = article.published_at.date() if article.published_at else None
        result = extract(
            article.extraction_text,
            gazetteer=known,
            published_at=published,
            received_at=article.created_at.date(),
            source=article.source.name if article.source_id else None,
            dateline=article.dateline,
            ner_model=settings.NEWSROOM_NER_MODEL,
        )
        run.output_digest = output_digest(result)
        if run.output_digest == _last_digest(article):
            # The same output as the run whose rows are stored: saving it again would write
            # nothing (the persister keeps a row it finds again), so skip its hundred reads.
            counts = {"unchanged": True}
        else:
            counts = _save_retrying(article, result, run=run)
    except Exception as error:
        logger.exception("Extraction failed for article %s", article.pk)
        _finish(run, article, RunState.FAILED, error=f"{type(error).__name__}: {error}")
    else:
        if run.finished_at is None:  # (a saved run was finished with its facts)
            _finish(run, article, RunState.SUCCEEDED, counts=counts)
    return run


# A deadlock, a lock timeout or a race on a unique row with another worker: the save is one
# transaction, rolled back whole, so it is tried again on what the other worker committed.
TRANSIENT = (OperationalError, IntegrityError)
SAVE_ATTEMPTS = 3


def _save_retrying(article, result, *, run):
    for _ in range(SAVE_ATTEMPTS - 1):
        try:
            return extraction_save(article=article, result=result, run=run)
        except TRANSIENT as error:
            logger.warning("Saving article %s failed (%s); trying again", article.pk, error)
    # the last try: its error is the run's
    return extraction_save(article=article, result=result, run=run)


def output_digest(result):
    """A fingerprint of an Extraction and the extractor version that made it."""
    payload = json.dumps(
        [EXTRACTOR_VERSION, dataclasses.asdict(result)], sort_keys=True, default=str
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def _last_digest(article):
    """The output digest of the article's last successful run, unless an editor has changed an
    entity, alias or claim since it began (a rejection or merge changes what the same output
    resolves to, so the run must be saved again)."""
    if article.extracted_at is None:
        # no run of it has finished (every finished run sets the time): a new article, no
        # digest to read
        return None
    last = (
        ExtractionRun.objects.filter(article=article, state=RunState.SUCCEEDED)
        .order_by("-started_at", "-pk")
        .values_list("output_digest", "started_at")
        .first()
    )
    if last is None or not last[0]:
        return None
    edited = [
        model.history.filter(history_date__gte=last[1], history_user__isnull=False).values_list(
            "history_date"
        )
        for model in (Entity, Alias, Claim)
    ]
    return None if edited[0].union(*edited[1:]).exists() else last[0]


@transaction.atomic
def extraction_save(*, article, result, run=None):
    """Save an Extraction for `article`, replacing only its pending machine rows; return counts
    of what was written and kept. Two runs of one article (two workers, a retry) take turns: the
    article row is locked for the transaction. `run`, the ExtractionRun the save is for, is
    recorded as succeeded in the same transaction: one commit for the facts and the run's end,
    which stand or fall together."""
    if connection.features.has_select_for_update:
        # (a database without row locks, SQLite, lets one writer at a time in anyway: there
        # the read would lock nothing)
        Article.objects.select_for_update().filter(pk=article.pk).values_list("pk").first()
    counts = Persister(article).save(result)
    if run is not None:
        _finish(run, article, RunState.SUCCEEDED, counts=counts)
    return counts


def extraction_recover_stale(*, older_than=None):
    """Mark runs left `running` by a worker that died as failed and put their articles back in
    the queue; return the articles to extract again."""
    age = older_than or datetime.timedelta(seconds=settings.NEWSROOM_EXTRACTION_STALE_SECONDS)
    stale = ExtractionRun.objects.filter(
        state=RunState.RUNNING, started_at__lt=timezone.now() - age
    )
    article_ids = list(stale.values_list("article_id", flat=True).distinct())
    stale.update(
        state=RunState.FAILED, finished_at=timezone.now(), error="stale: the worker stopped"
    )
    Article.objects.filter(pk__in=article_ids).update(extraction_state=ExtractionState.PENDING)
    return list(Article.objects.filter(pk__in=article_ids))


@transaction.atomic(savepoint=False)  # one commit for the run and the article
def _finish(run, article, state, *, counts=None, error=""):
    now = timezone.now()
    run.state, run.finished_at, run.counts, run.error = state, now, counts or {}, error
    run.save(update_fields=["state", "finished_at", "counts", "error", "output_digest"])
    article_state = ExtractionState.DONE if state == RunState.SUCCEEDED else ExtractionState.FAILED
    Article.objects.filter(pk=article.pk).update(extraction_state=article_state, extracted_at=now)
    article.extraction_state, article.extracted_at = article_state, now
