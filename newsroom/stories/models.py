"""Stories editors publish from curated facts, and the corrections made to them."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from newsroom.articles.models import Article
from newsroom.core.models import TimeStampedModel


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
    status = models.CharField(max_length=10, choices=StoryStatus, default=StoryStatus.DRAFT)
    published_at = models.DateTimeField(null=True, blank=True)

    history = HistoricalRecords(m2m_fields=[articles])
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


class Correction(TimeStampedModel):
    """A public change to a published fact: what it said, what it says now, and why."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="corrections")
    subject = models.CharField(max_length=200, help_text="What was corrected.")
    before = models.TextField(blank=True)
    after = models.TextField(blank=True)
    reason = models.TextField()
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
