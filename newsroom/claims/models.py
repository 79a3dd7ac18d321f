"""Checkable statements and the article passages that support or contradict them."""

from django.db import models
from simple_history.models import HistoricalRecords

from newsroom.articles.models import Article
from newsroom.core.models import ExtractedModel, span_constraints, validate_span
from newsroom.core.text import truncate
from newsroom.entities.models import Entity


class ClaimStatus(models.TextChoices):
    UNVERIFIED = "unverified", "Unverified"
    CORROBORATED = "corroborated", "Corroborated"
    DISPUTED = "disputed", "Disputed"
    VERIFIED = "verified", "Verified"
    FALSE = "false", "False"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class EventKind(models.TextChoices):
    MEETING = "meeting", "Meeting"
    LAUNCH = "launch", "Launch"
    AGREEMENT = "agreement", "Agreement"
    EXTENSION = "extension", "Extension"
    END_OF_OPERATIONS = "end_of_operations", "End of operations"
    APPOINTMENT = "appointment", "Appointment"
    INTENT = "intent", "Statement of intent"
    FLIGHT = "flight", "Flight"
    ANOMALY = "anomaly", "Anomaly"
    OPENING = "opening", "Opening"
    MILESTONE = "milestone", "Milestone"  # a craft's first image or first signal
    OTHER = "other", "Other"


class Modality(models.TextChoices):
    PLANNED = "planned", "Planned"
    HAPPENED = "happened", "Happened"
    EXPECTED = "expected", "Reported as expected"


class Stance(models.TextChoices):
    SUPPORTS = "supports", "Supports"
    CONTRADICTS = "contradicts", "Contradicts"


STATUS_EXPLAINED = {
    ClaimStatus.UNVERIFIED: "Only one source states it so far.",
    ClaimStatus.CORROBORATED: "Two or more independent sources agree on it.",
    ClaimStatus.DISPUTED: "Sources disagree on it: see the contradicting evidence.",
    ClaimStatus.VERIFIED: "An editor checked it and confirms it.",
    ClaimStatus.FALSE: "An editor checked it and found it false.",
}


def date_at_precision(value, precision):
    """A date shown no more precisely than it is known."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return str(value.year)
    if precision == DatePrecision.MONTH:
        return f"{value:%B} {value.year}"
    return f"{value:%B} {value.day}, {value.year}"


class Claim(ExtractedModel):
    """A statement in plain words, what it is about, when and where, and how far it is verified."""

    statement = models.TextField()
    entities = models.ManyToManyField(Entity, blank=True, related_name="claims")
    date = models.DateField(null=True, blank=True, db_index=True)
    date_precision = models.CharField(max_length=5, choices=DatePrecision, blank=True)
    place = models.ForeignKey(
        Entity, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims_here"
    )
    event = models.CharField(
        max_length=200,
        blank=True,
        db_index=True,
        help_text="Signature that matches the same event across articles.",
    )
    kind = models.CharField(
        max_length=20, choices=EventKind, blank=True, db_index=True, help_text="Kind of event."
    )
    parties = models.ManyToManyField(
        Entity,
        blank=True,
        related_name="claims_as_party",
        help_text="Who takes part; a person counts as the organisation they act for.",
    )
    modality = models.CharField(max_length=10, choices=Modality, blank=True)
    is_previous = models.BooleanField(
        default=False,
        help_text="An earlier occurrence mentioned in passing (“their last meeting”).",
    )
    until = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="The year an extension or end of operations runs until."
    )
    status = models.CharField(
        max_length=12, choices=ClaimStatus, default=ClaimStatus.UNVERIFIED, db_index=True
    )

    history = HistoricalRecords(m2m_fields=[entities, parties])

    class Meta(ExtractedModel.Meta):
        permissions = [
            ("review_claim", "Can approve or reject claims"),
            ("verify_claim", "Can set the verification status of claims"),
        ]
        ordering = ["date", "pk"]
        constraints = [
            *ExtractedModel.Meta.constraints,
            models.CheckConstraint(
                condition=models.Q(date__isnull=True) | ~models.Q(date_precision=""),
                name="claim_dated_has_precision",
            ),
        ]
        indexes = [models.Index(fields=["status", "review_status"], name="claim_status_idx")]

    def __str__(self):
        return truncate(self.statement, 80)

    def date_label(self):
        """The date at its precision: "2018", "July 2025", "July 31, 2025"."""
        return date_at_precision(self.date, self.date_precision)

    def event_label(self):
        """The event in words: "meeting of <agency> and <agency> (an earlier occurrence)"."""
        if not self.kind:
            return ""
        label = self.get_kind_display().lower()
        if self.pk:
            names = [party.name for party in self.parties.all()]
            if names:
                joined = (
                    names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
                )
                label += f" of {joined}"
        if self.until:
            label += f" until {self.until}"
        return label + (" (an earlier occurrence)" if self.is_previous else "")

    def status_explained(self):
        """What the verification status means for this claim, in a sentence."""
        return STATUS_EXPLAINED[self.status]


class Evidence(ExtractedModel):
    """A passage of an article that supports or contradicts a claim."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="evidence")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField()
    stance = models.CharField(max_length=12, choices=Stance, default=Stance.SUPPORTS)
    place = models.ForeignKey(
        Entity,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="evidence_here",
        help_text="The place this passage gives, which may be more specific than the claim's.",
    )
    date = models.DateField(null=True, blank=True, help_text="The date this passage gives.")
    date_precision = models.CharField(max_length=5, choices=DatePrecision, blank=True)
    modality = models.CharField(max_length=10, choices=Modality, blank=True)
    until = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="The end year this passage gives."
    )
    parties = models.ManyToManyField(
        Entity, blank=True, related_name="evidence_as_party", help_text="Who this passage names."
    )

    history = HistoricalRecords()

    class Meta(ExtractedModel.Meta):
        permissions = [("review_evidence", "Can approve or reject evidence")]
        verbose_name_plural = "evidence"
        ordering = ["claim", "article", "start"]
        constraints = [
            *ExtractedModel.Meta.constraints,
            *span_constraints("evidence"),
            models.UniqueConstraint(
                fields=["claim", "article", "start", "end"], name="evidence_unique_span"
            ),
        ]

    def __str__(self):
        return f"{self.get_stance_display()}: {self.text[:60]}"

    def date_label(self):
        """The date this passage gives, at its precision."""
        return date_at_precision(self.date, self.date_precision)

    def clean(self):
        if self.article_id:
            validate_span(
                text=self.article.body,
                start=self.start,
                end=self.end,
                surface=self.text,
                label="evidence",
            )
