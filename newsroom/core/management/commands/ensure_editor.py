"""`manage.py ensure_editor`: make the first editor account and print its password once."""

from django.core.management.base import BaseCommand

from newsroom.core.permissions import EDITORS_GROUP, REPORTERS_GROUP
from newsroom.core.services import editor_create


class Command(BaseCommand):
    help = "Create the editor account (staff, Editors group) with a generated password."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="editor")
        parser.add_argument(
            "--reporter",
            action="store_true",
            help="Put the account in the Reporters group (review only) instead of Editors.",
        )

    def handle(self, *args, username, reporter, **options):
        group = REPORTERS_GROUP if reporter else EDITORS_GROUP
        password = editor_create(username=username, group=group)
        if password is None:
            self.stdout.write(
                f"Editor account '{username}' exists; to reset its password run "
                f"`python manage.py changepassword {username}`."
            )
            return
        self.stdout.write(self.style.SUCCESS(f"Created the {group} account for /admin/:"))
        self.stdout.write(f"  username: {username}")
        self.stdout.write(f"  password: {password}   (shown once; store it now)")
