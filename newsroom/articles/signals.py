"""Signals the articles app sends, so that higher apps can react without being imported here."""

from django.dispatch import Signal

# Sent after a new article is committed; keyword argument `article`.
article_ingested = Signal()
