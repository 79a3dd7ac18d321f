"""The quotes index: every public quote, by speaker and by story, each linked to its sentence."""

from django import forms
from django.core.paginator import Paginator
from django.shortcuts import render

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


def quotes_index(request):
    """Public quotes, filtered by `?speaker=<entity slug>` and `?story=<story slug>`, 50 a page."""
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
