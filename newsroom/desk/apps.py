from django.apps import AppConfig


class DeskConfig(AppConfig):
    """The editors' desk in the admin: review queues, the article review page, recent changes,
    and the editorial groups. It sits above every domain app and has no models of its own."""

    name = "newsroom.desk"
    label = "desk"
    verbose_name = "Editorial desk"
