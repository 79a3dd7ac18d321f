"""Reader-facing pages: published stories, the articles they are built on, approved facts.

Every read goes through `stories.selectors` (the one visibility rule). Public pages answer
conditional requests and are cached under the site's freshness stamp (`freshness.py`), so a
correction reaches readers on the next request; the staff preview is never cached.
"""

import functools

from django.contrib.auth.decorators import permission_required
from django.db.models import Max
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_cache_control

from newsroom.core.markup import Highlight, blocks_markup
from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Entity
from newsroom.entities.selectors import entity_canonical
from newsroom.public.freshness import Validators, page_cached
from newsroom.public.story_page import fact_url, story_page
from newsroom.public.structured import entity_jsonld, story_jsonld
from newsroom.stories import selectors
from newsroom.stories.selectors import speaker_shown

APPROVED = ReviewStatus.APPROVED


class _NotCacheable(Exception):
    """A response other than a page (a redirect, an error): handed back, never cached."""

    def __init__(self, response):
        self.response = response


def _content(view, request, args, kwargs):
    response = view(request, *args, **kwargs)
    if hasattr(response, "render"):
        response.render()  # a TemplateResponse (the sitemap)
    if response.status_code != 200:
        raise _NotCacheable(response)
    return {"body": response.content.decode(), "type": response["Content-Type"]}


# What the freshness check and the page cache add to a page rendered afresh: the stamp, the
# cache read, and the cache write (the database cache culls and upserts in a savepoint).
CACHE_QUERIES = 7


def public_page(view):
    """Conditional GET (ETag, Last-Modified, 304 without rendering) and the page cache for a
    public view."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        validators = Validators(request)
        not_modified = validators.not_modified(request)
        if not_modified is not None:
            return not_modified
        path = request.build_absolute_uri()
        try:
            content = page_cached(
                path, validators.stamp, lambda: _content(view, request, args, kwargs)
            )
        except _NotCacheable as passed:
            return passed.response
        response = HttpResponse(content["body"], content_type=content["type"])
        return validators.stamp_response(response)

    return wrapper


def _absolute(request):
    return request.build_absolute_uri


@public_page
def home(request):
    stories = selectors.story_list_published().annotate(
        corrected_at=Max("corrections__created_at")
    )[:50]
    shown = [
        (story, max(filter(None, [story.updated_at, story.corrected_at]))) for story in stories
    ]
    canonical = request.build_absolute_uri("/")
    return render(request, "public/home.html", {"stories": shown, "canonical": canonical})


def _story_response(request, story, *, preview=False):
    page = story_page(story)
    page["jsonld"] = story_jsonld(page, _absolute(request))
    page["preview"] = preview
    page["canonical"] = request.build_absolute_uri(story.get_absolute_url())
    return render(request, "public/story.html", page)


@public_page
def story_view(request, slug):
    story = selectors.story_get_for_reader(slug=slug)
    if story is None:
        raise Http404("No published story at this address.")
    return _story_response(request, story)


@permission_required("stories.view_story", raise_exception=True)
def story_preview(request, slug):
    """A draft exactly as readers will see it, for signed-in editors only; never cached."""
    story = selectors.story_get_for_reader(slug=slug, preview=True)
    if story is None:
        raise Http404("No story at this address.")
    response = _story_response(request, story, preview=True)
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex"
    return response


def _highlights(article):
    """The approved facts of a public article, anchored as #quote-N, #evidence-N, #mention-N;
    a name links to its entity's page, a quote or a passage to nothing."""
    marks = []
    for quote in selectors.quote_list_public().filter(article=article):
        speaker = speaker_shown(quote)
        label = f"Quote by {speaker.name}" if speaker else "Unattributed quote"
        marks.append(("quote", quote, label, None))
    for row in selectors.evidence_for_article(article=article):
        marks.append(("evidence", row, "Claim source", None))
    for mention in selectors.mention_list_public().filter(article=article):
        marks.append(("mention", mention, mention.entity.name, mention.entity.get_absolute_url()))
    return [
        Highlight(
            row.start, row.end, kind, row.pk, "approved", label, href, html_id=f"{kind}-{row.pk}"
        )
        for kind, row, label, href in marks
    ]


@public_page
def article_view(request, slug):
    article = get_object_or_404(selectors.article_list_public(), slug=slug)
    display = article.display_body
    blocks = blocks_markup(display, article.blocks, _highlights(article))
    stories = selectors.story_list_published().filter(articles=article)
    context = {
        "article": article,
        "blocks": blocks,
        "has_title_block": any(kind == "title" for kind, _html in blocks),
        "stories": stories,
        "canonical": request.build_absolute_uri(article.get_absolute_url()),
    }
    return render(request, "public/article.html", context)


@public_page
def entity_view(request, slug):
    """A public entity's page; a merged entity's old address redirects to the one it became."""
    entity = get_object_or_404(Entity.objects.select_related("merged_into"), slug=slug)
    if entity.merged_into_id:
        target = entity_canonical(entity)
        if target.pk == entity.pk or target.merged_into_id:
            raise Http404("This entity was merged in a loop; editors have been asked to fix it.")
        return redirect(target, permanent=True)
    entity = get_object_or_404(selectors.entity_list_public(), pk=entity.pk)
    roles = list(selectors.role_list_public(entities=[entity]))
    aliases = sorted(
        alias.name
        for alias in entity.aliases.filter(review_status=APPROVED)
        if alias.name != entity.name
    )
    quotes = [
        (quote, fact_url(quote.article, f"quote-{quote.pk}"))
        for quote in selectors.quote_list_public().filter(speaker=entity)
    ]
    mentions = [
        (mention, fact_url(mention.article, f"mention-{mention.pk}"), _context(mention))
        for mention in selectors.mention_list_public().filter(entity=entity)
    ]
    context = {
        "entity": entity,
        "roles": roles,
        "aliases": aliases,
        "quotes": quotes,
        "mentions": mentions,
        "stories": selectors.story_list_for(entity=entity),
        "canonical": request.build_absolute_uri(entity.get_absolute_url()),
        "jsonld": entity_jsonld(entity, aliases=aliases, roles=roles, absolute=_absolute(request)),
    }
    return render(request, "public/entity.html", context)


def _context(mention, width=90):
    """(before, the mention, after): the words around a mention, cut at sentence bounds."""
    body = mention.article.display_body
    left = max(body.rfind("\n", 0, mention.start) + 1, mention.start - width, 0)
    right = body.find("\n", mention.end)
    right = min(right if right >= 0 else len(body), mention.end + width)
    return (
        ("…" if left > 0 else "") + body[left : mention.start],
        body[mention.start : mention.end],
        body[mention.end : right] + ("…" if right < len(body) else ""),
    )
