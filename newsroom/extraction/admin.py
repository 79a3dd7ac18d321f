from django.contrib import admin

from newsroom.core.text import truncate
from newsroom.extraction.models import ExtractionRun


@admin.register(ExtractionRun)
class ExtractionRunAdmin(admin.ModelAdmin):
    list_display = ["article", "extractor_version", "state", "reason", "started_at", "finished_at"]
    list_filter = ["state", "extractor_version"]
    search_fields = ["article__title", "error"]
    list_select_related = ["article"]
    ordering = ["-started_at"]
    readonly_fields = [
        "article",
        "extractor_version",
        "state",
        "started_at",
        "finished_at",
        "counts",
        "error",
    ]

    @admin.display(description="why it failed", ordering="error")
    def reason(self, obj):
        return truncate(obj.error, 120) if obj.error else "—"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
