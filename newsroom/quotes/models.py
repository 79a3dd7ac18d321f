"""Direct quotes and who said them."""

from django.db import models
from simple_history.models import HistoricalRecords

from newsroom.articles.models import Article
from newsroom.core.models import ExtractedModel, span_constraints, validate_span
from newsroom.core.text import truncate
from newsroom.entities.models import Entity


class Quote(ExtractedModel):
    """The exact quoted words in an article, with the speaker and the reporting cue."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    text = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    speaker = models.ForeignKey(
        Entity, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes"
    )
    cue = models.CharField(max_length=60, blank=True, help_text='"said", "stated", "according to"…')
    is_featured = models.BooleanField(default=False)

    history = HistoricalRecords()

    class Meta(ExtractedModel.Meta):
        permissions = [("review_quote", "Can approve or reject quotes")]
        ordering = ["article", "start"]
        constraints = [
            *ExtractedModel.Meta.constraints,
            *span_constraints("quote"),
            models.UniqueConstraint(fields=["article", "start", "end"], name="quote_unique_span"),
        ]
        indexes = [
            models.Index(fields=["article", "review_status"], name="quote_article_status_idx"),
            models.Index(fields=["speaker", "review_status"], name="quote_speaker_status_idx"),
        ]

    def __str__(self):
        return truncate(self.text, 80)

    def clean(self):
        if self.article_id:
            validate_span(
                text=self.article.body,
                start=self.start,
                end=self.end,
                surface=self.text,
                label="quote",
            )
