"""Abstract models shared by the newsroom apps: timestamps, review state, provenance, spans."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models


class ReviewStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"


class Origin(models.TextChoices):
    MACHINE = "machine", "Machine"
    EDITOR = "editor", "Editor"


# Rows the machine proposed and no editor has touched: the only rows re-extraction may replace.
MACHINE_PENDING = models.Q(origin=Origin.MACHINE, review_status=ReviewStatus.PENDING)


class TimeStampedModel(models.Model):
    """Creation and last-change times on every row."""

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        abstract = True


class ExtractedModel(TimeStampedModel):
    """A fact the machine proposed or an editor wrote, with its review state and provenance."""

    review_status = models.CharField(
        max_length=10, choices=ReviewStatus, default=ReviewStatus.PENDING, db_index=True
    )
    origin = models.CharField(max_length=10, choices=Origin, default=Origin.MACHINE)
    confidence = models.FloatField(
        default=1.0, validators=[MinValueValidator(0.0), MaxValueValidator(1.0)]
    )
    extractor_version = models.CharField(max_length=40, blank=True)
    rule = models.CharField(
        max_length=60, blank=True, help_text="Extraction rule that proposed it."
    )

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=models.Q(confidence__gte=0.0, confidence__lte=1.0),
                name="%(app_label)s_%(class)s_confidence_range",
            ),
        ]

    @property
    def is_editorial(self):
        """True once an editor has touched the row: re-extraction must then leave it alone."""
        return not (self.origin == Origin.MACHINE and self.review_status == ReviewStatus.PENDING)


def span_constraints(prefix):
    """Database rule for a (start, end) span: it ends after it starts."""
    return [
        models.CheckConstraint(
            condition=models.Q(end__gt=models.F("start")),
            name=f"{prefix}_span_end_after_start",
        ),
    ]


def validate_span(*, text, start, end, surface=None, label="span"):
    """Raise ValidationError unless text[start:end] exists and, if given, equals surface."""
    if start is None or end is None:
        return
    if start < 0 or end <= start:
        raise ValidationError({"end": f"The {label} must end after it starts."})
    if end > len(text):
        raise ValidationError(
            {"end": f"The {label} ends at {end}, past the article's {len(text)} characters."}
        )
    if surface is not None and text[start:end] != surface:
        raise ValidationError(
            {
                "text": f"The {label} text does not match the article at {start}–{end}: "
                f"{text[start:end]!r} ≠ {surface!r}."
            }
        )
