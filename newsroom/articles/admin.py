from django.contrib import admin
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from newsroom.articles.models import Article, Source

BLOCK_TAGS = {"title": "h2", "heading": "h3", "paragraph": "p", "item": "li"}


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "homepage", "created_at"]
    search_fields = ["name", "homepage"]
    prepopulated_fields = {"slug": ["name"]}
    ordering = ["name"]


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
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
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    "source",
                    "byline",
                    "dateline",
                    "published_at",
                    "url",
                    "language",
                    "is_title_derived",
                ]
            },
        ),
        ("Text as ingested", {"fields": ["readable_text"]}),
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

    @admin.display(description="text")
    def readable_text(self, obj):
        """The body laid out as headline, sub-headings and paragraphs; every block escaped."""
        if obj is None or not obj.pk:
            return "—"
        return format_html(
            '<div class="newsroom-article-text" style="max-width:46em;line-height:1.5">{}</div>',
            format_html_join(
                "\n",
                "<{0}>{1}</{0}>",
                ((BLOCK_TAGS.get(kind, "p"), text) for kind, text in obj.iter_blocks()),
            ),
        )

    def has_add_permission(self, request):
        # Articles come in through ingestion, which validates and deduplicates them.
        return False
