from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from newsroom.claims.models import Claim, Evidence
from newsroom.core.admin import ExtractedAdminMixin, short_text


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 0
    fields = ["article", "start", "end", "text", "stance", "place", "review_status"]
    autocomplete_fields = ["article", "place"]


@admin.register(Claim)
class ClaimAdmin(ExtractedAdminMixin, SimpleHistoryAdmin):
    list_display = ["claim_text", "date", "date_precision", "place", "status", "review_status"]
    list_filter = ["status", "review_status", "date_precision", "origin"]
    search_fields = ["statement", "event"]
    list_select_related = ["place"]
    ordering = ["date", "pk"]
    autocomplete_fields = ["entities", "place"]
    inlines = [EvidenceInline]

    @admin.display(description="statement", ordering="statement")
    def claim_text(self, obj):
        return short_text(obj.statement)


@admin.register(Evidence)
class EvidenceAdmin(ExtractedAdminMixin, SimpleHistoryAdmin):
    list_display = ["evidence_text", "claim", "article", "stance", "place", "review_status"]
    list_filter = ["stance", "review_status", "origin"]
    search_fields = ["text", "claim__statement", "article__title"]
    list_select_related = ["claim", "article", "place"]
    ordering = ["claim", "article", "start"]
    autocomplete_fields = ["claim", "article", "place"]

    @admin.display(description="passage", ordering="text")
    def evidence_text(self, obj):
        return short_text(obj.text)
