"""`manage.py import_curation PATH`: apply editorial decisions after `ingest` and `extract`."""

import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from newsroom.stories.curation.keys import CurationError
from newsroom.stories.curation.load import curation_import
from newsroom.stories.models import Story


class Command(BaseCommand):
    help = (
        "Apply a curation file written by export_curation. All or nothing: an entry that "
        "cannot be applied is named and nothing of the file is kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", metavar="PATH")
        parser.add_argument(
            "--user", help="Username recorded in the history as the one applying it."
        )
        parser.add_argument(
            "--initial",
            action="store_true",
            help="Apply only to a database with no story yet, so that a later run (`make run` "
            "again) keeps what editors changed since.",
        )

    def handle(self, *args, path, user=None, initial=False, **options):
        if initial and Story.objects.exists():
            self.stdout.write(f"{path}: skipped (the database has stories already)")
            return
        try:
            document = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise CommandError(f"{path}: cannot read a curation file: {error}") from error
        if not isinstance(document, dict):
            raise CommandError(f"{path}: not a curation file (expected a JSON object).")
        acting = None
        if user:
            acting = get_user_model().objects.filter(username=user).first()
            if acting is None:
                raise CommandError(f"--user {user}: no such account.")
        try:
            curation_import(document=document, user=acting)
        except CurationError as error:
            raise CommandError(f"{path}: nothing applied: {error}") from error
        self.stdout.write(f"{path}: applied")
