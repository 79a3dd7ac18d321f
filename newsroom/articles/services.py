"""Writes for articles: ingestion, idempotent by checksum, one transaction per article."""

from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from newsroom.articles import parsing
from newsroom.articles.models import Article, Source
from newsroom.articles.parsing import RejectedInput
from newsroom.articles.paths import path_display
from newsroom.articles.signals import article_ingested
from newsroom.core.bulk import rows_create_with_history
from newsroom.core.text import SLUG_ATTEMPTS, unique_slug

__all__ = ["IngestResult", "RejectedInput", "article_ingest", "article_ingest_path"]


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool

    @property
    def outcome(self):
        return "created" if self.created else "unchanged"


def article_ingest(*, data, filename=""):
    """Store `data` (bytes or str) as an article, or return the existing one with the same text.

    Raises RejectedInput with a one-line reason, having written nothing, when the input is not an
    article: empty, binary, not UTF-8, too large, or without a body.
    """
    max_bytes = settings.NEWSROOM_MAX_ARTICLE_BYTES
    if isinstance(data, str):
        if len(data.encode("utf-8", "surrogatepass")) > max_bytes:
            raise RejectedInput(f"file too large: the limit is {max_bytes:,} bytes")
        text = data
    else:
        text = parsing.decode(data, max_bytes=max_bytes)
    parsing.length_check(text, max_chars=settings.NEWSROOM_MAX_ARTICLE_CHARS)
    parsed = parsing.parse(text)
    existing = Article.objects.filter(checksum=parsed.checksum).first()
    if existing:
        return IngestResult(existing, created=False)
    for attempt in range(SLUG_ATTEMPTS):
        try:
            with transaction.atomic():
                article = _create(parsed, filename=filename)
            break
        except IntegrityError:
            # Another process ingested the same text between our check and our insert, or
            # took the slug: the whole insert is tried again (no savepoint around the insert)
            # under a slug chosen again.
            existing = Article.objects.filter(checksum=parsed.checksum).first()
            if existing is not None:
                return IngestResult(existing, created=False)
            if attempt == SLUG_ATTEMPTS - 1:
                raise
    transaction.on_commit(lambda: article_ingested.send(sender=Article, article=article))
    return IngestResult(article, created=True)


def article_ingest_path(path):
    """Ingest one file from disk; reads at most one byte past the size limit."""
    path = Path(path)
    limit = settings.NEWSROOM_MAX_ARTICLE_BYTES
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise RejectedInput(f"cannot read file: {error.strerror or error}") from None
    if len(data) > limit:
        size = path.stat().st_size
        raise RejectedInput(f"file too large: {size:,} bytes, the limit is {limit:,} bytes")
    return article_ingest(data=data, filename=path_display(path.name))


def _create(parsed, *, filename):
    meta = parsed.metadata
    source = None
    if meta.get("source"):
        source, _ = Source.objects.get_or_create(
            name=meta["source"][:200],
            defaults={"slug": unique_slug(Source, meta["source"], max_length=200)},
        )
    article = Article(
        source=source,
        title=parsed.title,
        is_title_derived=parsed.is_title_derived,
        body=parsed.text,
        blocks=parsed.blocks,
        checksum=parsed.checksum,
        byline=meta.get("byline", "")[:200],
        dateline=meta.get("dateline", "")[:200],
        published_at=meta.get("published"),
        url=meta.get("url", "")[:500],
        language=meta.get("language", "en")[:12],
        original_filename=filename[:255],
        word_count=parsed.word_count,
    )
    try:
        # Uniqueness is the database's to decide (a concurrent ingest may take the slug or the
        # text between any check and the insert); article_ingest handles the IntegrityError.
        # The slug comes below; the source was just read or created; the one constraint (the
        # range of `published_at`) is refused by parsing first and enforced by the database:
        # checking them here would cost a query each, and a savepoint.
        article.full_clean(
            exclude=["slug", "source"], validate_unique=False, validate_constraints=False
        )
    except ValidationError as error:
        problems = "; ".join(
            f"{name}: {' '.join(msgs)}" for name, msgs in error.message_dict.items()
        )
        raise RejectedInput(f"invalid metadata: {problems}") from None
    article.slug = unique_slug(Article, parsed.title, max_length=80, fallback="article")
    # (with its history version: one statement on PostgreSQL)
    return rows_create_with_history([article], Article)[0]
