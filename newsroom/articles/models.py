"""Sources and the articles ingested from them, kept byte-for-byte as evidence."""

from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from newsroom.articles.parsing import PUBLISHED_RANGE, blank_front_matter
from newsroom.core.models import TimeStampedModel

# One character for one: offsets computed on the original text stay valid on the display text.
DISPLAY_TRANSLATION = str.maketrans({"`": "\u2019"})


class Source(TimeStampedModel):
    """An outlet that published articles."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    homepage = models.URLField(blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class ExtractionState(models.TextChoices):
    PENDING = "pending", "Pending"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class BlockKind(models.TextChoices):
    TITLE = "title", "Title"
    HEADING = "heading", "Sub-heading"
    PARAGRAPH = "paragraph", "Paragraph"
    ITEM = "item", "List item"


class Article(TimeStampedModel):
    """One ingested source text; `body` is the original, unchanged, and every span indexes it."""

    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.PROTECT, related_name="articles"
    )
    title = models.CharField(max_length=300)
    is_title_derived = models.BooleanField(
        default=False, help_text="The text had no headline; the title was made from its lede."
    )
    slug = models.SlugField(max_length=120, unique=True)
    body = models.TextField(help_text="The text exactly as ingested.")
    blocks = models.JSONField(
        default=list, help_text="Layout of the body: [kind, start, end] for each block."
    )
    checksum = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the body.")
    byline = models.CharField(max_length=200, blank=True)
    dateline = models.CharField(max_length=200, blank=True)
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    url = models.URLField(max_length=500, blank=True)
    language = models.CharField(max_length=12, default="en")
    original_filename = models.CharField(max_length=255, blank=True)
    word_count = models.PositiveIntegerField(default=0)
    extraction_state = models.CharField(
        max_length=10, choices=ExtractionState, default=ExtractionState.PENDING, db_index=True
    )
    extracted_at = models.DateTimeField(null=True, blank=True)

    history = HistoricalRecords(excluded_fields=["body", "blocks"])

    class Meta:
        ordering = ["-published_at", "-created_at"]
        indexes = [models.Index(fields=["-created_at"], name="article_created_idx")]
        constraints = [
            # Out of this range a date cannot be shown or converted on every database (a
            # year-1 date stored on PostgreSQL made pages fail); parsing refuses it first.
            models.CheckConstraint(
                condition=models.Q(published_at__isnull=True)
                | models.Q(
                    published_at__gte=PUBLISHED_RANGE[0], published_at__lt=PUBLISHED_RANGE[1]
                ),
                name="article_published_in_range",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("public:article", kwargs={"slug": self.slug})

    @property
    def display_body(self):
        """The body with typewriter backticks shown as apostrophes; same length, same offsets."""
        return self.body.translate(DISPLAY_TRANSLATION)

    @property
    def extraction_text(self):
        """The body as extractors see it: front matter blanked, every offset unchanged."""
        content_start = self.blocks[0][1] if self.blocks else 0
        return blank_front_matter(self.body, content_start)

    def iter_blocks(self):
        """Yield (kind, display text) for each block of the body, in order."""
        display = self.display_body
        for kind, start, end in self.blocks:
            yield kind, display[start:end]

    def block_count(self, kind):
        return sum(1 for block in self.blocks if block[0] == kind)
