from django.contrib import admin
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from newsroom.articles.models import Article, Source

# The admin styles h2 as a fieldset bar, so the headline is bold text instead.
BLOCK_TAGS = {"title": "strong", "heading": "h3", "paragraph": "p", "item": "li"}


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "homepage", "created_at"]
    search_fields = ["name", "homepage"]
    prepopulated_fields = {"slug": ["name"]}
    ordering = ["name"]


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    class Media:
        css = {"all": ["newsroom/admin.css"]}

    list_display = [
        "title",
        "source",
        "published_at",
        "word_count",
        "extraction_state",
        "created_at",
    ]
    list_filter = ["extraction_state", "language", "source", "is_title_derived"]
    search_fields = ["title", "original_filename", "byline", "checksum"]
    list_select_related = ["source"]
    ordering = ["-created_at"]
    date_hierarchy = "created_at"
    autocomplete_fields = ["source"]
    readonly_fields = [
        "readable_text",
        "checksum",
        "original_filename",
        "word_count",
        "extraction_state",
        "extracted_at",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["title", "source", "published_at"]}),
        ("Text as ingested", {"fields": ["readable_text"]}),
        (
            "Details",
            {
                "classes": ["collapse"],
                "fields": ["slug", "byline", "dateline", "url", "language", "is_title_derived"],
            },
        ),
        (
            "Provenance",
            {
                "classes": ["collapse"],
                "fields": [
                    "checksum",
                    "original_filename",
                    "word_count",
                    "extraction_state",
                    "extracted_at",
                    "created_at",
                    "updated_at",
                ],
            },
        ),
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "title":
            field.widget.attrs["class"] = "vLargeTextField"
            field.widget.attrs["style"] = "width: 40em"
        return field

    @admin.display(description="text")
    def readable_text(self, obj):
        """The body laid out as headline, sub-headings and paragraphs; every block escaped."""
        if obj is None or not obj.pk:
            return "—"
        return format_html(
            '<div class="newsroom-article-text">{}</div>',
            format_html_join(
                "\n",
                "<{0}>{1}</{0}>",
                ((BLOCK_TAGS.get(kind, "p"), text) for kind, text in obj.iter_blocks()),
            ),
        )

    def has_add_permission(self, request):
        # Articles come in through ingestion, which validates and deduplicates them.
        return False
