from django.apps import AppConfig


class PublicConfig(AppConfig):
    name = "newsroom.public"
    label = "public"
