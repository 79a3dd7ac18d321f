"""People, organizations, places and other named things, their surface forms, mentions and roles."""

import unicodedata

from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from simple_history.models import HistoricalRecords

from newsroom.articles.models import Article
from newsroom.core.models import ExtractedModel, span_constraints, validate_span


class EntityKind(models.TextChoices):
    PERSON = "person", "Person"
    ORGANIZATION = "organization", "Organization"
    PLACE = "place", "Place"
    SPACECRAFT = "spacecraft", "Spacecraft"
    MISSION = "mission", "Mission"
    PROGRAM = "program", "Program"
    OTHER = "other", "Other"


def normalize_alias(name):
    """Fold a surface form for matching: NFKC, typographic apostrophes, case and spacing."""
    text = unicodedata.normalize("NFKC", name)
    text = text.replace("`", "'").replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.casefold().split())


class EntityQuerySet(models.QuerySet):
    def canonical(self):
        """Entities that have not been merged into another one."""
        return self.filter(merged_into__isnull=True)

    def approved(self):
        return self.canonical().filter(review_status="approved")


class Entity(ExtractedModel):
    """One real-world thing; a merged entity points at the one it was merged into."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    kind = models.CharField(max_length=20, choices=EntityKind, db_index=True)
    description = models.TextField(blank=True)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_from"
    )
    located_in = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contains",
        help_text="For a place: the place it lies in (a city in its country, a spaceport in "
        "its state), so that a more specific report agrees with a less specific one.",
    )

    history = HistoricalRecords()
    objects = EntityQuerySet.as_manager()

    class Meta(ExtractedModel.Meta):
        permissions = [
            ("review_entity", "Can approve or reject entities"),
            ("merge_entity", "Can merge and split entities"),
        ]
        verbose_name_plural = "entities"
        ordering = ["name"]
        constraints = [
            *ExtractedModel.Meta.constraints,
            models.CheckConstraint(
                condition=~models.Q(merged_into=models.F("pk")), name="entity_not_merged_into_self"
            ),
        ]
        indexes = [
            models.Index(fields=["kind", "review_status"], name="entity_kind_status_idx"),
            # EntityIndex looks names up by LOWER(name): without this, a scan of every entity
            # for each article ingested
            models.Index(Lower("name"), name="entity_lower_name_idx"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("public:entity", kwargs={"slug": self.slug})


class Alias(ExtractedModel):
    """A surface form of an entity ("Doe", "Ms. Doe"); `normalized` is unique per entity."""

    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200, db_index=True, editable=False)

    history = HistoricalRecords()

    class Meta(ExtractedModel.Meta):
        permissions = [("review_alias", "Can approve or reject aliases")]
        verbose_name_plural = "aliases"
        ordering = ["name"]
        constraints = [
            *ExtractedModel.Meta.constraints,
            models.UniqueConstraint(
                fields=["entity", "normalized"], name="alias_unique_per_entity"
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.normalized = normalize_alias(self.name)
        super().save(*args, **kwargs)


class Mention(ExtractedModel):
    """One place in an article where an entity is named."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="mentions")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.CharField(max_length=300)

    history = HistoricalRecords()

    class Meta(ExtractedModel.Meta):
        permissions = [("review_mention", "Can approve or reject mentions")]
        ordering = ["article", "start"]
        constraints = [
            *ExtractedModel.Meta.constraints,
            *span_constraints("mention"),
            models.UniqueConstraint(
                fields=["article", "entity", "start", "end"], name="mention_unique_span"
            ),
        ]
        indexes = [models.Index(fields=["entity", "article"], name="mention_entity_article_idx")]

    def __str__(self):
        return f"{self.text} ({self.start}–{self.end})"

    def clean(self):
        if self.article_id:
            validate_span(text=self.article.body, start=self.start, end=self.end, surface=self.text)


class Role(ExtractedModel):
    """A title a person holds, at an organization, as an article states it."""

    person = models.ForeignKey(
        Entity,
        on_delete=models.CASCADE,
        related_name="roles",
        limit_choices_to={"kind": EntityKind.PERSON},
    )
    title = models.CharField(max_length=200)
    organization = models.ForeignKey(
        Entity,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="member_roles",
        limit_choices_to={"kind": EntityKind.ORGANIZATION},
    )
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="roles"
    )
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)

    history = HistoricalRecords()

    class Meta(ExtractedModel.Meta):
        permissions = [("review_role", "Can approve or reject roles")]
        ordering = ["person", "title"]
        constraints = [
            *ExtractedModel.Meta.constraints,
            models.CheckConstraint(
                condition=models.Q(start__isnull=True, end__isnull=True)
                | models.Q(start__isnull=False, end__isnull=False, end__gt=models.F("start")),
                name="role_evidence_span_valid",
            ),
        ]

    def __str__(self):
        at = f", {self.organization}" if self.organization_id else ""
        return f"{self.person}: {self.title}{at}"

    def clean(self):
        if self.article_id:
            validate_span(text=self.article.body, start=self.start, end=self.end, label="evidence")


class GazetteerState(models.Model):
    """The one row whose version counts the changes to the gazetteer of approved entities;
    every worker compares it with the version of the gazetteer it holds (one cheap query)."""

    version = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return f"gazetteer version {self.version}"


class GazetteerChange(models.Model):
    """An entity whose gazetteer row (its names, aliases, kind, status or merge) may have
    changed in `version`. No foreign key: a deleted entity is a change too."""

    version = models.PositiveBigIntegerField(db_index=True)
    entity_id = models.BigIntegerField()

    class Meta:
        ordering = ["version"]

    def __str__(self):
        return f"entity {self.entity_id} in gazetteer version {self.version}"
