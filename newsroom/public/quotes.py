"""The quotes index: every public quote, by speaker and by story, each linked to its sentence."""

from django import forms
from django.core.paginator import Paginator
from django.shortcuts import redirect, render

from newsroom.entities.models import Entity
from newsroom.entities.selectors import entity_canonical
from newsroom.stories.selectors import (
    entity_list_public,
    quote_list_public,
    speaker_shown,
    story_list_published,
)

PER_PAGE = 50


def _slug_choice(empty_label, unknown):
    return forms.ModelChoiceField(
        queryset=None,
        to_field_name="slug",
        required=False,
        empty_label=empty_label,
        error_messages={"invalid_choice": unknown},
    )


class QuoteFilterForm(forms.Form):
    """The index's filters, by slug; a slug no reader can see is an error, not an empty list."""

    speaker = _slug_choice("Any speaker", "There is no speaker “%(value)s” on this site.")
    story = _slug_choice("Any story", "There is no published story “%(value)s”.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        speakers = quote_list_public().filter(speaker__isnull=False).values("speaker")
        self.fields["speaker"].queryset = (
            entity_list_public().filter(pk__in=speakers).order_by("name", "pk")
        )
        self.fields["story"].queryset = story_list_published()


def _merged_speaker_redirect(request):
    """A redirect to the same list under the survivor's slug when `speaker` names an entity
    that was merged into another, else None."""
    slug = request.GET.get("speaker")
    merged = Entity.objects.filter(slug=slug, merged_into__isnull=False).first() if slug else None
    if merged is None:
        return None
    survivor = entity_canonical(merged)
    if survivor.merged_into_id:
        return None  # a loop an editor made: the form then says the speaker is unknown
    query = request.GET.copy()
    query["speaker"] = survivor.slug
    return redirect(f"{request.path}?{query.urlencode()}", permanent=True)


def quotes_index(request):
    """Public quotes, filtered by `?speaker=<entity slug>` and `?story=<story slug>`, 50 a page."""
    moved = _merged_speaker_redirect(request)
    if moved is not None:
        return moved
    form = QuoteFilterForm(request.GET)
    if not form.is_valid():
        context = {"form": form, "errors": [e for errors in form.errors.values() for e in errors]}
        return render(request, "public/quotes.html", context, status=404)
    quotes = quote_list_public()
    speaker, story = form.cleaned_data["speaker"], form.cleaned_data["story"]
    if speaker is not None:
        quotes = quotes.filter(speaker=speaker)
    if story is not None:
        quotes = quotes.filter(article__stories=story)
    page = Paginator(quotes, PER_PAGE).get_page(request.GET.get("page"))
    for quote in page:
        quote.shown_speaker = speaker_shown(quote)
    context = {"form": form, "page": page, "speaker": speaker, "story": story}
    return render(request, "public/quotes.html", context)
