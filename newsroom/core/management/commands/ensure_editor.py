"""`manage.py ensure_editor`: make the first editor account and print its password once."""

from django.core.management.base import BaseCommand

from newsroom.core.services import editor_create


class Command(BaseCommand):
    help = "Create the editor account (staff, Editors group) with a generated password."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="editor")

    def handle(self, *args, username, **options):
        password = editor_create(username=username)
        if password is None:
            self.stdout.write(
                f"Editor account '{username}' exists; to reset its password run "
                f"`python manage.py changepassword {username}`."
            )
            return
        self.stdout.write(self.style.SUCCESS("Created the editor account for /admin/:"))
        self.stdout.write(f"  username: {username}")
        self.stdout.write(f"  password: {password}   (shown once; store it now)")
