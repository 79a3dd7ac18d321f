from django.apps import AppConfig


class ExtractionConfig(AppConfig):
    name = "newsroom.extraction"
    label = "extraction"

    def ready(self):
        from newsroom.articles.signals import article_ingested
        from newsroom.extraction.tasks import enqueue_on_ingest

        article_ingested.connect(enqueue_on_ingest, dispatch_uid="extraction.enqueue_on_ingest")
