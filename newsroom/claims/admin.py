from django.contrib import admin
from django.utils.html import format_html, format_html_join

from newsroom.claims import services
from newsroom.claims.models import Claim, Evidence
from newsroom.claims.selectors import claim_values
from newsroom.core.admin import (
    ConfidenceBandFilter,
    EditorialAdmin,
    article_filters,
    short_text,
    span_in_context,
)


class EvidenceInline(admin.TabularInline):
    """Every passage for and against the claim, side by side with its source and values."""

    model = Evidence
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ["source", "passage", "stance", "place", "when", "until", "modality", "review_status"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False  # passages are added from the evidence page, which checks the span

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article__source", "place")

    @admin.display(description="source")
    def source(self, obj):
        outlet = obj.article.source.name if obj.article.source_id else "unknown outlet"
        return f"{obj.article.title} ({outlet})"

    @admin.display(description="date it gives")
    def when(self, obj):
        return obj.date_label() or "—"

    @admin.display(description="passage")
    def passage(self, obj):
        return span_in_context(obj.article.body, obj.start, obj.end)


@admin.register(Claim)
class ClaimAdmin(EditorialAdmin):
    list_display = [
        "claim_text",
        "event_in_words",
        "modality",
        "when",
        "place",
        "status_in_words",
        "review_status",
        "confidence",
    ]
    list_filter = [
        "review_status",
        "status",
        "kind",
        "modality",
        "is_previous",
        "date_precision",
        "origin",
        ("rule", admin.AllValuesFieldListFilter),
        ConfidenceBandFilter,
        *article_filters("evidence__article"),
    ]
    search_fields = ["statement", "event"]
    list_select_related = ["place"]
    autocomplete_fields = ["entities", "parties", "place"]
    inlines = [EvidenceInline]
    fields = [
        "statement",
        "kind",
        "parties",
        "modality",
        "is_previous",
        "until",
        "what_sources_say",
        "entities",
        "date",
        "date_precision",
        "place",
        "status",
        "status_in_words",
        "note",
        "review_status",
        "version",
        "origin",
        "confidence",
        "extractor_version",
        "rule",
        "created_at",
        "updated_at",
    ]
    extra_readonly = ["what_sources_say", "status_in_words"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("parties")

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if not request.user.has_perm("claims.verify_claim"):
            fields.append("status")
        return fields

    @admin.display(description="statement", ordering="statement")
    def claim_text(self, obj):
        return short_text(obj.statement)

    @admin.display(description="event")
    def event_in_words(self, obj):
        return obj.event_label() or "—"

    @admin.display(description="what each source says")
    def what_sources_say(self, obj):
        """Every value each attribute is given, with the articles that give it; a value that
        cannot be true together with another source's is marked disputed."""
        if obj is None or not obj.pk:
            return "—"
        rows = [
            (
                attribute,
                value.label,
                ", ".join(article.title for article in value.articles),
                "disputed" if value.is_conflicting else "agrees",
            )
            for attribute, found in claim_values(claim=obj).items()
            for value in found
        ]
        if not rows:
            return "No source gives a date, place or end year."
        return format_html(
            '<table class="newsroom-values"><thead><tr><th>attribute</th><th>value</th>'
            "<th>given by</th><th></th></tr></thead><tbody>{}</tbody></table>",
            format_html_join(
                "",
                '<tr class="{3}"><td>{0}</td><td>{1}</td><td>{2}</td><td>{3}</td></tr>',
                rows,
            ),
        )

    @admin.display(description="when", ordering="date")
    def when(self, obj):
        return obj.date_label() or "—"

    @admin.display(description="verification", ordering="status")
    def status_in_words(self, obj):
        return f"{obj.get_status_display()}: {obj.status_explained()}"

    def save_model(self, request, obj, form, change):
        self._entities = form.cleaned_data.get("entities")
        self._parties = form.cleaned_data.get("parties")
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        # The entities were set by the service; the evidence inline is read-only, so its formset
        # has nothing to save (it is only prepared for the change message).
        for formset in formsets:
            formset.save(commit=False)

    def service_create(self, request, data):
        names = {
            "date",
            "date_precision",
            "place",
            "event",
            "kind",
            "modality",
            "is_previous",
            "until",
            "status",
            "review_status",
        }
        return services.claim_create(
            user=request.user,
            statement=data["statement"],
            entities=data.get("entities") or (),
            parties=data.get("parties") or (),
            reason=data.get("note", ""),
            **{name: data[name] for name in names if data.get(name) not in (None, "")},
        )

    def service_update(self, request, obj, fields, version, reason=""):
        status = fields.pop("status", None)
        claim = services.claim_update(
            claim=obj,
            user=request.user,
            fields=fields,
            entities=self._entities,
            parties=self._parties,
            version=version,
            reason=reason,
        )
        if status is not None:
            claim = services.claim_verify(
                claim=claim, user=request.user, status=status, note=reason
            )
        return claim

    def review_service(self, obj, user, status):
        return services.claim_review(claim=obj, user=user, status=status)


@admin.register(Evidence)
class EvidenceAdmin(EditorialAdmin):
    list_display = ["evidence_text", "claim", "article", "stance", "place", "review_status"]
    list_filter = [
        "review_status",
        "stance",
        "origin",
        ConfidenceBandFilter,
        *article_filters("article"),
    ]
    search_fields = ["text", "claim__statement", "article__title"]
    list_select_related = ["claim", "article", "place"]
    autocomplete_fields = ["claim", "article", "place"]
    extra_readonly = ["text"]

    @admin.display(description="passage, in context", ordering="text")
    def evidence_text(self, obj):
        return span_in_context(obj.article.body, obj.start, obj.end)

    def service_create(self, request, data):
        return services.evidence_create(
            user=request.user,
            claim=data["claim"],
            article=data["article"],
            start=data["start"],
            end=data["end"],
            stance=data["stance"],
            place=data.get("place"),
        )

    def service_update(self, request, obj, fields, version, reason=""):
        return services.evidence_update(
            evidence=obj, user=request.user, fields=fields, version=version, reason=reason
        )

    def review_service(self, obj, user, status):
        return services.evidence_review(evidence=obj, user=user, status=status)
