"""`manage.py ingest PATH [PATH ...]`: one line per file, non-zero exit if any was rejected."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsroom.articles.services import RejectedInput, article_ingest_path


class Command(BaseCommand):
    help = "Ingest article text files, or folders of .txt files, idempotently."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")

    def handle(self, *args, paths, **options):
        rejected = 0
        for path, problem in self._expand(paths):
            if problem:
                rejected += 1
                self.stdout.write(f"{path}: rejected: {problem}")
                continue
            try:
                result = article_ingest_path(path)
            except RejectedInput as error:
                rejected += 1
                self.stdout.write(f"{path}: rejected: {error}")
                continue
            article = result.article
            self.stdout.write(f'{path}: {result.outcome} (article {article.pk}: "{article.title}")')
        if rejected:
            raise CommandError(f"{rejected} file(s) rejected", returncode=1)

    def _expand(self, paths):
        """Yield (path, problem) for each named file and each .txt file in a named folder."""
        for raw in paths:
            path = Path(raw)
            if path.is_dir():
                files = sorted(
                    p for p in path.iterdir() if p.suffix.lower() == ".txt" and p.is_file()
                )
                if not files:
                    yield path, "folder has no .txt files"
                yield from ((file, None) for file in files)
            elif path.is_file():
                yield path, None
            elif path.exists():
                yield path, "not a regular file"
            else:
                yield path, "no such file or folder"
