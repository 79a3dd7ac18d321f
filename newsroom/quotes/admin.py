from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from newsroom.core.admin import ExtractedAdminMixin, short_text
from newsroom.quotes.models import Quote


@admin.register(Quote)
class QuoteAdmin(ExtractedAdminMixin, SimpleHistoryAdmin):
    list_display = [
        "quote_text",
        "speaker",
        "cue",
        "article",
        "review_status",
        "is_featured",
        "confidence",
    ]
    list_filter = ["review_status", "is_featured", "origin", "cue"]
    search_fields = ["text", "speaker__name", "article__title"]
    list_select_related = ["speaker", "article"]
    ordering = ["article", "start"]
    autocomplete_fields = ["speaker", "article"]

    @admin.display(description="quote", ordering="text")
    def quote_text(self, obj):
        return short_text(obj.text)
