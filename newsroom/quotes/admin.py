from django.contrib import admin
from django.core.exceptions import ValidationError

from newsroom.core.admin import (
    ConfidenceBandFilter,
    EditorialAdmin,
    VersionedModelForm,
    article_filters,
    span_in_context,
)
from newsroom.quotes import services
from newsroom.quotes.models import Quote


class QuoteForm(VersionedModelForm):
    def clean(self):
        """Find the quote's words in the article, or say why they cannot be found."""
        cleaned = super().clean()
        article = cleaned.get("article") or getattr(self.instance, "article", None)
        text = cleaned.get("text")
        if article is not None and text:
            try:
                cleaned["start"], cleaned["end"] = services.quote_span_find(
                    article, text, cleaned.get("start"), cleaned.get("end")
                )
            except ValidationError as error:
                self.add_error("text", error.message_dict["text"])
        return cleaned


@admin.register(Quote)
class QuoteAdmin(EditorialAdmin):
    form = QuoteForm
    list_display = ["quote_text", "speaker", "cue", "article", "review_status", "confidence"]
    list_filter = [
        "review_status",
        "is_featured",
        "origin",
        "cue",
        ("rule", admin.AllValuesFieldListFilter),
        ConfidenceBandFilter,
        *article_filters("article"),
    ]
    search_fields = ["text", "speaker__name", "article__title"]
    list_select_related = ["speaker", "article"]
    autocomplete_fields = ["speaker", "article"]
    fields = [
        "article",
        "text",
        "start",
        "end",
        "speaker",
        "cue",
        "is_featured",
        "review_status",
        "version",
        "in_context",
        "origin",
        "confidence",
        "extractor_version",
        "rule",
        "created_at",
        "updated_at",
    ]
    extra_readonly = ["in_context"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name in {"start", "end"}:
            field.required = False
            field.help_text = "Found from the text when left empty or out of date."
        return field

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        # The article a quote comes from is its evidence: fixed once the quote exists.
        return [*fields, "article"] if obj is not None else fields

    @admin.display(description="quote, in context", ordering="text")
    def quote_text(self, obj):
        return span_in_context(obj.article.body, obj.start, obj.end)

    @admin.display(description="in the article")
    def in_context(self, obj):
        return span_in_context(obj.article.body, obj.start, obj.end, width=300) if obj else "—"

    def service_create(self, request, data):
        return services.quote_create(
            user=request.user,
            article=data["article"],
            text=data["text"],
            start=data.get("start"),
            end=data.get("end"),
            speaker=data.get("speaker"),
            cue=data.get("cue", ""),
            is_featured=data.get("is_featured", False),
            **({"review_status": data["review_status"]} if data.get("review_status") else {}),
        )

    def service_update(self, request, obj, fields, version, reason=""):
        return services.quote_update(
            quote=obj, user=request.user, fields=fields, version=version, reason=reason
        )

    def review_service(self, obj, user, status):
        return services.quote_review(quote=obj, user=user, status=status)
