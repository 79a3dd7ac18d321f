from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from newsroom.core.admin import ExtractedAdminMixin
from newsroom.entities.models import Alias, Entity, Mention, Role


class AliasInline(admin.TabularInline):
    model = Alias
    extra = 0
    fields = ["name", "review_status", "origin", "confidence"]
    readonly_fields = ["origin", "confidence"]


@admin.register(Entity)
class EntityAdmin(ExtractedAdminMixin, SimpleHistoryAdmin):
    list_display = ["name", "kind", "review_status", "merged_into", "confidence", "origin"]
    list_filter = ["kind", "review_status", "origin"]
    search_fields = ["name", "aliases__name", "description"]
    list_select_related = ["merged_into"]
    ordering = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["merged_into"]
    inlines = [AliasInline]


@admin.register(Alias)
class AliasAdmin(ExtractedAdminMixin, SimpleHistoryAdmin):
    list_display = ["name", "entity", "review_status", "origin"]
    list_filter = ["review_status", "origin", "entity__kind"]
    search_fields = ["name", "entity__name"]
    list_select_related = ["entity"]
    ordering = ["name"]
    autocomplete_fields = ["entity"]


@admin.register(Mention)
class MentionAdmin(ExtractedAdminMixin, SimpleHistoryAdmin):
    list_display = ["text", "entity", "article", "start", "end", "review_status", "confidence"]
    list_filter = ["review_status", "origin", "entity__kind"]
    search_fields = ["text", "entity__name", "article__title"]
    list_select_related = ["entity", "article"]
    ordering = ["article", "start"]
    autocomplete_fields = ["entity", "article"]


@admin.register(Role)
class RoleAdmin(ExtractedAdminMixin, SimpleHistoryAdmin):
    list_display = ["person", "title", "organization", "article", "review_status", "confidence"]
    list_filter = ["review_status", "origin"]
    search_fields = ["title", "person__name", "organization__name"]
    list_select_related = ["person", "organization", "article"]
    ordering = ["person__name", "title"]
    autocomplete_fields = ["person", "organization", "article"]
