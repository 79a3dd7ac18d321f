from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from newsroom.stories.models import Correction, Story


class CorrectionInline(admin.StackedInline):
    model = Correction
    extra = 0
    fields = ["subject", "before", "after", "reason", "created_by", "created_at"]
    readonly_fields = ["created_by", "created_at"]


@admin.register(Story)
class StoryAdmin(SimpleHistoryAdmin):
    list_display = ["title", "status", "published_at", "updated_at"]
    list_filter = ["status"]
    search_fields = ["title", "dek", "summary"]
    ordering = ["-updated_at"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["articles"]
    inlines = [CorrectionInline]


@admin.register(Correction)
class CorrectionAdmin(SimpleHistoryAdmin):
    list_display = ["subject", "story", "created_by", "created_at"]
    list_filter = ["story"]
    search_fields = ["subject", "reason", "before", "after", "story__title"]
    list_select_related = ["story", "created_by"]
    ordering = ["-created_at"]
    autocomplete_fields = ["story"]
    readonly_fields = ["created_by", "created_at"]

    def save_model(self, request, obj, form, change):
        if not obj.created_by_id:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
