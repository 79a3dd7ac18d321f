from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, F, OuterRef, Subquery, Value
from django.db.models.functions import Greatest, Substr
from django.template.response import TemplateResponse

from newsroom.core.admin import (
    ConfidenceBandFilter,
    EditorialAdmin,
    article_filters,
    span_in_context,
)
from newsroom.core.editorial import fact_edit
from newsroom.entities import services
from newsroom.entities.models import Alias, Entity, Mention, Role

CONTEXT = 80  # characters of text shown either side of an entity's first mention


def _with_merged(ids):
    """Entities about to be deleted and those merged into them, which the deletion unmerges:
    the gazetteer rows a deletion changes."""
    ids = list(ids)
    return [*ids, *Entity.objects.filter(merged_into__in=ids).values_list("pk", flat=True)]


class AliasInline(admin.TabularInline):
    model = Alias
    extra = 0
    fields = ["name", "review_status", "origin", "confidence"]

    def get_readonly_fields(self, request, obj=None):
        fields = ["origin", "confidence"]
        if not request.user.has_perm("entities.review_alias"):
            fields.append("review_status")
        return fields


@admin.register(Entity)
class EntityAdmin(EditorialAdmin):
    list_display = [
        "name",
        "kind",
        "first_seen",
        "review_status",
        "alias_count",
        "merged_into",
        "confidence",
    ]
    list_filter = [
        "review_status",
        "kind",
        "origin",
        ("rule", admin.AllValuesFieldListFilter),
        ConfidenceBandFilter,
        *article_filters("mentions__article"),
    ]
    search_fields = ["name", "aliases__name", "description"]
    list_select_related = ["merged_into"]
    prepopulated_fields = {"slug": ["name"]}
    extra_readonly = ["merged_into"]
    inlines = [AliasInline]
    actions = [*EditorialAdmin.actions, "merge_selected"]

    def get_queryset(self, request):
        # The first mention's sentence, cut out by the database so the page reads no article
        # bodies: a window of CONTEXT characters either side of the mention.
        first = Mention.objects.filter(entity=OuterRef("pk")).order_by("article_id", "start")
        window = first.annotate(
            snippet=Substr(
                "article__body",
                Greatest(F("start") - CONTEXT + 1, Value(1)),
                F("end") - Greatest(F("start") - CONTEXT, Value(0)) + CONTEXT,
            )
        )
        return (
            super()
            .get_queryset(request)
            .annotate(
                alias_total=Count("aliases", distinct=True),
                seen_snippet=Subquery(window.values("snippet")[:1]),
                seen_start=Subquery(first.values("start")[:1]),
                seen_end=Subquery(first.values("end")[:1]),
            )
        )

    @admin.display(description="aliases", ordering="alias_total")
    def alias_count(self, obj):
        return obj.alias_total

    @admin.display(description="first seen")
    def first_seen(self, obj):
        if getattr(obj, "seen_snippet", None) is None:
            return "—"
        offset = obj.seen_start - max(obj.seen_start - CONTEXT, 0)
        length = obj.seen_end - obj.seen_start
        return span_in_context(obj.seen_snippet, offset, offset + length, width=CONTEXT)

    def has_merge_permission(self, request):
        return request.user.has_perm("entities.merge_entity")

    def service_create(self, request, data):
        return services.entity_create(
            user=request.user,
            name=data["name"],
            kind=data["kind"],
            description=data.get("description", ""),
            slug=data.get("slug", ""),
            review_status=data.get("review_status"),
        )

    def service_update(self, request, obj, fields, version, reason=""):
        return services.entity_update(
            entity=obj, user=request.user, fields=fields, version=version, reason=reason
        )

    def review_service(self, obj, user, status):
        return services.entity_review(entity=obj, user=user, status=status)

    def delete_model(self, request, obj):
        with transaction.atomic():
            services.gazetteer_changed(entity_ids=_with_merged([obj.pk]))
            super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        with transaction.atomic():
            services.gazetteer_changed(
                entity_ids=_with_merged(queryset.values_list("pk", flat=True))
            )
            super().delete_queryset(request, queryset)

    def save_formset(self, request, form, formset, change):
        """Aliases typed into the entity page are added, changed and removed by services."""
        if formset.model is not Alias:
            return super().save_formset(request, form, formset, change)
        formset.save(commit=False)
        for alias in formset.new_objects:
            services.alias_add(entity=form.instance, name=alias.name, user=request.user)
        for alias, changed in formset.changed_objects:
            fields = {name: getattr(alias, name) for name in changed if name != "entity"}
            fact_edit(alias, user=request.user, fields=fields)
        for alias in formset.deleted_objects:
            services.alias_remove(alias=alias, user=request.user)
        return None

    @admin.action(permissions=["merge"], description="Merge selected entities into one…")
    def merge_selected(self, request, queryset):
        """Ask which entity survives, then merge the others into it."""
        entities = list(queryset.filter(merged_into__isnull=True).order_by("name"))
        if len(entities) < 2:
            self.message_user(request, "Select two or more unmerged entities.", messages.WARNING)
            return None
        if request.POST.get("survivor"):
            target = next((e for e in entities if str(e.pk) == request.POST["survivor"]), None)
            if target is None:
                self.message_user(request, "Choose one of the selected entities.", messages.ERROR)
                return None
            reason = request.POST.get("reason", "").strip()
            try:
                for source in entities:
                    if source.pk != target.pk:
                        services.entity_merge(
                            source=source, target=target, user=request.user, reason=reason
                        )
            except ValidationError as error:
                self.message_user(request, "; ".join(error.messages), messages.ERROR)
                return None
            merged = ", ".join(e.name for e in entities if e.pk != target.pk)
            self.message_user(request, f"Merged {merged} into {target.name}.", messages.SUCCESS)
            return None
        return TemplateResponse(
            request,
            "admin/entities/entity/merge.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "title": "Merge entities",
                "entities": entities,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )


@admin.register(Alias)
class AliasAdmin(EditorialAdmin):
    list_display = ["name", "entity", "review_status", "origin", "confidence"]
    list_filter = ["review_status", "origin", "entity__kind", ConfidenceBandFilter]
    search_fields = ["name", "entity__name"]
    list_select_related = ["entity"]
    autocomplete_fields = ["entity"]
    actions = [*EditorialAdmin.actions, "split_selected"]

    def has_merge_permission(self, request):
        return request.user.has_perm("entities.merge_entity")

    def service_create(self, request, data):
        return services.alias_add(entity=data["entity"], name=data["name"], user=request.user)

    def delete_model(self, request, obj):
        with transaction.atomic():
            services.gazetteer_changed(entity_ids=[obj.entity_id])
            super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        with transaction.atomic():
            services.gazetteer_changed(entity_ids=queryset.values_list("entity_id", flat=True))
            super().delete_queryset(request, queryset)

    @admin.action(permissions=["merge"], description="Split selected aliases into entities")
    def split_selected(self, request, queryset):
        for alias in queryset.select_related("entity"):
            try:
                entity = services.entity_split(alias=alias, user=request.user)
            except ValidationError as error:
                self.message_user(request, f"{alias}: {'; '.join(error.messages)}", messages.ERROR)
                continue
            moved = entity.mentions.count()
            self.message_user(
                request,
                f"Split “{alias.name}” off {alias.entity.name} as a new entity with {moved} "
                "mention(s).",
                messages.SUCCESS,
            )


@admin.register(Mention)
class MentionAdmin(EditorialAdmin):
    list_display = ["text", "context", "entity", "kind", "review_status", "confidence", "rule"]
    list_filter = [
        "review_status",
        "entity__kind",
        "origin",
        ("rule", admin.AllValuesFieldListFilter),
        ConfidenceBandFilter,
        *article_filters("article"),
    ]
    search_fields = ["text", "entity__name", "article__title"]
    list_select_related = ["entity", "article"]
    autocomplete_fields = ["entity", "article"]
    extra_readonly = ["text"]

    @admin.display(description="in context")
    def context(self, obj):
        return span_in_context(obj.article.body, obj.start, obj.end)

    @admin.display(description="kind", ordering="entity__kind")
    def kind(self, obj):
        return obj.entity.get_kind_display()

    def service_create(self, request, data):
        return services.mention_create(
            user=request.user,
            article=data["article"],
            entity=data["entity"],
            start=data["start"],
            end=data["end"],
        )

    def service_update(self, request, obj, fields, version, reason=""):
        return services.mention_update(
            mention=obj, user=request.user, fields=fields, version=version, reason=reason
        )


@admin.register(Role)
class RoleAdmin(EditorialAdmin):
    list_display = ["person", "title", "organization", "context", "review_status", "confidence"]
    list_filter = [
        "review_status",
        "origin",
        ("rule", admin.AllValuesFieldListFilter),
        ConfidenceBandFilter,
        *article_filters("article"),
    ]
    search_fields = ["title", "person__name", "organization__name"]
    list_select_related = ["person", "organization", "article"]
    autocomplete_fields = ["person", "organization", "article"]

    @admin.display(description="in context")
    def context(self, obj):
        if obj.article_id is None:
            return "—"
        return span_in_context(obj.article.body, obj.start, obj.end)

    def service_create(self, request, data):
        span = {"start": data.get("start"), "end": data.get("end")}
        return services.role_create(
            user=request.user,
            person=data["person"],
            title=data["title"],
            organization=data.get("organization"),
            article=data.get("article"),
            **span,
        )

    def service_update(self, request, obj, fields, version, reason=""):
        return services.role_update(
            role=obj, user=request.user, fields=fields, version=version, reason=reason
        )
