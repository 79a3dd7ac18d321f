from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from newsroom.core.admin import VersionedModelForm
from newsroom.stories import services
from newsroom.stories.models import Correction, Story


class CorrectionInline(admin.StackedInline):
    model = Correction
    extra = 0
    fields = ["subject", "before", "after", "reason", "created_by", "created_at"]
    readonly_fields = ["created_by", "created_at"]


@admin.register(Story)
class StoryAdmin(SimpleHistoryAdmin):
    form = VersionedModelForm
    list_display = ["title", "status", "published_at", "updated_at"]
    list_filter = ["status"]
    search_fields = ["title", "dek", "summary"]
    ordering = ["-updated_at"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["articles"]
    inlines = [CorrectionInline]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.has_perm("stories.publish_story"):
            fields += ["status", "published_at"]
        return fields

    def save_model(self, request, obj, form, change):
        names = {field.name for field in Story._meta.concrete_fields}
        data = {name: form.cleaned_data[name] for name in form.cleaned_data if name in names}
        articles = form.cleaned_data.get("articles")
        if change:
            changed = {name: data[name] for name in form.changed_data if name in data}
            saved = services.story_update(
                story=obj,
                user=request.user,
                fields=changed,
                articles=articles if "articles" in form.changed_data else None,
                version=form.cleaned_data.get("version"),
            )
        else:
            saved = services.story_create(user=request.user, articles=articles or (), **data)
        obj.pk = saved.pk
        obj.refresh_from_db()

    def save_related(self, request, form, formsets, change):
        # The articles were set by the service; corrections are signed by the editor.
        for formset in formsets:
            self.save_formset(request, form, formset, change)

    def save_formset(self, request, form, formset, change):
        if formset.model is not Correction:
            return super().save_formset(request, form, formset, change)
        formset.save(commit=False)
        for correction in formset.new_objects:
            services.correction_create(
                story=form.instance,
                user=request.user,
                subject=correction.subject,
                before=correction.before,
                after=correction.after,
                reason=correction.reason,
            )
        for correction, _changed in formset.changed_objects:
            correction._history_user = request.user
            correction.save()
        for correction in formset.deleted_objects:
            correction._history_user = request.user
            correction.delete()
        return None


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
        if change:
            obj._history_user = request.user
            obj.save()
            return
        saved = services.correction_create(
            story=obj.story,
            user=request.user,
            subject=obj.subject,
            before=obj.before,
            after=obj.after,
            reason=obj.reason,
        )
        obj.pk = saved.pk
        obj.refresh_from_db()
