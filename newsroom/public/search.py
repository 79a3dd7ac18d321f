"""Search across published stories, public entities (name and aliases) and public quotes.

On PostgreSQL this is full-text search; each vector below is, expression for expression, the one
a GIN index covers (the stories, entities and quotes migrations), so the index serves the query.
SQLite has no such index: there every word of the query must occur in one of the fields.
"""

from django import forms
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Exists, OuterRef, Q
from django.shortcuts import render

from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Alias, Entity
from newsroom.stories.selectors import (
    entity_list_public,
    quote_list_public,
    speaker_shown,
    story_list_published,
)

CONFIG = "english"
LIMIT = 20

STORY_FIELDS = ("title", "dek", "summary")
ENTITY_FIELDS = ("name",)
ALIAS_FIELDS = ("name",)
QUOTE_FIELDS = ("text",)


class SearchForm(forms.Form):
    q = forms.CharField(
        label="Search for", max_length=200, required=False, widget=forms.SearchInput
    )


def _vector(fields):
    return SearchVector(*fields, config=CONFIG)


def matches(rows, fields, query):
    """Rows whose full-text vector of `fields` matches `query`: the filter a GIN index serves."""
    return rows.annotate(document=_vector(fields)).filter(document=query)


def _ranked(rows, fields, query):
    return rows.annotate(rank=SearchRank(_vector(fields), query)).order_by("-rank", "pk")


def _words(rows, fields, words, extra=None):
    """Rows in which every word occurs in one of `fields` (or in what `extra(word)` covers)."""
    for word in words:
        match = Q()
        for field in fields:
            match |= Q(**{f"{field}__icontains": word})
        rows = rows.filter(match | extra(word) if extra else match)
    return rows


def _alias_contains(word):
    aliases = Alias.objects.filter(entity=OuterRef("pk"), review_status=ReviewStatus.APPROVED)
    return Q(Exists(aliases.filter(name__icontains=word)))


def search_querysets(q):
    """The stories, entities and quotes readers may see that match `q`, best first."""
    stories, entities, quotes = story_list_published(), entity_list_public(), quote_list_public()
    if connection.vendor == "postgresql":
        query = SearchQuery(q, config=CONFIG, search_type="websearch")
        # Names and aliases are matched in subqueries of their own, so each uses its index.
        names = matches(Entity.objects.all(), ENTITY_FIELDS, query).values("pk")
        aliases = Alias.objects.filter(review_status=ReviewStatus.APPROVED)
        aliases = matches(aliases, ALIAS_FIELDS, query).values("entity")
        entities = entities.filter(Q(pk__in=names) | Q(pk__in=aliases))
        return {
            "stories": _ranked(matches(stories, STORY_FIELDS, query), STORY_FIELDS, query),
            "entities": _ranked(entities, ENTITY_FIELDS, query),
            "quotes": _ranked(matches(quotes, QUOTE_FIELDS, query), QUOTE_FIELDS, query),
        }
    words = q.split()
    return {
        "stories": _words(stories, STORY_FIELDS, words),
        "entities": _words(entities, ENTITY_FIELDS, words, _alias_contains).order_by("name", "pk"),
        "quotes": _words(quotes, QUOTE_FIELDS, words),
    }


def search_results(q):
    """What matches `q`, at most LIMIT of each kind, quotes with the speaker readers see."""
    results = {kind: list(rows[:LIMIT]) for kind, rows in search_querysets(q).items()}
    for quote in results["quotes"]:
        quote.shown_speaker = speaker_shown(quote)
    return results


def search_view(request):
    """The search form; with a query, what matches it, grouped by kind."""
    form = SearchForm(request.GET)
    q = form.cleaned_data["q"] if form.is_valid() else ""
    context = {"form": form, "q": q}
    if q:
        context.update(search_results(q))
    return render(request, "public/search.html", context)
