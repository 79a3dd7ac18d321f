"""Background extraction: each newly ingested article is extracted by a django.tasks task."""

from django.conf import settings
from django.tasks import task

from newsroom.articles.models import Article


@task()
def extract_article(article_id: int) -> dict:
    """Run extraction on one article (by id; it may have been deleted since)."""
    # Imported here so that spaCy loads when a task runs, not when Django starts.
    from newsroom.extraction.services import extraction_run_article

    # (with its source, whose name the extraction reads)
    article = Article.objects.select_related("source").filter(pk=article_id).first()
    if article is None:
        return {"article": article_id, "state": "missing"}
    run = extraction_run_article(article=article)
    return {"article": article_id, "run": run.pk, "state": run.state}


def enqueue_on_ingest(sender, article, **kwargs):
    """Receiver for `article_ingested`: queue the new article for extraction."""
    if settings.NEWSROOM_EXTRACT_ON_INGEST:
        extract_article.enqueue(article.pk)
