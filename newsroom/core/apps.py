from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "newsroom.core"
    label = "core"
