"""Stories editors publish from curated facts, and the corrections made to them."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from newsroom.articles.models import Article
from newsroom.claims.models import Claim
from newsroom.core.models import TimeStampedModel
from newsroom.entities.models import Entity
from newsroom.quotes.models import Quote


class StoryStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"
    ARCHIVED = "archived", "Archived"


class StoryQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=StoryStatus.PUBLISHED, published_at__isnull=False)


class Story(TimeStampedModel):
    """An evolving story: an editor's summary over the articles that report it."""

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=120, unique=True)
    dek = models.CharField(max_length=400, blank=True, help_text="One-line standfirst.")
    summary = models.TextField(blank=True)
    articles = models.ManyToManyField(Article, blank=True, related_name="stories")
    entities = models.ManyToManyField(
        Entity,
        blank=True,
        related_name="stories",
        help_text="The people and organizations it is about.",
    )
    quotes = models.ManyToManyField(Quote, through="StoryQuote", blank=True, related_name="stories")
    claims = models.ManyToManyField(Claim, through="StoryClaim", blank=True, related_name="stories")
    status = models.CharField(max_length=10, choices=StoryStatus, default=StoryStatus.DRAFT)
    published_at = models.DateTimeField(null=True, blank=True)

    history = HistoricalRecords(m2m_fields=[articles, entities])
    objects = StoryQuerySet.as_manager()

    class Meta:
        permissions = [("publish_story", "Can publish and unpublish stories")]
        verbose_name_plural = "stories"
        ordering = ["-published_at", "-created_at"]
        indexes = [models.Index(fields=["status", "-published_at"], name="story_status_pub_idx")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("public:story", kwargs={"slug": self.slug})


class StoryQuote(TimeStampedModel):
    """A quote the story features, at the place the editor put it."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="story_quotes")
    quote = models.ForeignKey(Quote, on_delete=models.CASCADE, related_name="story_quotes")
    position = models.PositiveIntegerField(default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["story", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["story", "quote"], name="story_quote_unique"),
        ]

    def __str__(self):
        return f"{self.story}: {self.quote}"


class StoryClaim(TimeStampedModel):
    """A claim the story features; a dated one is on its timeline unless the editor left it out."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="story_claims")
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="story_claims")
    position = models.PositiveIntegerField(default=0)
    is_on_timeline = models.BooleanField(
        default=True, help_text="Shown on the story's timeline when the claim has a date."
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["story", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["story", "claim"], name="story_claim_unique"),
        ]

    def __str__(self):
        return f"{self.story}: {self.claim}"


class Correction(TimeStampedModel):
    """A public change to a published fact: what it said, what it says now, and why."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="corrections")
    subject = models.CharField(max_length=200, help_text="What was corrected.")
    before = models.TextField(blank=True)
    after = models.TextField(blank=True)
    reason = models.TextField()
    # The fact corrected and which of its fields; empty for a correction written by hand.
    fact_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    fact_id = models.PositiveBigIntegerField(null=True, blank=True)
    fact = GenericForeignKey("fact_type", "fact_id")
    field = models.CharField(max_length=60, blank=True, help_text="The field that changed.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="corrections",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.story}: {self.subject}"
