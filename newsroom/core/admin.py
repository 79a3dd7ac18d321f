"""Admin building blocks shared by the domain apps: every save and action calls a service."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Case, IntegerField, Value, When
from django.http import HttpResponseRedirect
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from newsroom.core import editorial
from newsroom.core.models import ReviewStatus
from newsroom.core.text import truncate

PROVENANCE_FIELDS = (
    "origin",
    "confidence",
    "extractor_version",
    "rule",
    "created_at",
    "updated_at",
)

# The review queue: pending first, then approved, then rejected.
QUEUE_RANK = Case(
    When(review_status=ReviewStatus.PENDING, then=Value(0)),
    When(review_status=ReviewStatus.APPROVED, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


def short_text(value):
    """Long text shortened for a changelist column."""
    return truncate(value, 90)


def span_in_context(body, start, end, *, width=110):
    """The sentence around body[start:end] with the span marked, escaped, for a list column."""
    if start is None or end is None:
        return "—"
    left = max(body.rfind(". ", 0, start) + 2, body.rfind("\n", 0, start) + 1, start - width, 0)
    stops = [i for i in (body.find(". ", end), body.find("\n", end)) if i >= 0]
    right = min([*(i + 1 for i in stops), end + width, len(body)])
    fact = truncate(body[start:end], 2 * width)
    return format_html(
        '<span class="newsroom-context">{}{}<mark>{}</mark>{}{}</span>',
        "…" if left > 0 else "",
        body[left:start],
        fact,
        body[end:right],
        "…" if right < len(body) else "",
    )


class VersionedModelForm(forms.ModelForm):
    """Carries the version of the row the editor opened; saving over a newer one is refused
    with what changed, never a silent overwrite."""

    version = forms.CharField(widget=forms.HiddenInput, required=False)
    note = forms.CharField(
        label="Change note",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
        help_text="Why you made this change, kept in the history. Required when the fact is "
        "shown in a published story: it is published with the correction readers see.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["version"].initial = editorial.version_of(self.instance)

    def clean(self):
        cleaned = super().clean()
        seen = cleaned.get("version")
        if self.instance.pk and seen and seen != editorial.version_of(self.instance):
            raise editorial.StaleEdit(self.instance, editorial.changes_since(self.instance, seen))
        return cleaned


class ConfidenceBandFilter(admin.SimpleListFilter):
    title = "confidence"
    parameter_name = "confidence"
    BANDS = {"low": (0.0, 0.5), "medium": (0.5, 0.8), "high": (0.8, 1.01)}

    def lookups(self, request, model_admin):
        return [("low", "Low (< 0.5)"), ("medium", "Medium (0.5–0.8)"), ("high", "High (≥ 0.8)")]

    def queryset(self, request, queryset):
        if self.value() in self.BANDS:
            low, high = self.BANDS[self.value()]
            return queryset.filter(confidence__gte=low, confidence__lt=high)
        return queryset


class EditorialAdmin(SimpleHistoryAdmin):
    """A ModelAdmin for editorial rows whose saves and actions go through services.

    Subclasses set `service_create(request, data)` and `service_update(request, obj, fields,
    version)`; `review_service(obj, user, status)` backs the approve/reject actions, which need
    the model's `review_<model>` permission. Machine provenance is shown but never edited, and
    a user without the review permission cannot change the review status from the form.
    """

    form = VersionedModelForm
    actions = ["approve_selected", "reject_selected"]
    extra_readonly = ()

    class Media:
        css = {"all": ["newsroom/admin.css"]}

    def has_review_permission(self, request):
        opts = self.opts
        return request.user.has_perm(f"{opts.app_label}.review_{opts.model_name}")

    def get_readonly_fields(self, request, obj=None):
        fields = [*super().get_readonly_fields(request, obj), *self.extra_readonly]
        if hasattr(self.model, "origin"):
            fields += PROVENANCE_FIELDS
        if hasattr(self.model, "review_status") and not self.has_review_permission(request):
            fields.append("review_status")
        return fields

    def get_fieldsets(self, request, obj=None):
        """The editable fact first; machine provenance in a folded section below it."""
        if self.fieldsets:
            return super().get_fieldsets(request, obj)
        fields = self.get_fields(request, obj)
        main = [name for name in fields if name not in PROVENANCE_FIELDS]
        provenance = [name for name in fields if name in PROVENANCE_FIELDS]
        fieldsets = [(None, {"fields": main})]
        if provenance:
            fieldsets.append(("Provenance", {"classes": ["collapse"], "fields": provenance}))
        return fieldsets

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if hasattr(self.model, "review_status"):
            queryset = queryset.alias(queue_rank=QUEUE_RANK)
        return queryset

    def get_ordering(self, request):
        if hasattr(self.model, "review_status"):
            return [QUEUE_RANK.asc(), "confidence", "-pk"]
        return super().get_ordering(request)

    # Saving goes through the service; the form only validated the input.
    def form_values(self, form):
        """The changed model values of a valid form (many-to-many fields excluded)."""
        names = {field.name for field in self.model._meta.concrete_fields}
        return {
            name: form.cleaned_data[name]
            for name in form.changed_data
            if name in names and name in form.cleaned_data
        }

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except ValidationError as error:
            # The service refused what the form let through (a save raced past the version
            # check, a rule only the service knows): nothing was written; say why.
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())

    def save_model(self, request, obj, form, change):
        if change:
            saved = self.service_update(
                request,
                obj,
                self.form_values(form),
                form.cleaned_data.get("version"),
                reason=form.cleaned_data.get("note", ""),
            )
        else:
            saved = self.service_create(request, form.cleaned_data)
        obj.pk = saved.pk
        obj.refresh_from_db()

    def service_create(self, request, data):
        names = {field.name for field in self.model._meta.concrete_fields}
        fields = {name: value for name, value in data.items() if name in names}
        return editorial.fact_create(self.model, user=request.user, fields=fields)

    def service_update(self, request, obj, fields, version, reason=""):
        return editorial.fact_edit(
            obj, user=request.user, fields=fields, version=version, reason=reason
        )

    def review_service(self, obj, user, status):
        return editorial.fact_review(obj, user=user, status=status)

    def _review(self, request, queryset, status):
        done = 0
        for obj in queryset:
            if obj.review_status != status:
                try:
                    self.review_service(obj, request.user, status)
                except ValidationError as error:
                    self.message_user(
                        request, f"{obj}: {'; '.join(error.messages)}", messages.ERROR
                    )
                    continue
                done += 1
        label = self.opts.verbose_name if done == 1 else self.opts.verbose_name_plural
        self.message_user(request, f"{status.capitalize()} {done} {label}.", messages.SUCCESS)

    @admin.action(permissions=["review"], description="Approve selected %(verbose_name_plural)s")
    def approve_selected(self, request, queryset):
        self._review(request, queryset, ReviewStatus.APPROVED)

    @admin.action(permissions=["review"], description="Reject selected %(verbose_name_plural)s")
    def reject_selected(self, request, queryset):
        self._review(request, queryset, ReviewStatus.REJECTED)


def _model_at(model, path):
    """The model reached from `model` along a relation path such as "evidence__article"."""
    for name in path.split("__"):
        model = model._meta.get_field(name).related_model
    return model


class ArticleFilter(admin.SimpleListFilter):
    """Rows of one article; the choices are the latest articles (and the chosen one)."""

    title = "article"
    parameter_name = "article"
    path = "article"

    def lookups(self, request, model_admin):
        article = _model_at(model_admin.model, self.path)
        latest = list(article.objects.order_by("-pk").values_list("pk", "title")[:25])
        if self.value() and self.value().isdigit() and int(self.value()) not in dict(latest):
            latest += list(article.objects.filter(pk=self.value()).values_list("pk", "title"))
        return [(str(pk), truncate(title, 60)) for pk, title in latest]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            rows = queryset.model.objects.filter(**{f"{self.path}__pk": self.value()})
            return queryset.filter(pk__in=rows.values("pk"))
        return queryset


class StoryFilter(admin.SimpleListFilter):
    """Rows from the articles of one story."""

    title = "story"
    parameter_name = "story"
    path = "article"

    def lookups(self, request, model_admin):
        story = _model_at(model_admin.model, f"{self.path}__stories")
        return [
            (str(pk), truncate(title, 60))
            for pk, title in story.objects.order_by("-pk").values_list("pk", "title")[:50]
        ]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            rows = queryset.model.objects.filter(**{f"{self.path}__stories__pk": self.value()})
            return queryset.filter(pk__in=rows.values("pk"))
        return queryset


def article_filters(path):
    """ArticleFilter and StoryFilter for rows that reach their article along `path`."""
    attrs = {"path": path}
    return [
        type("ArticleFilter", (ArticleFilter,), attrs),
        type("StoryFilter", (StoryFilter,), attrs),
    ]
