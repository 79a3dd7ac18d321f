"""`manage.py ingest PATH [PATH ...]`: one line per file, non-zero exit if any was rejected."""

from django.core.management.base import BaseCommand, CommandError

from newsroom.articles.models import ExtractionState
from newsroom.articles.paths import article_paths, path_display
from newsroom.articles.services import RejectedInput, article_ingest_path


class Command(BaseCommand):
    help = "Ingest article text files, or folders of .txt files, idempotently."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")

    def handle(self, *args, paths, **options):
        rejected = 0
        for path, problem in article_paths(paths):
            shown = path_display(path)
            if problem:
                rejected += 1
                self.stdout.write(f"{shown}: rejected: {problem}")
                continue
            try:
                result = article_ingest_path(path)
            except RejectedInput as error:
                rejected += 1
                self.stdout.write(f"{shown}: rejected: {error}")
                continue
            article = result.article
            outcome = f'{result.outcome} (article {article.pk}: "{article.title}")'
            self.stdout.write(f"{shown}: {outcome}{_extraction_note(article, result.created)}")
        if rejected:
            raise CommandError(f"{rejected} file(s) rejected", returncode=1)


def _extraction_note(article, created):
    """How the extraction of a new article went, when it ran at once (the immediate task backend
    in development): a failure is said with its reason, not hidden behind "created"."""
    if not created:
        return ""
    article.refresh_from_db(fields=["extraction_state"])
    if article.extraction_state != ExtractionState.FAILED:
        return ""
    # The runs are the extraction app's; read through the relation it adds to Article, so
    # this app imports nothing above it.
    run = article.extraction_runs.order_by("-started_at").first()
    reason = run.error if run is not None and run.error else "see its extraction runs"
    return f"; extraction failed: {reason}"
