"""Admin building blocks shared by the domain apps."""

from django.contrib import admin

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


@admin.display(description="text")
def short_text(value, limit=90):
    return value if len(value) <= limit else value[: limit - 1] + "…"
