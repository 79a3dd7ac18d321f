"""`manage.py export_curation PATH`: every editorial decision, by natural keys, as JSON."""

from pathlib import Path

from django.core.management.base import BaseCommand

from newsroom.stories.curation.dump import curation_dumps, curation_export


class Command(BaseCommand):
    help = "Write every editorial decision to PATH ('-' for standard output), sorted and id-free."

    def add_arguments(self, parser):
        parser.add_argument("path", metavar="PATH")

    def handle(self, *args, path, **options):
        document = curation_export()
        text = curation_dumps(document)
        if path == "-":
            self.stdout.write(text, ending="")
            return
        Path(path).write_text(text, encoding="utf-8")
        counts = ", ".join(
            f"{len(document[name])} {name}"
            for name in ("entities", "mentions", "roles", "quotes", "claims", "stories")
        )
        self.stdout.write(f"{path}: {counts}")
