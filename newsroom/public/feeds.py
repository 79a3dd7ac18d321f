"""Atom feeds for partners and readers: published stories, and the corrections made to them."""

from urllib.parse import urljoin

from django.contrib.syndication.views import Feed
from django.db.models import Max
from django.template.loader import render_to_string
from django.urls import reverse, reverse_lazy
from django.utils.feedgenerator import Atom1Feed

from newsroom.stories.models import Correction
from newsroom.stories.selectors import story_list_published

FEED_LENGTH = 50


def story_updated_at(story):
    """When readers last saw the story change: its own last change or its latest correction."""
    corrected = getattr(story, "last_corrected_at", None)
    return max(story.updated_at, corrected) if corrected else story.updated_at


def story_list_for_feed():
    """Published stories, newest first, each with `last_corrected_at` (or None)."""
    return story_list_published().annotate(last_corrected_at=Max("corrections__created_at"))


class StoryFeed(Feed):
    """The published stories; an entry's `updated` moves when a correction is issued."""

    feed_type = Atom1Feed
    title = "Newsroom: stories"
    subtitle = "Published stories, updated when they change or are corrected."
    link = reverse_lazy("public:home")

    def items(self):
        return story_list_for_feed()[:FEED_LENGTH]

    def item_title(self, story):
        return story.title

    def item_description(self, story):
        return story.dek

    def item_pubdate(self, story):
        return story.published_at

    def item_updateddate(self, story):
        return story_updated_at(story)


class CorrectionAtom1Feed(Atom1Feed):
    """Atom with a `<content>` per entry, and an id per correction (several share a link)."""

    def add_item(self, *args, correction_id, content, **kwargs):
        kwargs["unique_id"] = urljoin(kwargs["link"], f"#correction-{correction_id}")
        super().add_item(*args, content=content, **kwargs)

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("content", item["content"], {"type": "html"})


class CorrectionFeed(Feed):
    """Every correction to a published story, newest first."""

    feed_type = CorrectionAtom1Feed
    title = "Newsroom: corrections"
    subtitle = "What changed in published stories, and why."
    link = reverse_lazy("public:home")

    def items(self):
        return (
            Correction.objects.filter(story__in=story_list_published())
            .select_related("story")
            .order_by("-created_at", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, correction):
        return correction.subject

    def item_description(self, correction):
        return f"Corrected in “{correction.story.title}”."

    def item_link(self, correction):
        return reverse("public:story", kwargs={"slug": correction.story.slug}) + "#corrections"

    def item_pubdate(self, correction):
        return correction.created_at

    def item_updateddate(self, correction):
        return correction.created_at

    def item_extra_kwargs(self, correction):
        content = render_to_string("public/feeds/correction.html", {"correction": correction})
        return {"correction_id": correction.pk, "content": content}
