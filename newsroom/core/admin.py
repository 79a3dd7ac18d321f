"""Admin building blocks shared by the domain apps."""

from newsroom.core.text import truncate

PROVENANCE_FIELDS = (
    "origin",
    "confidence",
    "extractor_version",
    "rule",
    "created_at",
    "updated_at",
)


class ExtractedAdminMixin:
    """Machine provenance is shown but never edited by hand."""

    def get_readonly_fields(self, request, obj=None):
        return (*super().get_readonly_fields(request, obj), *PROVENANCE_FIELDS)


def short_text(value):
    """Long text shortened for a changelist column."""
    return truncate(value, 90)
