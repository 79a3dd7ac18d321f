"""The record of each extraction run over an article."""

from django.db import models

from newsroom.articles.models import Article


class RunState(models.TextChoices):
    RUNNING = "running", "Running"
    SUCCEEDED = "succeeded", "Succeeded"
    FAILED = "failed", "Failed"


class ExtractionRun(models.Model):
    """One pass of the extractors over one article: when, which version, what it wrote."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="extraction_runs")
    extractor_version = models.CharField(max_length=40)
    state = models.CharField(max_length=10, choices=RunState, default=RunState.RUNNING)
    started_at = models.DateTimeField(auto_now_add=True, db_index=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    counts = models.JSONField(default=dict, blank=True, help_text="Rows created and kept, by kind.")
    error = models.TextField(blank=True)
    output_digest = models.CharField(
        max_length=64,
        blank=True,
        help_text="SHA-256 of what the extractors returned; a re-run with the same digest writes "
        "nothing.",
    )

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["state", "started_at"], name="run_state_started_idx")]

    def __str__(self):
        return f"{self.article} — {self.extractor_version} — {self.state}"
