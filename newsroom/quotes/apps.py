from django.apps import AppConfig


class QuotesConfig(AppConfig):
    name = "newsroom.quotes"
    label = "quotes"
