"""The changes feed's memory: what partners were last told is public, and the log of changes."""

from django.db import models


class ChangeKind(models.TextChoices):
    UPSERT = "upsert", "Created or updated"
    TOMBSTONE = "tombstone", "No longer public"


class FeedState(models.Model):
    """The one row that serializes reconciles (its lock) and remembers the last one."""

    stamp = models.CharField(max_length=40, blank=True)
    checked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"feed state at {self.checked_at}"


class PublicRecord(models.Model):
    """A public object as the feed last published it: a fingerprint of its representation."""

    resource = models.CharField(max_length=20)
    object_id = models.BigIntegerField()
    fingerprint = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["resource", "object_id"], name="public_record_unique")
        ]

    def __str__(self):
        return f"{self.resource} {self.object_id}"


class Change(models.Model):
    """One entry of the feed; `id` is its position. Only the latest entry per object is kept."""

    id = models.BigAutoField(primary_key=True)
    resource = models.CharField(max_length=20)
    object_id = models.BigIntegerField()
    kind = models.CharField(max_length=10, choices=ChangeKind)
    at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["resource", "object_id"], name="change_object_idx")]

    def __str__(self):
        return f"{self.id}: {self.kind} {self.resource} {self.object_id}"
