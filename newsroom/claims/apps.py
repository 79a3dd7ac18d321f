from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "newsroom.claims"
    label = "claims"
