from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from newsroom.core.admin import VersionedModelForm
from newsroom.stories import services
from newsroom.stories.models import Correction, Story, StoryClaim, StoryQuote, StoryStatus
from newsroom.stories.rules import publish_problems


class FeatureInline(admin.TabularInline):
    """Featured facts, saved through `story_feature` / `story_unfeature` by the story admin."""

    extra = 0
    ordering = ["position", "pk"]


class StoryQuoteInline(FeatureInline):
    model = StoryQuote
    fields = ["quote", "position"]
    autocomplete_fields = ["quote"]
    verbose_name, verbose_name_plural = "featured quote", "featured quotes"


class StoryClaimInline(FeatureInline):
    model = StoryClaim
    fields = ["claim", "position", "is_on_timeline"]
    autocomplete_fields = ["claim"]
    verbose_name, verbose_name_plural = "featured claim", "featured claims (and timeline)"


class CorrectionInline(admin.StackedInline):
    model = Correction
    extra = 0
    fields = ["subject", "before", "after", "reason", "created_by", "created_at"]
    readonly_fields = ["created_by", "created_at"]


@admin.register(Story)
class StoryAdmin(SimpleHistoryAdmin):
    form = VersionedModelForm
    change_form_template = "admin/stories/story/change_form.html"
    list_display = ["title", "status", "published_at", "updated_at"]
    list_filter = ["status"]
    search_fields = ["title", "dek", "summary"]
    ordering = ["-updated_at"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["articles", "entities"]
    readonly_fields = ["status", "published_at", "ready_to_publish"]
    fields = [
        "title",
        "slug",
        "dek",
        "summary",
        "articles",
        "entities",
        "status",
        "published_at",
        "ready_to_publish",
        "note",
        "version",
    ]
    inlines = [StoryQuoteInline, StoryClaimInline, CorrectionInline]
    actions = ["publish_selected", "unpublish_selected"]

    def has_publish_permission(self, request):
        return request.user.has_perm("stories.publish_story")

    @admin.display(description="ready to publish?")
    def ready_to_publish(self, obj):
        if obj is None or not obj.pk:
            return "Save the draft first."
        problems = publish_problems(obj)
        if not problems:
            return "Yes: every fact it shows is approved and sourced."
        items = format_html_join("", "<li>{}</li>", [(problem,) for problem in problems])
        return format_html("<ul>{}</ul>", items)

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        names = {"title", "slug", "dek", "summary"}
        if change:
            saved = services.story_update(
                story=obj,
                user=request.user,
                fields={name: data[name] for name in form.changed_data if name in names},
                articles=data.get("articles") if "articles" in form.changed_data else None,
                entities=data.get("entities") if "entities" in form.changed_data else None,
                version=data.get("version"),
                reason=data.get("note", ""),
            )
        else:
            saved = services.story_create(
                user=request.user,
                articles=data.get("articles") or (),
                entities=data.get("entities") or (),
                reason=data.get("note", ""),
                **{name: data[name] for name in names if name in data},
            )
        obj.pk = saved.pk
        obj.refresh_from_db()

    def save_related(self, request, form, formsets, change):
        # Articles and entities were set by the service; featured facts and corrections too.
        for formset in formsets:
            self.save_formset(request, form, formset, change)

    def save_formset(self, request, form, formset, change):
        story, note = form.instance, form.cleaned_data.get("note", "")
        formset.save(commit=False)
        if formset.model is Correction:
            self._save_corrections(request, story, formset)
            return
        name = "quote" if formset.model is StoryQuote else "claim"
        for row in formset.deleted_objects:
            services.story_unfeature(
                story=story, fact=getattr(row, name), user=request.user, reason=note
            )
        for row in [*formset.new_objects, *(row for row, _ in formset.changed_objects)]:
            services.story_feature(
                story=story,
                fact=getattr(row, name),
                user=request.user,
                position=row.position,
                is_on_timeline=getattr(row, "is_on_timeline", None),
                reason=note,
            )

    def _save_corrections(self, request, story, formset):
        for correction in formset.new_objects:
            services.correction_create(
                story=story,
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

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        can_publish = self.has_publish_permission(request)
        extra_context = {**(extra_context or {}), "can_publish": can_publish}
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except ValidationError as error:
            # A rule only the service knows (a public fact removed without a note): nothing was
            # written; say why.
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())

    def response_change(self, request, obj):
        for button, publish in (("_publish", True), ("_unpublish", False)):
            if button in request.POST and self.has_publish_permission(request):
                self._publish(request, obj, publish)
                return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    def _publish(self, request, story, publish):
        try:
            if publish:
                services.story_publish(story=story, user=request.user)
            else:
                services.story_unpublish(story=story, user=request.user)
        except ValidationError as error:
            for problem in error.messages:
                self.message_user(request, problem, messages.ERROR)
            return False
        verb = "Published" if publish else "Unpublished"
        self.message_user(request, f"{verb} “{story.title}”.", messages.SUCCESS)
        return True

    @admin.action(permissions=["publish"], description="Publish selected stories")
    def publish_selected(self, request, queryset):
        for story in queryset.exclude(status=StoryStatus.PUBLISHED):
            self._publish(request, story, True)

    @admin.action(permissions=["publish"], description="Unpublish selected stories")
    def unpublish_selected(self, request, queryset):
        for story in queryset.filter(status=StoryStatus.PUBLISHED):
            self._publish(request, story, False)


@admin.register(Correction)
class CorrectionAdmin(SimpleHistoryAdmin):
    list_display = ["subject", "story", "field", "created_by", "created_at"]
    list_filter = ["story"]
    search_fields = ["subject", "reason", "before", "after", "story__title"]
    list_select_related = ["story", "created_by"]
    ordering = ["-created_at"]
    autocomplete_fields = ["story"]
    readonly_fields = ["created_by", "created_at", "fact_type", "fact_id", "field"]

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
